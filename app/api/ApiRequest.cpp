#include "api/ApiRequest.h"

#include "api/ApiSession.h"
#include "api/TokenProvider.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QUuid>

namespace onboarder::api {

namespace {

QString newTrackingId()
{
    return QStringLiteral("ONBOARDER_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ApiRequest::ApiRequest(
    ApiSession* session, const QByteArray& method, const QUrl& url, const QByteArray& jsonBody, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_method(method.toUpper())
    , m_url(url)
    , m_body(jsonBody)
    , m_trackingId(newTrackingId())
    , m_runId(session ? session->currentRunId() : QString())
{
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    m_delayTimer.setSingleShot(true);
    connect(&m_delayTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
    m_response.url = url;
    m_response.trackingId = m_trackingId;
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::start()
{
    m_elapsed.start();
    if (!m_session) {
        QMetaObject::invokeMethod(
            this,
            [this] { finishWithError(ApiError::make(ApiError::Kind::Configuration, tr("No connection."))); },
            Qt::QueuedConnection);
        return;
    }
    if (auto problem = ApiSession::checkBaseUrl(m_url)) {
        const ApiError error = ApiError::make(ApiError::Kind::Configuration, *problem, m_trackingId);
        QMetaObject::invokeMethod(
            this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
        return;
    }
    // On the wire at once, unless a 429 pause holds the profile (said with waitingForRateLimit, which the caller has
    // yet to connect to): a request asked for while the window is being built is answered by its first paint instead
    // of leaving only after it, as a timer's turn of the event loop would.
    if (m_session->rateLimitGate()->remaining().count() == 0) {
        sendAttempt();
        return;
    }
    scheduleAttempt(std::chrono::milliseconds(0));
}

void ApiRequest::cancel()
{
    if (m_finished) {
        return;
    }
    m_delayTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finishWithError(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."), m_trackingId));
}

void ApiRequest::setAutoDelete(bool autoDelete)
{
    m_autoDelete = autoDelete;
}

QByteArray ApiRequest::method() const
{
    return m_method;
}

QUrl ApiRequest::url() const
{
    return m_url;
}

QByteArray ApiRequest::requestBody() const
{
    return m_body;
}

QString ApiRequest::trackingId() const
{
    return m_trackingId;
}

QString ApiRequest::runId() const
{
    return m_runId;
}

bool ApiRequest::isFinished() const
{
    return m_finished;
}

const ApiResponse& ApiRequest::response() const
{
    return m_response;
}

void ApiRequest::scheduleAttempt(std::chrono::milliseconds delay)
{
    m_delayTimer.start(static_cast<int>(delay.count()));
}

void ApiRequest::sendAttempt()
{
    if (m_finished) {
        return;
    }
    if (!m_session) {
        finishWithError(ApiError::make(ApiError::Kind::Cancelled, tr("The connection was closed."), m_trackingId));
        return;
    }
    // Every request of the profile waits out a 429 pause, not only the one that got it.
    const auto pause = m_session->rateLimitGate()->remaining();
    if (pause.count() > 0) {
        emit waitingForRateLimit(static_cast<int>((pause.count() + 999) / 1000));
        m_turnTaken = false;
        scheduleAttempt(pause);
        return;
    }
    // Once the server has rate-limited the profile, requests go out one by one at the pace it allowed.
    if (!m_turnTaken) {
        const auto turn = m_session->pacer()->reserve();
        if (turn.count() > 0) {
            m_turnTaken = true;
            scheduleAttempt(turn);
            return;
        }
    }
    m_turnTaken = false;

    ++m_attempt;
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("TrackingID", m_trackingId.toLatin1());
    TokenProvider* tokens = m_session->tokens();
    m_tokenUsed = tokens ? tokens->accessToken() : QString();
    if (!m_tokenUsed.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_tokenUsed.toUtf8());
    }
    if (!m_body.isEmpty() || m_method == "POST" || m_method == "PUT" || m_method == "PATCH") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    m_timedOut = false;
    m_onTheWire.start();
    m_reply = m_session->networkPool()->send(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    m_timeoutTimer.start(static_cast<int>(m_session->timeout().count()));
}

void ApiRequest::onReplyFinished()
{
    m_timeoutTimer.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();

    m_response.attempts = m_attempt;
    m_response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_response.headers.clear();
    for (const auto& pair : reply->rawHeaderPairs()) {
        m_response.headers.insert(pair.first.toLower(), pair.second);
    }
    if (const QByteArray echoed = m_response.header("trackingid"); !echoed.isEmpty()) {
        m_response.trackingId = QString::fromLatin1(echoed);
    }

    if (m_response.httpStatus == 0) {
        handleTransportError(reply->error(), reply->errorString());
        return;
    }
    if (m_session && m_response.httpStatus != 429) {
        m_session->attemptAnswered(std::chrono::milliseconds(m_onTheWire.elapsed()));
    }
    if (m_response.httpStatus >= 400) {
        handleHttpError();
        return;
    }
    m_response.error.reset();
    finish();
}

void ApiRequest::handleTransportError(int networkError, const QString& errorText)
{
    const auto error = static_cast<QNetworkReply::NetworkError>(networkError);
    ApiError failure;
    if (m_timedOut) {
        failure = ApiError::make(
            ApiError::Kind::Timeout,
            tr("No answer from the server within %1 seconds.").arg(m_session ? m_session->timeout().count() / 1000 : 0),
            m_trackingId);
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        // Certificate problems are never retried or ignored.
        finishWithError(ApiError::make(ApiError::Kind::Tls,
                                       tr("The server's certificate could not be verified: %1. If your network "
                                          "inspects TLS, add its CA certificate file to the profile in Settings "
                                          "(onboarder-cli: --ca-file).")
                                           .arg(errorText),
                                       m_trackingId));
        return;
    } else {
        failure = ApiError::make(
            ApiError::Kind::Transport, tr("Could not reach the server: %1").arg(errorText), m_trackingId);
    }
    const auto decision = m_session->retryPolicy().afterTransportError(m_method, m_attempt);
    if (decision.retry) {
        qCInfo(lcApi) << failure.message << "for" << m_method << m_url.path() << "tracking" << m_trackingId << "- retry"
                      << m_attempt + 1 << "in" << decision.delay.count() << "ms";
        emit retryScheduled(m_attempt + 1, static_cast<int>(decision.delay.count()), failure.message);
        scheduleAttempt(decision.delay);
        return;
    }
    finishWithError(failure);
}

void ApiRequest::handleHttpError()
{
    const int status = m_response.httpStatus;
    if (status == 429 && m_rateLimitWaits < m_session->maxRateLimitWaits()) {
        // The server did not act on a 429, so any method may be sent again once the pause is over.
        ++m_rateLimitWaits;
        RateLimitGate* gate = m_session->rateLimitGate();
        const auto pause = gate->pauseFor(m_response.header("retry-after"));
        qCInfo(lcApi) << "429 for" << m_method << m_url.path() << "tracking" << m_trackingId << "- pausing"
                      << pause.count() << "ms";
        gate->pause(pause);
        scheduleAttempt(std::chrono::milliseconds(0));
        return;
    }
    if (status == 401 && !m_refreshedToken && m_session->tokens() && m_session->tokens()->canRefresh()) {
        m_refreshedToken = true;
        refreshTokenAndResend();
        return;
    }
    const auto decision = m_session->retryPolicy().afterHttpStatus(m_method, status, m_attempt);
    if (decision.retry) {
        qCInfo(lcApi) << "HTTP" << status << "for" << m_method << m_url.path() << "tracking" << m_trackingId
                      << "- retry" << m_attempt + 1 << "in" << decision.delay.count() << "ms";
        emit retryScheduled(m_attempt + 1, static_cast<int>(decision.delay.count()), tr("HTTP status %1").arg(status));
        scheduleAttempt(decision.delay);
        return;
    }
    finishWithError(ApiError::fromHttpResponse(status, m_response.body, m_response.trackingId));
}

void ApiRequest::refreshTokenAndResend()
{
    TokenProvider* tokens = m_session->tokens();
    // Another request may already have renewed the token since this one was sent.
    if (tokens->accessToken() != m_tokenUsed && !tokens->isRefreshing()) {
        scheduleAttempt(std::chrono::milliseconds(0));
        return;
    }
    connect(
        tokens,
        &TokenProvider::refreshFinished,
        this,
        [this](bool ok, const QString& message) {
            if (ok) {
                scheduleAttempt(std::chrono::milliseconds(0));
                return;
            }
            ApiError error = ApiError::fromHttpResponse(401, m_response.body, m_response.trackingId);
            if (!message.isEmpty()) {
                error.message = message;
            }
            finishWithError(error);
        },
        Qt::SingleShotConnection);
    tokens->refresh();
}

void ApiRequest::finishWithError(const ApiError& error)
{
    m_response.error = error;
    if (m_response.error->trackingId.isEmpty()) {
        m_response.error->trackingId = m_response.trackingId;
    }
    finish();
}

void ApiRequest::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_delayTimer.stop();
    m_timeoutTimer.stop();
    m_response.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (m_session) {
        emit m_session->requestFinished(m_method, m_url, m_body, m_response, m_runId);
    }
    emit finished(this);
    if (m_autoDelete) {
        deleteLater();
    }
}

} // namespace onboarder::api
