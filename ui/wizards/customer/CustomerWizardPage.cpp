#include "ui/wizards/customer/CustomerWizardPage.h"

#include "model/CustomerValidator.h"
#include "ui/wizards/customer/CustomerWizard.h"

namespace onboarder::ui {

CustomerWizardPage::CustomerWizardPage(QWidget* parent)
    : ValidatedWizardPage(MatchSubPaths, parent)
{
}

CustomerWizard* CustomerWizardPage::customerWizard() const
{
    return qobject_cast<CustomerWizard*>(wizard());
}

model::FieldErrors CustomerWizardPage::localErrors(const model::CustomerDraft&) const
{
    return {};
}

model::FieldErrors CustomerWizardPage::documentErrors() const
{
    model::CustomerDraft draft;
    if (auto* w = customerWizard()) {
        draft = w->draft();
    }
    writeTo(draft);
    model::FieldErrors result;
    const model::FieldErrors all = model::CustomerValidator::validateProvision(draft.customer) + localErrors(draft);
    for (const model::FieldError& error : all) {
        // The wizard copies the billing address into the calling location: the same problem would show twice.
        if (!error.path.startsWith(QLatin1String("provisioningParameters.calling.location.address"))) {
            result.append(error);
        }
    }
    return result;
}

void CustomerWizardPage::storeInWizard()
{
    if (auto* w = customerWizard()) {
        w->updateDraft([this](model::CustomerDraft& d) { writeTo(d); });
    }
}

} // namespace onboarder::ui
