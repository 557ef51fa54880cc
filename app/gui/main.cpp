#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileStore.h"
#include "gui/FirstPaintReport.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/Resources.h"
#include "ui/ThemeSwitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Onboarder"));
    QApplication::setApplicationName(QStringLiteral("onboarder"));
    QApplication::setApplicationDisplayName(QStringLiteral("Onboarder"));
    // Lets Wayland desktops match windows to the installed desktop entry (packaging/linux).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.onboarder.Onboarder"));
    QApplication::setApplicationVersion(QStringLiteral(ONBOARDER_VERSION));
    // Language and theme before the first widget, so everything starts in them (--help is translated too).
    onboarder::ui::initResources();
    onboarder::ui::LanguageSwitcher::apply(onboarder::ui::LanguageSwitcher::savedLanguage());
    onboarder::ui::ThemeSwitcher::apply(onboarder::ui::ThemeSwitcher::savedTheme());
    // The system's proxy settings (on Linux the http_proxy/https_proxy/no_proxy variables) for every request, unless
    // a profile sets a proxy of its own. Process-wide, so it is the program's choice, not a session's.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Provision Webex Wholesale customer organizations. Without --profile the "
                                "last profile is used; the first start opens the demo sandbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Start with the profile <name>."),
                                           QApplication::translate("main", "name"));
    parser.addOption(profileOption);
    parser.process(app);

    onboarder::api::ProfileStore profiles;
    onboarder::api::CredentialStore credentials;
    onboarder::api::AuditLog auditLog;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    QString auditError;
    if (!auditLog.open(QDir(dataDir).filePath(QStringLiteral("audit.sqlite")), &auditError)) {
        qWarning("Audit log unavailable: %s", qPrintable(auditError));
    }

    onboarder::ui::MainWindow window(&profiles, &auditLog, &credentials);
    // The demo keeps its work between starts, so a demo can be prepared the day before.
    window.setDemoDataDir(QDir(dataDir).filePath(QStringLiteral("demo-sandbox")));
    onboarder::ui::reportFirstPaintIfAsked(&window); // for tests/bench/bench_Startup only
    window.show();
    window.activateProfile(parser.isSet(profileOption) ? parser.value(profileOption) : profiles.lastProfileName());
    return QApplication::exec();
}
