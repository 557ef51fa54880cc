#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace onboarder::ui {

// Startup measurement hook for tests/bench/bench_Startup, inert unless ONBOARDER_REPORT_FIRST_PAINT is set: once
// the first paint of `window` has been handled (painted and flushed), it prints one line on stderr with the
// monotonic clock and the peak resident memory so far, and quits the application.
//   onboarder-first-paint monotonic-ns=<CLOCK_MONOTONIC> vmhwm-kb=<VmHWM>
class FirstPaintReport : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Runs after this paint event and the flush that follows it.
            QTimer::singleShot(0, this, [] {
                timespec now {};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::fprintf(stderr,
                             "onboarder-first-paint monotonic-ns=%lld vmhwm-kb=%lld\n",
                             static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                             peakResidentKb());
                std::fflush(stderr);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static long long peakResidentKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:")) {
                    return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
                }
            }
        }
        return -1;
    }

    bool m_seen = false;
};

inline void reportFirstPaintIfAsked(QWidget* window)
{
    if (qEnvironmentVariableIsSet("ONBOARDER_REPORT_FIRST_PAINT")) {
        window->installEventFilter(new FirstPaintReport(window));
    }
}

} // namespace onboarder::ui
