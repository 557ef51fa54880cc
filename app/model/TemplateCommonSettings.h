#pragma once

#include <QtGlobal>

namespace onboarder::model {

// The "Common settings" step of the onboarding template wizard. Partner Hub's full list was not retrieved
// (reference §7.2); this holds the one setting known to matter for provisioning.
struct TemplateCommonSettings
{
    bool allowAdminInviteEmailsOnAttach = false; // "Allow admin-invite emails when attaching to existing orgs" (§7.4)

    bool operator==(const TemplateCommonSettings& o) const
    {
        return allowAdminInviteEmailsOnAttach == o.allowAdminInviteEmailsOnAttach;
    }
    bool operator!=(const TemplateCommonSettings& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
