#pragma once

#include "model/OnboardingTemplate.h"
#include "model/ParseResult.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace onboarder::model {

// Maps an onboarding template to the JSON our template library, the drafts and the sandbox's template endpoint use
// (the shape proposed in reference §7.2, plus emailSettings):
// {provisioningId, name, serviceProviderAdminPersonId, serviceProviderAdminEmail, countryCode, defaultEmailLanguage,
//  wholesaleSubscriptionId, ccpVendor, authMethod: "WEBEX"|"PARTNER_SAML", idpEntityId,
//  commonSettings: {allowAdminInviteEmailsOnAttach}, emailSettings: {sendWelcomeEmailToAdmin, supportEmail},
//  callSettings: {defaultTimezone, defaultAnnouncementLanguage}}.
class TemplateJson
{
public:
    static nlohmann::json toJson(const OnboardingTemplate& onboardingTemplate);
    // An unknown authMethod is an error: a template must not silently fall back to Webex authentication.
    static ParseResult<OnboardingTemplate> templateFromJson(const nlohmann::json& json);

    static QString authMethodToWire(OnboardingTemplate::AuthMethod method);
};

} // namespace onboarder::model
