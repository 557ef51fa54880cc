#pragma once

#include "api/ApiError.h"
#include "model/Customer.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcStatusTracker)

namespace onboarder::api {
class ProvisioningPoller;
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::jobs {

// Follows customers in provisioning, updating or deleting until they settle: one ProvisioningPoller (with its
// backoff) per customer, at most maxConcurrent polling at once and the rest queued in order, so 20,000 customers
// in flight never become 20,000 parallel requests. Reports every status change with the whole customer.
class CustomerStatusTracker : public QObject
{
    Q_OBJECT

public:
    using Milliseconds = std::chrono::milliseconds;

    // The client is not owned and must outlive the tracker (or the tracker stops when it goes).
    explicit CustomerStatusTracker(api::WholesaleClient* client, QObject* parent = nullptr);
    ~CustomerStatusTracker() override;

    void setMaxConcurrent(int count);
    int maxConcurrent() const;
    void setInitialInterval(Milliseconds interval);
    void setMaxInterval(Milliseconds interval);
    // Zero follows forever.
    void setTimeLimit(Milliseconds limit);

    // True for the states worth following: provisioning, updating, deleting.
    static bool needsTracking(const model::CustomerStatus& status);

    // Starts following the customer, or queues it; a customer already followed is not added twice.
    void track(const QString& customerId);
    // Follows the customer when its status is transitional; returns whether it does.
    bool trackIfTransitional(const model::Customer& customer);
    void cancel(const QString& customerId);
    void cancelAll();

    bool isTracking(const QString& customerId) const;
    int activeCount() const;
    int queuedCount() const;

signals:
    // Each time a followed customer's status differs from the last poll.
    void customerChanged(const onboarder::model::Customer& customer);
    // A followed customer settled: provisioned, provisioned_with_errors, error or pending_rpl_review.
    void customerFinished(const onboarder::model::Customer& customer);
    // The customer no longer exists (a delete completed).
    void customerGone(const QString& customerId);
    // Following stopped without a settled status: the time limit passed or a request failed for good.
    void trackingStopped(const QString& customerId, const QString& reason);

private:
    void startNext();

    QPointer<api::WholesaleClient> m_client;
    int m_maxConcurrent = 6;
    Milliseconds m_initialInterval { 1000 };
    Milliseconds m_maxInterval { 30000 };
    Milliseconds m_timeLimit { std::chrono::minutes(30) };
    QHash<QString, api::ProvisioningPoller*> m_active;
    QHash<QString, model::Customer> m_lastSeen;
    QStringList m_queue;
};

} // namespace onboarder::jobs
