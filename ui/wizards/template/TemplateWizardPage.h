#pragma once

#include "model/FieldError.h"
#include "model/OnboardingTemplate.h"
#include "ui/wizards/ValidatedWizardPage.h"

namespace onboarder::ui {

class TemplateWizard;

// A step of the template wizard: a ValidatedWizardPage whose document is the wizard's template, checked with
// TemplateValidator; errors go only to the label bound to their exact path.
class TemplateWizardPage : public ValidatedWizardPage
{
    Q_OBJECT

public:
    explicit TemplateWizardPage(QWidget* parent = nullptr);

    // Shows the template in the page's widgets.
    virtual void readFrom(const model::OnboardingTemplate& onboardingTemplate) = 0;
    // Writes the page's widgets into the template.
    virtual void writeTo(model::OnboardingTemplate& onboardingTemplate) const = 0;

protected:
    TemplateWizard* templateWizard() const;
    // Errors the validator does not know about, only meaningful on this page.
    virtual model::FieldErrors localErrors(const model::OnboardingTemplate& onboardingTemplate) const;
    model::FieldErrors documentErrors() const override;
    void storeInWizard() override;
};

} // namespace onboarder::ui
