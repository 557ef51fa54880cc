#include "cli/CliRunner.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Onboarder"));
    QCoreApplication::setApplicationName(QStringLiteral("Onboarder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONBOARDER_VERSION));

    onboarder::cli::CliRunner runner;
    QObject::connect(
        &runner, &onboarder::cli::CliRunner::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    runner.start(app.arguments().mid(1));
    return app.exec();
}
