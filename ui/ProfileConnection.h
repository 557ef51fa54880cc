#pragma once

#include "connection/Profile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace onboarder::api {
class ApiSession;
class AuditLog;
class CredentialStore;
class TokenProvider;
class WholesaleClient;
} // namespace onboarder::api
namespace onboarder::jobs {
class TemplateLibrary;
class TemplateStore;
} // namespace onboarder::jobs
namespace onboarder::sandbox {
class SandboxThread;
}

namespace onboarder::ui {

// Everything the active profile connects: for "Demo sandbox" an in-process sandbox (demo seed, kept in a data
// folder when one is set) and a session with its token, no sign-in; for a real profile a session with the token
// from the keychain, which an OAuth integration or service app renews with its refresh token (the renewed pair goes
// back to the keychain). Also the template store of the profile (sandbox endpoint, or the local template library
// for real Webex). ready() or failed() follows start(); nothing blocks meanwhile.
class ProfileConnection : public QObject
{
    Q_OBJECT

public:
    // The audit log and credential store are not owned and may be null.
    ProfileConnection(const api::Profile& profile,
                      api::AuditLog* auditLog,
                      api::CredentialStore* credentials,
                      QObject* parent = nullptr);
    ~ProfileConnection() override;

    const api::Profile& profile() const;
    bool isSandbox() const;
    bool isReady() const;

    void start();

    // Valid after ready().
    api::ApiSession* session() const;
    api::WholesaleClient* client() const;
    jobs::TemplateStore* templateStore() const;
    // Where the local template library of real profiles lives; tests point it elsewhere before start().
    void setTemplateLibraryPath(const QString& filePath);
    // Where the demo sandbox keeps its state between starts; empty (the default): in memory, seeded on every start.
    void setDemoDataDir(const QString& dir);

signals:
    void ready();
    void failed(const QString& message);

private:
    void connectTo(const QUrl& baseUrl, const QString& token);
    void connectWithRefresh(const QString& accessToken, const QString& refreshToken, const QString& clientSecret);
    void openSession(const QUrl& url, api::TokenProvider* tokens);
    void failWithoutToken(const QString& reason);
    void storeRenewedTokens(const QString& accessToken, const QString& refreshToken);
    bool refreshes() const;

    api::Profile m_profile;
    QPointer<api::AuditLog> m_auditLog;
    QPointer<api::CredentialStore> m_credentials;
    sandbox::SandboxThread* m_sandbox = nullptr;
    api::TokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    std::unique_ptr<jobs::TemplateLibrary> m_library;
    QString m_libraryPath;
    QString m_demoDataDir;
    jobs::TemplateStore* m_templateStore = nullptr;
    bool m_ready = false;
};

} // namespace onboarder::ui
