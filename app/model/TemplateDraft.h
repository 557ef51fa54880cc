#pragma once

#include "model/OnboardingTemplate.h"

#include <QString>

namespace onboarder::model {

// A template plan saved as a file for review before it is created in Partner Hub or the sandbox, together with the
// wizard state needed to reopen it where the operator left off (DraftStore).
struct TemplateDraft
{
    OnboardingTemplate onboardingTemplate;
    QString profileName; // the connection profile the draft was written for; informative only
    QString currentStep; // the wizard step to reopen on ("primary", "calling", ...); empty for the first
    QString notes; // free text for the reviewer

    bool operator==(const TemplateDraft& o) const
    {
        return onboardingTemplate == o.onboardingTemplate && profileName == o.profileName
            && currentStep == o.currentStep && notes == o.notes;
    }
    bool operator!=(const TemplateDraft& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
