#include "ModelTestSupport.h"
#include "model/RuleIds.h"
#include "model/SubscriberValidator.h"

#include <QTest>

#include <functional>

using namespace onboarder::model;
using namespace onboarder::model::test;

using Mutation = std::function<void(Subscriber&, SubscriberValidator::Context&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// The provision example of the OpenAPI contract.
Subscriber validSubscriber()
{
    Subscriber s;
    s.customerId = QStringLiteral(
        "ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2OjQyODVmNTk0LTViNTEtNDdiZS05Mzk2LTZjMzZlMmFkODNhNQ");
    s.email = QStringLiteral("john.anderson@acme.com");
    s.packages = QStringList { QStringLiteral("webex_calling") };
    s.firstName = QStringLiteral("John");
    s.lastName = QStringLiteral("Andersen");
    s.primaryPhoneNumber = QStringLiteral("+12405551212");
    s.extension = QStringLiteral("51212");
    s.locationId
        = QStringLiteral("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAxMjM0NTY3LTg5YWItY2RlZi0wMTIzLTQ1Njc4OWFiY2RlZg==");
    return s;
}

const QString kPhone = QStringLiteral("provisioningParameters.primaryPhoneNumber");
const QString kExtension = QStringLiteral("provisioningParameters.extension");

void addColumns()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ruleId");
}

void verify(const FieldErrors& errors)
{
    QFETCH(QString, path);
    QFETCH(QString, ruleId);
    if (ruleId.isEmpty()) {
        QVERIFY2(errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
    } else {
        QVERIFY2(findError(errors, path, ruleId), failureText(path + QLatin1Char(' ') + ruleId, errors).constData());
    }
}

} // namespace

// Subscriber validation (reference §4.3-§4.8) and the admin package rule (§7.5).
class tst_SubscriberValidator : public QObject
{
    Q_OBJECT

private slots:
    void provision_data();
    void provision();
    void update_data();
    void update();
    void precheck_data();
    void precheck();
    void adminPackage_data();
    void adminPackage();
    void missingPlusSuggestion();
};

void tst_SubscriberValidator::provision_data()
{
    addColumns();
    const QString required(RuleIds::kRequired);
    using Ctx = SubscriberValidator::Context;
    QTest::newRow("valid: contract example") << Mutation([](Subscriber&, Ctx&) {}) << QString() << QString();
    QTest::newRow("valid: extension only")
        << Mutation([](Subscriber& s, Ctx&) { s.primaryPhoneNumber.clear(); }) << QString() << QString();
    QTest::newRow("valid: number only") << Mutation([](Subscriber& s, Ctx&) { s.extension.clear(); }) << QString()
                                        << QString();
    QTest::newRow("valid: meetings needs no number") << Mutation([](Subscriber& s, Ctx&) {
        s.packages = QStringList { QStringLiteral("webex_meetings") };
        s.primaryPhoneNumber.clear();
        s.extension.clear();
    }) << QString() << QString();
    QTest::newRow("valid: already calling entitled") << Mutation([](Subscriber& s, Ctx& c) {
        s.primaryPhoneNumber.clear();
        s.extension.clear();
        c.alreadyCallingEntitled = true;
    }) << QString() << QString();
    QTest::newRow("valid: deprecated single package") << Mutation([](Subscriber& s, Ctx&) {
        s.packages.clear();
        s.package = QStringLiteral("webex_suite");
    }) << QString() << QString();
    QTest::newRow("valid: both forms naming the same package")
        << Mutation([](Subscriber& s, Ctx&) { s.package = QStringLiteral("webex_calling"); }) << QString() << QString();
    QTest::newRow("valid: national number with region") << Mutation([](Subscriber& s, Ctx& c) {
        s.primaryPhoneNumber = QStringLiteral("+46701234567");
        c.defaultRegion = QStringLiteral("SE");
    }) << QString() << QString();

    QTest::newRow("customerId missing") << Mutation([](Subscriber& s, Ctx&) { s.customerId.clear(); })
                                        << QStringLiteral("customerId") << required;
    QTest::newRow("email missing") << Mutation([](Subscriber& s, Ctx&) { s.email.clear(); }) << QStringLiteral("email")
                                   << required;
    QTest::newRow("email malformed") << Mutation([](Subscriber& s, Ctx&) { s.email = QStringLiteral("john@acme"); })
                                     << QStringLiteral("email") << QString(RuleIds::kEmailInvalid);
    QTest::newRow("no package") << Mutation([](Subscriber& s, Ctx&) { s.packages.clear(); })
                                << QStringLiteral("packages") << QString(RuleIds::kSubscriberPackageExactlyOne);
    QTest::newRow("two packages") << Mutation(
        [](Subscriber& s, Ctx&) { s.packages.append(QStringLiteral("webex_meetings")); })
                                  << QStringLiteral("packages") << QString(RuleIds::kSubscriberPackageExactlyOne);
    QTest::newRow("package and packages disagree")
        << Mutation([](Subscriber& s, Ctx&) { s.package = QStringLiteral("webex_meetings"); })
        << QStringLiteral("package") << QString(RuleIds::kSubscriberPackageConflict);
    QTest::newRow("unknown package") << Mutation(
        [](Subscriber& s, Ctx&) { s.packages = QStringList { QStringLiteral("webex_holodeck") }; })
                                     << QStringLiteral("packages[0]") << QString(RuleIds::kPackageUnknown);
    QTest::newRow("customer-only package")
        << Mutation([](Subscriber& s, Ctx&) { s.packages = QStringList { QStringLiteral("common_area_calling") }; })
        << QStringLiteral("packages[0]") << QString(RuleIds::kPackageNotForSubscribers);
    QTest::newRow("calling without number or extension") << Mutation([](Subscriber& s, Ctx&) {
        s.primaryPhoneNumber.clear();
        s.extension.clear();
    }) << kPhone << QString(RuleIds::kSubscriberNumberOrExtensionRequired);
    QTest::newRow("suite without number or extension") << Mutation([](Subscriber& s, Ctx&) {
        s.packages = QStringList { QStringLiteral("webex_suite") };
        s.primaryPhoneNumber.clear();
        s.extension.clear();
    }) << kPhone << QString(RuleIds::kSubscriberNumberOrExtensionRequired);
    QTest::newRow("phone not E.164") << Mutation([](Subscriber& s, Ctx&) {
        s.primaryPhoneNumber = QStringLiteral("+1 (240) 555-1212");
    }) << kPhone << QString(RuleIds::kPhoneNotE164);
    QTest::newRow("phone lost its plus") << Mutation([](Subscriber& s, Ctx&) {
        s.primaryPhoneNumber = QStringLiteral("46701234567");
    }) << kPhone << QString(RuleIds::kPhoneMissingPlus);
    QTest::newRow("phone invalid") << Mutation([](Subscriber& s, Ctx&) {
        s.primaryPhoneNumber = QStringLiteral("+1240");
    }) << kPhone << QString(RuleIds::kPhoneInvalid);
    QTest::newRow("extension too short") << Mutation([](Subscriber& s, Ctx&) { s.extension = QStringLiteral("7"); })
                                         << kExtension << QString(RuleIds::kExtensionInvalid);
    QTest::newRow("extension with letters")
        << Mutation([](Subscriber& s, Ctx&) { s.extension = QStringLiteral("12ab"); }) << kExtension
        << QString(RuleIds::kExtensionInvalid);
}

