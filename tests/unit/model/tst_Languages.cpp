#include "model/Languages.h"

#include <QTest>

#include <algorithm>

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
    void everydayNames();
    void defaultsFromTheCountry_data();
    void defaultsFromTheCountry();
    void offeredChoices();
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
    QTest::newRow("nb_NO") << QStringLiteral("nb_NO") << QStringLiteral("Norwegian Bokmål (Norway)")
                           << QStringLiteral("Norska (bokmål) (Norge)");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Spanish") << QStringLiteral("Spanska");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Dutch") << QStringLiteral("Nederländska");
    QTest::newRow("el") << QStringLiteral("el") << QStringLiteral("Greek (modern)") << QStringLiteral("Nygrekiska");
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

void tst_Languages::everydayNames()
{
    // The catalogue's alternatives and inverted forms never reach a picker.
    for (const QLocale& locale : { QLocale(QLocale::English), QLocale(QLocale::Swedish) }) {
        for (Languages::Use use : { Languages::Use::Email, Languages::Use::Announcement }) {
            for (const auto& [name, code] : Languages::choices(use, locale)) {
                QVERIFY2(!name.contains(QLatin1Char(';')) && !name.contains(QLatin1Char(',')), qPrintable(name));
                QVERIFY2(Languages::isValidCode(code), qPrintable(code));
            }
        }
    }
}

void tst_Languages::defaultsFromTheCountry_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("announcement");
    QTest::newRow("Sweden") << QStringLiteral("SE") << QStringLiteral("sv_SE") << QStringLiteral("sv_se");
    QTest::newRow("Norway") << QStringLiteral("NO") << QStringLiteral("nb_NO") << QStringLiteral("nb_no");
    QTest::newRow("United States") << QStringLiteral("US") << QStringLiteral("en_US") << QStringLiteral("en_us");
    QTest::newRow("Canada") << QStringLiteral("CA") << QStringLiteral("en_US") << QStringLiteral("en_ca");
    QTest::newRow("Austria: German as in Germany")
        << QStringLiteral("AT") << QStringLiteral("de_DE") << QStringLiteral("de_de");
    QTest::newRow("Estonia: not offered, English")
        << QStringLiteral("EE") << QStringLiteral("en_US") << QStringLiteral("en_us");
    QTest::newRow("unknown") << QStringLiteral("XX") << QString() << QString();
}

void tst_Languages::defaultsFromTheCountry()
{
    QFETCH(QString, country);
    QFETCH(QString, email);
    QFETCH(QString, announcement);
    QCOMPARE(Languages::defaultFor(country, Languages::Use::Email), email);
    QCOMPARE(Languages::defaultFor(country, Languages::Use::Announcement), announcement);
    if (!email.isEmpty()) {
        QVERIFY(Languages::offered(Languages::Use::Email).contains(email));
        QVERIFY(Languages::offered(Languages::Use::Announcement).contains(announcement));
    }
}

void tst_Languages::offeredChoices()
{
    const auto choices = Languages::choices(Languages::Use::Announcement, QLocale(QLocale::English));
    QCOMPARE(choices.size(), Languages::offered(Languages::Use::Announcement).size());
    auto nameOf = [&choices](const QString& code) {
        for (const auto& [name, c] : choices) {
            if (c == code) {
                return name;
            }
        }
        return QString();
    };
    // The region only where one language has several.
    QCOMPARE(nameOf(QStringLiteral("sv_se")), QStringLiteral("Swedish"));
    QCOMPARE(nameOf(QStringLiteral("nb_no")), QStringLiteral("Norwegian Bokmål"));
    QCOMPARE(nameOf(QStringLiteral("en_gb")), QStringLiteral("English (United Kingdom)"));
    QCOMPARE(nameOf(QStringLiteral("es_es")), QStringLiteral("Spanish"));
}

QTEST_GUILESS_MAIN(tst_Languages)
#include "tst_Languages.moc"
