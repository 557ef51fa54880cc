// onboarder-sandbox: the Webex Wholesale API sandbox as a stand-alone server (see docs/sandbox.md).
#include "sandbox/SandboxCommandLine.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TerminationWatcher.h"

#include <QCoreApplication>

#include <cstdio>

using onboarder::sandbox::SandboxCommandLine;
using onboarder::sandbox::SandboxServer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onboarder-sandbox"));

    SandboxCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SandboxCommandLine::Outcome::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    case SandboxCommandLine::Outcome::Error:
        std::fprintf(stderr,
                     "onboarder-sandbox: %s\n%s",
                     qPrintable(commandLine.errorText()),
                     "Try 'onboarder-sandbox --help'.\n");
        return 2;
    case SandboxCommandLine::Outcome::Run:
        break;
    }

    onboarder::sandbox::TerminationWatcher termination;
    QObject::connect(
        &termination, &onboarder::sandbox::TerminationWatcher::terminationRequested, &app, &QCoreApplication::quit);
    SandboxServer server(commandLine.options());
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "onboarder-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Listening on %s\n", qPrintable(server.baseUrl().toString()));
    if (commandLine.options().token.isEmpty()) {
        // Printed once for the operator, never logged.
        std::printf("Token: %s\n", qPrintable(server.token()));
    }
    std::fflush(stdout);
    return QCoreApplication::exec();
}
