#include "connection/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using onboarder::api::Profile;
using onboarder::api::ProfileStore;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    static Profile webexProfile(const QString& name)
    {
        Profile p;
        p.name = name;
        p.baseUrl = Profile::webexBaseUrl();
        p.authKind = Profile::AuthKind::OAuthIntegration;
        p.clientId = QStringLiteral("C123");
        p.subPartnerOrgId = QStringLiteral("SUB1");
        return p;
    }

private slots:
    void demoProfileIsAlwaysFirst()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
        const auto profiles = store.profiles();
        QCOMPARE(profiles.size(), 1);
        QVERIFY(profiles.first().isDemo());
        QCOMPARE(store.lastProfileName(), Profile::demoProfileName());
        QVERIFY(!store.remove(Profile::demoProfileName()));
    }

    // Every start names its profile: the file is written (and synced) only when the name changes, so a first start
    // on the demo writes nothing.
    void lastProfileIsWrittenOnlyWhenItChanges()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            ProfileStore store(file);
            store.setLastProfileName(Profile::demoProfileName());
            QCOMPARE(store.lastProfileName(), Profile::demoProfileName());
        }
        QVERIFY(!QFile::exists(file));
        {
            ProfileStore store(file);
            store.setLastProfileName(QStringLiteral("Acme"));
            QVERIFY(QFile::exists(file)); // at once, not when the store goes
            QCOMPARE(ProfileStore(file).lastProfileName(), QStringLiteral("Acme"));
            store.setLastProfileName(Profile::demoProfileName());
        }
        QCOMPARE(ProfileStore(file).lastProfileName(), Profile::demoProfileName());
    }

    void savesReplacesAndRemoves()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            ProfileStore store(file);
            QVERIFY(store.save(webexProfile(QStringLiteral("Acme"))));
            Profile changed = webexProfile(QStringLiteral("Acme"));
            changed.clientId = QStringLiteral("C999");
            QVERIFY(store.save(changed));
            QVERIFY(store.save(webexProfile(QStringLiteral("Beta"))));
            store.setLastProfileName(QStringLiteral("Beta"));
        }
        ProfileStore reopened(file);
        QCOMPARE(reopened.profiles().size(), 3);
        QCOMPARE(reopened.find(QStringLiteral("Acme"))->clientId, QStringLiteral("C999"));
        QCOMPARE(*reopened.find(QStringLiteral("Beta")), webexProfile(QStringLiteral("Beta")));
        QCOMPARE(reopened.lastProfileName(), QStringLiteral("Beta"));
        QVERIFY(reopened.remove(QStringLiteral("Beta")));
        QVERIFY(!reopened.find(QStringLiteral("Beta")));
        QCOMPARE(reopened.lastProfileName(), Profile::demoProfileName());
    }

    void refusesInvalidProfiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("clientId");
        QTest::newRow("no name") << QString() << QStringLiteral("https://webexapis.com/v1") << QStringLiteral("c");
        QTest::newRow("plain http remote")
            << QStringLiteral("x") << QStringLiteral("http://webexapis.com/v1") << QStringLiteral("c");
        QTest::newRow("not a url") << QStringLiteral("x") << QStringLiteral("::") << QStringLiteral("c");
        QTest::newRow("oauth without client id")
            << QStringLiteral("x") << QStringLiteral("https://webexapis.com/v1") << QString();
        QTest::newRow("demo name taken") << Profile::demoProfileName() << QStringLiteral("https://webexapis.com/v1")
                                         << QStringLiteral("c");
    }

    void refusesInvalidProfiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, clientId);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
        Profile p = webexProfile(name);
        p.baseUrl = QUrl(url);
        p.clientId = clientId;
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.profiles().size(), 1);
    }

    void loopbackHttpIsAllowed()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
        Profile p = webexProfile(QStringLiteral("Local"));
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        QVERIFY(store.save(p));
        p.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1"));
        QVERIFY(store.save(p));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_ProfileStore.moc"
