#include "api/OAuthTokenProvider.h"

#include "api/ApiSession.h"

#include <QCoreApplication>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>

namespace onboarder::api {

namespace {

QUrl endpoint(const QUrl& base, const QString& name)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    url.setPath(path + name);
    return url;
}

} // namespace

OAuthTokenProvider::OAuthTokenProvider(const QUrl& apiBaseUrl,
                                       const QString& clientId,
                                       const QString& clientSecret,
                                       QObject* parent)
    : TokenProvider(parent)
    , m_apiBaseUrl(apiBaseUrl)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
    , m_scopes(defaultScopes())
{
    // QtNetworkAuth 6.4 may stay silent when a refresh fails at the transport level; never wait forever.
    m_guard.setSingleShot(true);
    m_guard.setInterval(std::chrono::minutes(5));
    connect(&m_guard, &QTimer::timeout, this, [this] {
        onFailed(QCoreApplication::translate("OAuthTokenProvider", "Sign-in timed out."));
    });
    createFlow();
}

OAuthTokenProvider::~OAuthTokenProvider() = default;

QStringList OAuthTokenProvider::defaultScopes()
{
    return { QStringLiteral("spark-admin:wholesale_customers_read"),
             QStringLiteral("spark-admin:wholesale_customers_write"),
             QStringLiteral("spark-admin:wholesale_subscribers_read"),
             QStringLiteral("spark-admin:wholesale_subscribers_write"),
             QStringLiteral("spark-admin:locations_read"),
             QStringLiteral("spark-admin:locations_write"),
             QStringLiteral("spark-admin:telephony_config_read"),
             QStringLiteral("spark-admin:telephony_config_write"),
             QStringLiteral("spark-admin:telephony_pstn_read"),
             QStringLiteral("spark-admin:telephony_pstn_write"),
             QStringLiteral("spark-admin:organizations_read"),
             QStringLiteral("spark-admin:people_read"),
             QStringLiteral("spark-admin:people_write"),
             QStringLiteral("spark-admin:roles_read") };
}

void OAuthTokenProvider::createFlow()
{
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setAuthorizationUrl(endpoint(m_apiBaseUrl, QStringLiteral("authorize")));
    m_flow->setAccessTokenUrl(endpoint(m_apiBaseUrl, QStringLiteral("access_token")));
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setClientIdentifierSharedKey(m_clientSecret);
    m_flow->setScope(m_scopes.join(QLatin1Char(' ')));
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl& url) {
        if (m_openBrowser) {
            m_openBrowser(url);
        } else {
            onFailed(QCoreApplication::translate("OAuthTokenProvider", "No browser to sign in with."));
        }
    });
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthTokenProvider::onGranted);
    connect(
        m_flow, &QAbstractOAuth2::error, this, [this](const QString& error, const QString& description, const QUrl&) {
            m_lastErrorCode = error;
            onFailed(description.isEmpty() ? error : description);
        });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        onFailed(QCoreApplication::translate("OAuthTokenProvider", "The token request failed."));
    });
}

void OAuthTokenProvider::setScopes(const QStringList& scopes)
{
    m_scopes = scopes;
    m_flow->setScope(scopes.join(QLatin1Char(' ')));
}

void OAuthTokenProvider::setTokens(const QString& accessToken, const QString& refreshToken)
{
    m_flow->setToken(accessToken);
    m_flow->setRefreshToken(refreshToken);
}

void OAuthTokenProvider::setBrowserOpener(std::function<void(const QUrl&)> opener)
{
    m_openBrowser = std::move(opener);
}

void OAuthTokenProvider::setNetwork(QNetworkAccessManager* network)
{
    m_flow->setNetworkAccessManager(network);
}

void OAuthTokenProvider::signIn()
{
    if (auto problem = ApiSession::checkBaseUrl(m_apiBaseUrl)) {
        emit signInFinished(false, *problem);
        return;
    }
    if (!m_replyHandler) {
        // Port 0: the system picks a free loopback port; the redirect URI names it.
        m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
        m_replyHandler->setCallbackText(
            QCoreApplication::translate("OAuthTokenProvider", "Onboarder is signed in. You can close this page."));
        m_flow->setReplyHandler(m_replyHandler);
    }
    m_pending = Pending::SignIn;
    m_lastErrorCode.clear();
    m_guard.start();
    m_flow->grant();
}

void OAuthTokenProvider::cancelSignIn()
{
    if (m_pending == Pending::SignIn) {
        onFailed(QCoreApplication::translate("OAuthTokenProvider", "Sign-in was cancelled."));
    }
}

QString OAuthTokenProvider::accessToken() const
{
    return m_flow->token();
}

QString OAuthTokenProvider::refreshToken() const
{
    return m_flow->refreshToken();
}

QString OAuthTokenProvider::lastErrorCode() const
{
    return m_lastErrorCode;
}

QDateTime OAuthTokenProvider::expiresAt() const
{
    return m_flow->expirationAt();
}

bool OAuthTokenProvider::canRefresh() const
{
    return !m_flow->refreshToken().isEmpty();
}

void OAuthTokenProvider::startRefresh()
{
    if (!canRefresh()) {
        finishRefresh(false,
                      QCoreApplication::translate("OAuthTokenProvider", "Sign in again: there is no refresh token."));
        return;
    }
    m_pending = Pending::Refresh;
    m_lastErrorCode.clear();
    m_guard.start(std::chrono::seconds(60));
    // Qt reads the token answer through the reply handler that was set, which only sign-in does: tokens kept from an
    // earlier session (the CLI) were never renewed. A refresh needs no loopback listener, so a plain handler does.
    const QString refreshHandlerName = QStringLiteral("refreshReplyHandler");
    if (!m_replyHandler && !m_flow->findChild<QOAuthOobReplyHandler*>(refreshHandlerName, Qt::FindDirectChildrenOnly)) {
        auto* handler = new QOAuthOobReplyHandler(m_flow);
        handler->setObjectName(refreshHandlerName);
        m_flow->setReplyHandler(handler);
    }
    m_flow->refreshAccessToken();
}

void OAuthTokenProvider::onGranted()
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    m_guard.stop();
    emit tokensChanged(m_flow->token(), m_flow->refreshToken());
    if (pending == Pending::SignIn) {
        emit tokenChanged();
        emit signInFinished(true, {});
    } else if (pending == Pending::Refresh) {
        finishRefresh(true);
    }
}

void OAuthTokenProvider::onFailed(const QString& message)
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    m_guard.stop();
    if (pending == Pending::SignIn) {
        emit signInFinished(false, message);
    } else if (pending == Pending::Refresh) {
        finishRefresh(false, message);
    }
}

} // namespace onboarder::api