void tst_SubscriberValidator::provision()
{
    QFETCH(Mutation, mutate);
    Subscriber subscriber = validSubscriber();
    SubscriberValidator::Context context;
    mutate(subscriber, context);
    verify(SubscriberValidator::validateProvision(subscriber, context));
}

void tst_SubscriberValidator::update_data()
{
    addColumns();
    using Ctx = SubscriberValidator::Context;
    const Mutation packageOnly = [](Subscriber& s, Ctx&) {
        s = Subscriber();
        s.packages = QStringList { QStringLiteral("webex_calling") };
    };
    QTest::newRow("valid: calling to suite needs no number") << Mutation([packageOnly](Subscriber& s, Ctx& c) {
        packageOnly(s, c);
        s.packages = QStringList { QStringLiteral("webex_suite") };
        c.currentPackage = QStringLiteral("webex_calling");
    }) << QString() << QString();
    QTest::newRow("valid: meetings to calling with number") << Mutation([packageOnly](Subscriber& s, Ctx& c) {
        packageOnly(s, c);
        s.primaryPhoneNumber = QStringLiteral("+12405551212");
        c.currentPackage = QStringLiteral("webex_meetings");
    }) << QString() << QString();
    QTest::newRow("meetings to calling without number") << Mutation([packageOnly](Subscriber& s, Ctx& c) {
        packageOnly(s, c);
        c.currentPackage = QStringLiteral("webex_meetings");
    }) << kPhone << QString(RuleIds::kSubscriberNumberOrExtensionRequired);
    QTest::newRow("no package") << Mutation([packageOnly](Subscriber& s, Ctx& c) {
        packageOnly(s, c);
        s.packages.clear();
    }) << QStringLiteral("packages")
                                << QString(RuleIds::kSubscriberPackageExactlyOne);
    QTest::newRow("spec PUT example number is not E.164") << Mutation([packageOnly](Subscriber& s, Ctx& c) {
        packageOnly(s, c);
        s.primaryPhoneNumber = QStringLiteral("+1-240-555-1212");
        s.extension = QStringLiteral("5221");
    }) << kPhone << QString(RuleIds::kPhoneNotE164);
}

void tst_SubscriberValidator::update()
{
    QFETCH(Mutation, mutate);
    Subscriber subscriber = validSubscriber();
    SubscriberValidator::Context context;
    mutate(subscriber, context);
    verify(SubscriberValidator::validateUpdate(subscriber, context));
}

