#pragma once

#include "model/FieldError.h"
#include "model/OnboardingTemplate.h"

#include <QCoreApplication>

namespace onboarder::model {

// Checks an onboarding template plan (reference §7.2) and reports every problem at once. Paths follow the template's
// JSON shape (TemplateJson), for example "callSettings.defaultTimezone".
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    static FieldErrors validate(const OnboardingTemplate& onboardingTemplate);
};

} // namespace onboarder::model
