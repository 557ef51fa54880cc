#pragma once

#include "api/ApiResult.h"
#include "model/OnboardingTemplate.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace onboarder::api {
class WholesaleClient;
}

namespace onboarder::jobs {

class TemplateLibrary;

// Where the onboarding templates of the active profile live: the sandbox (its sandbox-only template endpoint) or,
// for real Webex, the local TemplateLibrary. Views and the wizard's controller use this one interface and never
// care which it is; results always arrive later through callbacks, as with the network.
class TemplateStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Sandbox, Library };
    using Callback = std::function<void(const api::ApiResult<model::OnboardingTemplate>&)>;
    using RemoveCallback = std::function<void(const api::ApiResult<bool>&)>;

    // The client and the library are not owned and must outlive the store.
    explicit TemplateStore(api::WholesaleClient* client, QObject* parent = nullptr);
    explicit TemplateStore(TemplateLibrary* library, QObject* parent = nullptr);

    Backend backend() const;
    QList<model::OnboardingTemplate> templates() const;
    bool isLoading() const;

    // Reloads the list; templatesChanged() or loadFailed() follows.
    void refresh();
    // Sandbox: the sandbox issues the Provisioning ID. Library: stored as given (with the Provisioning ID the operator
    // entered, if any). The list is refreshed afterwards.
    void create(const model::OnboardingTemplate& onboardingTemplate, QObject* context, Callback done);
    void remove(const model::OnboardingTemplate& onboardingTemplate, QObject* context, RemoveCallback done);
    // Library only: records the Provisioning ID Partner Hub issued.
    bool setProvisioningId(const QString& templateName, const QString& provisioningId, QString* errorMessage);
    // A name no template uses yet, for duplicates.
    QString uniqueCopyName(const QString& name) const;

signals:
    void templatesChanged();
    void loadFailed(const QString& supportText);

private:
    void setTemplates(const QList<model::OnboardingTemplate>& templates);

    Backend m_backend;
    QPointer<api::WholesaleClient> m_client;
    TemplateLibrary* m_library = nullptr;
    QList<model::OnboardingTemplate> m_templates;
    bool m_loading = false;
};

} // namespace onboarder::jobs
