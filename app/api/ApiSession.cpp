#include "api/ApiSession.h"

#include "api/ApiRequest.h"
#include "api/TokenProvider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcApi, "onboarder.api")

namespace onboarder::api {

namespace {

// Every request through the session's managers gets the session's TLS settings, also those built by others on it (the
// OAuth flow's token requests), so an extra CA is trusted by all of them alike.
class TlsConfiguredNetwork : public QNetworkAccessManager
{
public:
    TlsConfiguredNetwork(const QSslConfiguration* ssl, QObject* parent)
        : QNetworkAccessManager(parent)
        , m_ssl(ssl)
    {
    }

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* data) override
    {
        QNetworkRequest configured(request);
        configured.setSslConfiguration(*m_ssl);
        return QNetworkAccessManager::createRequest(operation, configured, data);
    }

private:
    const QSslConfiguration* m_ssl;
};

} // namespace

ApiSession::ApiSession(const QUrl& baseUrl, TokenProvider* tokens, QObject* parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_tokens(tokens)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Enough managers for the most requests a bulk run keeps in flight, each on its own connection.
    const int maxManagers = (m_concurrency.settings().maximum + NetworkPool::kConnectionsPerManager - 1)
        / NetworkPool::kConnectionsPerManager;
    m_networks = new NetworkPool(
        [this](QObject* parent) { return new TlsConfiguredNetwork(&m_ssl, parent); }, maxManagers, this);
    connect(&m_rateLimitGate, &RateLimitGate::paused, this, &ApiSession::rateLimited);
    // What the answers tell about the server's load sets the bulk runs' concurrency and the pace of every request: a
    // 429 halves the one and teaches the other the server's rate; answers as fast as ever let the concurrency grow.
    connect(&m_rateLimitGate, &RateLimitGate::paused, this, [this] {
        m_concurrency.rateLimited();
        m_pacer.rateLimited(m_rateLimitGate.remaining());
    });
    connect(&m_rateLimitGate, &RateLimitGate::countdown, this, &ApiSession::rateLimitCountdown);
    connect(&m_rateLimitGate, &RateLimitGate::resumed, this, &ApiSession::rateLimitResumed);
}

ApiSession::~ApiSession() = default;

std::optional<QString> ApiSession::checkBaseUrl(const QUrl& baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return QCoreApplication::translate("ApiSession", "The API address is not a valid URL.");
    }
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return std::nullopt;
    }
    if (scheme != QLatin1String("http")) {
        return QCoreApplication::translate("ApiSession", "The API address must start with https://.");
    }
    const QString host = baseUrl.host();
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
    if (!loopback) {
        return QCoreApplication::translate("ApiSession",
                                           "Plain http is allowed only for a sandbox on this computer; use https://.");
    }
    return std::nullopt;
}

QUrl ApiSession::baseUrl() const
{
    return m_baseUrl;
}

QUrl ApiSession::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url(path);
    if (url.isRelative()) {
        url = m_baseUrl;
        QString basePath = url.path();
        if (!basePath.endsWith(QLatin1Char('/'))) {
            basePath += QLatin1Char('/');
        }
        QString relative = path;
        while (relative.startsWith(QLatin1Char('/'))) {
            relative.remove(0, 1);
        }
        url.setPath(basePath + relative);
    }
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

QNetworkAccessManager* ApiSession::network() const
{
    return m_networks->primary();
}

NetworkPool* ApiSession::networkPool()
{
    return m_networks;
}

QSslConfiguration ApiSession::sslConfiguration() const
{
    return m_ssl;
}

void ApiSession::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_ssl.addCaCertificates(certificates);
}

void ApiSession::setProxy(const QNetworkProxy& proxy)
{
    m_networks->setProxy(proxy);
}

TokenProvider* ApiSession::tokens() const
{
    return m_tokens;
}

RequestPacer* ApiSession::pacer()
{
    return &m_pacer;
}

void ApiSession::attemptAnswered(Milliseconds onTheWire)
{
    m_concurrency.answered(onTheWire);
    m_pacer.answered();
}

AdaptiveConcurrency* ApiSession::concurrency()
{
    return &m_concurrency;
}

RateLimitGate* ApiSession::rateLimitGate()
{
    return &m_rateLimitGate;
}

RetryPolicy& ApiSession::retryPolicy()
{
    return m_retryPolicy;
}

void ApiSession::setTimeout(Milliseconds timeout)
{
    m_timeout = timeout;
}

ApiSession::Milliseconds ApiSession::timeout() const
{
    return m_timeout;
}

void ApiSession::setMaxRateLimitWaits(int waits)
{
    m_maxRateLimitWaits = waits;
}

int ApiSession::maxRateLimitWaits() const
{
    return m_maxRateLimitWaits;
}

ApiSession::RunScope::RunScope(ApiSession* session, const QString& runId)
    : m_session(session)
{
    if (m_session) {
        m_previous = m_session->m_runId;
        m_session->m_runId = runId;
    }
}

ApiSession::RunScope::~RunScope()
{
    if (m_session) {
        m_session->m_runId = m_previous;
    }
}

QString ApiSession::currentRunId() const
{
    return m_runId;
}

ApiRequest* ApiSession::send(const QByteArray& method, const QUrl& url, const QByteArray& jsonBody)
{
    auto* request = new ApiRequest(this, method, url, jsonBody, this);
    request->start();
    return request;
}

ApiRequest* ApiSession::get(const QString& path, const QUrlQuery& query)
{
    return send("GET", urlFor(path, query));
}

} // namespace onboarder::api
