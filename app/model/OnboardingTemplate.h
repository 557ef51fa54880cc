#pragma once

#include "model/TemplateCallSettings.h"
#include "model/TemplateCommonSettings.h"
#include "model/TemplateEmailSettings.h"

#include <QString>

namespace onboarder::model {

// An onboarding template of the Partner Hub wizard (reference §7.2): the settings every customer created from it
// shares. There is no public template API, so against real Webex this lives in our local library and carries the
// Provisioning ID the operator copied from Partner Hub; the sandbox creates it for real.
struct OnboardingTemplate
{
    enum class AuthMethod {
        Webex, // Webex Common Identity is the identity provider (the default)
        PartnerSaml, // the partner's own SAML identity provider, named by its entity ID
    };

    // Primary settings.
    QString name;
    QString serviceProviderAdminPersonId; // a partner administrator
    QString serviceProviderAdminEmail; // shown with the ID so a reviewer recognises the admin
    QString countryCode; // ISO 3166-1 alpha-2
    QString defaultEmailLanguage; // "en_US"
    QString wholesaleSubscriptionId;
    // Wholesale calling: the optional Cloud Connected PSTN provider; empty for none (Cisco advises against CCP here).
    QString ccpVendor;
    // Authentication.
    AuthMethod authMethod = AuthMethod::Webex;
    QString idpEntityId; // SAML entity ID; required for PartnerSaml
    // Common, email and call settings.
    TemplateCommonSettings commonSettings;
    TemplateEmailSettings emailSettings;
    TemplateCallSettings callSettings;
    // Set once the template exists in Partner Hub or the sandbox.
    QString provisioningId;

    bool operator==(const OnboardingTemplate& o) const
    {
        return name == o.name && serviceProviderAdminPersonId == o.serviceProviderAdminPersonId
            && serviceProviderAdminEmail == o.serviceProviderAdminEmail && countryCode == o.countryCode
            && defaultEmailLanguage == o.defaultEmailLanguage && wholesaleSubscriptionId == o.wholesaleSubscriptionId
            && ccpVendor == o.ccpVendor && authMethod == o.authMethod && idpEntityId == o.idpEntityId
            && commonSettings == o.commonSettings && emailSettings == o.emailSettings && callSettings == o.callSettings
            && provisioningId == o.provisioningId;
    }
    bool operator!=(const OnboardingTemplate& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
