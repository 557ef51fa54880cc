#pragma once

#include "model/Person.h"
#include "ui/wizards/InferredChoice.h"
#include "ui/wizards/template/TemplateWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class PrimarySettingsPage;
}

namespace onboarder::ui {

// Step 2: template name, service provider admin (from the partner's administrators, or an email address when none
// could be listed), country or region, default email language and wholesale subscription.
class PrimarySettingsPage : public TemplateWizardPage
{
    Q_OBJECT

public:
    explicit PrimarySettingsPage(QWidget* parent = nullptr);
    ~PrimarySettingsPage() override;

    void readFrom(const model::OnboardingTemplate& onboardingTemplate) override;
    void writeTo(model::OnboardingTemplate& onboardingTemplate) const override;
    // The partner's administrators; with none, the admin field becomes an editable email field.
    void setPartnerAdmins(const QList<model::Person>& admins);
    void setSubscriptions(const QStringList& subscriptions);

protected:
    void retranslate() override;

private:
    void fillLists();

    const QScopedPointer<Ui::PrimarySettingsPage> m_ui;
    void selectAdmin(const QString& personId, const QString& email);
    bool m_adminsListed = false;
    InferredChoice m_inferredLanguage; // from the country
};

} // namespace onboarder::ui
