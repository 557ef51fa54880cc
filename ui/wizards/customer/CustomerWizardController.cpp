#include "ui/wizards/customer/CustomerWizardController.h"

#include "api/ApiRequest.h"
#include "api/WholesaleClient.h"
#include "jobs/TemplateStore.h"
#include "jobs/import/CustomerLookUp.h"
#include "model/CustomerValidator.h"

#include <QTimer>

namespace onboarder::ui {

CustomerWizardController::CustomerWizardController(api::WholesaleClient* client,
                                                   jobs::TemplateStore* templates,
                                                   const QString& profileName,
                                                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_templates(templates)
    , m_profileName(profileName)
{
    if (m_templates) {
        connect(m_templates, &jobs::TemplateStore::templatesChanged, this, &CustomerWizardController::templatesChanged);
    }
}

CustomerWizardController::~CustomerWizardController()
{
    if (m_precheckRequest) {
        m_precheckRequest->cancel();
    }
}

QString CustomerWizardController::profileName() const
{
    return m_profileName;
}

bool CustomerWizardController::isConnected() const
{
    return !m_client.isNull();
}

QList<model::OnboardingTemplate> CustomerWizardController::templates() const
{
    return m_templates ? m_templates->templates() : QList<model::OnboardingTemplate>();
}

bool CustomerWizardController::isBusy() const
{
    return m_busy;
}

void CustomerWizardController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

std::optional<CustomerWizardController::PrecheckOutcome> CustomerWizardController::lastPrecheck() const
{
    return m_lastPrecheck;
}

void CustomerWizardController::invalidatePrecheck()
{
    m_lastPrecheck.reset();
    ++m_precheckSerial; // an answer still on its way belongs to the old customer
    if (m_precheckRequest) {
        m_precheckRequest->cancel();
        m_precheckRequest = nullptr;
        setBusy(false);
    }
}

model::FieldErrors CustomerWizardController::fieldErrorsFor(const api::ApiError& error)
{
    model::FieldErrors result;
    auto add = [&result](const QString& path, const QString& message, const QString& code) {
        result.append(model::FieldError { path, message, QStringLiteral("api.") + code, {} });
    };
    QList<api::ApiErrorDetail> details = error.errors;
    if (details.isEmpty() && !error.message.isEmpty()) {
        details.append(api::ApiErrorDetail { error.message, {} });
    }
    for (const api::ApiErrorDetail& detail : details) {
        const QString text = detail.description;
        const QString lower = text.toLower();
        QString path;
        // 10022 is the one documented code: the email already belongs to a user (reference §9).
        if (detail.errorCode == QLatin1String("10022") || lower.contains(QLatin1String("email"))) {
            path = QStringLiteral("customerInfo.primaryEmail");
        } else if (lower.contains(QLatin1String("externalid")) || lower.contains(QLatin1String("external id"))) {
            path = QStringLiteral("externalId");
        } else if (lower.contains(QLatin1String("provisioningid")) || lower.contains(QLatin1String("template"))) {
            path = QStringLiteral("provisioningId");
        } else if (lower.contains(QLatin1String("package"))) {
            path = QStringLiteral("packages");
        } else if (lower.contains(QLatin1String("address")) || lower.contains(QLatin1String("country"))) {
            path = QStringLiteral("address");
        } else if (lower.contains(QLatin1String("location")) || lower.contains(QLatin1String("timezone"))) {
            path = QStringLiteral("provisioningParameters.calling.location");
        } else if (lower.contains(QLatin1String("name"))) {
            path = QStringLiteral("customerInfo.name");
        }
        if (!path.isEmpty()) {
            add(path,
                detail.errorCode.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, detail.errorCode),
                detail.errorCode);
        }
    }
    return result;
}

void CustomerWizardController::precheck(const model::Customer& customer)
{
    invalidatePrecheck();
    const int serial = m_precheckSerial;
    PrecheckOutcome outcome;
    outcome.localErrors = model::CustomerValidator::validateProvision(customer);
    if (!outcome.localErrors.isEmpty() || !m_client) {
        if (!m_client && outcome.localErrors.isEmpty()) {
            outcome.error = api::ApiError::make(
                api::ApiError::Kind::Configuration,
                tr("This profile is not connected, so the precheck cannot run. Save the customer as a draft and "
                   "create it later."));
        }
        m_lastPrecheck = outcome;
        // Asynchronous like the network answer, so the page handles both the same way.
        QTimer::singleShot(0, this, [this, serial] {
            if (serial == m_precheckSerial) {
                emit precheckFinished();
            }
        });
        return;
    }
    setBusy(true);
    m_precheckRequest = m_client->precheckCustomer(
        customer, this, [this, serial, outcome](const api::ApiResult<model::PrecheckResult>& answer) mutable {
            if (serial != m_precheckSerial) {
                return;
            }
            m_precheckRequest = nullptr;
            if (answer.ok()) {
                outcome.result = *answer.value;
            } else {
                outcome.error = answer.error.value_or(
                    api::ApiError::make(api::ApiError::Kind::InvalidResponse, tr("The precheck gave no answer.")));
                outcome.apiFieldErrors = fieldErrorsFor(*outcome.error);
            }
            m_lastPrecheck = outcome;
            setBusy(false);
            emit precheckFinished();
        });
}

void CustomerWizardController::create(const model::Customer& customer)
{
    if (m_busy) {
        return;
    }
    if (!m_client) {
        emit createFailed(api::ApiError::make(api::ApiError::Kind::Configuration,
                                              tr("This profile is not connected. Save the customer as a draft and "
                                                 "create it later.")));
        return;
    }
    setBusy(true);
    // A create without an answer is looked up before anything is sent again: the one policy of the window and the CLI.
    jobs::CustomerLookUp::create(
        m_client, customer, this, [this, customer](const api::ApiResult<jobs::CustomerLookUp::Created>& answer) {
            setBusy(false);
            if (!answer.ok()) {
                emit createFailed(answer.error.value_or(
                    api::ApiError::make(api::ApiError::Kind::InvalidResponse, tr("The create gave no answer."))));
                return;
            }
            model::Customer createdCustomer = customer;
            createdCustomer.id = answer.value->id;
            createdCustomer.status = model::CustomerStatus::Provisioning;
            emit created(createdCustomer);
        });
}

} // namespace onboarder::ui
