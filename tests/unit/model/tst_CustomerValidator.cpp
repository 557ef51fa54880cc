#include "ModelTestSupport.h"
#include "model/CustomerValidator.h"
#include "model/RuleIds.h"

#include <QTest>

#include <functional>

using namespace onboarder::model;
using namespace onboarder::model::test;

using Mutation = std::function<void(Customer&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Address usAddress()
{
    return Address { QStringLiteral("771 Alder Drive"), QStringLiteral("Cisco Site 5"),
                     QStringLiteral("Milpitas"),        QStringLiteral("CA"),
                     QStringLiteral("95035"),           QStringLiteral("US") };
}

// The reconstructed example of reference §3.4: a new customer with calling.
Customer validCustomer()
{
    Customer c;
    c.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
    c.externalId = QStringLiteral("crm-000123");
    c.packages = QStringList { QStringLiteral("webex_calling"), QStringLiteral("common_area_calling") };
    c.address = usAddress();
    c.customerInfo = CustomerInfo { QStringLiteral("John's Pizza"),
                                    QStringLiteral("owner@johnspizza.example"),
                                    QStringLiteral("en") };
    c.callingLocation = CallingLocation { QStringLiteral("Head Office"),
                                          usAddress(),
                                          QStringLiteral("America/Los_Angeles"),
                                          QStringLiteral("en_us"),
                                          QStringLiteral("95547321") };
    c.meetingsTimezone = QStringLiteral("America/Los_Angeles");
    c.packageLimits = { { QStringLiteral("webex_calling"), 50 }, { QStringLiteral("common_area_calling"), 5 } };
    return c;
}

const QString kLocation = QStringLiteral("provisioningParameters.calling.location");
const QString kLimits = QStringLiteral("provisioningParameters.packages.limits");

} // namespace

// Customer validation: one row per rule, valid and invalid, each checked for its path and rule id.
class tst_CustomerValidator : public QObject
{
    Q_OBJECT

private slots:
    void provision_data();
    void provision();
    void precheck_data();
    void precheck();
    void update_data();
    void update();
    void reportsAllProblemsAtOnce();
    void percentSuggestion();
};

