#pragma once

#include "connection/Profile.h"

#include <QObject>

#include <memory>

namespace onboarder::api {
class ApiSession;
class AuditLog;
class CredentialStore;
class ProfileConnector;
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
// folder when one is set) and a session with its token, no sign-in; for a real profile the session ProfileConnector
// opens with the keychain's secrets, renewing them as that class decides. Also the template store of the profile
// (sandbox endpoint, or the local template library for real Webex). ready() or failed() follows start(); nothing
// blocks meanwhile.
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
    // True once failed() was emitted, with its message: what a window that takes over a connection started before it
    // existed (MainWindow::adoptConnection) would otherwise have missed.
    bool hasFailed() const;
    QString failureMessage() const;

    void start();
    // True once the demo sandbox listens, which may be before its started() has reached this thread.
    bool isSandboxListening() const;
    // A demo sandbox started before the window was built (MainWindow::adoptConnection) may listen already while its
    // started() still waits for this thread's event loop: the session opens now, and ready() comes before this
    // returns, so the first request is answered while the window shows itself. Nothing happens otherwise.
    void openIfSandboxListening();

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
    void connectToSandbox(const QUrl& baseUrl, const QString& token);
    void onOpened();
    void failWithoutToken(const QString& message);
    void fail(const QString& message);

    api::Profile m_profile;
    sandbox::SandboxThread* m_sandbox = nullptr;
    api::ProfileConnector* m_connector = nullptr;
    std::unique_ptr<jobs::TemplateLibrary> m_library;
    QString m_libraryPath;
    QString m_demoDataDir;
    jobs::TemplateStore* m_templateStore = nullptr;
    bool m_ready = false;
    bool m_failed = false;
    QString m_failureMessage;
};

} // namespace onboarder::ui
