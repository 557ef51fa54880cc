#include "model/Languages.h"

#include <QTest>

using namespace onboarder::model;

// Language codes and names (iso-codes ISO 639-2 table, alpha-2 entries).
class tst_Languages : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void names_data();
    void names();
    void sorted();
};

void tst_Languages::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("en") << QStringLiteral("en") << true;
    QTest::newRow("sv") << QStringLiteral("sv") << true;
    QTest::newRow("en_US") << QStringLiteral("en_US") << true;
    QTest::newRow("en_us") << QStringLiteral("en_us") << true;
    QTest::newRow("sv_SE") << QStringLiteral("sv_SE") << true;
    QTest::newRow("fr_fr") << QStringLiteral("fr_fr") << true;
    QTest::newRow("upper-case language") << QStringLiteral("EN") << false;
    QTest::newRow("hyphen") << QStringLiteral("en-US") << false;
    QTest::newRow("unknown language") << QStringLiteral("qq") << false;
    QTest::newRow("unknown region") << QStringLiteral("en_XX") << false;
    QTest::newRow("three letters") << QStringLiteral("eng") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("trailing underscore") << QStringLiteral("en_") << false;
    QTest::newRow("spec example quirk") << QStringLiteral("'en'") << false;
}

void tst_Languages::codes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Languages::isValidCode(code), valid);
}

void tst_Languages::names_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("swedish");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Swedish") << QStringLiteral("Svenska");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English") << QStringLiteral("Engelska");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("English (United States)")
                           << QStringLiteral("Engelska (USA)");
    QTest::newRow("sv_se") << QStringLiteral("sv_se") << QStringLiteral("Swedish (Sweden)")
                           << QStringLiteral("Svenska (Sverige)");
    QTest::newRow("invalid") << QStringLiteral("xx") << QString() << QString();
}

void tst_Languages::names()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, swedish);
    QCOMPARE(Languages::name(code, QLocale(QLocale::English, QLocale::UnitedStates)), english);
    QCOMPARE(Languages::name(code, QLocale(QLocale::Swedish, QLocale::Sweden)), swedish);
}

void tst_Languages::sorted()
{
    const QList<Languages::Language> all = Languages::all(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(all.size() > 150, qPrintable(QString::number(all.size())));
    QCOMPARE(all.first().englishName, QStringLiteral("Abkhazian"));
    const QList<Languages::Language> swedish = Languages::all(QLocale(QLocale::Swedish, QLocale::Sweden));
    QCOMPARE(swedish.size(), all.size());
    QVERIFY(std::any_of(swedish.cbegin(), swedish.cend(), [](const Languages::Language& l) {
        return l.code == QLatin1String("sv") && l.swedishName == QLatin1String("Svenska");
    }));
}

QTEST_GUILESS_MAIN(tst_Languages)
#include "tst_Languages.moc"