void tst_CustomerValidator::provision_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ruleId");
    const QString required(RuleIds::kRequired);

    QTest::newRow("valid: the reference example") << Mutation([](Customer&) {}) << QString() << QString();
    QTest::newRow("valid: meetings only, no calling location") << Mutation([](Customer& c) {
        c.packages = QStringList { QStringLiteral("webex_meetings") };
        c.packageLimits.clear();
        c.callingLocation = {};
    }) << QString() << QString();
    QTest::newRow("valid: attach to existing org without customerInfo") << Mutation([](Customer& c) {
        c.orgId
            = QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi81MmNmNTc2ZC02MGE4LTQwN2EtYjIyYy00NjdjNTE1OTE5MDg");
        c.customerInfo = {};
    }) << QString() << QString();
    QTest::newRow("valid: Swedish customer without state") << Mutation([](Customer& c) {
        c.address = Address { QStringLiteral("Kungsgatan 1"), {},
                              QStringLiteral("Stockholm"),    {},
                              QStringLiteral("111 43"),       QStringLiteral("SE") };
        c.callingLocation.address = c.address;
        c.callingLocation.timezone = QStringLiteral("Europe/Stockholm");
        c.callingLocation.language = QStringLiteral("sv_se");
        c.customerInfo.language = QStringLiteral("sv_SE");
    }) << QString() << QString();
    QTest::newRow("valid: calling plan with calling")
        << Mutation([](Customer& c) { c.packages.append(QStringLiteral("cisco_calling_plan")); }) << QString()
        << QString();
    QTest::newRow("valid: attendant console with suite") << Mutation([](Customer& c) {
        c.packages = QStringList { QStringLiteral("webex_suite"), QStringLiteral("attendant_console") };
        c.packageLimits.clear();
    }) << QString() << QString();

    QTest::newRow("provisioningId missing")
        << Mutation([](Customer& c) { c.provisioningId.clear(); }) << QStringLiteral("provisioningId") << required;
    QTest::newRow("provisioningId malformed")
        << Mutation([](Customer& c) { c.provisioningId = QStringLiteral("abc"); }) << QStringLiteral("provisioningId")
        << QString(RuleIds::kProvisioningIdInvalid);
    QTest::newRow("externalId missing") << Mutation([](Customer& c) { c.externalId.clear(); })
                                        << QStringLiteral("externalId") << required;
    QTest::newRow("no packages") << Mutation([](Customer& c) {
        c.packages.clear();
        c.packageLimits.clear();
    }) << QStringLiteral("packages")
                                 << required;
    QTest::newRow("unknown package") << Mutation(
        [](Customer& c) { c.packages.append(QStringLiteral("webex_holodeck")); })
                                     << QStringLiteral("packages[2]") << QString(RuleIds::kPackageUnknown);
    QTest::newRow("duplicate package") << Mutation([](Customer& c) {
        c.packages.append(QStringLiteral("webex_calling"));
    }) << QStringLiteral("packages[2]") << QString(RuleIds::kPackageDuplicate);
    QTest::newRow("calling plan without base") << Mutation([](Customer& c) {
        c.packages = QStringList { QStringLiteral("webex_meetings"), QStringLiteral("cisco_calling_plan") };
        c.packageLimits.clear();
    }) << QStringLiteral("packages[1]") << QString(RuleIds::kPackageAddOnMissingBase);
    QTest::newRow("attendant console with voice only") << Mutation([](Customer& c) {
        c.packages = QStringList { QStringLiteral("webex_voice"), QStringLiteral("attendant_console") };
        c.packageLimits.clear();
    }) << QStringLiteral("packages[1]") << QString(RuleIds::kPackageAddOnMissingBase);
    QTest::newRow("quantity zero") << Mutation([](Customer& c) {
        c.packageLimits[QStringLiteral("webex_calling")] = 0;
    }) << kLimits + QStringLiteral(".webex_calling")
                                   << QString(RuleIds::kPackageQuantityOutOfRange);
    QTest::newRow("quantity negative") << Mutation([](Customer& c) {
        c.packageLimits[QStringLiteral("webex_calling")] = -3;
    }) << kLimits + QStringLiteral(".webex_calling")
                                       << QString(RuleIds::kPackageQuantityOutOfRange);
    QTest::newRow("quantity absurd") << Mutation([](Customer& c) {
        c.packageLimits[QStringLiteral("webex_calling")] = 5000000;
    }) << kLimits + QStringLiteral(".webex_calling")
                                     << QString(RuleIds::kPackageQuantityOutOfRange);
    QTest::newRow("quantity for a package not ordered")
        << Mutation([](Customer& c) { c.packageLimits[QStringLiteral("webex_suite")] = 10; })
        << kLimits + QStringLiteral(".webex_suite") << QString(RuleIds::kPackageQuantityNotOrdered);
    QTest::newRow("quantity for an unknown package")
        << Mutation([](Customer& c) { c.packageLimits[QStringLiteral("webex_holodeck")] = 10; })
        << kLimits + QStringLiteral(".webex_holodeck") << QString(RuleIds::kPackageUnknown);

    QTest::newRow("new org without name") << Mutation([](Customer& c) { c.customerInfo.name.clear(); })
                                          << QStringLiteral("customerInfo.name") << required;
    QTest::newRow("name with percent") << Mutation(
        [](Customer& c) { c.customerInfo.name = QStringLiteral("100% Pizza"); })
                                       << QStringLiteral("customerInfo.name") << QString(RuleIds::kCustomerNamePercent);
    QTest::newRow("new org without admin email") << Mutation([](Customer& c) { c.customerInfo.primaryEmail.clear(); })
                                                 << QStringLiteral("customerInfo.primaryEmail") << required;
    QTest::newRow("admin email malformed")
        << Mutation([](Customer& c) { c.customerInfo.primaryEmail = QStringLiteral("owner(at)johnspizza"); })
        << QStringLiteral("customerInfo.primaryEmail") << QString(RuleIds::kEmailInvalid);
    QTest::newRow("language malformed") << Mutation([](Customer& c) {
        c.customerInfo.language = QStringLiteral("english");
    }) << QStringLiteral("customerInfo.language")
                                        << QString(RuleIds::kLanguageInvalid);
    QTest::newRow("existing org, percent still checked") << Mutation([](Customer& c) {
        c.orgId = QStringLiteral("org");
        c.customerInfo = CustomerInfo { QStringLiteral("50%"), {}, {} };
    }) << QStringLiteral("customerInfo.name") << QString(RuleIds::kCustomerNamePercent);

    QTest::newRow("address line too long")
        << Mutation([](Customer& c) { c.address.line1 = QString(51, QLatin1Char('a')); })
        << QStringLiteral("address.addressLine1") << QString(RuleIds::kAddressLineTooLong);
    QTest::newRow("address without city")
        << Mutation([](Customer& c) { c.address.city.clear(); }) << QStringLiteral("address.city") << required;
    QTest::newRow("address bad country") << Mutation([](Customer& c) { c.address.country = QStringLiteral("XX"); })
                                         << QStringLiteral("address.country") << QString(RuleIds::kCountryInvalid);
    QTest::newRow("US address without state")
        << Mutation([](Customer& c) { c.address.stateOrProvince.clear(); }) << QStringLiteral("address.stateOrProvince")
        << QString(RuleIds::kAddressStateRequired);
    QTest::newRow("address without postal code")
        << Mutation([](Customer& c) { c.address.postalCode.clear(); }) << QStringLiteral("address.zipOrPostalCode")
        << QString(RuleIds::kAddressPostalCodeRequired);

    QTest::newRow("calling without location") << Mutation([](Customer& c) { c.callingLocation = {}; }) << kLocation
                                              << QString(RuleIds::kCustomerCallingLocationRequired);
    QTest::newRow("common area calling alone needs a location") << Mutation([](Customer& c) {
        c.packages = QStringList { QStringLiteral("common_area_calling") };
        c.packageLimits.clear();
        c.callingLocation = {};
    }) << kLocation << QString(RuleIds::kCustomerCallingLocationRequired);
    QTest::newRow("location without name") << Mutation([](Customer& c) { c.callingLocation.name.clear(); })
                                           << kLocation + QStringLiteral(".name") << required;
    QTest::newRow("location name 81 chars")
        << Mutation([](Customer& c) { c.callingLocation.name = QString(81, QLatin1Char('n')); })
        << kLocation + QStringLiteral(".name") << QString(RuleIds::kLocationNameTooLong);
    QTest::newRow("location address line too long")
        << Mutation([](Customer& c) { c.callingLocation.address.line2 = QString(51, QLatin1Char('a')); })
        << kLocation + QStringLiteral(".address.addressLine2") << QString(RuleIds::kAddressLineTooLong);
    QTest::newRow("location without timezone") << Mutation([](Customer& c) { c.callingLocation.timezone.clear(); })
                                               << kLocation + QStringLiteral(".timezone") << required;
    QTest::newRow("location bad timezone")
        << Mutation([](Customer& c) { c.callingLocation.timezone = QStringLiteral("Pacific Time"); })
        << kLocation + QStringLiteral(".timezone") << QString(RuleIds::kTimeZoneInvalid);
    QTest::newRow("location without language") << Mutation([](Customer& c) { c.callingLocation.language.clear(); })
                                               << kLocation + QStringLiteral(".language") << required;
    QTest::newRow("location bad language")
        << Mutation([](Customer& c) { c.callingLocation.language = QStringLiteral("en-us"); })
        << kLocation + QStringLiteral(".language") << QString(RuleIds::kLanguageInvalid);
    QTest::newRow("location language Webex does not offer for announcements")
        << Mutation([](Customer& c) { c.callingLocation.language = QStringLiteral("is_is"); })
        << kLocation + QStringLiteral(".language") << QString(RuleIds::kLanguageInvalid);
    QTest::newRow("meetings bad timezone")
        << Mutation([](Customer& c) { c.meetingsTimezone = QStringLiteral("PST"); })
        << QStringLiteral("provisioningParameters.meetings.timezone") << QString(RuleIds::kTimeZoneInvalid);
    QTest::newRow("sub-partner admin email malformed")
        << Mutation([](Customer& c) { c.subPartnerAdminEmail = QStringLiteral("admin@"); })
        << QStringLiteral("subPartnerAdminEmail") << QString(RuleIds::kEmailInvalid);
}

