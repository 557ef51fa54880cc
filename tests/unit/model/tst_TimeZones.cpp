#include "model/TimeZones.h"

#include <QTest>

using namespace onboarder::model;

// IANA time zones through QTimeZone.
class tst_TimeZones : public QObject
{
    Q_OBJECT

private slots:
    void validity_data();
    void validity();
    void forCountry();
    void all();
    void defaultForCountry_data();
    void defaultForCountry();
    void displayName();
};

void tst_TimeZones::validity_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Stockholm") << QStringLiteral("Europe/Stockholm") << true;
    QTest::newRow("Los Angeles") << QStringLiteral("America/Los_Angeles") << true;
    QTest::newRow("UTC") << QStringLiteral("UTC") << true;
    QTest::newRow("typo") << QStringLiteral("Europe/Stokholm") << false;
    QTest::newRow("abbreviation") << QStringLiteral("CET-ish") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("padded") << QStringLiteral(" Europe/Stockholm") << false;
    QTest::newRow("spec example quirk") << QStringLiteral("\"America/Los_Angeles\"") << false;
}

void tst_TimeZones::validity()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(TimeZones::isValid(id), valid);
}

void tst_TimeZones::forCountry()
{
    const QStringList sweden = TimeZones::forCountry(QStringLiteral("SE"));
    QVERIFY2(sweden.contains(QStringLiteral("Europe/Stockholm")), qPrintable(sweden.join(QLatin1Char(','))));
    const QStringList us = TimeZones::forCountry(QStringLiteral("US"));
    QVERIFY(us.contains(QStringLiteral("America/Los_Angeles")));
    QVERIFY(us.contains(QStringLiteral("America/New_York")));
    QVERIFY(!us.contains(QStringLiteral("Europe/Stockholm")));
    QVERIFY(std::is_sorted(us.cbegin(), us.cend()));
    QVERIFY(TimeZones::forCountry(QStringLiteral("XX")).isEmpty());
    QVERIFY(TimeZones::forCountry(QStringLiteral("se")).isEmpty());
}

void tst_TimeZones::all()
{
    const QStringList zones = TimeZones::all();
    QVERIFY(zones.size() > 300);
    QVERIFY(zones.contains(QStringLiteral("Asia/Tokyo")));
    QVERIFY(std::is_sorted(zones.cbegin(), zones.cend()));
}

void tst_TimeZones::displayName()
{
    QVERIFY(!TimeZones::displayName(QStringLiteral("Europe/Stockholm"), QLocale(QLocale::English)).isEmpty());
    QCOMPARE(TimeZones::displayName(QStringLiteral("Nowhere/Null"), QLocale(QLocale::English)),
             QStringLiteral("Nowhere/Null"));
}

void tst_TimeZones::defaultForCountry_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("zone");
    QTest::newRow("one zone") << QStringLiteral("SE") << QStringLiteral("Europe/Stockholm");
    QTest::newRow("the capital's") << QStringLiteral("US") << QStringLiteral("America/New_York");
    QTest::newRow("the capital's, far from most") << QStringLiteral("RU") << QStringLiteral("Europe/Moscow");
    QTest::newRow("Australia") << QStringLiteral("AU") << QStringLiteral("Australia/Sydney");
    QTest::newRow("unknown") << QStringLiteral("XX") << QString();
}

void tst_TimeZones::defaultForCountry()
{
    QFETCH(QString, country);
    QFETCH(QString, zone);
    QCOMPARE(TimeZones::defaultForCountry(country), zone);
    if (!zone.isEmpty()) {
        QVERIFY(TimeZones::forCountry(country).contains(zone));
    }
}

QTEST_GUILESS_MAIN(tst_TimeZones)
#include "tst_TimeZones.moc"
