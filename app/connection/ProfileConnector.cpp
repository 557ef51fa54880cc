#include "connection/ProfileConnector.h"

#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxy>

Q_LOGGING_CATEGORY(lcConnector, "onboarder.connection")

namespace onboarder::api {

ProfileConnector::ProfileConnector(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
{
}

ProfileConnector::~ProfileConnector()
{
    // The client's requests end before the session they run on.
    delete m_client;
    delete m_session;
}

void ProfileConnector::setAuditLog(AuditLog* auditLog)
{
    m_auditLog = auditLog;
}

const Profile& ProfileConnector::profile() const
{
    return m_profile;
}

ApiSession* ProfileConnector::session() const
{
    return m_session;
}

WholesaleClient* ProfileConnector::client() const
{
    return m_client;
}

TokenProvider* ProfileConnector::tokens() const
{
    return m_tokens;
}

bool ProfileConnector::isSavingTokens() const
{
    return m_pendingWrites > 0;
}

void ProfileConnector::setProxyPassword(const QString& password)
{
    m_proxyPassword = password;
}

void ProfileConnector::open(const Profile& profile, const QString& token)
{
    m_profile = profile;
    if (auto problem = ApiSession::checkBaseUrl(profile.baseUrl)) {
        emit failed(Failure::InvalidAddress, *problem);
        return;
    }
    if (const QString problem = profile.caFileProblem(); !problem.isEmpty()) {
        emit failed(Failure::InvalidCaFile, problem);
        return;
    }
    if (const QString problem = profile.proxyProblem(); !problem.isEmpty()) {
        emit failed(Failure::InvalidProxy, problem);
        return;
    }
    if (!token.isEmpty()) {
        openWith(new StaticTokenProvider(token, this));
        return;
    }
    if (!m_credentials) {
        emit failed(Failure::NoKeychain, {});
        return;
    }
    m_credentials->readProfile(profile.name, this, [this](const CredentialStore::ProfileSecrets& secrets) {
        if (m_proxyPassword.isEmpty()) {
            m_proxyPassword = secrets.proxyPassword;
        }
        if (secrets.access.status == CredentialStore::Status::Failed) {
            emit failed(Failure::KeychainRefused, secrets.access.errorMessage);
            return;
        }
        if (!secrets.access.ok() || secrets.access.secret.isEmpty()) {
            emit failed(Failure::NoToken,
                        secrets.access.errorMessage.isEmpty()
                            ? QCoreApplication::translate("ProfileConnector", "not found")
                            : secrets.access.errorMessage);
            return;
        }
        if (!m_profile.renewsTokens()) {
            openWith(new StaticTokenProvider(secrets.access.secret, this));
            return;
        }
        // Without a refresh token or client secret the access token still works until it expires.
        openWith(renewingTokens(secrets.access.secret, secrets.refreshToken, secrets.clientSecret));
    });
}

TokenProvider*
ProfileConnector::renewingTokens(const QString& accessToken, const QString& refreshToken, const QString& clientSecret)
{
    // Integrations and service apps renew alike: the refresh-token grant at /access_token with the client's pair.
    auto* tokens = new OAuthTokenProvider(m_profile.baseUrl, m_profile.clientId, clientSecret, this);
    tokens->setTokens(accessToken, refreshToken);
    connect(tokens, &OAuthTokenProvider::tokensChanged, this, &ProfileConnector::saveRenewedTokens);
    return tokens;
}

void ProfileConnector::saveRenewedTokens(const QString& accessToken, const QString& refreshToken)
{
    if (!m_credentials) {
        return;
    }
    using Kind = CredentialStore::SecretKind;
    QList<QPair<Kind, QString>> renewed { { Kind::AccessToken, accessToken } };
    if (!refreshToken.isEmpty()) {
        renewed.append({ Kind::RefreshToken, refreshToken });
    }
    for (const auto& [kind, secret] : renewed) {
        ++m_pendingWrites;
        m_credentials->write(
            m_profile.name, kind, secret, this, [this, name = m_profile.name](const CredentialStore::Result& r) {
                if (!r.ok()) {
                    // The session goes on with the renewed token; only the next start would need to sign in again.
                    qCWarning(lcConnector,
                              "Renewed token of %s not kept in the keychain: %s",
                              qUtf8Printable(name),
                              qUtf8Printable(r.errorMessage));
                }
                if (--m_pendingWrites == 0) {
                    emit tokensSaved();
                }
            });
    }
}

void ProfileConnector::applyNetworkSettings(ApiSession* session, const Profile& profile, const QString& proxyPassword)
{
    session->addCaCertificates(profile.caCertificates());
    if (!profile.proxyUrl.isEmpty()) {
        // The password comes from the keychain (or was just typed); a profile's saved URL never holds one.
        const QUrl& proxy = profile.proxyUrl;
        const QString password = proxy.password().isEmpty() ? proxyPassword : proxy.password();
        session->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port()), proxy.userName(), password));
    }
}

void ProfileConnector::openWith(TokenProvider* tokens)
{
    m_tokens = tokens;
    m_session = new ApiSession(m_profile.baseUrl, m_tokens, this);
    applyNetworkSettings(m_session, m_profile, m_proxyPassword);
    // Renewing the token goes through the same TLS settings and proxy as the API calls.
    if (auto* renewing = qobject_cast<OAuthTokenProvider*>(m_tokens)) {
        renewing->setNetwork(m_session->network());
    }
    m_client = new WholesaleClient(m_session, this);
    m_client->setSubPartnerOrgId(m_profile.subPartnerOrgId);
    if (m_auditLog) {
        m_auditLog->attach(m_session, m_profile.name);
    }
    emit opened();
}

} // namespace onboarder::api
