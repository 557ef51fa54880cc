#pragma once

#include "api/TokenProvider.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace onboarder::api {

// Tokens of an OAuth integration: signs in with the authorization-code flow in the system browser and a loopback
// redirect, and renews the access token with the refresh token. Built on Qt's QOAuth2AuthorizationCodeFlow.
// The owner saves the tokens it announces (tokensChanged) in the CredentialStore; nothing is written here.
class OAuthTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    // apiBaseUrl such as https://webexapis.com/v1: /authorize and /access_token hang off it.
    OAuthTokenProvider(const QUrl& apiBaseUrl,
                       const QString& clientId,
                       const QString& clientSecret,
                       QObject* parent = nullptr);
    ~OAuthTokenProvider() override;

    void setScopes(const QStringList& scopes);
    static QStringList defaultScopes();
    // Tokens kept from an earlier sign-in.
    void setTokens(const QString& accessToken, const QString& refreshToken);
    // Opens the authorization URL: the GUI hands it to the desktop's browser, the CLI prints it, a test fetches it.
    void setBrowserOpener(std::function<void(const QUrl&)> opener);
    // The token requests go through this manager (not owned), such as a session's, which trusts the profile's CA and
    // uses its proxy; without one, Qt's own with the system's settings.
    void setNetwork(QNetworkAccessManager* network);

    // Starts the browser sign-in; signInFinished() reports the outcome.
    void signIn();
    void cancelSignIn();

    QString accessToken() const override;
    QString refreshToken() const;
    QDateTime expiresAt() const;
    bool canRefresh() const override;
    // The OAuth error code of the last failure (such as invalid_client), empty when the server gave none.
    QString lastErrorCode() const;

signals:
    void signInFinished(bool ok, const QString& errorMessage);
    // Emitted after sign-in and after every refresh, so the owner can store the new pair.
    void tokensChanged(const QString& accessToken, const QString& refreshToken);

protected:
    void startRefresh() override;

private:
    enum class Pending { None, SignIn, Refresh };
    void onGranted();
    void onFailed(const QString& message);
    void createFlow();

    QUrl m_apiBaseUrl;
    QString m_clientId;
    QString m_clientSecret;
    QStringList m_scopes;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QOAuthHttpServerReplyHandler* m_replyHandler = nullptr;
    std::function<void(const QUrl&)> m_openBrowser;
    QTimer m_guard;
    Pending m_pending = Pending::None;
    QString m_lastErrorCode;
};

} // namespace onboarder::api
