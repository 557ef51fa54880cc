#include "GuiTestSupport.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileStore.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace onboarder;
using onboarder::guitest::child;
using onboarder::guitest::click;
using onboarder::guitest::screenshot;
using State = api::CredentialStore::KeychainState;

// The settings dialog says in words where secrets go. This process has no Secret Service on its session bus (main()
// points the bus nowhere), so the real keychain answers "no service"; the words of the other states are checked
// through the same mapping the store applies to QtKeychain's answers.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private:
    QStringList filesContaining(const QByteArray& secret) const
    {
        QStringList found;
        for (const QString& root : { m_dir.path(),
                                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                     QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret)) {
                    found << file.fileName();
                }
            }
        }
        return found;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void showsThatNoKeychainServiceRuns()
    {
        api::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        api::Profile profile;
        profile.name = QStringLiteral("Partner");
        profile.baseUrl = api::Profile::webexBaseUrl();
        QVERIFY(profiles.save(profile));
        api::CredentialStore credentials;
        credentials.setServiceName(QStringLiteral("OnboarderTest"));

        ui::SettingsDialog settings(&profiles, &credentials);
        settings.show();
        auto* status = child<QLabel>(&settings, "keychainStatus");
        QVERIFY(!status->accessibleName().isEmpty());
        // Selecting the profile asks the keychain whether it holds the token.
        settings.selectProfile(profile.name);
        QTRY_VERIFY_WITH_TIMEOUT(credentials.keychainState() != State::Unknown, 30000);
        QCOMPARE(credentials.keychainState(), State::NoSecretService);
        QTRY_VERIFY(status->isVisible());
        QCOMPARE(status->text(), api::CredentialStore::describe(State::NoSecretService));
        QVERIFY2(status->text().contains(QStringLiteral("No keychain service is running")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("never in a file")));

        // A token typed now is kept for this session only: no file holds it.
        const QString token = QStringLiteral("typed-token-5b9e2c");
        QTest::keyClicks(child<QLineEdit>(&settings, "secretEdit"), token);
        click(child<QPushButton>(&settings, "saveProfileButton"));
        QTRY_VERIFY(child<QLineEdit>(&settings, "secretEdit")->text().isEmpty());
        QVERIFY(!credentials.isPersistent());
        QVERIFY(filesContaining(token.toUtf8()).isEmpty());
        screenshot(&settings, QStringLiteral("settings-no-keychain-service"));
    }

    // The CA bundle and proxy of a profile are edited in Settings, checked by the connector's own rules before they
    // are saved, and a proxy password goes where secrets go, never into the profile's settings file.
    void caBundleAndProxyAreCheckedAndSaved()
    {
        api::ProfileStore profiles(m_dir.filePath(QStringLiteral("network-profiles.ini")));
        api::Profile profile;
        profile.name = QStringLiteral("Behind a proxy");
        profile.baseUrl = api::Profile::webexBaseUrl();
        QVERIFY(profiles.save(profile));
        api::CredentialStore credentials;
        credentials.setServiceName(QStringLiteral("OnboarderTest"));
        ui::SettingsDialog settings(&profiles, &credentials);
        settings.show();
        settings.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&settings));
        settings.selectProfile(profile.name);
        auto* caFile = child<QLineEdit>(&settings, "caFileEdit");
        auto* proxy = child<QLineEdit>(&settings, "proxyEdit");
        auto* proxyPassword = child<QLineEdit>(&settings, "proxyPasswordEdit");
        auto* error = child<QLabel>(&settings, "profileError");
        QVERIFY(caFile->isVisible() && proxy->isVisible() && proxyPassword->isVisible());
        QCOMPARE(proxyPassword->echoMode(), QLineEdit::Password);

        // Wrong values are explained at the field and nothing is saved.
        caFile->setText(m_dir.filePath(QStringLiteral("no-such-ca.pem")));
        click(child<QPushButton>(&settings, "saveProfileButton"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), [&] {
            api::Profile p;
            p.caFile = caFile->text();
            return p.caFileProblem();
        }());
        QVERIFY(caFile->hasFocus());
        QVERIFY(profiles.find(profile.name)->caFile.isEmpty());

        QFile notACertificate(m_dir.filePath(QStringLiteral("notes.pem")));
        QVERIFY(notACertificate.open(QIODevice::WriteOnly));
        notACertificate.write("not a certificate\n");
        notACertificate.close();
        caFile->setText(notACertificate.fileName());
        click(child<QPushButton>(&settings, "saveProfileButton"));
        QVERIFY(error->text().contains(QStringLiteral("holds no certificate")));

        caFile->clear();
        proxy->setText(QStringLiteral("socks5://proxy.example.com:1080"));
        click(child<QPushButton>(&settings, "saveProfileButton"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("http://proxy.example.com:3128")), qPrintable(error->text()));
        QVERIFY(proxy->hasFocus());
        QVERIFY(profiles.find(profile.name)->proxyUrl.isEmpty());

        // Right values are saved; the password is kept with the secrets, not in the profile.
        const QString password = QStringLiteral("proxy-pw-7f3a91");
        proxy->setText(QStringLiteral("http://alice@proxy.example.com:3128"));
        proxyPassword->setText(password);
        click(child<QPushButton>(&settings, "saveProfileButton"));
        QTRY_VERIFY(!error->isVisible());
        const api::Profile saved = *profiles.find(profile.name);
        QCOMPARE(saved.proxyUrl, QUrl(QStringLiteral("http://alice@proxy.example.com:3128")));
        QVERIFY(proxyPassword->text().isEmpty());
        bool done = false;
        QString kept;
        credentials.read(profile.name, api::CredentialStore::SecretKind::ProxyPassword, this, [&](const auto& r) {
            kept = r.secret;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(kept, password);
        QVERIFY(filesContaining(password.toUtf8()).isEmpty());

        // Shown again as saved when the profile is selected once more.
        settings.selectProfile(api::Profile::demoProfileName());
        settings.selectProfile(profile.name);
        QCOMPARE(proxy->text(), QStringLiteral("http://alice@proxy.example.com:3128"));
        QVERIFY(caFile->text().isEmpty());
        screenshot(&settings, QStringLiteral("settings-network"));
    }

    void everyStateHasItsOwnWords()
    {
        QCOMPARE(api::CredentialStore::stateForError(QKeychain::NoError), State::Available);
        QCOMPARE(api::CredentialStore::stateForError(QKeychain::EntryNotFound), State::Available);
        QCOMPARE(api::CredentialStore::stateForError(QKeychain::NoBackendAvailable), State::NoSecretService);
        QCOMPARE(api::CredentialStore::stateForError(QKeychain::OtherError), State::NoSecretService);
        QCOMPARE(api::CredentialStore::stateForError(QKeychain::AccessDenied), State::Locked);
        QCOMPARE(api::CredentialStore::stateForError(QKeychain::AccessDeniedByUser), State::Refused);
        QSet<QString> words;
        for (State state : { State::Available, State::NoSecretService, State::Locked, State::Refused }) {
            const QString text = api::CredentialStore::describe(state);
            QVERIFY(!text.isEmpty());
            words.insert(text);
        }
        QCOMPARE(words.size(), 4);
        QVERIFY(api::CredentialStore::describe(State::Locked).contains(QStringLiteral("locked")));
        QVERIFY(api::CredentialStore::describe(State::Refused).contains(QStringLiteral("refused")));
        QVERIFY(api::CredentialStore::describe(State::Unknown).isEmpty());
    }
};

int main(int argc, char* argv[])
{
    // Before anything opens the session bus: no Secret Service can answer on it.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/onboarder-test-bus");
    QApplication app(argc, argv);
    tst_SettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SettingsDialog.moc"
