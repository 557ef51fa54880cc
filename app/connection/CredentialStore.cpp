#include "connection/CredentialStore.h"

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
            result.status = Status::Failed;
            break;
        default:
            // No Secret Service on the bus, no bus at all, a locked-out backend: all mean nothing can be kept.
            result.status = Status::Unavailable;
            break;
        }
        if (result.status == Status::Failed || result.status == Status::Unavailable) {
            result.errorMessage = finished->errorString();
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
