#include "ModelTestSupport.h"
#include "model/LocationValidator.h"
#include "model/RuleIds.h"

#include <QTest>

#include <functional>

using namespace onboarder::model;
using namespace onboarder::model::test;

using Mutation = std::function<void(Location&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// The create example of the locations contract.
Location validLocation()
{
    Location l;
    l.name = QStringLiteral("Denver");
    l.timeZone = QStringLiteral("America/Chicago");
    l.announcementLanguage = QStringLiteral("fr_fr");
    l.preferredLanguage = QStringLiteral("en_us");
    l.address = Address { QStringLiteral("123 Some St."), QStringLiteral("Suite 456"), QStringLiteral("Supercity"),
                          QStringLiteral("Goodstate"),    QStringLiteral("12345"),     QStringLiteral("US") };
    l.latitude = QStringLiteral("12.935784");
    l.longitude = QStringLiteral("77.697332");
    l.notes = QStringLiteral("123 Some St. Denver location");
    return l;
}

} // namespace

// POST /locations validation (reference §6.4).
class tst_LocationValidator : public QObject
{
    Q_OBJECT

private slots:
    void create_data();
    void create();
    void offeredLanguageIsTheFix();
};

void tst_LocationValidator::create_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ruleId");
    const QString required(RuleIds::kRequired);
    QTest::newRow("valid: contract example") << Mutation([](Location&) {}) << QString() << QString();
    QTest::newRow("valid: without optional parts") << Mutation([](Location& l) {
        l.address.line2.clear();
        l.latitude.clear();
        l.longitude.clear();
        l.notes.clear();
    }) << QString() << QString();
    QTest::newRow("name missing") << Mutation([](Location& l) { l.name.clear(); }) << QStringLiteral("name")
                                  << required;
    QTest::newRow("name 81 chars") << Mutation([](Location& l) { l.name = QString(81, QLatin1Char('n')); })
                                   << QStringLiteral("name") << QString(RuleIds::kLocationNameTooLong);
    QTest::newRow("timeZone missing") << Mutation([](Location& l) { l.timeZone.clear(); }) << QStringLiteral("timeZone")
                                      << required;
    QTest::newRow("timeZone invalid") << Mutation([](Location& l) { l.timeZone = QStringLiteral("Central"); })
                                      << QStringLiteral("timeZone") << QString(RuleIds::kTimeZoneInvalid);
    QTest::newRow("preferredLanguage missing") << Mutation([](Location& l) { l.preferredLanguage.clear(); })
                                               << QStringLiteral("preferredLanguage") << required;
    QTest::newRow("announcementLanguage invalid")
        << Mutation([](Location& l) { l.announcementLanguage = QStringLiteral("french"); })
        << QStringLiteral("announcementLanguage") << QString(RuleIds::kLanguageInvalid);
    QTest::newRow("language Webex does not offer for announcements")
        << Mutation([](Location& l) { l.preferredLanguage = QStringLiteral("is_is"); })
        << QStringLiteral("preferredLanguage") << QString(RuleIds::kLanguageInvalid);
    QTest::newRow("offered language in the wholesale API's case")
        << Mutation([](Location& l) { l.announcementLanguage = QStringLiteral("fr_FR"); }) << QString() << QString();
    QTest::newRow("address1 missing") << Mutation([](Location& l) { l.address.line1.clear(); })
                                      << QStringLiteral("address.address1") << required;
    QTest::newRow("address1 too long") << Mutation([](Location& l) { l.address.line1 = QString(51, QLatin1Char('a')); })
                                       << QStringLiteral("address.address1") << QString(RuleIds::kAddressLineTooLong);
    QTest::newRow("state required for every country") << Mutation([](Location& l) {
        l.address.country = QStringLiteral("SE");
        l.address.stateOrProvince.clear();
    }) << QStringLiteral("address.state") << QString(RuleIds::kAddressStateRequired);
    QTest::newRow("postal code required")
        << Mutation([](Location& l) { l.address.postalCode.clear(); }) << QStringLiteral("address.postalCode")
        << QString(RuleIds::kAddressPostalCodeRequired);
    QTest::newRow("city missing") << Mutation([](Location& l) { l.address.city.clear(); })
                                  << QStringLiteral("address.city") << required;
    QTest::newRow("country invalid") << Mutation([](Location& l) { l.address.country = QStringLiteral("USA"); })
                                     << QStringLiteral("address.country") << QString(RuleIds::kCountryInvalid);
}

void tst_LocationValidator::create()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, ruleId);
    Location location = validLocation();
    mutate(location);
    const FieldErrors errors = LocationValidator::validateCreate(location);
    if (ruleId.isEmpty()) {
        QVERIFY2(errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
    } else {
        QVERIFY2(findError(errors, path, ruleId), failureText(path + QLatin1Char(' ') + ruleId, errors).constData());
    }
}

void tst_LocationValidator::offeredLanguageIsTheFix()
{
    // A bare language gets the country's offered variant as its one-click fix.
    Location location = validLocation();
    location.address.country = QStringLiteral("SE");
    location.preferredLanguage = QStringLiteral("sv");
    const FieldErrors errors = LocationValidator::validateCreate(location);
    QVERIFY(findError(errors, QStringLiteral("preferredLanguage"), RuleIds::kLanguageInvalid));
    for (const FieldError& error : errors) {
        if (error.path == QLatin1String("preferredLanguage")) {
            QCOMPARE(error.suggestion, QStringLiteral("sv_se"));
        }
    }
}

QTEST_GUILESS_MAIN(tst_LocationValidator)
#include "tst_LocationValidator.moc"
