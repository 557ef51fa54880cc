#include "SandboxFixture.h"
#include "connection/CredentialStore.h"
#include "connection/Profile.h"
#include "connection/ProfileStore.h"
#include "jobs/import/ImportRunStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using onboarder::testsupport::SandboxFixture;
namespace api = onboarder::api;
namespace jobs = onboarder::jobs;

namespace {

// Waits for a condition with the event loop running (the sandbox answers on its own thread); false on timeout.
bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(50);
    }
    return true;
}

// Text as a POSIX extended regular expression that matches only itself (xdotool's patterns).
QString literalPattern(const QString& text)
{
    QString pattern;
    for (const QChar c : text) {
        if (QStringLiteral(".[]()*+?{}|^$\\").contains(c)) {
            pattern += QLatin1Char('\\');
        }
        pattern += c;
    }
    return pattern;
}

// An X server of its own (Xvfb), so the real application runs on the xcb platform as on a desktop.
class VirtualDisplay
{
public:
    ~VirtualDisplay()
    {
        stop();
    }

    // The display name (":N"), empty when Xvfb could not be started.
    QString start()
    {
        // -displayfd: Xvfb picks a free display and writes its number once it accepts connections.
        m_server.start(QStringLiteral("Xvfb"),
                       { QStringLiteral("-displayfd"),
                         QStringLiteral("1"),
                         QStringLiteral("-screen"),
                         QStringLiteral("0"),
                         QStringLiteral("1366x768x24"),
                         QStringLiteral("-nolisten"),
                         QStringLiteral("tcp") });
        if (!m_server.waitForStarted(30000)) {
            return {};
        }
        QByteArray number;
        waitFor(
            [&] {
                number += m_server.readAllStandardOutput();
                return number.contains('\n') || m_server.state() != QProcess::Running;
            },
            30000);
        number = number.trimmed();
        return number.isEmpty() ? QString() : QStringLiteral(":") + QString::fromLatin1(number);
    }

    void stop()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(10000)) {
                m_server.kill();
                m_server.waitForFinished();
            }
        }
    }

private:
    QProcess m_server;
};

// A person at the keyboard: xdotool finds windows by title, gives them the focus, and types into them through the
// X server (XTEST), as real key presses.
class Keyboard
{
public:
    void setDisplay(const QString& display)
    {
        m_display = display;
    }

    // The ID of a visible window whose title matches the regular expression, once there is one; empty on timeout.
    QString waitForWindow(const QString& titlePattern, int timeoutMs = 120000)
    {
        QString id;
        waitFor(
            [&] {
                const QStringList ids = run({ QStringLiteral("search"),
                                              QStringLiteral("--onlyvisible"),
                                              QStringLiteral("--name"),
                                              titlePattern })
                                            .split(u'\n', Qt::SkipEmptyParts);
                id = ids.isEmpty() ? QString() : ids.constLast();
                return !id.isEmpty();
            },
            timeoutMs);
        return id;
    }

    bool hasWindow(const QString& titlePattern)
    {
        return !run({ QStringLiteral("search"),
                      QStringLiteral("--onlyvisible"),
                      QStringLiteral("--name"),
                      titlePattern })
                    .trimmed()
                    .isEmpty();
    }

    // Focuses the window, then presses each key combination ("alt+u", "Return", "ctrl+shift+o") in turn.
    void keys(const QString& window, const QStringList& combinations)
    {
        run(QStringList { QStringLiteral("windowfocus"),
                          QStringLiteral("--sync"),
                          window,
                          QStringLiteral("key"),
                          QStringLiteral("--clearmodifiers"),
                          QStringLiteral("--delay"),
                          QStringLiteral("120") }
            + combinations);
        QTest::qWait(150); // lets the application take in one key sequence before the next is typed
    }

    void type(const QString& window, const QString& text)
    {
        run({ QStringLiteral("windowfocus"),
              QStringLiteral("--sync"),
              window,
              QStringLiteral("type"),
              QStringLiteral("--clearmodifiers"),
              QStringLiteral("--delay"),
              QStringLiteral("30"),
              text });
        QTest::qWait(150);
    }

private:
    QString run(const QStringList& arguments)
    {
        QProcess xdotool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        xdotool.setProcessEnvironment(env);
        xdotool.start(QStringLiteral("xdotool"), arguments);
        if (!xdotool.waitForFinished(30000)) {
            xdotool.kill();
            xdotool.waitForFinished();
            qWarning("xdotool %s did not finish", qPrintable(arguments.join(u' ')));
            return {};
        }
        return QString::fromLocal8Bit(xdotool.readAllStandardOutput());
    }

