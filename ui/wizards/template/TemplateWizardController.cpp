#include "ui/wizards/template/TemplateWizardController.h"

#include "api/WholesaleClient.h"
#include "jobs/TemplateStore.h"

#include <QTimer>

namespace onboarder::ui {

TemplateWizardController::TemplateWizardController(api::WholesaleClient* client,
                                                   jobs::TemplateStore* store,
                                                   const QString& profileName,
                                                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profileName(profileName)
{
}

QString TemplateWizardController::profileName() const
{
    return m_profileName;
}

bool TemplateWizardController::submitsToSandbox() const
{
    return m_store && m_store->backend() == jobs::TemplateStore::Backend::Sandbox;
}

bool TemplateWizardController::canSubmit() const
{
    return !m_store.isNull();
}

QList<model::Person> TemplateWizardController::partnerAdmins() const
{
    return m_admins;
}

QStringList TemplateWizardController::subscriptions() const
{
    return m_subscriptions;
}

void TemplateWizardController::load()
{
    // Subscriptions: Webex has no list of the partner's wholesale subscriptions, so offer the ones existing
    // templates use; the field stays editable.
    if (m_store) {
        QStringList subscriptions;
        for (const auto& t : m_store->templates()) {
            if (!t.wholesaleSubscriptionId.isEmpty() && !subscriptions.contains(t.wholesaleSubscriptionId)) {
                subscriptions.append(t.wholesaleSubscriptionId);
            }
        }
        subscriptions.sort();
        m_subscriptions = subscriptions;
    }
    QTimer::singleShot(0, this, &TemplateWizardController::subscriptionsLoaded);

    if (!m_client) {
        QTimer::singleShot(0, this, &TemplateWizardController::adminsLoaded);
        return;
    }
    m_client->getPerson(QStringLiteral("me"), this, [this](const api::ApiResult<model::Person>& me) {
        if (!me.ok() || me.value->orgId.isEmpty()) {
            emit adminsLoaded();
            return;
        }
        m_client->findPeople(me.value->orgId, {}, this, [this](const api::ApiResult<QList<model::Person>>& people) {
            if (people.ok()) {
                for (const model::Person& person : *people.value) {
                    // Partner admins are the people of the partner organization with an admin role.
                    if (!person.roles.isEmpty() && !person.primaryEmail().isEmpty()) {
                        m_admins.append(person);
                    }
                }
            }
            emit adminsLoaded();
        });
    });
}

bool TemplateWizardController::isSubmitting() const
{
    return m_submitting;
}

void TemplateWizardController::submit(const model::OnboardingTemplate& onboardingTemplate)
{
    if (m_submitting) {
        return;
    }
    if (!m_store) {
        emit submitFailed(api::ApiError::make(api::ApiError::Kind::Configuration,
                                              tr("This profile is not connected. Save the template as a draft and "
                                                 "submit it later.")));
        return;
    }
    m_submitting = true;
    emit submittingChanged(true);
    m_store->create(onboardingTemplate, this, [this](const api::ApiResult<model::OnboardingTemplate>& result) {
        m_submitting = false;
        emit submittingChanged(false);
        if (result.ok()) {
            emit submitted(*result.value);
        } else {
            emit submitFailed(
                result.error.value_or(api::ApiError::make(api::ApiError::Kind::InvalidResponse, tr("Unknown error."))));
        }
    });
}

} // namespace onboarder::ui
