#include "jobs/CustomerStatusTracker.h"

#include "api/ProvisioningPoller.h"
#include "api/WholesaleClient.h"
#include "model/WholesaleJson.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcStatusTracker, "onboarder.jobs.status")

namespace onboarder::jobs {

CustomerStatusTracker::CustomerStatusTracker(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

CustomerStatusTracker::~CustomerStatusTracker()
{
    // Pollers are children; disconnect first so their finished(Cancelled) reaches nobody half-destroyed.
    for (api::ProvisioningPoller* poller : std::as_const(m_active)) {
        poller->disconnect(this);
        poller->cancel();
    }
}

void CustomerStatusTracker::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    startNext();
}

int CustomerStatusTracker::maxConcurrent() const
{
    return m_maxConcurrent;
}

void CustomerStatusTracker::setInitialInterval(Milliseconds interval)
{
    m_initialInterval = interval;
}

void CustomerStatusTracker::setMaxInterval(Milliseconds interval)
{
    m_maxInterval = interval;
}

void CustomerStatusTracker::setTimeLimit(Milliseconds limit)
{
    m_timeLimit = limit;
}

bool CustomerStatusTracker::needsTracking(const model::CustomerStatus& status)
{
    return status == model::CustomerStatus::Provisioning || status == model::CustomerStatus::Updating
        || status == model::CustomerStatus::Deleting;
}

void CustomerStatusTracker::track(const QString& customerId)
{
    if (customerId.isEmpty() || isTracking(customerId)) {
        return;
    }
    m_queue.append(customerId);
    startNext();
}

bool CustomerStatusTracker::trackIfTransitional(const model::Customer& customer)
{
    if (!needsTracking(customer.status)) {
        return false;
    }
    m_lastSeen.insert(customer.id, customer);
    track(customer.id);
    return true;
}

void CustomerStatusTracker::cancel(const QString& customerId)
{
    m_queue.removeAll(customerId);
    m_lastSeen.remove(customerId);
    if (api::ProvisioningPoller* poller = m_active.take(customerId)) {
        poller->disconnect(this);
        poller->cancel();
        poller->deleteLater();
        startNext();
    }
}

void CustomerStatusTracker::cancelAll()
{
    m_queue.clear();
    const auto active = m_active;
    m_active.clear();
    m_lastSeen.clear();
    for (api::ProvisioningPoller* poller : active) {
        poller->disconnect(this);
        poller->cancel();
        poller->deleteLater();
    }
}

bool CustomerStatusTracker::isTracking(const QString& customerId) const
{
    return m_active.contains(customerId) || m_queue.contains(customerId);
}

int CustomerStatusTracker::activeCount() const
{
    return static_cast<int>(m_active.size());
}

int CustomerStatusTracker::queuedCount() const
{
    return static_cast<int>(m_queue.size());
}

void CustomerStatusTracker::startNext()
{
    if (!m_client || !m_client->session()) {
        return;
    }
    while (m_active.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        auto* poller = new api::ProvisioningPoller(m_client->session(), m_client->customerUrl(id), this);
        poller->setInitialInterval(m_initialInterval);
        poller->setMaxInterval(m_maxInterval);
        poller->setTimeLimit(m_timeLimit);
        connect(poller,
                &api::ProvisioningPoller::statusChanged,
                this,
                [this, id](const QString&, const nlohmann::json& body) {
                    const auto parsed = model::WholesaleJson::customerFromJson(body);
                    if (!parsed.ok()) {
                        qCWarning(lcStatusTracker)
                            << "unreadable customer answer while following" << id << parsed.error;
                        return;
                    }
                    m_lastSeen.insert(id, *parsed.value);
                    emit customerChanged(*parsed.value);
                });
        connect(
            poller,
            &api::ProvisioningPoller::finished,
            this,
            [this, id, poller](api::ProvisioningPoller::Outcome outcome,
                               const QString& lastStatus,
                               const std::optional<api::ApiError>& error) {
                if (m_active.value(id) != poller) {
                    return;
                }
                m_active.remove(id);
                poller->deleteLater();
                const model::Customer last = m_lastSeen.take(id);
                switch (outcome) {
                case api::ProvisioningPoller::Outcome::Terminal:
                    qCDebug(lcStatusTracker) << "customer" << id << "settled as" << lastStatus;
                    emit customerFinished(last);
                    break;
                case api::ProvisioningPoller::Outcome::Gone:
                    emit customerGone(id);
                    break;
                case api::ProvisioningPoller::Outcome::TimedOut:
                    emit trackingStopped(
                        id,
                        QCoreApplication::translate("CustomerStatusTracker",
                                                    "Still %1 after the time limit; refresh later to see its status.")
                            .arg(model::CustomerStatus::fromWire(lastStatus).displayName().toLower()));
                    break;
                case api::ProvisioningPoller::Outcome::Failed:
                    emit trackingStopped(
                        id,
                        error ? error->toSupportText()
                              : QCoreApplication::translate("CustomerStatusTracker", "The status could not be read."));
                    break;
                case api::ProvisioningPoller::Outcome::Cancelled:
                    break;
                }
                startNext();
            });
        m_active.insert(id, poller);
        poller->start();
    }
}

} // namespace onboarder::jobs
