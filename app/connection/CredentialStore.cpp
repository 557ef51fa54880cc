#include "connection/CredentialStore.h"

#include "connection/SecretServiceProbe.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcCredentials, "onboarder.credentials")

namespace onboarder::api {

namespace {

QString kindName(CredentialStore::SecretKind kind)
{
    switch (kind) {
    case CredentialStore::SecretKind::AccessToken:
        return QStringLiteral("access-token");
    case CredentialStore::SecretKind::RefreshToken:
        return QStringLiteral("refresh-token");
    case CredentialStore::SecretKind::ClientSecret:
        return QStringLiteral("client-secret");
    case CredentialStore::SecretKind::ProxyPassword:
        return QStringLiteral("proxy-password");
    }
    return QStringLiteral("unknown");
}

// Calls the callback at most once: the keychain's answer and the timeout race for it.
struct PendingCall
{
    QPointer<QObject> context;
    CredentialStore::Callback callback;
    bool done = false;

    void complete(const CredentialStore::Result& result)
    {
        if (done) {
            return;
        }
        done = true;
        if (context && callback) {
            callback(result);
        }
    }
};

} // namespace

CredentialStore::CredentialStore(Backend backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
{
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::setServiceName(const QString& service)
{
    m_service = service;
}

QString CredentialStore::serviceName() const
{
    return m_service;
}

void CredentialStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QString CredentialStore::keyFor(const QString& profile, SecretKind kind)
{
    return QStringLiteral("profile/%1/%2").arg(profile, kindName(kind));
}

bool CredentialStore::isPersistent() const
{
    return m_backend == Backend::Keychain;
}

CredentialStore::KeychainState CredentialStore::keychainState() const
{
    return m_keychainState;
}

CredentialStore::KeychainState CredentialStore::stateForError(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return KeychainState::Available;
    case QKeychain::AccessDeniedByUser:
        return KeychainState::Refused;
    case QKeychain::AccessDenied:
        return KeychainState::Locked;
    default:
        // No Secret Service on the bus, no bus at all, a broken backend: all mean nothing can be kept.
        return KeychainState::NoSecretService;
    }
}

QString CredentialStore::describe(KeychainState state)
{
    switch (state) {
    case KeychainState::Unknown:
        return {};
    case KeychainState::Available:
        return QCoreApplication::translate("CredentialStore", "Secrets are kept in the system keychain.");
    case KeychainState::NoSecretService:
        return QCoreApplication::translate(
            "CredentialStore",
            "No keychain service is running (such as GNOME Keyring or KWallet): secrets are kept in memory until "
            "Onboarder closes, never in a file. Start one and open Onboarder again to keep them.");
    case KeychainState::Locked:
        return QCoreApplication::translate(
            "CredentialStore",
            "The keychain is locked and was not unlocked: unlock it (for example by signing in to the desktop, or in "
            "Passwords and Keys), then try again. Nothing was kept anywhere else.");
    case KeychainState::Refused:
        return QCoreApplication::translate(
            "CredentialStore",
            "Access to the keychain was refused: allow Onboarder when the keychain asks, then try again. Nothing "
            "was kept anywhere else.");
    }
    return {};
}

void CredentialStore::setKeychainState(KeychainState state)
{
    if (m_keychainState == state) {
        return;
    }
    m_keychainState = state;
    emit keychainStateChanged(state);
}

void CredentialStore::read(const QString& profile, SecretKind kind, QObject* context, Callback callback)
{
    run(Operation::Read, keyFor(profile, kind), {}, context, std::move(callback));
}

void CredentialStore::write(
    const QString& profile, SecretKind kind, const QString& secret, QObject* context, Callback callback)
{
    run(Operation::Write, keyFor(profile, kind), secret, context, std::move(callback));
}

void CredentialStore::remove(const QString& profile, SecretKind kind, QObject* context, Callback callback)
{
    run(Operation::Remove, keyFor(profile, kind), {}, context, std::move(callback));
}

QList<CredentialStore::SecretKind> CredentialStore::allKinds()
{
    return { SecretKind::AccessToken, SecretKind::RefreshToken, SecretKind::ClientSecret, SecretKind::ProxyPassword };
}

void CredentialStore::readProfile(const QString& profile, QObject* context, SecretsCallback callback)
{
    // The reads run side by side; the last answer hands over the whole set.
    auto secrets = std::make_shared<ProfileSecrets>();
    auto remaining = std::make_shared<int>(4);
    auto done = [secrets, remaining, callback = std::move(callback)] {
        if (--*remaining == 0 && callback) {
            callback(*secrets);
        }
    };
    read(profile, SecretKind::AccessToken, context, [secrets, done](const Result& r) {
        secrets->access = r;
        done();
    });
    read(profile, SecretKind::RefreshToken, context, [secrets, done](const Result& r) {
        secrets->refreshToken = r.ok() ? r.secret : QString();
        done();
    });
    read(profile, SecretKind::ClientSecret, context, [secrets, done](const Result& r) {
        secrets->clientSecret = r.ok() ? r.secret : QString();
        done();
    });
    read(profile, SecretKind::ProxyPassword, context, [secrets, done](const Result& r) {
        secrets->proxyPassword = r.ok() ? r.secret : QString();
        done();
    });
}

void CredentialStore::removeProfile(const QString& profile, QObject* context, Callback callback)
{
    auto outcome = std::make_shared<Result>(Result { Status::Ok, {}, {} });
    auto remaining = std::make_shared<int>(int(allKinds().size()));
    for (SecretKind kind : allKinds()) {
        remove(profile, kind, context, [outcome, remaining, callback](const Result& r) {
            if (!r.ok() && outcome->ok()) {
                *outcome = r;
            }
            if (--*remaining == 0 && callback) {
                callback(*outcome);
            }
        });
    }
}

void CredentialStore::run(
    Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback)
{
    if (m_backend == Backend::SessionOnly) {
        runInSession(operation, key, secret, context, std::move(callback));
        return;
    }

    // Jobs have no parent and delete themselves when done: a job in flight is never deleted under the keychain.
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    auto pending = std::make_shared<PendingCall>();
    pending->context = context;
    pending->callback = std::move(callback);

    QTimer::singleShot(m_timeout, this, [pending] {
        pending->complete({ Status::TimedOut,
                            {},
                            QCoreApplication::translate("CredentialStore", "The keychain did not answer in time.") });
    });

    connect(job, &QKeychain::Job::finished, this, [this, pending, operation, key, secret](QKeychain::Job* finished) {
        Result result;
        KeychainState state = stateForError(finished->error());
        switch (finished->error()) {
        case QKeychain::NoError:
            result.status = Status::Ok;
            if (operation == Operation::Read) {
                result.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
            }
            break;
        case QKeychain::EntryNotFound:
            // Removing what is not there leaves the wanted state.
            result.status = operation == Operation::Remove ? Status::Ok : Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            // Locked or refused: the call fails, and nothing falls back anywhere.
            result.status = Status::Failed;
            break;
        default:
            // No Secret Service on the bus, no bus at all, a locked-out backend: all mean nothing can be kept.
            result.status = Status::Unavailable;
            break;
        }
        // libsecret answers a read of a locked collection with "nothing found" once its unlock prompt was refused or
        // could not be shown; saying "no token, sign in" then would send the user the wrong way.
        if ((result.status == Status::NotFound && operation == Operation::Read) || result.status == Status::Failed) {
            if (SecretServiceProbe::isDefaultCollectionLocked()) {
                state = KeychainState::Locked;
                result.status = Status::Failed;
            }
        }
        setKeychainState(state);
        if (result.status == Status::Failed || result.status == Status::Unavailable) {
            result.errorMessage = state == KeychainState::Available ? finished->errorString() : describe(state);
            qCWarning(lcCredentials) << "Keychain error for" << key << ":" << finished->errorString();
        }
        if (result.status == Status::Unavailable) {
            switchToSession(finished->errorString());
            runInSession(operation, key, secret, nullptr, {});
            result.status = operation == Operation::Read ? Status::NotFound : Status::Ok;
        }
        pending->complete(result);
    });
    job->start();
}

void CredentialStore::runInSession(
    Operation operation, const QString& key, const QString& secret, QObject* context, Callback callback)
{
    Result result { Status::Ok, {}, {} };
    switch (operation) {
    case Operation::Read:
        if (m_sessionSecrets.contains(key)) {
            result.secret = m_sessionSecrets.value(key);
        } else {
            result.status = Status::NotFound;
        }
        break;
    case Operation::Write:
        m_sessionSecrets.insert(key, secret);
        break;
    case Operation::Remove:
        m_sessionSecrets.remove(key);
        break;
    }
    if (!callback) {
        return;
    }
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, callback = std::move(callback), result] {
        if (guard) {
            callback(result);
        }
    });
}

void CredentialStore::switchToSession(const QString& reason)
{
    if (m_backend == Backend::SessionOnly) {
        return;
    }
    m_backend = Backend::SessionOnly;
    qCWarning(lcCredentials) << "No keychain available; secrets are kept for this session only:" << reason;
    emit keychainUnavailable(reason);
}

} // namespace onboarder::api
