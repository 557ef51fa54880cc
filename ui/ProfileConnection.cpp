#include "ui/ProfileConnection.h"

#include "connection/ProfileConnector.h"
#include "jobs/TemplateLibrary.h"
#include "jobs/TemplateStore.h"
#include "sandbox/SandboxThread.h"

#include <QPointer>

namespace onboarder::ui {

ProfileConnection::ProfileConnection(const api::Profile& profile,
                                     api::AuditLog* auditLog,
                                     api::CredentialStore* credentials,
                                     QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_connector(new api::ProfileConnector(credentials, this))
    , m_libraryPath(jobs::TemplateLibrary::defaultFilePath())
{
    m_connector->setAuditLog(auditLog);
    connect(m_connector, &api::ProfileConnector::opened, this, &ProfileConnection::onOpened);
    connect(
        m_connector,
        &api::ProfileConnector::failed,
        this,
        [this](api::ProfileConnector::Failure failure, const QString& detail) {
            switch (failure) {
            case api::ProfileConnector::Failure::InvalidAddress:
            case api::ProfileConnector::Failure::InvalidCaFile:
            case api::ProfileConnector::Failure::InvalidProxy:
            case api::ProfileConnector::Failure::KeychainRefused:
                failWithoutToken(detail);
                return;
            case api::ProfileConnector::Failure::NoKeychain:
                failWithoutToken(tr("No credential store: cannot sign in to %1.").arg(m_profile.name));
                return;
            case api::ProfileConnector::Failure::NoToken:
                break;
            }
            if (m_profile.authKind == api::Profile::AuthKind::OAuthIntegration) {
                failWithoutToken(
                    tr("%1 is not signed in: open Settings and choose Sign In for this profile.").arg(m_profile.name));
                return;
            }
            failWithoutToken(tr("No access token for %1 in the keychain: %2").arg(m_profile.name, detail));
        });
}

ProfileConnection::~ProfileConnection()
{
    // The session's requests must end before the sandbox they talk to goes away.
    delete m_templateStore;
    delete m_connector;
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

bool ProfileConnection::hasFailed() const
{
    return m_failed;
}

QString ProfileConnection::failureMessage() const
{
    return m_failureMessage;
}

void ProfileConnection::fail(const QString& message)
{
    m_failed = true;
    m_failureMessage = message;
    emit failed(message);
}

api::ApiSession* ProfileConnection::session() const
{
    return m_connector->session();
}

api::WholesaleClient* ProfileConnection::client() const
{
    return m_connector->client();
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
    if (!m_profile.isDemo()) {
        m_connector->open(m_profile);
        return;
    }
    m_sandbox = new sandbox::SandboxThread(this);
    connect(m_sandbox, &sandbox::SandboxThread::started, this, &ProfileConnection::connectToSandbox);
    connect(m_sandbox, &sandbox::SandboxThread::failed, this, [this](const QString& error) {
        fail(tr("The demo sandbox did not start: %1").arg(error));
    });
    sandbox::SandboxOptions options;
    options.seed = QStringLiteral("demo"); // only when the data folder holds nothing yet
    options.dataDir = m_demoDataDir;
    m_sandbox->start(options);
}

bool ProfileConnection::isSandboxListening() const
{
    return m_sandbox && m_sandbox->isRunning();
}

void ProfileConnection::openIfSandboxListening()
{
    if (isSandboxListening()) {
        connectToSandbox(m_sandbox->baseUrl(), m_sandbox->token());
    }
}

void ProfileConnection::connectToSandbox(const QUrl& baseUrl, const QString& token)
{
    if (m_ready || m_connector->session()) {
        return; // opened already, before started() came (openIfSandboxListening)
    }
    QUrl url = baseUrl;
    if (!url.path().endsWith(QLatin1String("/v1"))) {
        url.setPath(url.path() + QStringLiteral("/v1"));
    }
    api::Profile sandboxProfile = m_profile;
    sandboxProfile.baseUrl = url;
    m_connector->open(sandboxProfile, token);
}

void ProfileConnection::failWithoutToken(const QString& message)
{
    // The library still works offline: templates can be built and kept without a token.
    m_library = std::make_unique<jobs::TemplateLibrary>(m_libraryPath);
    m_templateStore = new jobs::TemplateStore(m_library.get(), this);
    m_templateStore->refresh();
    fail(message);
}

void ProfileConnection::onOpened()
{
    if (!m_templateStore) {
        if (m_profile.isDemo()) {
            m_templateStore = new jobs::TemplateStore(m_connector->client(), this);
        } else {
            m_library = std::make_unique<jobs::TemplateLibrary>(m_libraryPath);
            m_templateStore = new jobs::TemplateStore(m_library.get(), this);
        }
    }
    m_ready = true;
    // The window asks for its customers on ready(): their request goes out first, the templates' right after.
    const QPointer<ProfileConnection> self(this);
    emit ready();
    if (self) {
        m_templateStore->refresh();
    }
}

} // namespace onboarder::ui