void tst_SubscriberValidator::precheck_data()
{
    addColumns();
    using Ctx = SubscriberValidator::Context;
    QTest::newRow("valid: official example (customerId + email)") << Mutation([](Subscriber& s, Ctx&) {
        const QString customerId = s.customerId;
        s = Subscriber();
        s.customerId = customerId;
        s.email = QStringLiteral("alice.anderson@acme.com");
    }) << QString() << QString();
    QTest::newRow("valid: customer not created yet") << Mutation([](Subscriber& s, Ctx&) {
        s = Subscriber();
        s.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
        s.customerPrimaryEmail = QStringLiteral("owner@acme.com");
        s.email = QStringLiteral("alice@acme.com");
    }) << QString() << QString();
    QTest::newRow("no customer and no template") << Mutation([](Subscriber& s, Ctx&) {
        s = Subscriber();
        s.email = QStringLiteral("alice@acme.com");
    }) << QStringLiteral("provisioningId") << QString(RuleIds::kRequired);
    QTest::newRow("template without customer admin email") << Mutation([](Subscriber& s, Ctx&) {
        s = Subscriber();
        s.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
        s.email = QStringLiteral("alice@acme.com");
    }) << QStringLiteral("customerInfo.primaryEmail") << QString(RuleIds::kRequired);
    QTest::newRow("email missing") << Mutation([](Subscriber& s, Ctx&) { s.email.clear(); }) << QStringLiteral("email")
                                   << QString(RuleIds::kRequired);
}

void tst_SubscriberValidator::precheck()
{
    QFETCH(Mutation, mutate);
    Subscriber subscriber = validSubscriber();
    SubscriberValidator::Context context;
    mutate(subscriber, context);
    verify(SubscriberValidator::validatePrecheck(subscriber, context));
}

void tst_SubscriberValidator::adminPackage_data()
{
    QTest::addColumn<QString>("newPackage");
    QTest::addColumn<QString>("currentPackage");
    QTest::addColumn<QStringList>("organization");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("ruleIds");
    const QStringList suiteOrg { QStringLiteral("webex_suite"), QStringLiteral("webex_meetings") };
    const QStringList callingOrg { QStringLiteral("webex_calling"), QStringLiteral("webex_meetings") };
    const int none = int(SubscriberValidator::AdminRole::None);
    const int admin = int(SubscriberValidator::AdminRole::Admin);
    const int full = int(SubscriberValidator::AdminRole::FullAdmin);
    const QString mismatch(RuleIds::kAdminPackageLevelMismatch);
    const QString downgrade(RuleIds::kAdminPackageDowngrade);

    QTest::newRow("user: anything goes") << QStringLiteral("webex_meetings") << QString() << suiteOrg << none
                                         << QStringList {};
    QTest::newRow("admin at org level") << QStringLiteral("webex_suite") << QString() << suiteOrg << admin
                                        << QStringList {};
    QTest::newRow("admin below org level")
        << QStringLiteral("webex_meetings") << QString() << suiteOrg << admin << QStringList { mismatch };
    QTest::newRow("admin at calling org level")
        << QStringLiteral("webex_calling") << QString() << callingOrg << admin << QStringList {};
    QTest::newRow("calling standard ranks as calling")
        << QStringLiteral("webex_calling_standard") << QString() << callingOrg << admin << QStringList {};
    QTest::newRow("full admin upgrade to org level")
        << QStringLiteral("webex_suite") << QStringLiteral("webex_calling") << suiteOrg << full << QStringList {};
    QTest::newRow("full admin downgrade") << QStringLiteral("webex_meetings") << QStringLiteral("webex_suite")
                                          << suiteOrg << full << QStringList { mismatch, downgrade };
    QTest::newRow("full admin downgrade in unranked org")
        << QStringLiteral("webex_voice") << QStringLiteral("webex_calling")
        << QStringList { QStringLiteral("common_area_calling") } << full << QStringList { downgrade };
}

void tst_SubscriberValidator::adminPackage()
{
    QFETCH(QString, newPackage);
    QFETCH(QString, currentPackage);
    QFETCH(QStringList, organization);
    QFETCH(int, role);
    QFETCH(QStringList, ruleIds);
    const FieldErrors errors = SubscriberValidator::validateAdminPackage(
        newPackage, currentPackage, organization, SubscriberValidator::AdminRole(role));
    QStringList got;
    for (const FieldError& error : errors) {
        got.append(error.ruleId);
        QCOMPARE(error.path, QStringLiteral("packages"));
        QVERIFY(!error.suggestion.isEmpty());
    }
    QCOMPARE(got, ruleIds);
}

void tst_SubscriberValidator::missingPlusSuggestion()
{
    Subscriber subscriber = validSubscriber();
    subscriber.primaryPhoneNumber = QStringLiteral("46701234567");
    const FieldErrors errors = SubscriberValidator::validateProvision(subscriber);
    const FieldError* error = findError(errors, kPhone, QString(RuleIds::kPhoneMissingPlus));
    QVERIFY(error);
    QCOMPARE(error->suggestion, QStringLiteral("+46701234567"));
    QVERIFY(error->message.contains(QStringLiteral("+46701234567")));
}

QTEST_GUILESS_MAIN(tst_SubscriberValidator)
#include "tst_SubscriberValidator.moc"
