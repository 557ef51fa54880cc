#pragma once

#include "model/OnboardingTemplate.h"
#include "ui/wizards/InferredChoice.h"
#include "ui/wizards/customer/CustomerWizardPage.h"

#include <QScopedPointer>

#include <functional>

namespace Ui {
class CustomerInfoPage;
}

namespace onboarder::ui {

// Step 1: company name, administrator email, external customer ID, country, the operator's check that the customer
// is located where Webex is supported (beside the country it is about), language and the onboarding template (from
// the template library, or a Provisioning ID pasted from Partner Hub). The country preselects the language and the
// library's template for that country.
class CustomerInfoPage : public CustomerWizardPage
{
    Q_OBJECT

public:
    explicit CustomerInfoPage(QWidget* parent = nullptr);
    ~CustomerInfoPage() override;

    void readFrom(const model::CustomerDraft& draft) override;
    void writeTo(model::CustomerDraft& draft) const override;
    void initializePage() override;
    // The template, and its country and email language while no country is chosen, as if the user chose them: only
    // those fields count as touched.
    void chooseTemplate(const model::OnboardingTemplate& onboardingTemplate);

protected:
    model::FieldErrors localErrors(const model::CustomerDraft& draft) const override;
    void retranslate() override;

private:
    void fillCountries();
    void fillLanguages();
    void fillTemplates();
    // The country gives the language and the library's template for it, until the user chooses others.
    void inferFromCountry();
    // Through the wizard, so values that follow from others do not count as the user's changes.
    void inferQuietly(const std::function<void()>& inference);

    const QScopedPointer<Ui::CustomerInfoPage> m_ui;
    InferredChoice m_inferredLanguage;
    InferredChoice m_inferredCountry;
    QString m_inferredProvisioningId;
};

} // namespace onboarder::ui
