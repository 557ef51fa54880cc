#pragma once

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

namespace onboarder::api {

// Keeps the secrets of each profile (access token, refresh token, client secret) in the OS keychain through
// QtKeychain, one entry per profile and kind. When no keychain answers, it says so once and keeps secrets in memory
// for this session only: a secret is never written anywhere in plain text.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class SecretKind { AccessToken, RefreshToken, ClientSecret };
    enum class Status { Ok, NotFound, Unavailable, Failed, TimedOut };

    struct Result
    {
        Status status = Status::Failed;
        QString secret;
        QString errorMessage;
        bool ok() const
        {
            return status == Status::Ok;
        }
    };
    using Callback = std::function<void(const Result&)>;

    enum class Backend { Keychain, SessionOnly };

    explicit CredentialStore(Backend backend = Backend::Keychain, QObject* parent = nullptr);
    ~CredentialStore() override;

    // The keychain service name, so tests can keep to their own entries.
    void setServiceName(const QString& service);
    QString serviceName() const;
    // How long to wait for the keychain before reporting TimedOut (the job itself is left to finish on its own).
    void setTimeout(std::chrono::milliseconds timeout);

    // The callback runs on this thread, later, and only while context is alive.
    void read(const QString& profile, SecretKind kind, QObject* context, Callback callback);
    void write(const QString& profile, SecretKind kind, const QString& secret, QObject* context, Callback callback);
    void remove(const QString& profile, SecretKind kind, QObject* context, Callback callback);

    // False once the keychain has proved unavailable: secrets then live for this session only.
    bool isPersistent() const;
    static QString keyFor(const QString& profile, SecretKind kind);

signals:
    void keychainUnavailable(const QString& reason);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback);
    void
    runInSession(Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback);
    void switchToSession(const QString& reason);

    Backend m_backend;
    QString m_service = QStringLiteral("Onboarder");
    std::chrono::milliseconds m_timeout { std::chrono::seconds(20) };
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace onboarder::api
