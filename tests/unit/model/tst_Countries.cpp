#include "model/Countries.h"

#include <QCollator>
#include <QTest>

using namespace onboarder::model;

// Country codes and names come from the iso-codes package embedded in the library.
class tst_Countries : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void validity_data();
    void validity();
    void sortedInEnglish();
    void sortedInSwedish();
    void territory();
};

void tst_Countries::names_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("swedish");
    QTest::newRow("SE") << QStringLiteral("SE") << QStringLiteral("Sweden") << QStringLiteral("Sverige");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("United States") << QStringLiteral("USA");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("Germany") << QStringLiteral("Tyskland");
    // common_name is preferred over the formal name.
    QTest::newRow("KR") << QStringLiteral("KR") << QStringLiteral("South Korea") << QStringLiteral("Sydkorea");
    QTest::newRow("unknown") << QStringLiteral("XX") << QString() << QString();
}

void tst_Countries::names()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, swedish);
    QCOMPARE(Countries::englishName(code), english);
    QCOMPARE(Countries::swedishName(code), swedish);
    QCOMPARE(Countries::name(code, QLocale(QLocale::Swedish, QLocale::Sweden)), swedish);
    QCOMPARE(Countries::name(code, QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
}

void tst_Countries::validity_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("SE") << QStringLiteral("SE") << true;
    QTest::newRow("GB") << QStringLiteral("GB") << true;
    QTest::newRow("lower case") << QStringLiteral("se") << false;
    QTest::newRow("alpha-3") << QStringLiteral("SWE") << false;
    QTest::newRow("unassigned") << QStringLiteral("XX") << false;
    QTest::newRow("UK is not ISO") << QStringLiteral("UK") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spec example quirk") << QStringLiteral("`US`:") << false;
}

void tst_Countries::validity()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Countries::isValidCode(code), valid);
    QCOMPARE(Countries::find(code).has_value(), valid);
}

void tst_Countries::sortedInEnglish()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QList<Countries::Country> all = Countries::all(english);
    QVERIFY2(all.size() >= 249, qPrintable(QString::number(all.size())));
    QCOMPARE(all.first().code, QStringLiteral("AF")); // Afghanistan
    const QCollator collator(english);
    for (int i = 1; i < all.size(); ++i) {
        QVERIFY2(collator.compare(all.at(i - 1).englishName, all.at(i).englishName) <= 0,
                 qPrintable(all.at(i - 1).englishName + QStringLiteral(" > ") + all.at(i).englishName));
    }
}

void tst_Countries::sortedInSwedish()
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QList<Countries::Country> all = Countries::all(swedish);
    QStringList names;
    for (const auto& country : all) {
        names.append(country.swedishName);
    }
    // Swedish collation puts Å, Ä, Ö after Z: Österrike comes after Zimbabwe.
    const qsizetype austria = names.indexOf(QStringLiteral("Österrike"));
    const qsizetype zimbabwe = names.indexOf(QStringLiteral("Zimbabwe"));
    QVERIFY(austria >= 0);
    QVERIFY(zimbabwe >= 0);
    QVERIFY2(austria > zimbabwe, qPrintable(names.mid(names.size() - 8).join(QStringLiteral(", "))));
    QVERIFY(names.indexOf(QStringLiteral("Sverige")) >= 0);
}

void tst_Countries::territory()
{
    QCOMPARE(Countries::territory(QStringLiteral("SE")), QLocale::Sweden);
    QCOMPARE(Countries::territory(QStringLiteral("US")), QLocale::UnitedStates);
    QCOMPARE(Countries::territory(QStringLiteral("XX")), QLocale::AnyTerritory);
}

QTEST_GUILESS_MAIN(tst_Countries)
#include "tst_Countries.moc"
