#include "GuiTestSupport.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileStore.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QApplication>
#include <QDirIterator>
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
