#include "model/TemplateValidator.h"

#include "model/FieldRules.h"
#include "model/RuleIds.h"

namespace onboarder::model {

FieldErrors TemplateValidator::validate(const OnboardingTemplate& onboardingTemplate)
{
    const OnboardingTemplate& t = onboardingTemplate;
    FieldErrors errors;
    FieldRules::required(t.name, QStringLiteral("name"), &errors);
    FieldRules::required(t.serviceProviderAdminPersonId, QStringLiteral("serviceProviderAdminPersonId"), &errors);
    FieldRules::email(t.serviceProviderAdminEmail, QStringLiteral("serviceProviderAdminEmail"), &errors);
    if (FieldRules::required(t.countryCode, QStringLiteral("countryCode"), &errors)) {
        FieldRules::countryCode(t.countryCode, QStringLiteral("countryCode"), &errors);
    }
    if (FieldRules::required(t.defaultEmailLanguage, QStringLiteral("defaultEmailLanguage"), &errors)) {
        FieldRules::languageCode(t.defaultEmailLanguage, QStringLiteral("defaultEmailLanguage"), &errors);
    }
    FieldRules::required(t.wholesaleSubscriptionId, QStringLiteral("wholesaleSubscriptionId"), &errors);

    if (t.authMethod == OnboardingTemplate::AuthMethod::PartnerSaml) {
        if (t.idpEntityId.trimmed().isEmpty()) {
            errors.append(FieldError { QStringLiteral("idpEntityId"),
                                       tr("Partner authentication needs the entity ID of your SAML identity provider."),
                                       QString(RuleIds::kSamlEntityIdRequired),
                                       {} });
        } else {
            FieldRules::samlEntityId(t.idpEntityId, QStringLiteral("idpEntityId"), &errors);
        }
    }

    FieldRules::email(t.emailSettings.supportEmail, QStringLiteral("emailSettings.supportEmail"), &errors);
    FieldRules::timeZone(t.callSettings.defaultTimezone, QStringLiteral("callSettings.defaultTimezone"), &errors);
    FieldRules::languageCode(t.callSettings.defaultAnnouncementLanguage,
                             QStringLiteral("callSettings.defaultAnnouncementLanguage"),
                             &errors);
    FieldRules::provisioningId(t.provisioningId, QStringLiteral("provisioningId"), &errors);
    return errors;
}

} // namespace onboarder::model
