#pragma once

#include "api/AdaptiveConcurrency.h"
#include "api/NetworkPool.h"
#include "api/RateLimitGate.h"
#include "api/RequestPacer.h"
#include "api/RetryPolicy.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkProxy;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace onboarder::api {

class ApiRequest;
struct ApiResponse;
class TokenProvider;

// The connection of one profile to one API base URL: the network managers, the token, the retry policy and the
// rate-limit pause that all of the profile's requests share. Creates one ApiRequest job per request.
class ApiSession : public QObject
{
    Q_OBJECT

public:
    using Milliseconds = std::chrono::milliseconds;

    // baseUrl such as https://webexapis.com/v1 or http://127.0.0.1:8080/v1. The session does not own tokens.
    ApiSession(const QUrl& baseUrl, TokenProvider* tokens, QObject* parent = nullptr);
    ~ApiSession() override;

    // Why a base URL may not be used, or nothing: anything but loopback must be https, so a token never travels in
    // clear text.
    static std::optional<QString> checkBaseUrl(const QUrl& baseUrl);

    QUrl baseUrl() const;
    // baseUrl + "/" + path, with the query; an absolute URL (from a Location or Link header) is used as it is.
    QUrl urlFor(const QString& path, const QUrlQuery& query = {}) const;

    // The first of the session's network managers, for code that sends on a manager itself (the OAuth token flow).
    // Applies the session's TLS settings and proxy to every request made through it.
    QNetworkAccessManager* network() const;
    // Every manager of the session, all with its TLS settings and proxy; ApiRequest sends through it, so many
    // requests of a bulk run are on the wire at once.
    NetworkPool* networkPool();
    // The TLS settings of every request: the system's CAs plus the extra ones trusted here (a corporate TLS
    // inspection CA). Peers are always verified; errors are never ignored.
    QSslConfiguration sslConfiguration() const;
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    // A proxy for this session only, on each of its managers; without one the system's proxy settings apply.
    void setProxy(const QNetworkProxy& proxy);
    TokenProvider* tokens() const;
    RateLimitGate* rateLimitGate();
    // How many requests the profile's bulk runs keep in flight, learned from its answers.
    AdaptiveConcurrency* concurrency();
    // The pace of every request of the profile once the server has rate-limited it.
    RequestPacer* pacer();
    // The server answered one attempt of a request (not 429), which was this long on the wire: what the concurrency
    // and the pace learn from.
    void attemptAnswered(Milliseconds onTheWire);
    RetryPolicy& retryPolicy();

    void setTimeout(Milliseconds timeout);
    Milliseconds timeout() const;
    // How often one request may be answered 429 before it gives up.
    void setMaxRateLimitWaits(int waits);
    int maxRateLimitWaits() const;

    // Marks the requests started while it lives as steps of one run (a bulk import of users), so the audit log keeps
    // them together. A client call creates its request before it returns, so a scope around the call marks exactly
    // the requests of that call, also when other work goes through the same session at the same time.
    class RunScope
    {
    public:
        RunScope(ApiSession* session, const QString& runId);
        ~RunScope();
        RunScope(const RunScope&) = delete;
        RunScope& operator=(const RunScope&) = delete;

    private:
        QPointer<ApiSession> m_session;
        QString m_previous;
    };
    // The run of the requests started now; empty outside a RunScope.
    QString currentRunId() const;

    // Starts a request; the job deletes itself after finished() unless setAutoDelete(false) was called on it.
    ApiRequest* send(const QByteArray& method, const QUrl& url, const QByteArray& jsonBody = {});
    ApiRequest* get(const QString& path, const QUrlQuery& query = {});

signals:
    // Every finished request, for the audit log and activity views; runId names the run it was a step of, if any.
    void requestFinished(const QByteArray& method,
                         const QUrl& url,
                         const QByteArray& requestBody,
                         const onboarder::api::ApiResponse& response,
                         const QString& runId);
    // A 429 paused all requests of this session; the countdown ticks each second until resumed().
    void rateLimited(int secondsRemaining);
    void rateLimitCountdown(int secondsRemaining);
    void rateLimitResumed();

private:
    QUrl m_baseUrl;
    QPointer<TokenProvider> m_tokens;
    QSslConfiguration m_ssl;
    NetworkPool* m_networks;
    RateLimitGate m_rateLimitGate;
    AdaptiveConcurrency m_concurrency;
    RequestPacer m_pacer;
    RetryPolicy m_retryPolicy;
    Milliseconds m_timeout { std::chrono::seconds(60) };
    int m_maxRateLimitWaits = 20;
    QString m_runId;
};

} // namespace onboarder::api