    QString m_display;
};

} // namespace

// The real `onboarder` binary, on an X server of its own and driven only by key presses, killed with SIGKILL while
// it adds users in the Configure customer window and while it creates a customer in the customer wizard, then
// started again and resumed as a user would. The sandbox lives in this test's process, so its state outlives the
// application; every answer is delayed, so each kill lands with creates carried out whose answer never came. The
// server counts what it received (SandboxInspection): each user and the customer are created exactly once, and
// every row of the file is there.
class TestKilledGuiResumes : public QObject
{
    Q_OBJECT

private:
    static constexpr int kUsers = 24;
    static constexpr const char* kProfile = "Killed GUI test";

    static QString userEmail(int i)
    {
        return QStringLiteral("killed-gui-%1@resume.example").arg(i);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return file.fileName();
    }

    // A provisioned customer with a name of its own, so the search finds it alone.
    QString provisionedCustomer(const QString& name, const QString& externalId)
    {
        nlohmann::json body
            = SandboxFixture::customerBody(m_sandbox.templateId().toStdString(),
                                           externalId.toStdString(),
                                           (externalId + QStringLiteral("@admin.example")).toStdString(),
                                           nlohmann::json::array({ "webex_calling", "webex_meetings" }));
        body["customerInfo"]["name"] = name.toStdString();
        const auto created = m_sandbox.client().post(QStringLiteral("/wholesale/customers"), body);
        if (created.status != 202) {
            qWarning("customer not created: %d %s", created.status, created.body.constData());
            return {};
        }
        const std::string url = created.json["url"].get<std::string>();
        const QString id = QString::fromStdString(url.substr(url.rfind('/') + 1));
        return m_sandbox.waitForTerminal(id).value("status", std::string()) == "provisioned" ? id : QString();
    }

    int reached(const QString& pathSuffix)
    {
        int total = 0;
        for (const auto& count : m_sandbox.creates(pathSuffix)) {
            total += count.reached;
        }
        return total;
    }

