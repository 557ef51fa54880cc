#include "ui/wizards/users/UserProvisioningController.h"

#include "api/WholesaleClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUserProvisioning, "onboarder.ui.users")

namespace onboarder::ui {

namespace {
api::ApiError orUnknown(const std::optional<api::ApiError>& error)
{
    return error.value_or(api::ApiError::make(api::ApiError::Kind::InvalidResponse,
                                              UserProvisioningController::tr("The server gave no answer.")));
}
} // namespace

UserProvisioningController::UserProvisioningController(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

bool UserProvisioningController::isRunning() const
{
    return m_running;
}

void UserProvisioningController::precheck(const Rows& rows)
{
    if (m_running || !m_client) {
        return;
    }
    m_stage = Stage::Precheck;
    m_queue = rows;
    m_running = true;
    m_cancelled = false;
    emit started(m_stage, static_cast<int>(rows.size()));
    next();
}

void UserProvisioningController::provision(const Rows& rows)
{
    if (m_running || !m_client) {
        return;
    }
    m_stage = Stage::Provision;
    m_queue = rows;
    m_running = true;
    m_cancelled = false;
    emit started(m_stage, static_cast<int>(rows.size()));
    next();
}

void UserProvisioningController::cancel()
{
    if (m_running) {
        m_cancelled = true;
    }
}

void UserProvisioningController::next()
{
    if (m_queue.isEmpty() || m_cancelled || !m_client) {
        const bool cancelled = m_cancelled && !m_queue.isEmpty();
        m_queue.clear();
        m_running = false;
        m_cancelled = false;
        emit finished(m_stage, cancelled);
        return;
    }
    const auto [row, subscriber] = m_queue.takeFirst();
    emit rowStarted(row);
    if (m_stage == Stage::Precheck) {
        m_client->precheckSubscriber(
            subscriber, this, [this, row = row](const api::ApiResult<model::PrecheckResult>& result) {
                if (result.ok()) {
                    emit rowPrechecked(row, *result.value);
                } else {
                    emit rowFailed(row, orUnknown(result.error));
                }
                next();
            });
        return;
    }
    m_client->provisionSubscriber(subscriber, this, [this, row = row](const api::ApiResult<model::Subscriber>& result) {
        if (result.ok()) {
            qCInfo(lcUserProvisioning) << "user provisioned, status" << result.value->status.toWire();
            emit rowProvisioned(row, *result.value);
        } else {
            emit rowFailed(row, orUnknown(result.error));
        }
        next();
    });
}

void UserProvisioningController::resendConsentEmail(int row, const QString& subscriberId)
{
    if (!m_client) {
        return;
    }
    m_client->resendConsentEmail(subscriberId, this, [this, row](const api::ApiResult<bool>& result) {
        if (result.ok()) {
            emit consentEmailSent(row);
        } else {
            emit consentEmailFailed(row, orUnknown(result.error));
        }
    });
}

} // namespace onboarder::ui
