#include "jobs/TemplateStore.h"

#include "api/WholesaleClient.h"
#include "jobs/TemplateLibrary.h"
#include "jobs/TemplateLookUp.h"

#include <QTimer>

namespace onboarder::jobs {

namespace {
api::ApiError localError(const QString& message)
{
    return api::ApiError::make(api::ApiError::Kind::Configuration, message);
}

// Library answers are immediate; deliver them later anyway so callers see one behaviour for both backends.
template <typename Fn>
void later(QObject* context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}
} // namespace

TemplateStore::TemplateStore(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_backend(Backend::Sandbox)
    , m_client(client)
{
}

TemplateStore::TemplateStore(TemplateLibrary* library, QObject* parent)
    : QObject(parent)
    , m_backend(Backend::Library)
    , m_library(library)
{
}

TemplateStore::Backend TemplateStore::backend() const
{
    return m_backend;
}

QList<model::OnboardingTemplate> TemplateStore::templates() const
{
    return m_templates;
}

bool TemplateStore::isLoading() const
{
    return m_loading;
}

void TemplateStore::setTemplates(const QList<model::OnboardingTemplate>& templates)
{
    m_templates = templates;
    emit templatesChanged();
}

void TemplateStore::refresh()
{
    if (m_backend == Backend::Library) {
        QString error;
        if (!m_library->load(&error)) {
            emit loadFailed(error);
            return;
        }
        setTemplates(m_library->templates());
        return;
    }
    if (!m_client || m_loading) {
        return;
    }
    m_loading = true;
    m_client->listSandboxTemplates(this, [this](const api::ApiResult<QList<model::OnboardingTemplate>>& result) {
        m_loading = false;
        if (!result.ok()) {
            emit loadFailed(result.error ? result.error->toSupportText() : QString());
            return;
        }
        setTemplates(*result.value);
    });
}

void TemplateStore::create(const model::OnboardingTemplate& onboardingTemplate, QObject* context, Callback done)
{
    if (m_backend == Backend::Library) {
        QString error;
        api::ApiResult<model::OnboardingTemplate> result;
        if (m_library->add(onboardingTemplate, &error)) {
            result.value = onboardingTemplate;
            setTemplates(m_library->templates());
        } else {
            result.error = localError(error);
        }
        later(context, [done, result] { done(result); });
        return;
    }
    if (!m_client) {
        api::ApiResult<model::OnboardingTemplate> result;
        result.error = localError(tr("Not connected."));
        later(context, [done, result] { done(result); });
        return;
    }
    QPointer<QObject> guard(context);
    TemplateLookUp::create(
        m_client, onboardingTemplate, this, [this, guard, done](const api::ApiResult<TemplateLookUp::Created>& result) {
            if (result.ok()) {
                refresh();
            }
            if (guard) {
                done({ result.ok() ? std::optional(result.value->value) : std::nullopt,
                       result.error,
                       result.trackingId });
            }
        });
}

void TemplateStore::remove(const model::OnboardingTemplate& onboardingTemplate, QObject* context, RemoveCallback done)
{
    if (m_backend == Backend::Library) {
        QString error;
        api::ApiResult<bool> result;
        if (m_library->remove(onboardingTemplate.name, &error)) {
            result.value = true;
            setTemplates(m_library->templates());
        } else {
            result.error = localError(error);
        }
        later(context, [done, result] { done(result); });
        return;
    }
    QPointer<QObject> guard(context);
    m_client->deleteSandboxTemplate(
        onboardingTemplate.provisioningId, this, [this, guard, done](const api::ApiResult<bool>& result) {
            if (result.ok()) {
                refresh();
            }
            if (guard) {
                done(result);
            }
        });
}

bool TemplateStore::setProvisioningId(const QString& templateName, const QString& provisioningId, QString* errorMessage)
{
    if (m_backend != Backend::Library) {
        if (errorMessage) {
            *errorMessage = tr("The sandbox issues its own Provisioning IDs.");
        }
        return false;
    }
    if (!m_library->setProvisioningId(templateName, provisioningId, errorMessage)) {
        return false;
    }
    setTemplates(m_library->templates());
    return true;
}

QString TemplateStore::uniqueCopyName(const QString& name) const
{
    auto used = [this](const QString& candidate) {
        for (const auto& t : m_templates) {
            if (t.name.compare(candidate, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    };
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; used(candidate); ++n) {
        candidate = tr("%1 (copy %2)").arg(name).arg(n);
    }
    return candidate;
}

} // namespace onboarder::jobs