    // Starts the application on the test profile; true once its main window is there.
    bool startGui()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        // Qt's own dialogs, whatever desktop the machine has: the keys below are typed into them.
        env.remove(QStringLiteral("QT_QPA_PLATFORMTHEME"));
        env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
        // libxkbcommon-x11 hands strndup() a buffer without a NUL, which is allowed; strict_string_checks (sanitize
        // preset) reports it as an overflow while the xcb platform starts, so it is off for the application alone.
        if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":strict_string_checks=0"));
        }
        m_gui.setProcessEnvironment(env);
        m_gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_gui.start(QStringLiteral(ONBOARDER_GUI_PATH), { QStringLiteral("--profile"), QLatin1String(kProfile) });
        if (!m_gui.waitForStarted(30000)) {
            return false;
        }
        // Titles are matched byte-wise: ".*" stands for the dash between the name and the profile.
        m_mainWindow = m_keyboard.waitForWindow(QStringLiteral("^Onboarder.*") + QLatin1String(kProfile));
        return !m_mainWindow.isEmpty();
    }

    // SIGKILL: nothing the application can do about it. True once the process is gone.
    bool killGui()
    {
        m_gui.kill();
        m_mainWindow.clear();
        return m_gui.waitForFinished(30000) && m_gui.exitStatus() == QProcess::CrashExit;
    }

    // Searches the customers for the name and opens its Configure customer window; returns the window.
    QString openConfigureWindow(const QString& customerName)
    {
        const QString title = QStringLiteral("^Configure Customer.*") + literalPattern(customerName);
        waitFor(
            [&] {
                // Alt+R: Search; the table after the search field's row of filters; Alt+G: Configure Customer….
                m_keyboard.keys(m_mainWindow, { QStringLiteral("alt+r"), QStringLiteral("ctrl+a") });
                m_keyboard.type(m_mainWindow, customerName);
                m_keyboard.keys(m_mainWindow, m_tabsToCustomersTable);
                m_keyboard.keys(m_mainWindow, { QStringLiteral("ctrl+Home"), QStringLiteral("alt+g") });
                return waitFor([&] { return m_keyboard.hasWindow(title); }, 5000);
            },
            120000);
        return m_keyboard.waitForWindow(title, 1000);
    }

    // Opens a customer draft through File → Open Customer Draft…, typing its path into the file dialog.
    QString openCustomerDraft(const QString& path)
    {
        m_keyboard.keys(m_mainWindow, { QStringLiteral("ctrl+shift+o") });
        const QString dialog = m_keyboard.waitForWindow(QStringLiteral("^Open Customer Draft"));
        if (dialog.isEmpty()) {
            return {};
        }
        m_keyboard.type(dialog, path);
        m_keyboard.keys(dialog, { QStringLiteral("Return") });
        // The wizard's title names the draft file; the file dialog's does not.
        return m_keyboard.waitForWindow(literalPattern(QFileInfo(path).fileName())
                                        + QStringLiteral(".*Customer Draft"));
    }

    QByteArray customerDraft(const QString& externalId, const QString& name) const
    {
        const nlohmann::json address = { { "addressLine1", "771 Alder Drive" },
                                         { "city", "Milpitas" },
                                         { "stateOrProvince", "CA" },
                                         { "zipOrPostalCode", "95035" },
                                         { "country", "US" } };
        const nlohmann::json draft
            = { { "kind", "onboarder.customerDraft" },
                { "schemaVersion", 2 },
                { "templateName", "Killed GUI test" },
                { "supportedLocationConfirmed", true },
                { "customer",
                  { { "provisioningId", m_templateId.toStdString() },
                    { "packages", { "webex_calling" } },
                    { "externalId", externalId.toStdString() },
                    { "address", address },
                    { "customerInfo",
                      { { "name", name.toStdString() },
                        { "primaryEmail", (externalId + QStringLiteral("@owner.example")).toStdString() },
                        { "language", "en" } } },
                    { "provisioningParameters",
                      { { "calling",
                          { { "location",
                              { { "name", "Head Office" },
                                { "address", address },
                                { "timezone", "America/Los_Angeles" },
                                { "language", "en_us" },
                                { "emergencyLocationIdentifier", "95547321" } } } } },
                        { "meetings", { { "timezone", "America/Los_Angeles" } } } } } } },
                { "subscribers", nlohmann::json::array() },
                { "notes", "" } };
        return QByteArray::fromStdString(draft.dump(2));
    }

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    VirtualDisplay m_xserver;
    QString m_display;
    Keyboard m_keyboard;
    QProcess m_gui;
    QString m_mainWindow;
    QString m_templateId;
    // From the search field to the customers table: the status filter, New customer, Refresh and Export buttons.
    QStringList m_tabsToCustomersTable { QStringLiteral("Tab"),
                                         QStringLiteral("Tab"),
                                         QStringLiteral("Tab"),
                                         QStringLiteral("Tab"),
                                         QStringLiteral("Tab") };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty(),
                 "Xvfb is missing: packaging/install-deps.sh --test installs it");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is missing: packaging/install-deps.sh --test installs it");
        // The application's own settings and data folders (this test's HOME): the profile written here, the runs
        // it journals read back below.
        QCoreApplication::setOrganizationName(QStringLiteral("Onboarder"));
        QCoreApplication::setApplicationName(QStringLiteral("onboarder"));

        auto options = SandboxFixture::options(QStringLiteral("demo"), 200);
        // Every answer comes a second after the request was carried out: each kill below lands in that second.
        options.latencyMs = 1000;
        QVERIFY(m_sandbox.start(options));
        m_templateId = m_sandbox.templateId();
        QVERIFY(!m_templateId.isEmpty());

        // A profile on this sandbox with its token in the keychain (this test's own D-Bus session and keyring), as
        // Settings would leave them.
        api::Profile profile;
        profile.name = QLatin1String(kProfile);
        profile.baseUrl = m_sandbox.baseUrl();
        profile.authKind = api::Profile::AuthKind::PersonalAccessToken;
        api::ProfileStore profiles;
        QString error;
        QVERIFY2(profiles.save(profile, &error), qPrintable(error));
        profiles.setLastProfileName(profile.name);
        api::CredentialStore credentials;
        std::optional<api::CredentialStore::Result> written;
        credentials.write(profile.name,
                          api::CredentialStore::SecretKind::AccessToken,
                          m_sandbox.token(),
                          this,
                          [&written](const api::CredentialStore::Result& result) { written = result; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 60000);
        QVERIFY2(written->ok(), qPrintable(written->errorMessage));
        QVERIFY(credentials.isPersistent());

        m_display = m_xserver.start();
        QVERIFY2(!m_display.isEmpty(), "Xvfb did not start");
        m_keyboard.setDisplay(m_display);
    }

    void killedWhileAddingUsersThenResumed()
    {
        const QString customerName = QStringLiteral("Killed While Adding AB");
        const QString customerId = provisionedCustomer(customerName, QStringLiteral("killed-gui-users"));
        QVERIFY(!customerId.isEmpty());
        QByteArray csv = "First name,Last name,Email,Package\r\n";
        QStringList emails;
        for (int i = 0; i < kUsers; ++i) {
            emails.append(userEmail(i));
            csv += QStringLiteral("User,%1,%2,webex_meetings\r\n").arg(i).arg(userEmail(i)).toUtf8();
        }
        const QString file = writeFile(QStringLiteral("users.csv"), csv);
        QVERIFY(!file.isEmpty());

        QVERIFY2(startGui(), "the main window did not appear");
        QString configure = openConfigureWindow(customerName);
        QVERIFY2(!configure.isEmpty(), "the Configure customer window did not open");

        // Add users (Alt+U), Import from file (Alt+I), the file's path typed into the file dialog.
        m_keyboard.keys(configure, { QStringLiteral("alt+u"), QStringLiteral("alt+i") });
        const QString importDialog = m_keyboard.waitForWindow(QStringLiteral("^Import Users"));
        QVERIFY2(!importDialog.isEmpty(), "the file dialog did not open");
        m_keyboard.type(importDialog, file);
        m_keyboard.keys(importDialog, { QStringLiteral("Return") });

        // Check users (Alt+H): every row is prechecked with the server.
        const QString validate = QStringLiteral("/wholesale/subscribers/validate");
        QVERIFY2(waitFor(
                     [&] {
                         m_keyboard.keys(configure, { QStringLiteral("alt+h") });
                         return waitFor([&] { return reached(validate) > 0; }, 5000);
                     },
                     60000),
                 "Check users sent no precheck");
        QVERIFY(waitFor([&] { return m_sandbox.creates(validate).size() == kUsers; }, 120000));

        // Add users to the customer (Alt+O), pressed until the first create arrives (the check's answers come
        // a second late), then killed once a third of the users reached the server, with more on their way.
        const QString creates = QStringLiteral("/wholesale/subscribers");
        QVERIFY2(waitFor(
                     [&] {
                         m_keyboard.keys(configure, { QStringLiteral("alt+o") });
                         return waitFor([&] { return reached(creates) > 0; }, 5000);
                     },
                     120000),
                 "Add users sent no create");
        QVERIFY(waitFor([&] { return reached(creates) >= kUsers / 3; }, 120000));
        QVERIFY(killGui());
        const int sentBeforeKill = reached(creates);
        QVERIFY2(sentBeforeKill < kUsers, "the kill came after the last user");

        // The window's journal was left with users whose create was sent and never answered.
        const QList<jobs::ImportRunStore::Run> stopped = jobs::ImportRunStore::unfinished(customerId);
        QCOMPARE(stopped.size(), 1);
        QVERIFY2(stopped.constFirst().unknown > 0, "no create was in flight when the application was killed");
        qInfo("killed with %d of %d creates sent, %d of them unanswered",
              sentBeforeKill,
              kUsers,
              stopped.constFirst().unknown);

        // Started again: the customer's window offers the stopped run; Resume (Alt+M) finishes it.
        QVERIFY2(startGui(), "the main window did not appear");
        configure = openConfigureWindow(customerName);
        QVERIFY2(!configure.isEmpty(), "the Configure customer window did not open after the restart");
        QVERIFY2(waitFor(
                     [&] {
                         m_keyboard.keys(configure, { QStringLiteral("alt+u"), QStringLiteral("alt+m") });
                         return waitFor([&] { return reached(creates) > sentBeforeKill; }, 5000);
                     },
                     120000),
                 "Resume was not offered, or sent nothing");
        auto allHeld = [&] {
            const QMap<QString, int> held = m_sandbox.records(QStringLiteral("subscriber"));
            return std::all_of(emails.begin(), emails.end(), [&](const QString& e) { return held.contains(e); });
        };
        QVERIFY2(waitFor([&] { return allHeld() && jobs::ImportRunStore::unfinished(customerId).isEmpty(); }, 180000),
                 "the resumed run did not finish");

        // Nothing lost, nothing twice: every row of the file is on the server, each from one create.
        QCOMPARE(m_sandbox.notExactlyOnce(creates, QStringLiteral("subscriber"), emails), QStringList());
        QVERIFY(killGui());
    }

    void killedWhileCreatingACustomerThenResumed()
    {
        const QString externalId = QStringLiteral("killed-gui-wizard");
        const QString draft = writeFile(QStringLiteral("killed-wizard.onboarder-customer.json"),
                                        customerDraft(externalId, QStringLiteral("Killed In The Wizard Inc")));
        QVERIFY(!draft.isEmpty());
        const QString key = externalId.toLower();
        const QString validate = QStringLiteral("/wholesale/customers/validate");
        const QString creates = QStringLiteral("/wholesale/customers");

        // The customer plan opened from its draft: the wizard opens at its summary and runs the precheck.
        QVERIFY2(startGui(), "the main window did not appear");
        QString wizard = openCustomerDraft(draft);
        QVERIFY2(!wizard.isEmpty(), "the customer wizard did not open the draft");
        QVERIFY(waitFor([&] { return m_sandbox.creates(validate).value(key).carriedOut > 0; }, 60000));

        // Create Customer (Alt+C), pressed until the create arrives (enabled once the precheck's answer is in),
        // then killed before its answer.
        QVERIFY2(waitFor(
                     [&] {
                         m_keyboard.keys(wizard, { QStringLiteral("alt+c") });
                         return waitFor([&] { return m_sandbox.creates(creates).value(key).reached > 0; }, 3000);
                     },
                     60000),
                 "Create Customer sent nothing");
        QVERIFY(killGui());
        QCOMPARE(m_sandbox.creates(creates).value(key).carriedOut, 1);

        // Started again, the user opens the same plan.
        const auto before = m_sandbox.creates(validate).value(key);
        QVERIFY2(startGui(), "the main window did not appear");
        wizard = openCustomerDraft(draft);
        QVERIFY2(!wizard.isEmpty(), "the customer wizard did not open the draft after the restart");
        QVERIFY(waitFor([&] { return m_sandbox.creates(validate).value(key).reached > before.reached; }, 60000));
        // That precheck was refused (409: the customer exists), so Create Customer is off; a press of Alt+C anyway,
        // and Run Precheck Again (Alt+P) after it so that press has been handled.
        QCOMPARE(m_sandbox.creates(validate).value(key).carriedOut, before.carriedOut);
        // Its answer reaches the wizard a second after the server counted it: the keys are pressed again until
        // the next precheck arrives.
        const int prechecks = m_sandbox.creates(validate).value(key).reached;
        QVERIFY2(waitFor(
                     [&] {
                         m_keyboard.keys(wizard, { QStringLiteral("alt+c"), QStringLiteral("alt+p") });
                         return waitFor([&] { return m_sandbox.creates(validate).value(key).reached > prechecks; },
                                        5000);
                     },
                     60000),
                 "Run Precheck Again sent nothing");

        // One customer, from one create.
        QCOMPARE(m_sandbox.notExactlyOnce(creates, QStringLiteral("customer"), { externalId }), QStringList());
        QVERIFY(killGui());
    }

    void cleanupTestCase()
    {
        if (m_gui.state() != QProcess::NotRunning) {
            m_gui.kill();
            m_gui.waitForFinished();
        }
        m_xserver.stop();
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestKilledGuiResumes)
#include "tst_KilledGuiResumes.moc"
