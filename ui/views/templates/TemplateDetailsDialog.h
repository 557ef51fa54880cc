#pragma once

#include "model/OnboardingTemplate.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class TemplateDetailsDialog;
}

namespace onboarder::api {
class WholesaleClient;
}
namespace onboarder::jobs {
class TemplateStore;
}

namespace onboarder::ui {

// One onboarding template opened from the templates view: every setting, and the Provisioning ID with a Copy button
// (what the operator needs when creating customers). For the local library a missing or wrong Provisioning ID can be
// entered here, checked with WebexId::isValidProvisioningId. A service provider admin known only by person ID is looked
// up, so the settings show the admin's name and email.
class TemplateDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateDetailsDialog(const model::OnboardingTemplate& onboardingTemplate,
                          jobs::TemplateStore* store,
                          const QString& profileName,
                          QWidget* parent = nullptr);
    ~TemplateDetailsDialog() override;

    // Not owned; with a client, an admin without email is looked up by person ID.
    void setClient(api::WholesaleClient* client);

protected:
    void changeEvent(QEvent* event) override;

private:
    void display(const model::OnboardingTemplate& onboardingTemplate);
    void lookUpAdmin(api::WholesaleClient* client);
    void saveProvisioningId();
    void validateProvisioningId();

    const QScopedPointer<Ui::TemplateDetailsDialog> m_ui;
    model::OnboardingTemplate m_template;
    jobs::TemplateStore* m_store;
    QString m_profileName;
    QString m_adminName;
};

} // namespace onboarder::ui
