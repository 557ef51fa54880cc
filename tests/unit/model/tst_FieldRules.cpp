#include "ModelTestSupport.h"
#include "model/FieldRules.h"
#include "model/RuleIds.h"

#include <QTest>

using namespace onboarder::model;
using namespace onboarder::model::test;

Q_DECLARE_METATYPE(onboarder::model::Address)

// The field rules shared by all validators: each rule with passing and failing values, the rule id, the path and the
// suggested fix.
class tst_FieldRules : public QObject
{
    Q_OBJECT

private slots:
    void required_data();
    void required();
    void email_data();
    void email();
    void phoneNumber_data();
    void phoneNumber();
    void extension_data();
    void extension();
    void languageCode_data();
    void languageCode();
    void timeZone_data();
    void timeZone();
    void countryCode_data();
    void countryCode();
    void provisioningId_data();
    void provisioningId();
    void samlEntityId_data();
    void samlEntityId();
    void locationName_data();
    void locationName();
    void address_data();
    void address();
    void addressReportsEverythingAtOnce();
    void messagesAreNotEmpty();
};

namespace {

using Check = bool (*)(const QString&, const QString&, FieldErrors*);

void addRows(const QList<std::tuple<const char*, QString, QString, QString>>& rows)
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("suggestion");
    for (const auto& [name, value, rule, fix] : rows) {
        QTest::newRow(name) << value << rule << fix;
    }
}

void runCheck(Check check)
{
    QFETCH(QString, value);
    QFETCH(QString, ruleId);
    QFETCH(QString, suggestion);
    FieldErrors errors;
    const bool passed = check(value, QStringLiteral("some.path"), &errors);
    if (ruleId.isEmpty()) {
        QVERIFY2(passed && errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
        return;
    }
    QVERIFY(!passed);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("some.path"));
    QCOMPARE(errors.first().ruleId, ruleId);
    QCOMPARE(errors.first().suggestion, suggestion);
    QVERIFY(!errors.first().message.isEmpty());
}

const QString kNone;
const QString kEmail = QString(RuleIds::kEmailInvalid);

} // namespace

void tst_FieldRules::required_data()
{
    addRows({ { "text", QStringLiteral("x"), kNone, kNone },
              { "empty", QString(), QString(RuleIds::kRequired), kNone },
              { "blank", QStringLiteral("  \t"), QString(RuleIds::kRequired), kNone } });
}

void tst_FieldRules::required()
{
    runCheck(&FieldRules::required);
}

void tst_FieldRules::email_data()
{
    addRows({ { "plain", QStringLiteral("john.anderson@acme.com"), kNone, kNone },
              { "plus tag", QStringLiteral("a+b@mail.example.se"), kNone, kNone },
              { "subdomain", QStringLiteral("x@a.b-c.example"), kNone, kNone },
              { "empty is optional", QString(), kNone, kNone },
              { "no at", QStringLiteral("john.acme.com"), kEmail, kNone },
              { "no domain dot", QStringLiteral("john@localhost"), kEmail, kNone },
              { "two ats", QStringLiteral("a@b@c.com"), kEmail, kNone },
              { "space inside", QStringLiteral("john anderson@acme.com"), kEmail, kNone },
              { "leading dot", QStringLiteral(".john@acme.com"), kEmail, kNone },
              { "double dot", QStringLiteral("john..a@acme.com"), kEmail, kNone },
              { "domain hyphen edge", QStringLiteral("john@-acme.com"), kEmail, kNone },
              { "spec quirk quotes", QStringLiteral("\"john.anderson@acme.com\""), kEmail, kNone },
              { "padded, fixable", QStringLiteral(" john@acme.com "), kEmail, QStringLiteral("john@acme.com") },
              { "too long", QString(250, QLatin1Char('a')) + QStringLiteral("@x.com"), kEmail, kNone } });
}

void tst_FieldRules::email()
{
    runCheck(&FieldRules::email);
}

