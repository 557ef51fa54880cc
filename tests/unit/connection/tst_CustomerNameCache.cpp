#include "connection/CustomerNameCache.h"

#include <QDir>
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

QTEST_GUILESS_MAIN(tst_CustomerNameCache)
#include "tst_CustomerNameCache.moc"
