#include "ui/ProfileConnection.h"

#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "jobs/TemplateLibrary.h"
#include "jobs/TemplateStore.h"
#include "sandbox/SandboxThread.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProfileConnection, "onboarder.ui.connection")

namespace onboarder::ui {

ProfileConnection::ProfileConnection(const api::Profile& profile,
                                     api::AuditLog* auditLog,
                                     api::CredentialStore* credentials,
                                     QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_auditLog(auditLog)
    , m_credentials(credentials)
    , m_libraryPath(jobs::TemplateLibrary::defaultFilePath())
{
}

ProfileConnection::~ProfileConnection()
{
    // The session's requests must end before the sandbox they talk to goes away.
    delete m_templateStore;
    delete m_client;
    delete m_session;
    if (m_sandbox) {
        m_sandbox->stop();
    }
}

const api::Profile& ProfileConnection::profile() const
{
    return m_profile;
}

bool ProfileConnection::isSandbox() const
{
    return m_profile.isDemo();
}

bool ProfileConnection::isReady() const
{
    return m_ready;
}

api::ApiSession* ProfileConnection::session() const
{
    return m_session;
}

api::WholesaleClient* ProfileConnection::client() const
{
    return m_client;
}

jobs::TemplateStore* ProfileConnection::templateStore() const
{
    return m_templateStore;
}

void ProfileConnection::setTemplateLibraryPath(const QString& filePath)
{
    m_libraryPath = filePath;
}

void ProfileConnection::setDemoDataDir(const QString& dir)
{
    m_demoDataDir = dir;
}

void ProfileConnection::start()
{
    if (m_profile.isDemo()) {
        m_sandbox = new sandbox::SandboxThread(this);
        connect(m_sandbox, &sandbox::SandboxThread::started, this, &ProfileConnection::connectTo);
        connect(m_sandbox, &sandbox::SandboxThread::failed, this, [this](const QString& error) {
            emit failed(tr("The demo sandbox did not start: %1").arg(error));
        });
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo"); // only when the data folder holds nothing yet
        options.dataDir = m_demoDataDir;
        m_sandbox->start(options);
        return;
    }
    if (!m_credentials) {
        emit failed(tr("No credential store: cannot sign in to %1.").arg(m_profile.name));
        return;
    }
    using Kind = api::CredentialStore::SecretKind;
    m_credentials->read(m_profile.name, Kind::AccessToken, this, [this](const api::CredentialStore::Result& access) {
        if (!access.ok()) {
            failWithoutToken(access.errorMessage);
            return;
        }
        if (!refreshes()) {
            connectTo(m_profile.baseUrl, access.secret);
            return;
        }
        // Without a refresh token or client secret the access token still works until it expires.
        const QString accessToken = access.secret;
        m_credentials->read(
            m_profile.name, Kind::RefreshToken, this, [this, accessToken](const api::CredentialStore::Result& refresh) {
                const QString refreshToken = refresh.ok() ? refresh.secret : QString();
                m_credentials->read(m_profile.name,
                                    Kind::ClientSecret,
                                    this,
                                    [this, accessToken, refreshToken](const api::CredentialStore::Result& secret) {
                                        connectWithRefresh(
                                            accessToken, refreshToken, secret.ok() ? secret.secret : QString());
                                    });
            });
    });
}

bool ProfileConnection::refreshes() const
{
    return m_profile.authKind == api::Profile::AuthKind::OAuthIntegration
        || m_profile.authKind == api::Profile::AuthKind::ServiceApp;
}

void ProfileConnection::failWithoutToken(const QString& reason)
{
    // The library still works offline: templates can be built and kept without a token.
    m_library = std::make_unique<jobs::TemplateLibrary>(m_libraryPath);
    m_templateStore = new jobs::TemplateStore(m_library.get(), this);
    m_templateStore->refresh();
    if (m_profile.authKind == api::Profile::AuthKind::OAuthIntegration) {
        emit failed(tr("%1 is not signed in: open Settings and choose Sign In for this profile.").arg(m_profile.name));
        return;
    }
    emit failed(tr("No access token for %1 in the keychain: %2")
                    .arg(m_profile.name, reason.isEmpty() ? tr("not found") : reason));
}

void ProfileConnection::connectWithRefresh(const QString& accessToken,
                                           const QString& refreshToken,
                                           const QString& clientSecret)
{
    auto* tokens = new api::OAuthTokenProvider(m_profile.baseUrl, m_profile.clientId, clientSecret, this);
    tokens->setTokens(accessToken, refreshToken);
    connect(tokens, &api::OAuthTokenProvider::tokensChanged, this, &ProfileConnection::storeRenewedTokens);
    openSession(m_profile.baseUrl, tokens);
}

void ProfileConnection::storeRenewedTokens(const QString& accessToken, const QString& refreshToken)
{
    if (!m_credentials) {
        return;
    }
    using Kind = api::CredentialStore::SecretKind;
    const auto report = [name = m_profile.name](const api::CredentialStore::Result& r) {
        if (!r.ok()) {
            // The session goes on with the renewed token; only the next start would need to sign in again.
            qCWarning(lcProfileConnection,
                      "Renewed token of %s not kept in the keychain: %s",
                      qUtf8Printable(name),
                      qUtf8Printable(r.errorMessage));
        }
    };
    m_credentials->write(m_profile.name, Kind::AccessToken, accessToken, this, report);
    if (!refreshToken.isEmpty()) {
        m_credentials->write(m_profile.name, Kind::RefreshToken, refreshToken, this, report);
    }
}

void ProfileConnection::connectTo(const QUrl& baseUrl, const QString& token)
{
    QUrl url = baseUrl;
    if (m_profile.isDemo() && !url.path().endsWith(QLatin1String("/v1"))) {
        url.setPath(url.path() + QStringLiteral("/v1"));
    }
    openSession(url, new api::StaticTokenProvider(token, this));
}

void ProfileConnection::openSession(const QUrl& url, api::TokenProvider* tokens)
{
    m_tokens = tokens;
    m_session = new api::ApiSession(url, m_tokens, this);
    m_client = new api::WholesaleClient(m_session, this);
    m_client->setSubPartnerOrgId(m_profile.subPartnerOrgId);
    if (m_auditLog) {
        m_auditLog->attach(m_session, m_profile.name);
    }
    if (!m_templateStore) {
        if (m_profile.isDemo()) {
            m_templateStore = new jobs::TemplateStore(m_client, this);
        } else {
            m_library = std::make_unique<jobs::TemplateLibrary>(m_libraryPath);
            m_templateStore = new jobs::TemplateStore(m_library.get(), this);
        }
    }
    m_templateStore->refresh();
    m_ready = true;
    emit ready();
}

} // namespace onboarder::ui
