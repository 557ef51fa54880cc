#pragma once

#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>

namespace onboarder::api {

class ApiRequest;
class ApiSession;

// Follows one customer (from the Location URL of a provision, update or delete) with growing intervals until it
// reaches a terminal state, or disappears after a delete. There is no webhook for provisioning status, so polling it
// is; the backoff keeps a long provisioning from costing many requests. Cancellable at any time.
class ProvisioningPoller : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Terminal, // provisioned, provisioned_with_errors or error
        Gone, // 404: deleted
        TimedOut, // still not terminal after the time limit
        Cancelled,
        Failed, // a request failed for good
    };
    Q_ENUM(Outcome)

    using Milliseconds = std::chrono::milliseconds;

    ProvisioningPoller(ApiSession* session, const QUrl& customerUrl, QObject* parent = nullptr);

    void setInitialInterval(Milliseconds interval);
    void setMaxInterval(Milliseconds interval);
    // Zero polls forever.
    void setTimeLimit(Milliseconds limit);

    void start();
    void cancel();
    QUrl customerUrl() const;
    QString lastStatus() const;
    int polls() const;

signals:
    // Each time the status differs from the previous poll, with the whole customer as the API returned it.
    void statusChanged(const QString& status, const nlohmann::json& customer);
    void finished(onboarder::api::ProvisioningPoller::Outcome outcome,
                  const QString& lastStatus,
                  const std::optional<onboarder::api::ApiError>& error);

private:
    void poll();
    void onAnswer(ApiRequest* request);
    void finish(Outcome outcome, const std::optional<ApiError>& error = std::nullopt);

    QPointer<ApiSession> m_session;
    QUrl m_url;
    QPointer<ApiRequest> m_current;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    Milliseconds m_interval { 1000 };
    Milliseconds m_maxInterval { 30000 };
    Milliseconds m_timeLimit { std::chrono::minutes(15) };
    QString m_lastStatus;
    int m_polls = 0;
    bool m_finished = false;
};

} // namespace onboarder::api
