#pragma once

#include "api/ApiResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace onboarder::api {

class ApiSession;

// One request to the API and everything that may happen to it before it has an answer: waiting out a shared
// rate-limit pause, a timeout, a token refresh after 401, and retries of reads after transient failures. It never
// blocks: the answer arrives with finished().
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ApiRequest(ApiSession* session,
               const QByteArray& method,
               const QUrl& url,
               const QByteArray& jsonBody,
               QObject* parent = nullptr);
    ~ApiRequest() override;

    // Sends on the next turn of the event loop, so the caller can connect first.
    void start();
    // Ends the request with a Cancelled error; safe at any time.
    void cancel();
    // By default the job deletes itself after finished(); turn that off to keep reading response() later.
    void setAutoDelete(bool autoDelete);

    QByteArray method() const;
    QUrl url() const;
    QByteArray requestBody() const;
    QString trackingId() const;
    // The run this request is a step of (ApiSession::RunScope at its creation), or empty.
    QString runId() const;
    bool isFinished() const;
    const ApiResponse& response() const;

signals:
    void finished(onboarder::api::ApiRequest* request);
    void retryScheduled(int attempt, int delayMs, const QString& reason);
    void waitingForRateLimit(int secondsRemaining);

private:
    void sendAttempt();
    void onReplyFinished();
    void handleTransportError(int networkError, const QString& errorText);
    void handleHttpError();
    void refreshTokenAndResend();
    void scheduleAttempt(std::chrono::milliseconds delay);
    void finish();
    void finishWithError(const ApiError& error);

    QPointer<ApiSession> m_session;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QString m_trackingId;
    QString m_runId;
    QString m_tokenUsed;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_delayTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_onTheWire; // since the current attempt was sent
    ApiResponse m_response;
    int m_attempt = 0;
    int m_rateLimitWaits = 0;
    bool m_refreshedToken = false;
    bool m_timedOut = false;
    bool m_turnTaken = false; // this attempt waited for its turn at the pace the server allowed
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace onboarder::api
