#pragma once

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

namespace onboarder::api {

// Keeps the secrets of each profile (access token, refresh token, client secret, proxy password) in the OS keychain
// through QtKeychain, one entry per profile and kind. When no Secret Service answers, it says so once and keeps secrets
// in memory for this session only; a locked keychain or a refused unlock fails the call. A secret is never written
// anywhere in plain text. keychainState() says in which of these states the keychain is, for Settings and the CLI.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class SecretKind { AccessToken, RefreshToken, ClientSecret, ProxyPassword };
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

    // Everything a profile keeps, read in one go: the access token with how its read went, and the refresh token,
    // client secret and proxy password, empty when not kept.
    struct ProfileSecrets
    {
        Result access;
        QString refreshToken;
        QString clientSecret;
        QString proxyPassword;
    };
    using SecretsCallback = std::function<void(const ProfileSecrets&)>;

    enum class Backend { Keychain, SessionOnly };

    enum class KeychainState {
        Unknown, // not asked yet
        Available,
        NoSecretService, // nothing answers on the session bus: secrets live in memory until the program ends
        Locked, // the collection is locked and was not unlocked
        Refused, // the user refused to unlock it or to let us in
    };
    Q_ENUM(KeychainState)

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
    // Reads every secret of the profile; the callback runs once, when all reads have answered.
    void readProfile(const QString& profile, QObject* context, SecretsCallback callback);
    // Removes every secret of the profile; the callback gets the first failure, or Ok when nothing is left.
    void removeProfile(const QString& profile, QObject* context, Callback callback);
    static QList<SecretKind> allKinds();

    // False once the keychain has proved unavailable: secrets then live for this session only.
    bool isPersistent() const;
    KeychainState keychainState() const;
    // The state in words that say what to do, for Settings and the CLI; empty for Unknown.
    static QString describe(KeychainState state);
    // The state a QtKeychain error code (QKeychain::Error) stands for.
    static KeychainState stateForError(int keychainError);
    static QString keyFor(const QString& profile, SecretKind kind);

signals:
    void keychainUnavailable(const QString& reason);
    void keychainStateChanged(onboarder::api::CredentialStore::KeychainState state);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback);
    void
    runInSession(Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback);
    void switchToSession(const QString& reason);
    void setKeychainState(KeychainState state);

    Backend m_backend;
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_service = QStringLiteral("Onboarder");
    std::chrono::milliseconds m_timeout { std::chrono::seconds(20) };
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace onboarder::api
