#include "connection/CustomerNameCache.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using onboarder::api::CustomerNameCache;

// The names survive the cache object (a restart), stay apart per profile, and a reset forgets only its profile.
class tst_CustomerNameCache : public QObject
{
    Q_OBJECT

private slots:
    void namesSurviveARestart();
    void profilesAreKeptApart();
    void clearForgetsOneProfile();
    void unwritableFileIsAnEmptyCache();
    void backgroundWritesKeepOrganizations();
    void fileWithoutOrganizationsIsUpgraded();
    void updateKeepsWhatTheListShows();
    void readingBeforeTheFirstWriteCreatesNoFile();

private:
    QString path() const
    {
        return m_dir.filePath(QStringLiteral("names/customer-names.sqlite"));
    }
    QTemporaryDir m_dir;
};

void tst_CustomerNameCache::namesSurviveARestart()
{
    {
        CustomerNameCache cache(path());
        QVERIFY(cache.store(QStringLiteral("Demo"),
                            { { QStringLiteral("c1"), QStringLiteral("Kaffebryggeriet Göteborg AB") },
                              { QStringLiteral("c2"), QStringLiteral("Oslo Fiskeri AS") } }));
        QVERIFY(cache.store(QStringLiteral("Demo"), { { QStringLiteral("c2"), QStringLiteral("Oslo Fisk AS") } }));
    }
    CustomerNameCache again(path());
    const QHash<QString, QString> names = again.names(QStringLiteral("Demo"));
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(QStringLiteral("c1")), QStringLiteral("Kaffebryggeriet Göteborg AB"));
    QCOMPARE(names.value(QStringLiteral("c2")), QStringLiteral("Oslo Fisk AS"));
}

void tst_CustomerNameCache::profilesAreKeptApart()
{
    CustomerNameCache cache(path());
    QVERIFY(cache.store(QStringLiteral("Production"), { { QStringLiteral("c1"), QStringLiteral("Other AB") } }));
    QCOMPARE(cache.names(QStringLiteral("Production")).value(QStringLiteral("c1")), QStringLiteral("Other AB"));
    QCOMPARE(cache.names(QStringLiteral("Demo")).value(QStringLiteral("c1")),
             QStringLiteral("Kaffebryggeriet Göteborg AB"));
    QVERIFY(cache.names(QStringLiteral("Nobody")).isEmpty());
}

void tst_CustomerNameCache::clearForgetsOneProfile()
{
    CustomerNameCache cache(path());
    QVERIFY(cache.clear(QStringLiteral("Demo")));
    QVERIFY(cache.names(QStringLiteral("Demo")).isEmpty());
    QCOMPARE(cache.names(QStringLiteral("Production")).size(), 1);
}

void tst_CustomerNameCache::unwritableFileIsAnEmptyCache()
{
    // A folder where the file should be: the database cannot open, and nothing fails loudly.
    const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(blocked));
    CustomerNameCache cache(blocked);
    QVERIFY(cache.names(QStringLiteral("Demo")).isEmpty());
    QVERIFY(!cache.store(QStringLiteral("Demo"), { { QStringLiteral("c1"), QStringLiteral("A") } }));
}

void tst_CustomerNameCache::backgroundWritesKeepOrganizations()
{
    const QString file = m_dir.filePath(QStringLiteral("background/customer-names.sqlite"));
    {
        CustomerNameCache cache(file);
        QHash<QString, QString> names;
        QHash<QString, QString> orgs;
        for (int i = 0; i < 2000; ++i) {
            names.insert(QStringLiteral("c%1").arg(i), QStringLiteral("Kund %1 AB").arg(i));
            orgs.insert(QStringLiteral("c%1").arg(i), QStringLiteral("org-%1").arg(i));
        }
        QFuture<bool> first = cache.storeInBackground(QStringLiteral("Demo"), names, orgs);
        // A later write without organizations renames and keeps the organization already known.
        QFuture<bool> second
            = cache.storeInBackground(QStringLiteral("Demo"), { { QStringLiteral("c7"), QStringLiteral("Sju AB") } });
        first.waitForFinished();
        second.waitForFinished();
        QVERIFY(first.result());
        QVERIFY(second.result());
    }
    CustomerNameCache again(file);
    const CustomerNameCache::Known known = again.known(QStringLiteral("Demo"));
    QCOMPARE(known.namesByCustomerId.size(), 2000);
    QCOMPARE(known.orgIdsByCustomerId.size(), 2000);
    QCOMPARE(known.namesByCustomerId.value(QStringLiteral("c7")), QStringLiteral("Sju AB"));
    QCOMPARE(known.orgIdsByCustomerId.value(QStringLiteral("c7")), QStringLiteral("org-7"));
    QCOMPARE(again.names(QStringLiteral("Demo")).value(QStringLiteral("c8")), QStringLiteral("Kund 8 AB"));
}