void tst_CustomerValidator::provision()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, ruleId);
    Customer customer = validCustomer();
    mutate(customer);
    const FieldErrors errors = CustomerValidator::validateProvision(customer);
    if (ruleId.isEmpty()) {
        QVERIFY2(errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
        return;
    }
    const FieldError* error = findError(errors, path, ruleId);
    QVERIFY2(error, failureText(QStringLiteral("expected ") + path + QLatin1Char(' ') + ruleId, errors).constData());
    QVERIFY(!error->message.isEmpty());
}

void tst_CustomerValidator::precheck_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ruleId");
    const QString required(RuleIds::kRequired);
    // The official precheck example: an address and the admin's email, nothing else.
    const Mutation minimal = [](Customer& c) {
        const Address address = c.address;
        c = Customer();
        c.address = address;
        c.customerInfo.primaryEmail = QStringLiteral("john.anderson@acme.com");
    };
    QTest::newRow("valid: official example") << minimal << QString() << QString();
    QTest::newRow("valid: full payload") << Mutation([](Customer&) {}) << QString() << QString();
    QTest::newRow("missing admin email") << Mutation([minimal](Customer& c) {
        minimal(c);
        c.customerInfo.primaryEmail.clear();
    }) << QStringLiteral("customerInfo.primaryEmail")
                                         << required;
    QTest::newRow("missing address") << Mutation([minimal](Customer& c) {
        minimal(c);
        c.address = {};
    }) << QStringLiteral("address.addressLine1")
                                     << required;
    QTest::newRow("bad optional provisioningId") << Mutation([minimal](Customer& c) {
        minimal(c);
        c.provisioningId = QStringLiteral("nope");
    }) << QStringLiteral("provisioningId") << QString(RuleIds::kProvisioningIdInvalid);
    QTest::newRow("optional packages still checked") << Mutation([minimal](Customer& c) {
        minimal(c);
        c.packages = QStringList { QStringLiteral("attendant_console") };
    }) << QStringLiteral("packages[0]") << QString(RuleIds::kPackageAddOnMissingBase);
    QTest::newRow("name percent") << Mutation([minimal](Customer& c) {
        minimal(c);
        c.customerInfo.name = QStringLiteral("A%B");
    }) << QStringLiteral("customerInfo.name")
                                  << QString(RuleIds::kCustomerNamePercent);
}

