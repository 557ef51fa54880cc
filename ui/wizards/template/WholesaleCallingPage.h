#pragma once

#include "ui/wizards/template/TemplateWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class WholesaleCallingPage;
}

namespace onboarder::ui {

// Step 3: the optional Cloud Connected PSTN provider, with Cisco's advice against setting it in a template.
class WholesaleCallingPage : public TemplateWizardPage
{
    Q_OBJECT

public:
    explicit WholesaleCallingPage(QWidget* parent = nullptr);
    ~WholesaleCallingPage() override;

    void readFrom(const model::OnboardingTemplate& onboardingTemplate) override;
    void writeTo(model::OnboardingTemplate& onboardingTemplate) const override;

protected:
    model::FieldErrors localErrors(const model::OnboardingTemplate& onboardingTemplate) const override;

protected:
    void retranslate() override;

private:
    void retranslateCode();

private:
    const QScopedPointer<Ui::WholesaleCallingPage> m_ui;
};

} // namespace onboarder::ui
