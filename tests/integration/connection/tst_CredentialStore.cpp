#include "connection/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using onboarder::api::CredentialStore;
using Kind = CredentialStore::SecretKind;
using Status = CredentialStore::Status;

// Runs against a real Secret Service: gnome-keyring in its own D-Bus session (tests/run-with-keyring.sh).
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialStore::Result call(const std::function<void(CredentialStore::Callback)>& operation)
    {
        CredentialStore::Result result;
        bool done = false;
        operation([&](const CredentialStore::Result& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000)) {
            result.status = Status::TimedOut;
        }
        return result;
    }

    QString m_profile;

private slots:
    void init()
    {
        // A fresh profile name per test, so tests never see each other's entries.
        m_profile = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void writeReadOverwriteDelete()
    {
        CredentialStore store;
        store.setServiceName(QStringLiteral("OnboarderTest"));
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);

        auto write = call(
            [&](auto cb) { store.write(m_profile, Kind::AccessToken, QStringLiteral("first-secret"), this, cb); });
        QVERIFY2(write.ok(), qPrintable(write.errorMessage));
        QVERIFY(store.isPersistent());

        auto read = call([&](auto cb) { store.read(m_profile, Kind::AccessToken, this, cb); });
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("first-secret"));

        write = call(
            [&](auto cb) { store.write(m_profile, Kind::AccessToken, QStringLiteral("second-secret"), this, cb); });
        QVERIFY(write.ok());
        read = call([&](auto cb) { store.read(m_profile, Kind::AccessToken, this, cb); });
        QCOMPARE(read.secret, QStringLiteral("second-secret"));

        auto removed = call([&](auto cb) { store.remove(m_profile, Kind::AccessToken, this, cb); });
        QVERIFY(removed.ok());
        read = call([&](auto cb) { store.read(m_profile, Kind::AccessToken, this, cb); });
        QCOMPARE(read.status, Status::NotFound);
        QCOMPARE(unavailable.count(), 0);
    }

    void survivesANewStoreInstance()
    {
        {
            CredentialStore store;
            store.setServiceName(QStringLiteral("OnboarderTest"));
            QVERIFY(call([&](auto cb) {
                        store.write(m_profile, Kind::RefreshToken, QStringLiteral("r-123"), this, cb);
                    }).ok());
        }
        CredentialStore other;
        other.setServiceName(QStringLiteral("OnboarderTest"));
        const auto read = call([&](auto cb) { other.read(m_profile, Kind::RefreshToken, this, cb); });
        QCOMPARE(read.secret, QStringLiteral("r-123"));
    }

    void kindsAndProfilesAreSeparate()
    {
        CredentialStore store;
        store.setServiceName(QStringLiteral("OnboarderTest"));
        QVERIFY(
            call([&](auto cb) { store.write(m_profile, Kind::ClientSecret, QStringLiteral("cs"), this, cb); }).ok());
        QCOMPARE(call([&](auto cb) { store.read(m_profile, Kind::AccessToken, this, cb); }).status, Status::NotFound);
        QCOMPARE(
            call([&](auto cb) { store.read(m_profile + QStringLiteral("x"), Kind::ClientSecret, this, cb); }).status,
            Status::NotFound);
        QCOMPARE(call([&](auto cb) { store.read(m_profile, Kind::ClientSecret, this, cb); }).secret,
                 QStringLiteral("cs"));
    }

    void missingEntry()
    {
        CredentialStore store;
        store.setServiceName(QStringLiteral("OnboarderTest"));
        QCOMPARE(call([&](auto cb) { store.read(m_profile, Kind::AccessToken, this, cb); }).status, Status::NotFound);
        // Removing a missing entry already leaves the wanted state.
        QVERIFY(call([&](auto cb) { store.remove(m_profile, Kind::AccessToken, this, cb); }).ok());
    }

    void sessionOnlyKeepsSecretsInMemory()
    {
        CredentialStore store(CredentialStore::Backend::SessionOnly);
        QVERIFY(!store.isPersistent());
        QVERIFY(
            call([&](auto cb) { store.write(m_profile, Kind::AccessToken, QStringLiteral("mem"), this, cb); }).ok());
        QCOMPARE(call([&](auto cb) { store.read(m_profile, Kind::AccessToken, this, cb); }).secret,
                 QStringLiteral("mem"));
        CredentialStore other(CredentialStore::Backend::SessionOnly);
        QCOMPARE(call([&](auto cb) { other.read(m_profile, Kind::AccessToken, this, cb); }).status, Status::NotFound);
    }

    void callbackSkippedWhenContextIsGone()
    {
        CredentialStore store;
        store.setServiceName(QStringLiteral("OnboarderTest"));
        bool called = false;
        auto* context = new QObject;
        store.write(m_profile, Kind::AccessToken, QStringLiteral("x"), context, [&](const auto&) { called = true; });
        delete context;
        // The keychain job finishes on its own; nobody is called back.
        QTest::qWait(500);
        QVERIFY(!called);
        QCOMPARE(call([&](auto cb) { store.read(m_profile, Kind::AccessToken, this, cb); }).secret,
                 QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_CredentialStore.moc"
