#include "cli/CliRunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Onboarder"));
    // The GUI's names: both read the same profiles, audit log and template library.
    QCoreApplication::setApplicationName(QStringLiteral("onboarder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONBOARDER_VERSION));

    // stderr carries the command's own progress; library chatter only when asked for with QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(QStringLiteral("onboarder.*.info=false\nonboarder.*.debug=false"));

    // The system's proxy settings (http_proxy/https_proxy/no_proxy), unless the profile or --proxy sets one.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    onboarder::cli::CliRunner runner;
    QObject::connect(
        &runner, &onboarder::cli::CliRunner::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    runner.start(app.arguments().mid(1));
    return app.exec();
}
