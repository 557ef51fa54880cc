#pragma once

#include "ui/wizards/template/TemplateWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class AuthenticationPage;
}

namespace onboarder::ui {

// Step 4: Webex authentication, or the partner's SAML identity provider named by its entity ID.
class AuthenticationPage : public TemplateWizardPage
{
    Q_OBJECT

public:
    explicit AuthenticationPage(QWidget* parent = nullptr);
    ~AuthenticationPage() override;

    void readFrom(const model::OnboardingTemplate& onboardingTemplate) override;
    void writeTo(model::OnboardingTemplate& onboardingTemplate) const override;

protected:
    void retranslate() override;

private:
    const QScopedPointer<Ui::AuthenticationPage> m_ui;
};

} // namespace onboarder::ui
