#include "GuiTestSupport.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace onboarder;
using onboarder::guitest::child;
using onboarder::guitest::screenshot;
using State = api::CredentialStore::KeychainState;

// A real Secret Service (gnome-keyring in its own D-Bus session, tests/run-with-keyring.sh) in the states a user
// meets: available, then locked. A locked collection is answered by libsecret like an empty one once its unlock
// prompt cannot be shown or is refused (no prompter can start here); Settings, the connection path and the CLI must
// still say "locked" and never "sign in again" or fall back to anything. The words of the state without a Secret
// Service are checked in tst_SettingsDialog, whose process has no session bus.
class tst_KeychainStates : public QObject
{
    Q_OBJECT

private:
    bool write(const QString& profile, const QString& secret)
    {
        bool done = false;
        bool ok = false;
        m_credentials->write(profile, api::CredentialStore::SecretKind::AccessToken, secret, this, [&](const auto& r) {
            ok = r.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    api::CredentialStore::Result read(const QString& profile)
    {
        bool done = false;
        api::CredentialStore::Result result;
        m_credentials->read(profile, api::CredentialStore::SecretKind::AccessToken, this, [&](const auto& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000)) {
            result.status = api::CredentialStore::Status::TimedOut;
        }
        return result;
    }

    // Locks the collection secrets are kept in, as the desktop does on screen lock or after a timeout.
    static bool lockDefaultCollection()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QDBusMessage readAlias = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                                QStringLiteral("/org/freedesktop/secrets"),
                                                                QStringLiteral("org.freedesktop.Secret.Service"),
                                                                QStringLiteral("ReadAlias"));
        readAlias << QStringLiteral("default");
        const QDBusMessage alias = bus.call(readAlias);
        if (alias.type() != QDBusMessage::ReplyMessage) {
            qWarning("ReadAlias: %s", qPrintable(alias.errorMessage()));
            return false;
        }
        const auto collection = alias.arguments().constFirst().value<QDBusObjectPath>();
        QDBusMessage lock = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                           QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"),
                                                           QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath> { collection });
        const QDBusMessage locked = bus.call(lock);
        if (locked.type() != QDBusMessage::ReplyMessage) {
            qWarning("Lock: %s", qPrintable(locked.errorMessage()));
            return false;
        }
        return true;
    }

    const QString m_profileName = QStringLiteral("Locked partner");
    std::unique_ptr<api::ProfileStore> m_profiles;
    std::unique_ptr<api::CredentialStore> m_credentials;

private slots:
    void initTestCase()
    {
        m_profiles = std::make_unique<api::ProfileStore>();
        api::Profile profile;
        profile.name = m_profileName;
        profile.baseUrl = api::Profile::webexBaseUrl();
        QVERIFY(m_profiles->save(profile));
        m_credentials = std::make_unique<api::CredentialStore>();
        QVERIFY(write(m_profileName, QStringLiteral("token-kept-while-unlocked")));
        QVERIFY2(m_credentials->isPersistent(), "no Secret Service: run this test through tests/run-with-keyring.sh");
    }

    void settingsSaysSecretsAreInTheKeychain()
    {
        ui::SettingsDialog settings(m_profiles.get(), m_credentials.get());
        settings.show();
        settings.selectProfile(m_profileName);
        auto* status = child<QLabel>(&settings, "keychainStatus");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), api::CredentialStore::describe(State::Available), 30000);
        QVERIFY(status->isVisible());
        screenshot(&settings, QStringLiteral("settings-keychain-available"));
    }

    void lockedKeychainIsSaidSoEverywhere()
    {
        QVERIFY(lockDefaultCollection());

        // The store: a failure that says "locked", not "nothing stored".
        const auto result = read(m_profileName);
        QCOMPARE(result.status, api::CredentialStore::Status::Failed);
        QCOMPARE(m_credentials->keychainState(), State::Locked);
        QCOMPARE(result.errorMessage, api::CredentialStore::describe(State::Locked));
        QVERIFY(m_credentials->isPersistent()); // no fallback to memory, let alone to a file

        // Settings, as the user opens it.
        {
            ui::SettingsDialog settings(m_profiles.get(), m_credentials.get());
            settings.show();
            settings.selectProfile(m_profileName);
            auto* status = child<QLabel>(&settings, "keychainStatus");
            QTRY_COMPARE_WITH_TIMEOUT(status->text(), api::CredentialStore::describe(State::Locked), 30000);
            QVERIFY(status->text().contains(QStringLiteral("locked")));
            screenshot(&settings, QStringLiteral("settings-keychain-locked"));
        }

        // The connection path the window uses.
        api::ProfileConnector connector(m_credentials.get());
        QSignalSpy failed(&connector, &api::ProfileConnector::failed);
        connector.open(*m_profiles->find(m_profileName));
        QVERIFY(failed.count() > 0 || failed.wait(30000));
        QCOMPARE(failed.first().at(0).value<api::ProfileConnector::Failure>(),
                 api::ProfileConnector::Failure::KeychainRefused);
        QCOMPARE(failed.first().at(1).toString(), api::CredentialStore::describe(State::Locked));

        // The CLI: exit code 3 with the reason, in its own process on the same bus.
        QProcess cli;
        cli.start(QStringLiteral(ONBOARDER_CLI_PATH),
                  { QStringLiteral("--profile"), m_profileName, QStringLiteral("customers"), QStringLiteral("list") });
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY2(err.contains("The keychain is locked and was not unlocked"), err.constData());
        QVERIFY2(!err.contains("Sign in"), err.constData());
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The names the GUI and onboarder-cli use, so that the CLI finds the profile saved here.
    QApplication::setOrganizationName(QStringLiteral("Onboarder"));
    QApplication::setApplicationName(QStringLiteral("onboarder"));
    tst_KeychainStates test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_KeychainStates.moc"