void tst_FieldRules::phoneNumber_data()
{
    addRows({ { "E.164", QStringLiteral("+12405551212"), kNone, kNone },
              { "empty is optional", QString(), kNone, kNone },
              { "dashes",
                QStringLiteral("+1-240-555-1212"),
                QString(RuleIds::kPhoneNotE164),
                QStringLiteral("+12405551212") },
              { "stripped plus",
                QStringLiteral("46701234567"),
                QString(RuleIds::kPhoneMissingPlus),
                QStringLiteral("+46701234567") },
              { "garbage", QStringLiteral("12"), QString(RuleIds::kPhoneInvalid), kNone },
              { "blank", QStringLiteral("  "), QString(RuleIds::kPhoneInvalid), kNone },
              { "too short", QStringLiteral("+4670123"), QString(RuleIds::kPhoneInvalid), kNone } });
}

void tst_FieldRules::phoneNumber()
{
    runCheck([](const QString& value, const QString& path, FieldErrors* errors) {
        return FieldRules::phoneNumber(value, path, errors);
    });
}

void tst_FieldRules::extension_data()
{
    const QString rule(RuleIds::kExtensionInvalid);
    addRows({ { "two digits", QStringLiteral("12"), kNone, kNone },
              { "spec example", QStringLiteral("51212"), kNone, kNone },
              { "ten digits", QStringLiteral("1234567890"), kNone, kNone },
              { "empty is optional", QString(), kNone, kNone },
              { "one digit", QStringLiteral("1"), rule, kNone },
              { "eleven digits", QStringLiteral("12345678901"), rule, kNone },
              { "letters", QStringLiteral("12a4"), rule, kNone },
              { "plus", QStringLiteral("+1234"), rule, kNone },
              { "padded, fixable", QStringLiteral(" 1234"), rule, QStringLiteral("1234") },
              { "arabic-indic digits", QStringLiteral("\u0661\u0662\u0663"), rule, kNone } });
}

void tst_FieldRules::extension()
{
    runCheck(&FieldRules::extension);
}

void tst_FieldRules::languageCode_data()
{
    const QString rule(RuleIds::kLanguageInvalid);
    addRows({ { "en", QStringLiteral("en"), kNone, kNone },
              { "en_US", QStringLiteral("en_US"), kNone, kNone },
              { "en_us", QStringLiteral("en_us"), kNone, kNone },
              { "empty is optional", QString(), kNone, kNone },
              { "hyphen, fixable", QStringLiteral("en-US"), rule, QStringLiteral("en_US") },
              { "upper language, fixable", QStringLiteral("EN_us"), rule, QStringLiteral("en_us") },
              { "unknown", QStringLiteral("xx"), rule, kNone },
              { "spec quirk", QStringLiteral("'en'"), rule, kNone },
              { "long form", QStringLiteral("English"), rule, kNone } });
}

void tst_FieldRules::languageCode()
{
    runCheck(&FieldRules::languageCode);
}

void tst_FieldRules::timeZone_data()
{
    const QString rule(RuleIds::kTimeZoneInvalid);
    addRows(
        { { "Stockholm", QStringLiteral("Europe/Stockholm"), kNone, kNone },
          { "empty is optional", QString(), kNone, kNone },
          { "typo", QStringLiteral("Europe/Stokholm"), rule, kNone },
          { "padded, fixable", QStringLiteral("America/Los_Angeles "), rule, QStringLiteral("America/Los_Angeles") },
          { "offset", QStringLiteral("GMT+1 summer"), rule, kNone } });
}

void tst_FieldRules::timeZone()
{
    runCheck(&FieldRules::timeZone);
}

void tst_FieldRules::countryCode_data()
{
    const QString rule(RuleIds::kCountryInvalid);
    addRows({ { "SE", QStringLiteral("SE"), kNone, kNone },
              { "empty is optional", QString(), kNone, kNone },
              { "lower, fixable", QStringLiteral("se"), rule, QStringLiteral("SE") },
              { "UK", QStringLiteral("UK"), rule, kNone },
              { "alpha-3", QStringLiteral("SWE"), rule, kNone },
              { "name", QStringLiteral("Sweden"), rule, kNone } });
}

void tst_FieldRules::countryCode()
{
    runCheck(&FieldRules::countryCode);
}

