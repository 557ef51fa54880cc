#include "ui/wizards/template/TemplateWizardPage.h"

#include "model/TemplateValidator.h"
#include "ui/wizards/template/TemplateWizard.h"

namespace onboarder::ui {

TemplateWizardPage::TemplateWizardPage(QWidget* parent)
    : ValidatedWizardPage(QuietRetranslate, parent)
{
}

TemplateWizard* TemplateWizardPage::templateWizard() const
{
    return qobject_cast<TemplateWizard*>(wizard());
}

model::FieldErrors TemplateWizardPage::localErrors(const model::OnboardingTemplate&) const
{
    return {};
}

model::FieldErrors TemplateWizardPage::documentErrors() const
{
    model::OnboardingTemplate t;
    if (auto* w = templateWizard()) {
        t = w->onboardingTemplate();
    }
    writeTo(t);
    return model::TemplateValidator::validate(t) + localErrors(t);
}

void TemplateWizardPage::storeInWizard()
{
    if (auto* w = templateWizard()) {
        w->updateTemplate([this](model::OnboardingTemplate& t) { writeTo(t); });
    }
}

} // namespace onboarder::ui
