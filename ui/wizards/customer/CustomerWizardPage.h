#pragma once

#include "model/CustomerDraft.h"
#include "model/FieldError.h"
#include "ui/wizards/ValidatedWizardPage.h"

namespace onboarder::ui {

class CustomerWizard;

// A step of the customer wizard: a ValidatedWizardPage whose document is the wizard's draft, checked with
// CustomerValidator; errors whose path is a bound path or starts with it followed by "." or "[" go to its label.
class CustomerWizardPage : public ValidatedWizardPage
{
    Q_OBJECT

public:
    explicit CustomerWizardPage(QWidget* parent = nullptr);

    virtual void readFrom(const model::CustomerDraft& draft) = 0;
    virtual void writeTo(model::CustomerDraft& draft) const = 0;

protected:
    CustomerWizard* customerWizard() const;
    virtual model::FieldErrors localErrors(const model::CustomerDraft& draft) const;
    model::FieldErrors documentErrors() const override;
    void storeInWizard() override;
};

} // namespace onboarder::ui
