#include "ui/dialogs/SettingsDialogController.h"

#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/CredentialStore.h"
#include "model/Person.h"
#include "model/SubPartner.h"

#include <QDesktopServices>
#include <QPair>

#include <memory>

namespace onboarder::ui {

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

void SettingsDialogController::testConnection(const api::Profile& profile, const QString& typedToken)
{
    cancelTest();
    m_testContext = new QObject(this);
    emit testStarted();
    if (auto problem = api::ApiSession::checkBaseUrl(profile.baseUrl)) {
        emit testFailed(*problem, QString(), QString());
        finishTest();
        return;
    }
    // A typed token is tried as it is; the client secret of an integration is no token, so those test the access
    // token the sign-in left in the keychain.
    if (!typedToken.isEmpty() && profile.authKind == api::Profile::AuthKind::PersonalAccessToken) {
        connectAndCall(profile, new api::StaticTokenProvider(typedToken, m_testContext));
        return;
    }
    if (!m_credentials) {
        emit testFailed(tr("No keychain is available: type the access token to test the connection."), {}, {});
        finishTest();
        return;
    }
    const api::Profile copy = profile;
    m_credentials->read(profile.name,
                        api::CredentialStore::SecretKind::AccessToken,
                        m_testContext,
                        [this, copy](const api::CredentialStore::Result& r) {
                            if (!r.ok()) {
                                emit testFailed(
                                    copy.authKind == api::Profile::AuthKind::PersonalAccessToken
                                        ? tr("No access token is stored for this profile: type one to test.")
                                        : tr("No access token is stored for this profile yet: sign in with the "
                                             "integration first."),
                                    {},
                                    {});
                                finishTest();
                                return;
                            }
                            if (copy.authKind == api::Profile::AuthKind::OAuthIntegration) {
                                testWithRefresh(copy, r.secret);
                                return;
                            }
                            connectAndCall(copy, new api::StaticTokenProvider(r.secret, m_testContext));
                        });
}

void SettingsDialogController::testWithRefresh(const api::Profile& profile, const QString& accessToken)
{
    // An expired access token is renewed as the connection itself would, and the renewed pair is kept.
    using Kind = api::CredentialStore::SecretKind;
    const api::Profile copy = profile;
    m_credentials->read(
        profile.name,
        Kind::RefreshToken,
        m_testContext,
        [this, copy, accessToken](const api::CredentialStore::Result& refresh) {
            const QString refreshToken = refresh.ok() ? refresh.secret : QString();
            m_credentials->read(
                copy.name,
                Kind::ClientSecret,
                m_testContext,
                [this, copy, accessToken, refreshToken](const api::CredentialStore::Result& secret) {
                    auto* tokens = new api::OAuthTokenProvider(
                        copy.baseUrl, copy.clientId, secret.ok() ? secret.secret : QString(), m_testContext);
                    tokens->setTokens(accessToken, refreshToken);
                    const QString name = copy.name;
                    connect(tokens,
                            &api::OAuthTokenProvider::tokensChanged,
                            this,
                            [this, name](const QString& access, const QString& renewedRefresh) {
                                if (!m_credentials) {
                                    return;
                                }
                                m_credentials->write(name, Kind::AccessToken, access, this, [](const auto&) {});
                                if (!renewedRefresh.isEmpty()) {
                                    m_credentials->write(
                                        name, Kind::RefreshToken, renewedRefresh, this, [](const auto&) {});
                                }
                            });
                    connectAndCall(copy, tokens);
                });
        });
}

void SettingsDialogController::connectAndCall(const api::Profile& profile, api::TokenProvider* tokens)
{
    m_tokens = tokens;
    m_session = new api::ApiSession(profile.baseUrl, m_tokens, m_testContext);
    m_client = new api::WholesaleClient(m_session, m_testContext);
    m_client->setSubPartnerOrgId(profile.subPartnerOrgId);
    // Listing sub-partners is the cheapest wholesale call that needs a valid token and the wholesale role.
    m_client->listSubPartners(m_testContext, [this](const api::ApiResult<QList<model::SubPartner>>& result) {
        if (result.ok()) {
            emit testSucceeded(tr("Connected: the API accepted the token."));
        } else {
            const api::ApiError error = result.error.value_or(
                api::ApiError::make(api::ApiError::Kind::InvalidResponse, tr("Unknown error.")));
            QString code = error.firstErrorCode();
            if (code.isEmpty() && error.httpStatus > 0) {
                code = QString::number(error.httpStatus);
            }
            emit testFailed(error.message, code, error.trackingId.isEmpty() ? result.trackingId : error.trackingId);
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
    m_tokens = nullptr;
    m_session = nullptr;
    m_client = nullptr;
}

void SettingsDialogController::cancelTest()
{
    delete m_testContext; // its requests are aborted with it, and their callbacks never run
    m_testContext = nullptr;
    m_tokens = nullptr;
    m_session = nullptr;
    m_client = nullptr;
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
    for (auto kind : { api::CredentialStore::SecretKind::AccessToken,
                       api::CredentialStore::SecretKind::RefreshToken,
                       api::CredentialStore::SecretKind::ClientSecret }) {
        m_credentials->remove(profileName, kind, this, [](const api::CredentialStore::Result&) {});
    }
}

void SettingsDialogController::setBrowserOpener(std::function<void(const QUrl&)> opener)
{
    m_openBrowser = std::move(opener);
}

bool SettingsDialogController::isSigningIn() const
{
    return m_signInContext != nullptr;
}

void SettingsDialogController::signIn(const api::Profile& profile, const QString& typedClientSecret)
{
    delete m_signInContext;
    m_signInContext = new QObject(this);
    emit signInStarted();
    if (profile.authKind != api::Profile::AuthKind::OAuthIntegration) {
        failSignIn(tr("Only an OAuth integration profile signs in through the browser."));
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
    if (!m_credentials) {
        failSignIn(tr("No keychain is available: the tokens of a sign-in could not be kept."));
        return;
    }
    if (!typedClientSecret.isEmpty()) {
        startFlow(profile, typedClientSecret, true);
        return;
    }
    const api::Profile copy = profile;
    m_credentials->read(profile.name,
                        api::CredentialStore::SecretKind::ClientSecret,
                        m_signInContext,
                        [this, copy](const api::CredentialStore::Result& r) {
                            if (!r.ok() || r.secret.isEmpty()) {
                                failSignIn(tr("No client secret is stored for this profile: type it, then sign in."));
                                return;
                            }
                            startFlow(copy, r.secret, false);
                        });
}

void SettingsDialogController::startFlow(const api::Profile& profile, const QString& clientSecret, bool storeSecret)
{
    auto* tokens = new api::OAuthTokenProvider(profile.baseUrl, profile.clientId, clientSecret, m_signInContext);
    tokens->setObjectName(QStringLiteral("signInTokens"));
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
                storeTokens(copy, clientSecret, storeSecret);
            });
    tokens->signIn();
}

void SettingsDialogController::storeTokens(const api::Profile& profile, const QString& clientSecret, bool storeSecret)
{
    auto* tokens = m_signInContext->findChild<api::OAuthTokenProvider*>(QStringLiteral("signInTokens"));
    using Kind = api::CredentialStore::SecretKind;
    QList<QPair<Kind, QString>> secrets { { Kind::AccessToken, tokens->accessToken() },
                                          { Kind::RefreshToken, tokens->refreshToken() } };
    if (storeSecret) {
        secrets.append({ Kind::ClientSecret, clientSecret });
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
            [this, copy, remaining, failedAlready](const api::CredentialStore::Result& r) {
                if (*failedAlready) {
                    return;
                }
                if (!r.ok()) {
                    *failedAlready = true;
                    failSignIn(tr("Signed in, but the keychain did not keep the tokens: %1").arg(r.errorMessage));
                    return;
                }
                if (--*remaining == 0) {
                    announceSignedIn(copy);
                }
            });
    }
}

void SettingsDialogController::announceSignedIn(const api::Profile& profile)
{
    auto* tokens = m_signInContext->findChild<api::OAuthTokenProvider*>(QStringLiteral("signInTokens"));
    auto* session = new api::ApiSession(profile.baseUrl, tokens, m_signInContext);
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
