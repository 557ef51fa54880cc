#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileStore.h"
#include "gui/FirstPaintReport.h"
#include "model/IsoCodes.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/ProfileConnection.h"
#include "ui/Resources.h"
#include "ui/ThemeSwitcher.h"
#include "ui/views/customers/CustomersView.h"
#include "ui/widgets/AltLetterGuard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QThreadPool>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Onboarder"));
    QApplication::setApplicationName(QStringLiteral("onboarder"));
    QApplication::setApplicationDisplayName(QStringLiteral("Onboarder"));
    // Lets Wayland desktops match windows to the installed desktop entry (packaging/linux).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.onboarder.Onboarder"));
    QApplication::setApplicationVersion(QStringLiteral(ONBOARDER_VERSION));
    onboarder::ui::AltLetterGuard::install(); // a mnemonic nothing takes types nothing
    // The country and language tables, read once on first use, name the countries of the first list: read on
    // another thread while this one builds the window (IsoCodes is safe to use from any thread).
    QThreadPool::globalInstance()->start([] { onboarder::model::IsoCodes::instance(); });
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
    auditLog.keepRecordsUntilOpen(); // opened once the first list is shown, below
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    // The demo keeps its work between starts, so a demo can be prepared the day before.
    const QString demoDataDir = QDir(dataDir).filePath(QStringLiteral("demo-sandbox"));

    // The profile's connection starts before the window is built: the demo sandbox starts and seeds on its own
    // thread (a real profile reads its secrets from the keychain) while this thread makes the window. Nothing of it
    // reaches this thread before the event loop runs, by which time the window has taken it over.
    const onboarder::api::Profile profile = onboarder::ui::MainWindow::profileToActivate(
        &profiles, parser.isSet(profileOption) ? parser.value(profileOption) : profiles.lastProfileName());
    auto* connection = new onboarder::ui::ProfileConnection(profile, &auditLog, &credentials);
    if (profile.isDemo()) {
        connection->setDemoDataDir(demoDataDir);
    }
    connection->start();

    onboarder::ui::MainWindow window(&profiles, &auditLog, &credentials);
    window.setDemoDataDir(demoDataDir);
    window.adoptConnection(connection);
    // Creating the audit log's file is not needed for the first list; what the connection records meanwhile is kept
    // and written then.
    window.runAfterFirstList([&auditLog, path = QDir(dataDir).filePath(QStringLiteral("audit.sqlite"))] {
        QString auditError;
        if (!auditLog.open(path, &auditError)) {
            qWarning("Audit log unavailable: %s", qPrintable(auditError));
        }
    });
    // For tests/bench/bench_Startup only: the first paint, and the first customers shown.
    onboarder::ui::reportFirstPaintIfAsked(&window);
    onboarder::ui::reportFirstDataIfAsked(window.customersView(), window.customersView()->model());
    // The demo sandbox in this process lists the first customers within milliseconds of the window being built: the
    // window waits for them, so it shows with its customers instead of drawing them a frame later. A remote server
    // takes longer than that wait would be worth: that window shows at once, its list following.
    window.showWithFirstList(profile.isDemo() ? std::chrono::milliseconds(100) : std::chrono::milliseconds(0));
    return QApplication::exec();
}
