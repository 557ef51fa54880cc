#pragma once

#include "api/ApiError.h"
#include "model/OnboardingTemplate.h"
#include "model/Person.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace onboarder::api {
class WholesaleClient;
}
namespace onboarder::jobs {
class TemplateStore;
}

namespace onboarder::ui {

// Does the template wizard's network and storage work so its pages never do: loads the partner's administrators
// (GET /people/me, then GET /people of the partner organization) and the known wholesale subscriptions, and
// submits the finished template to the TemplateStore (the sandbox, or the local library for real Webex).
class TemplateWizardController : public QObject
{
    Q_OBJECT

public:
    // client may be null (offline: drafts only); the store may be null too, then Submit is unavailable.
    TemplateWizardController(api::WholesaleClient* client,
                             jobs::TemplateStore* store,
                             const QString& profileName,
                             QObject* parent = nullptr);

    QString profileName() const;
    // True when Submit creates the template in the sandbox; false when it goes to the local library.
    bool submitsToSandbox() const;
    bool canSubmit() const;

    // Starts loading admins and subscriptions; adminsLoaded() and subscriptionsLoaded() follow (possibly empty).
    void load();
    QList<model::Person> partnerAdmins() const;
    QStringList subscriptions() const;

    bool isSubmitting() const;
    void submit(const model::OnboardingTemplate& onboardingTemplate);

signals:
    void adminsLoaded();
    void subscriptionsLoaded();
    void submittingChanged(bool submitting);
    void submitted(const onboarder::model::OnboardingTemplate& created);
    void submitFailed(const onboarder::api::ApiError& error);

private:
    QPointer<api::WholesaleClient> m_client;
    QPointer<jobs::TemplateStore> m_store;
    QString m_profileName;
    QList<model::Person> m_admins;
    QStringList m_subscriptions;
    bool m_submitting = false;
};

} // namespace onboarder::ui
