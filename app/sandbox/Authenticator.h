#pragma once

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <optional>

namespace onboarder::sandbox {

// Knows every bearer token the sandbox accepts, with its scopes and expiry. Thread-safe: tests and the GUI mint
// tokens from their own thread while the server checks them on its thread.
class Authenticator
{
public:
    // Tokens of the form "sbx-scopes:<scope>,<scope>" carry their own scopes; "sbx-expired:..." is always expired.
    static inline const QString scopedTokenPrefix = QStringLiteral("sbx-scopes:");
    static inline const QString expiredTokenPrefix = QStringLiteral("sbx-expired:");

    enum class Verdict { Ok, Missing, Unknown, Expired };

    struct Grant
    {
        QStringList scopes;
        qint64 expiresAtMs = 0; // 0: never
    };

    void setStaticToken(const QString& token);
    void add(const QString& token, const Grant& grant);
    void remove(const QString& token);
    QString mint(const QStringList& scopes, qint64 lifetimeSecs);
    // Checks an Authorization header value; fills the scopes on success.
    Verdict check(const QByteArray& authorizationHeader, QStringList* scopes) const;

    static QString randomToken(int bytes = 32);

private:
    mutable QMutex m_mutex;
    QHash<QString, Grant> m_tokens;
};

} // namespace onboarder::sandbox