void tst_FieldRules::provisioningId_data()
{
    const QString rule(RuleIds::kProvisioningIdInvalid);
    const QString good = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
    addRows({ { "spec example", good, kNone, kNone },
              { "empty is optional", QString(), kNone, kNone },
              { "pasted with newline, fixable", good + QStringLiteral("\n"), rule, good },
              { "customer id instead",
                QStringLiteral("Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQtNjBhOC00MDdhLWIyMmMtNDY3YzUxNTkxOTA4"),
                rule,
                kNone },
              { "truncated", good.left(40), rule, kNone },
              { "words", QStringLiteral("template one"), rule, kNone } });
}

void tst_FieldRules::provisioningId()
{
    runCheck(&FieldRules::provisioningId);
}

void tst_FieldRules::samlEntityId_data()
{
    const QString rule(RuleIds::kSamlEntityIdInvalid);
    addRows(
        { { "https", QStringLiteral("https://idp.example.com/saml/metadata"), kNone, kNone },
          { "urn", QStringLiteral("urn:example:idp"), kNone, kNone },
          { "azure style",
            QStringLiteral("https://sts.windows.net/0e182e15-9fca-4478-ba38-c4ab2e27aed0/"),
            kNone,
            kNone },
          { "empty is optional here", QString(), kNone, kNone },
          { "relative", QStringLiteral("idp.example.com/saml"), rule, kNone },
          { "space", QStringLiteral("https://idp.example.com/my idp"), rule, kNone },
          { "https without host", QStringLiteral("https:///saml"), rule, kNone },
          { "padded, fixable", QStringLiteral(" urn:example:idp"), rule, QStringLiteral("urn:example:idp") },
          { "too long", QStringLiteral("https://idp.example.com/") + QString(1100, QLatin1Char('a')), rule, kNone } });
}

void tst_FieldRules::samlEntityId()
{
    runCheck(&FieldRules::samlEntityId);
}

void tst_FieldRules::locationName_data()
{
    const QString rule(RuleIds::kLocationNameTooLong);
    addRows({ { "short", QStringLiteral("Head Office"), kNone, kNone },
              { "80", QString(80, QLatin1Char('x')), kNone, kNone },
              { "81", QString(81, QLatin1Char('x')), rule, kNone } });
}

void tst_FieldRules::locationName()
{
    runCheck(&FieldRules::locationName);
}

void tst_FieldRules::address_data()
{
    QTest::addColumn<Address>("address");
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ruleId");

    const Address us { QStringLiteral("771 Alder Drive"), QStringLiteral("Cisco Site 5"),
                       QStringLiteral("Milpitas"),        QStringLiteral("CA"),
                       QStringLiteral("95035"),           QStringLiteral("US") };
    const Address se { QStringLiteral("Kungsgatan 1"), {},
                       QStringLiteral("Stockholm"),    {},
                       QStringLiteral("111 43"),       QStringLiteral("SE") };
    const int wholesale = int(FieldRules::AddressShape::Wholesale);
    const int location = int(FieldRules::AddressShape::Location);

    QTest::newRow("US complete") << us << wholesale << false << QString() << QString();
    QTest::newRow("SE without state") << se << wholesale << false << QString() << QString();
    Address hk { QStringLiteral("1 Queen's Road"), {}, QStringLiteral("Hong Kong"), {}, {}, QStringLiteral("HK") };
    QTest::newRow("HK without postal code") << hk << wholesale << false << QString() << QString();

    Address a = us;
    a.line1.clear();
    QTest::newRow("line1 missing") << a << wholesale << false << QStringLiteral("address.addressLine1")
                                   << QString(RuleIds::kRequired);
    QTest::newRow("line1 missing, location shape")
        << a << location << true << QStringLiteral("address.address1") << QString(RuleIds::kRequired);
    a = us;
    a.line1 = QString(51, QLatin1Char('x'));
    QTest::newRow("line1 51 chars") << a << wholesale << false << QStringLiteral("address.addressLine1")
                                    << QString(RuleIds::kAddressLineTooLong);
    a.line1 = QString(50, QLatin1Char('x'));
    QTest::newRow("line1 50 chars") << a << wholesale << false << QString() << QString();
    a = us;
    a.line2 = QString(60, QLatin1Char('y'));
    QTest::newRow("line2 60 chars") << a << wholesale << false << QStringLiteral("address.addressLine2")
                                    << QString(RuleIds::kAddressLineTooLong);
    a = us;
    a.city.clear();
    QTest::newRow("city missing") << a << wholesale << false << QStringLiteral("address.city")
                                  << QString(RuleIds::kRequired);
    a = us;
    a.country.clear();
    QTest::newRow("country missing") << a << wholesale << false << QStringLiteral("address.country")
                                     << QString(RuleIds::kRequired);
    a.country = QStringLiteral("USA");
    QTest::newRow("country alpha-3") << a << wholesale << false << QStringLiteral("address.country")
                                     << QString(RuleIds::kCountryInvalid);
    a = us;
    a.stateOrProvince.clear();
    QTest::newRow("US without state") << a << wholesale << false << QStringLiteral("address.stateOrProvince")
                                      << QString(RuleIds::kAddressStateRequired);
    a.country = QStringLiteral("CA");
    QTest::newRow("CA without province") << a << wholesale << false << QStringLiteral("address.stateOrProvince")
                                         << QString(RuleIds::kAddressStateRequired);
    a.country = QStringLiteral("AU");
    QTest::newRow("AU without state") << a << wholesale << false << QStringLiteral("address.stateOrProvince")
                                      << QString(RuleIds::kAddressStateRequired);
    a = us;
    a.postalCode.clear();
    QTest::newRow("US without zip") << a << wholesale << false << QStringLiteral("address.zipOrPostalCode")
                                    << QString(RuleIds::kAddressPostalCodeRequired);
    a = se;
    a.postalCode.clear();
    QTest::newRow("SE without postal code") << a << wholesale << false << QStringLiteral("address.zipOrPostalCode")
                                            << QString(RuleIds::kAddressPostalCodeRequired);
    QTest::newRow("SE location without state")
        << se << location << true << QStringLiteral("address.state") << QString(RuleIds::kAddressStateRequired);
    QTest::newRow("HK location without postal code") << hk << location << true << QStringLiteral("address.postalCode")
                                                     << QString(RuleIds::kAddressPostalCodeRequired);
}

