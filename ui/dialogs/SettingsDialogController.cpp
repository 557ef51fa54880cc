#include "ui/dialogs/SettingsDialogController.h"

#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/ServiceAppTokenRequest.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileConnector.h"
#include "model/Person.h"
#include "model/SubPartner.h"

#include <QDesktopServices>
#include <QPair>

#include <memory>

namespace onboarder::ui {

namespace {

// The API's own error code, else the HTTP status, for the message beside the copy button.
QString errorCode(const api::ApiError& error)
{
    const QString code = error.firstErrorCode();
    return code.isEmpty() && error.httpStatus > 0 ? QString::number(error.httpStatus) : code;
}

} // namespace

SettingsDialogController::SettingsDialogController(api::CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_openBrowser([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
}

SettingsDialogController::~SettingsDialogController()
{
    cancelTest();
    delete m_signInContext;
}

bool SettingsDialogController::isTesting() const
{
    return m_testContext != nullptr;
}

int SettingsDialogController::secretKindFor(const api::Profile& profile)
{
    return static_cast<int>(profile.authKind == api::Profile::AuthKind::PersonalAccessToken
                                ? api::CredentialStore::SecretKind::AccessToken
                                : api::CredentialStore::SecretKind::ClientSecret);
}

void SettingsDialogController::testConnection(const api::Profile& profile,
                                              const QString& typedToken,
                                              const QString& typedProxyPassword)
{
    cancelTest();
    m_testContext = new QObject(this);
    emit testStarted();
    // The test connects as the window would, renewing an expired token the same way and keeping the renewed pair.
    auto* connector = new api::ProfileConnector(m_credentials, m_testContext);
    connect(connector, &api::ProfileConnector::opened, m_testContext, [this, connector] { callWith(connector); });
    const bool personal = profile.authKind == api::Profile::AuthKind::PersonalAccessToken;
    connect(connector,
            &api::ProfileConnector::failed,
            m_testContext,
            [this, personal](api::ProfileConnector::Failure failure, const QString& detail) {
                switch (failure) {
                case api::ProfileConnector::Failure::InvalidAddress:
                case api::ProfileConnector::Failure::InvalidCaFile:
                case api::ProfileConnector::Failure::InvalidProxy:
                case api::ProfileConnector::Failure::KeychainRefused:
                    emit testFailed(detail, {}, {});
                    break;
                case api::ProfileConnector::Failure::NoKeychain:
                    emit testFailed(
                        tr("No keychain is available: type the access token to test the connection."), {}, {});
                    break;
                case api::ProfileConnector::Failure::NoToken:
                    emit testFailed(personal ? tr("No access token is stored for this profile: type one to test.")
                                             : tr("No access token is stored for this profile yet: sign in with the "
                                                  "integration first."),
                                    {},
                                    {});
                    break;
                }
                finishTest();
            });
    // A typed token is tried as it is; the client secret of an integration is no token, so those test the access
    // token the sign-in left in the keychain.
    connector->setProxyPassword(typedProxyPassword);
    connector->open(profile, personal ? typedToken : QString());
}

void SettingsDialogController::callWith(api::ProfileConnector* connector)
{
    // Listing sub-partners is the cheapest wholesale call that needs a valid token and the wholesale role.
    connector->client()->listSubPartners(m_testContext, [this](const api::ApiResult<QList<model::SubPartner>>& result) {
        if (result.ok()) {
            emit testSucceeded(tr("Connected: the API accepted the token."));
        } else {
            const api::ApiError error = result.error.value_or(
                api::ApiError::make(api::ApiError::Kind::InvalidResponse, tr("Unknown error.")));
            emit testFailed(
                error.message, errorCode(error), error.trackingId.isEmpty() ? result.trackingId : error.trackingId);
        }
        finishTest();
    });
}

void SettingsDialogController::finishTest()
{
    // Deleted later: this runs inside the callbacks of objects the context owns.
    if (m_testContext) {
        m_testContext->deleteLater();
    }
    m_testContext = nullptr;
}

void SettingsDialogController::cancelTest()
{
    delete m_testContext; // its requests are aborted with it, and their callbacks never run
    m_testContext = nullptr;
}

void SettingsDialogController::storeSecret(const api::Profile& profile, const QString& secret)
{
    const QString name = profile.name;
    if (!m_credentials) {
        emit secretStoreFailed(name, tr("No keychain is available: the secret was not kept."));
        return;
    }
    const auto kind = static_cast<api::CredentialStore::SecretKind>(secretKindFor(profile));
    m_credentials->write(name, kind, secret, this, [this, name](const api::CredentialStore::Result& r) {
        if (r.ok()) {
            emit secretStored(name);
        } else {
            emit secretStoreFailed(name, r.errorMessage);
        }
    });
}

void SettingsDialogController::storeProxyPassword(const api::Profile& profile, const QString& password)
{
    const QString name = profile.name;
    if (!m_credentials) {
        emit secretStoreFailed(name, tr("No keychain is available: the proxy password was not kept."));
        return;
    }
    m_credentials->write(name,
                         api::CredentialStore::SecretKind::ProxyPassword,
                         password,
                         this,
                         [this, name](const api::CredentialStore::Result& r) {
                             if (!r.ok()) {
                                 emit secretStoreFailed(name, r.errorMessage);
                             }
                         });
}

void SettingsDialogController::checkSecret(const api::Profile& profile)
{
    const QString name = profile.name;
    if (!m_credentials) {
        emit secretPresence(name, false);
        return;
    }
    const auto kind = static_cast<api::CredentialStore::SecretKind>(secretKindFor(profile));
    m_credentials->read(name, kind, this, [this, name](const api::CredentialStore::Result& r) {
        emit secretPresence(name, r.ok() && !r.secret.isEmpty());
    });
}

void SettingsDialogController::removeSecrets(const QString& profileName)
{
    if (!m_credentials) {
        return;
    }
    m_credentials->removeProfile(profileName, this, [](const api::CredentialStore::Result&) {});
}

void SettingsDialogController::setBrowserOpener(std::function<void(const QUrl&)> opener)
{
    m_openBrowser = std::move(opener);
}

bool SettingsDialogController::isSigningIn() const
{
    return m_signInContext != nullptr;
}

void SettingsDialogController::signIn(const api::Profile& profile,
                                      const QString& typedClientSecret,
                                      const QString& authorizingToken,
                                      const QString& typedProxyPassword)
{
    delete m_signInContext;
    m_signInContext = new QObject(this);
    emit signInStarted();
    const bool serviceApp = profile.authKind == api::Profile::AuthKind::ServiceApp;
    if (!profile.renewsTokens()) {
        failSignIn(tr("Only an OAuth integration or a service app profile signs in."));
        return;
    }
    if (auto problem = api::ApiSession::checkBaseUrl(profile.baseUrl)) {
        failSignIn(*problem);
        return;
    }
    if (profile.clientId.isEmpty()) {
        failSignIn(tr("Type the client ID of the integration, then sign in."));
        return;
    }
    if (serviceApp && (profile.serviceAppId.isEmpty() || profile.serviceAppTargetOrgId.isEmpty())) {
        failSignIn(tr("Type the application ID and the target org ID of the service app, then get its tokens."));
        return;
    }
    if (serviceApp && authorizingToken.isEmpty()) {
        failSignIn(tr("Type the token of an integration allowed to fetch service app tokens "
                      "(scope spark:applications_token), then get the tokens."));
        return;
    }
    if (!m_credentials) {
        failSignIn(tr("No keychain is available: the tokens of a sign-in could not be kept."));
        return;
    }
    // The sign-in talks to the API like the profile does: through its proxy (with the typed or the stored password)
    // and trusting its CA.
    m_credentials->readProfile(
        profile.name,
        m_signInContext,
        [this, profile, typedClientSecret, typedProxyPassword, authorizingToken](
            const api::CredentialStore::ProfileSecrets& secrets) {
            const QString clientSecret = typedClientSecret.isEmpty() ? secrets.clientSecret : typedClientSecret;
            if (clientSecret.isEmpty()) {
                failSignIn(tr("No client secret is stored for this profile: type it, then sign in."));
                return;
            }
            auto* session = new api::ApiSession(
                profile.baseUrl, new api::StaticTokenProvider(authorizingToken, m_signInContext), m_signInContext);
            api::ProfileConnector::applyNetworkSettings(
                session, profile, typedProxyPassword.isEmpty() ? secrets.proxyPassword : typedProxyPassword);
            const bool storeSecret = !typedClientSecret.isEmpty();
            if (profile.authKind == api::Profile::AuthKind::ServiceApp) {
                fetchServiceAppTokens(session, profile, clientSecret, storeSecret);
            } else {
                startFlow(session, profile, clientSecret, storeSecret);
            }
        });
}

void SettingsDialogController::startFlow(api::ApiSession* session,
                                         const api::Profile& profile,
                                         const QString& clientSecret,
                                         bool storeSecret)
{
    auto* tokens = new api::OAuthTokenProvider(profile.baseUrl, profile.clientId, clientSecret, m_signInContext);
    tokens->setNetwork(session->network());
    tokens->setBrowserOpener(m_openBrowser);
    const api::Profile copy = profile;
    connect(tokens,
            &api::OAuthTokenProvider::signInFinished,
            m_signInContext,
            [this, tokens, copy, clientSecret, storeSecret](bool ok, const QString& message) {
                if (!ok) {
                    failSignIn(message, tokens->lastErrorCode());
                    return;
                }
                storeTokens(
                    copy, tokens->accessToken(), tokens->refreshToken(), storeSecret ? clientSecret : QString());
            });
    tokens->signIn();
}

void SettingsDialogController::fetchServiceAppTokens(api::ApiSession* session,
                                                     const api::Profile& profile,
                                                     const QString& clientSecret,
                                                     bool storeSecret)
{
    // The integration's token is used for this one call and kept nowhere; no audit log sees the request body.
    const api::Profile copy = profile;
    api::ServiceAppTokenRequest::send(
        session,
        profile.serviceAppId,
        profile.clientId,
        clientSecret,
        profile.serviceAppTargetOrgId,
        m_signInContext,
        [this, copy, clientSecret, storeSecret](const api::ApiResult<api::ServiceAppTokenRequest::Tokens>& result) {
            if (!result.ok()) {
                const api::ApiError error = *result.error;
                failSignIn(
                    error.message, errorCode(error), error.trackingId.isEmpty() ? result.trackingId : error.trackingId);
                return;
            }
            storeTokens(
                copy, result.value->accessToken, result.value->refreshToken, storeSecret ? clientSecret : QString());
        });
}

void SettingsDialogController::storeTokens(const api::Profile& profile,
                                           const QString& accessToken,
                                           const QString& refreshToken,
                                           const QString& clientSecretToStore)
{
    using Kind = api::CredentialStore::SecretKind;
    QList<QPair<Kind, QString>> secrets { { Kind::AccessToken, accessToken }, { Kind::RefreshToken, refreshToken } };
    if (!clientSecretToStore.isEmpty()) {
        secrets.append({ Kind::ClientSecret, clientSecretToStore });
    }
    // Written one after another; the sign-in counts only when every one is kept.
    auto remaining = std::make_shared<int>(int(secrets.size()));
    auto failedAlready = std::make_shared<bool>(false);
    const api::Profile copy = profile;
    for (const auto& [kind, secret] : secrets) {
        m_credentials->write(
            profile.name,
            kind,
            secret,
            m_signInContext,
            [this, copy, accessToken, remaining, failedAlready](const api::CredentialStore::Result& r) {
                if (*failedAlready) {
                    return;
                }
                if (!r.ok()) {
                    *failedAlready = true;
                    failSignIn(tr("Signed in, but the keychain did not keep the tokens: %1").arg(r.errorMessage));
                    return;
                }
                if (--*remaining == 0) {
                    announceSignedIn(copy, accessToken);
                }
            });
    }
}

void SettingsDialogController::announceSignedIn(const api::Profile& profile, const QString& accessToken)
{
    auto* session = new api::ApiSession(
        profile.baseUrl, new api::StaticTokenProvider(accessToken, m_signInContext), m_signInContext);
    auto* client = new api::WholesaleClient(session, m_signInContext);
    const QString name = profile.name;
    // Whom the tokens stand for, so the user sees the right account signed in.
    client->getPerson(QStringLiteral("me"), m_signInContext, [this, name](const api::ApiResult<model::Person>& result) {
        QString message = tr("Signed in. The tokens are kept in the keychain.");
        if (result.ok()) {
            const model::Person& me = *result.value;
            const QString email = me.emails.isEmpty() ? QString() : me.emails.first();
            const QString who = me.displayName.isEmpty() ? email
                : email.isEmpty()                        ? me.displayName
                                                         : tr("%1 (%2)").arg(me.displayName, email);
            if (!who.isEmpty()) {
                message = tr("Signed in as %1. The tokens are kept in the keychain.").arg(who);
            }
        }
        finishSignIn();
        emit signInSucceeded(name, message);
    });
}

void SettingsDialogController::failSignIn(const QString& message, const QString& errorCode, const QString& trackingId)
{
    finishSignIn();
    emit signInFailed(message, errorCode, trackingId);
}

void SettingsDialogController::finishSignIn()
{
    // Deleted later: this runs inside the callbacks of objects the context owns.
    if (m_signInContext) {
        m_signInContext->deleteLater();
    }
    m_signInContext = nullptr;
}

void SettingsDialogController::cancelSignIn()
{
    if (!m_signInContext) {
        return;
    }
    // The loopback listener closes with it, so a late redirect from the browser finds nobody.
    delete m_signInContext;
    m_signInContext = nullptr;
    emit signInCancelled();
}

} // namespace onboarder::ui
