#include "ModelTestSupport.h"
#include "model/RuleIds.h"
#include "model/TemplateValidator.h"

#include <QTest>

#include <functional>

using namespace onboarder::model;
using namespace onboarder::model::test;

using Mutation = std::function<void(OnboardingTemplate&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

OnboardingTemplate validTemplate()
{
    OnboardingTemplate t;
    t.name = QStringLiteral("Nordic SMB calling");
    t.serviceProviderAdminPersonId
        = QStringLiteral("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY");
    t.serviceProviderAdminEmail = QStringLiteral("provisioning@partner.example");
    t.countryCode = QStringLiteral("SE");
    t.defaultEmailLanguage = QStringLiteral("sv_SE");
    t.wholesaleSubscriptionId = QStringLiteral("Sub23452345");
    t.callSettings.defaultTimezone = QStringLiteral("Europe/Stockholm");
    t.callSettings.defaultAnnouncementLanguage = QStringLiteral("sv_se");
    return t;
}

} // namespace

// Onboarding template validation (reference §7.2).
class tst_TemplateValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_TemplateValidator::validate_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ruleId");
    const QString required(RuleIds::kRequired);
    QTest::newRow("valid: Webex authentication") << Mutation([](OnboardingTemplate&) {}) << QString() << QString();
    QTest::newRow("valid: partner SAML with https entity ID") << Mutation([](OnboardingTemplate& t) {
        t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
        t.idpEntityId = QStringLiteral("https://idp.partner.example/saml2");
    }) << QString() << QString();
    QTest::newRow("valid: partner SAML with URN entity ID") << Mutation([](OnboardingTemplate& t) {
        t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
        t.idpEntityId = QStringLiteral("urn:partner:idp");
    }) << QString() << QString();
    QTest::newRow("valid: CCP vendor and provisioning ID") << Mutation([](OnboardingTemplate& t) {
        t.ccpVendor = QStringLiteral("IntelePeer");
        t.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
    }) << QString() << QString();
    QTest::newRow("valid: Webex auth ignores a leftover entity ID")
        << Mutation([](OnboardingTemplate& t) { t.idpEntityId = QStringLiteral("not checked"); }) << QString()
        << QString();

    QTest::newRow("name missing") << Mutation([](OnboardingTemplate& t) { t.name.clear(); }) << QStringLiteral("name")
                                  << required;
    QTest::newRow("service provider admin missing")
        << Mutation([](OnboardingTemplate& t) { t.serviceProviderAdminPersonId.clear(); })
        << QStringLiteral("serviceProviderAdminPersonId") << required;
    QTest::newRow("admin email malformed")
        << Mutation([](OnboardingTemplate& t) { t.serviceProviderAdminEmail = QStringLiteral("provisioning"); })
        << QStringLiteral("serviceProviderAdminEmail") << QString(RuleIds::kEmailInvalid);
    QTest::newRow("country missing") << Mutation([](OnboardingTemplate& t) { t.countryCode.clear(); })
                                     << QStringLiteral("countryCode") << required;
    QTest::newRow("country invalid") << Mutation(
        [](OnboardingTemplate& t) { t.countryCode = QStringLiteral("Sweden"); })
                                     << QStringLiteral("countryCode") << QString(RuleIds::kCountryInvalid);
    QTest::newRow("email language missing") << Mutation([](OnboardingTemplate& t) { t.defaultEmailLanguage.clear(); })
                                            << QStringLiteral("defaultEmailLanguage") << required;
    QTest::newRow("email language invalid")
        << Mutation([](OnboardingTemplate& t) { t.defaultEmailLanguage = QStringLiteral("swedish"); })
        << QStringLiteral("defaultEmailLanguage") << QString(RuleIds::kLanguageInvalid);
    QTest::newRow("subscription missing") << Mutation([](OnboardingTemplate& t) { t.wholesaleSubscriptionId.clear(); })
                                          << QStringLiteral("wholesaleSubscriptionId") << required;
    QTest::newRow("SAML without entity ID")
        << Mutation([](OnboardingTemplate& t) { t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml; })
        << QStringLiteral("idpEntityId") << QString(RuleIds::kSamlEntityIdRequired);
    QTest::newRow("SAML with blank entity ID") << Mutation([](OnboardingTemplate& t) {
        t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
        t.idpEntityId = QStringLiteral("   ");
    }) << QStringLiteral("idpEntityId") << QString(RuleIds::kSamlEntityIdRequired);
    QTest::newRow("SAML with a host name, not a URI") << Mutation([](OnboardingTemplate& t) {
        t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
        t.idpEntityId = QStringLiteral("idp.partner.example");
    }) << QStringLiteral("idpEntityId") << QString(RuleIds::kSamlEntityIdInvalid);
    QTest::newRow("support email malformed")
        << Mutation([](OnboardingTemplate& t) { t.emailSettings.supportEmail = QStringLiteral("help@"); })
        << QStringLiteral("emailSettings.supportEmail") << QString(RuleIds::kEmailInvalid);
    QTest::newRow("default timezone invalid")
        << Mutation([](OnboardingTemplate& t) { t.callSettings.defaultTimezone = QStringLiteral("CET"); })
        << QStringLiteral("callSettings.defaultTimezone") << QString(RuleIds::kTimeZoneInvalid);
    QTest::newRow("announcement language invalid")
        << Mutation([](OnboardingTemplate& t) { t.callSettings.defaultAnnouncementLanguage = QStringLiteral("sv-SE"); })
        << QStringLiteral("callSettings.defaultAnnouncementLanguage") << QString(RuleIds::kLanguageInvalid);
    QTest::newRow("provisioning ID malformed")
        << Mutation([](OnboardingTemplate& t) { t.provisioningId = QStringLiteral("Template 1"); })
        << QStringLiteral("provisioningId") << QString(RuleIds::kProvisioningIdInvalid);
}

void tst_TemplateValidator::validate()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, ruleId);
    OnboardingTemplate onboardingTemplate = validTemplate();
    mutate(onboardingTemplate);
    const FieldErrors errors = TemplateValidator::validate(onboardingTemplate);
    if (ruleId.isEmpty()) {
        QVERIFY2(errors.isEmpty(), failureText(QStringLiteral("expected no error"), errors).constData());
    } else {
        QVERIFY2(findError(errors, path, ruleId), failureText(path + QLatin1Char(' ') + ruleId, errors).constData());
    }
}

QTEST_GUILESS_MAIN(tst_TemplateValidator)
#include "tst_TemplateValidator.moc"