void tst_FieldRules::address()
{
    QFETCH(Address, address);
    QFETCH(int, shape);
    QFETCH(bool, strict);
    QFETCH(QString, path);
    QFETCH(QString, ruleId);
    FieldErrors errors;
    FieldRules::address(address, QStringLiteral("address"), FieldRules::AddressShape(shape), &errors, strict);
    if (ruleId.isEmpty()) {
        QVERIFY2(errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
    } else {
        QVERIFY2(findError(errors, path, ruleId), failureText(path + QLatin1Char(' ') + ruleId, errors).constData());
    }
}

void tst_FieldRules::addressReportsEverythingAtOnce()
{
    Address address;
    address.line1 = QString(70, QLatin1Char('x'));
    address.country = QStringLiteral("US");
    FieldErrors errors;
    FieldRules::address(address, QStringLiteral("address"), FieldRules::AddressShape::Wholesale, &errors);
    QVERIFY(findError(errors, QStringLiteral("address.addressLine1"), QString(RuleIds::kAddressLineTooLong)));
    QVERIFY(findError(errors, QStringLiteral("address.city"), QString(RuleIds::kRequired)));
    QVERIFY(findError(errors, QStringLiteral("address.stateOrProvince"), QString(RuleIds::kAddressStateRequired)));
    QVERIFY(findError(errors, QStringLiteral("address.zipOrPostalCode"), QString(RuleIds::kAddressPostalCodeRequired)));
    QCOMPARE(errors.size(), 4);
}

void tst_FieldRules::messagesAreNotEmpty()
{
    QCOMPARE(FieldRules::join(QString(), QStringLiteral("a")), QStringLiteral("a"));
    QCOMPARE(FieldRules::join(QStringLiteral("a.b"), QStringLiteral("c")), QStringLiteral("a.b.c"));
    FieldErrors errors;
    FieldRules::required(QString(), QStringLiteral("x"), &errors);
    FieldRules::email(QStringLiteral("x"), QStringLiteral("x"), &errors);
    FieldRules::phoneNumber(QStringLiteral("x"), QStringLiteral("x"), &errors);
    QCOMPARE(errors.size(), 3);
    for (const FieldError& error : errors) {
        QVERIFY(error.message.size() > 10);
    }
}

QTEST_GUILESS_MAIN(tst_FieldRules)
#include "tst_FieldRules.moc"