void tst_CustomerNameCache::fileWithoutOrganizationsIsUpgraded()
{
    // A cache file from before organizations were kept: its names stay, and organizations can be added.
    const QString file = m_dir.filePath(QStringLiteral("old/customer-names.sqlite"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("old"))));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-names"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE customer_names (profile TEXT NOT NULL, customer_id TEXT NOT "
                                          "NULL, name TEXT NOT NULL, PRIMARY KEY(profile, customer_id))")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO customer_names VALUES ('Demo', 'c1', 'Gammal AB')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-names"));
    CustomerNameCache cache(file);
    QCOMPARE(cache.names(QStringLiteral("Demo")).value(QStringLiteral("c1")), QStringLiteral("Gammal AB"));
    QVERIFY(cache.store(QStringLiteral("Demo"),
                        { { QStringLiteral("c1"), QStringLiteral("Gammal AB") } },
                        { { QStringLiteral("c1"), QStringLiteral("org-1") } }));
    QCOMPARE(cache.known(QStringLiteral("Demo")).orgIdsByCustomerId.value(QStringLiteral("c1")),
             QStringLiteral("org-1"));
}

void tst_CustomerNameCache::updateKeepsWhatTheListShows()
{
    // From the rows of a list: named rows are kept with their organization, an unnamed one is not, and the future
    // holds the names the file holds afterwards.
    const QString file = m_dir.filePath(QStringLiteral("update/customer-names.sqlite"));
    QList<CustomerNameCache::Entry> rows = { { QStringLiteral("c1"), QStringLiteral("Ett AB"), QStringLiteral("o1") },
                                             { QStringLiteral("c2"), QStringLiteral("Två AB"), QString() },
                                             { QStringLiteral("c3"), QString(), QStringLiteral("o3") } };
    CustomerNameCache cache(file);
    QFuture<std::optional<QHash<QString, QString>>> first = cache.updateInBackground(QStringLiteral("P"), rows);
    first.waitForFinished();
    QVERIFY(first.result().has_value());
    QCOMPARE(first.result()->size(), 2);
    QCOMPARE(cache.known(QStringLiteral("P")).orgIdsByCustomerId,
             (QHash<QString, QString> { { QStringLiteral("c1"), QStringLiteral("o1") } }));

    // A renamed customer; the rest is as the cache has it already.
    rows[1].name = QStringLiteral("Två Nya AB");
    QFuture<std::optional<QHash<QString, QString>>> second = cache.updateInBackground(QStringLiteral("P"), rows);
    second.waitForFinished();
    QVERIFY(second.result().has_value());
    CustomerNameCache again(file);
    const QHash<QString, QString> stored = again.names(QStringLiteral("P"));
    QCOMPARE(stored, *second.result());
    QCOMPARE(stored.value(QStringLiteral("c2")), QStringLiteral("Två Nya AB"));
}

// A first start reads the cache before anything was written: an empty cache, and no file made on the window's thread
// (the first write makes it).
void tst_CustomerNameCache::readingBeforeTheFirstWriteCreatesNoFile()
{
    const QString file = m_dir.filePath(QStringLiteral("first-start/customer-names.sqlite"));
    CustomerNameCache cache(file);
    QVERIFY(cache.names(QStringLiteral("Demo")).isEmpty());
    QVERIFY(cache.known(QStringLiteral("Demo")).namesByCustomerId.isEmpty());
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(cache.storeInBackground(QStringLiteral("Demo"), { { QStringLiteral("c1"), QStringLiteral("Ett AB") } })
                .result());
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(cache.names(QStringLiteral("Demo")).value(QStringLiteral("c1")), QStringLiteral("Ett AB"));
}

QTEST_GUILESS_MAIN(tst_CustomerNameCache)
#include "tst_CustomerNameCache.moc"