void tst_CustomerValidator::precheck()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, ruleId);
    Customer customer = validCustomer();
    mutate(customer);
    const FieldErrors errors = CustomerValidator::validatePrecheck(customer);
    if (ruleId.isEmpty()) {
        QVERIFY2(errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
    } else {
        QVERIFY2(findError(errors, path, ruleId), failureText(path + QLatin1Char(' ') + ruleId, errors).constData());
    }
}

void tst_CustomerValidator::update_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ruleId");
    QTest::newRow("valid: packages only") << Mutation([](Customer& c) {
        c = Customer();
        c.packages = QStringList { QStringLiteral("webex_meetings") };
    }) << QString() << QString();
    QTest::newRow("valid: customerInfo is not part of an update") << Mutation([](Customer& c) {
        c.customerInfo = {};
        c.provisioningId.clear();
    }) << QString() << QString();
    QTest::newRow("packages are a full replacement, so required") << Mutation([](Customer& c) {
        c.packages.clear();
        c.packageLimits.clear();
        c.callingLocation = {};
    }) << QStringLiteral("packages") << QString(RuleIds::kRequired);
    QTest::newRow("address checked when sent")
        << Mutation([](Customer& c) { c.address.country = QStringLiteral("se"); }) << QStringLiteral("address.country")
        << QString(RuleIds::kCountryInvalid);
}

void tst_CustomerValidator::update()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, ruleId);
    Customer customer = validCustomer();
    mutate(customer);
    const FieldErrors errors = CustomerValidator::validateUpdate(customer);
    if (ruleId.isEmpty()) {
        QVERIFY2(errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
    } else {
        QVERIFY2(findError(errors, path, ruleId), failureText(path + QLatin1Char(' ') + ruleId, errors).constData());
    }
}

void tst_CustomerValidator::reportsAllProblemsAtOnce()
{
    Customer customer = validCustomer();
    customer.provisioningId.clear();
    customer.customerInfo.name = QStringLiteral("50% off");
    customer.address.line1 = QString(60, QLatin1Char('x'));
    customer.callingLocation.timezone = QStringLiteral("Mars/Olympus");
    customer.packages.append(QStringLiteral("attendant_console"));
    customer.packages.removeAll(QStringLiteral("webex_calling"));
    customer.packageLimits.remove(QStringLiteral("webex_calling"));
    const FieldErrors errors = CustomerValidator::validateProvision(customer);
    QVERIFY(findError(errors, QStringLiteral("provisioningId"), QString(RuleIds::kRequired)));
    QVERIFY(findError(errors, QStringLiteral("customerInfo.name"), QString(RuleIds::kCustomerNamePercent)));
    QVERIFY(findError(errors, QStringLiteral("address.addressLine1"), QString(RuleIds::kAddressLineTooLong)));
    QVERIFY(findError(errors, kLocation + QStringLiteral(".timezone"), QString(RuleIds::kTimeZoneInvalid)));
    QVERIFY(findError(errors, QStringLiteral("packages[1]"), QString(RuleIds::kPackageAddOnMissingBase)));
    QCOMPARE(errors.size(), 5);
}

void tst_CustomerValidator::percentSuggestion()
{
    Customer customer = validCustomer();
    customer.customerInfo.name = QStringLiteral("Pizza 100%");
    const FieldErrors errors = CustomerValidator::validateProvision(customer);
    const FieldError* error
        = findError(errors, QStringLiteral("customerInfo.name"), QString(RuleIds::kCustomerNamePercent));
    QVERIFY(error);
    QCOMPARE(error->suggestion, QStringLiteral("Pizza 100"));
}

QTEST_GUILESS_MAIN(tst_CustomerValidator)
#include "tst_CustomerValidator.moc"
