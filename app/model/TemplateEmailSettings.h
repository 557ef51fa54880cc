#pragma once

#include <QString>

namespace onboarder::model {

// Email settings of an onboarding template, as kept in our template library. Partner Hub's own list was not
// retrieved (reference §7.2); these are the settings our reviewers asked to see in a template plan.
struct TemplateEmailSettings
{
    bool sendWelcomeEmailToAdmin = true; // welcome email to the customer's first administrator
    QString supportEmail; // where customers' replies go; optional

    bool operator==(const TemplateEmailSettings& o) const
    {
        return sendWelcomeEmailToAdmin == o.sendWelcomeEmailToAdmin && supportEmail == o.supportEmail;
    }
    bool operator!=(const TemplateEmailSettings& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
