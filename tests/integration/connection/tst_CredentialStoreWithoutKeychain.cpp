#include "connection/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using onboarder::api::CredentialStore;
using Kind = CredentialStore::SecretKind;
using Status = CredentialStore::Status;

// No Secret Service on the session bus: the store must say so and keep secrets in memory, never on disk.
class TestCredentialStoreWithoutKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/onboarder-test-bus");
    }

    void fallsBackToSessionMemory()
    {
        CredentialStore store;
        store.setServiceName(QStringLiteral("OnboarderTest"));
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        CredentialStore::Result result;
        bool done = false;
        store.write(QStringLiteral("p"),
                    Kind::AccessToken,
                    QStringLiteral("only-in-memory"),
                    this,
                    [&](const CredentialStore::Result& r) {
                        result = r;
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(result.ok());
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!store.isPersistent());

        done = false;
        store.read(QStringLiteral("p"), Kind::AccessToken, this, [&](const CredentialStore::Result& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.secret, QStringLiteral("only-in-memory"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreWithoutKeychain)
#include "tst_CredentialStoreWithoutKeychain.moc"
