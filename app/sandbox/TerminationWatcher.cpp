#include "sandbox/TerminationWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace onboarder::sandbox {

namespace {
int g_sockets[2] = { -1, -1 };
} // namespace

TerminationWatcher::TerminationWatcher(QObject* parent)
    : QObject(parent)
{
    if (g_sockets[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sockets) != 0) {
        return; // one watcher per process; without it the default signal behaviour stays
    }
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char signalNumber = 0;
        if (::read(g_sockets[1], &signalNumber, 1) == 1) {
            emit terminationRequested(signalNumber);
        }
    });
    struct sigaction action = {};
    action.sa_handler = &TerminationWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

TerminationWatcher::~TerminationWatcher()
{
    if (m_notifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        ::close(g_sockets[0]);
        ::close(g_sockets[1]);
        g_sockets[0] = g_sockets[1] = -1;
    }
}

bool TerminationWatcher::isActive() const
{
    return m_notifier != nullptr;
}

void TerminationWatcher::handle(int signalNumber)
{
    const char value = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_sockets[0], &value, 1);
}

} // namespace onboarder::sandbox
