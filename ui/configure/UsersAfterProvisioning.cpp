#include "ui/configure/UsersAfterProvisioning.h"

#include "jobs/CustomerStatusTracker.h"
#include "ui/views/customers/CustomerStatusExplanation.h"

namespace onboarder::ui {

UsersAfterProvisioning::UsersAfterProvisioning(api::WholesaleClient* client,
                                               const QString& customerId,
                                               const QString& usersFile,
                                               QObject* parent)
    : QObject(parent)
    , m_customerId(customerId)
    , m_usersFile(usersFile)
    , m_tracker(new jobs::CustomerStatusTracker(client, this))
{
    connect(m_tracker, &jobs::CustomerStatusTracker::customerFinished, this, [this](const model::Customer& customer) {
        if (customer.id != m_customerId) {
            return;
        }
        if (customer.isConfigurable()) {
            emit customerReady(m_customerId, m_usersFile);
        } else {
            emit customerNotReady(m_customerId, m_usersFile, CustomerStatusExplanation::meaning(customer.status));
        }
        finish();
    });
    connect(m_tracker, &jobs::CustomerStatusTracker::customerGone, this, [this](const QString& id) {
        if (id == m_customerId) {
            emit customerNotReady(m_customerId, m_usersFile, tr("The customer was deleted."));
            finish();
        }
    });
    connect(m_tracker,
            &jobs::CustomerStatusTracker::trackingStopped,
            this,
            [this](const QString& id, const QString& reason) {
                if (id == m_customerId) {
                    emit customerNotReady(m_customerId, m_usersFile, reason);
                    finish();
                }
            });
    m_tracker->track(m_customerId);
}

QString UsersAfterProvisioning::customerId() const
{
    return m_customerId;
}

QString UsersAfterProvisioning::usersFile() const
{
    return m_usersFile;
}

void UsersAfterProvisioning::finish()
{
    m_tracker->cancelAll();
    deleteLater();
}

} // namespace onboarder::ui
