#include "sandbox/Authenticator.h"

#include "sandbox/Scopes.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace onboarder::sandbox {

void Authenticator::setStaticToken(const QString& token)
{
    add(token, Grant { Scopes::all(), 0 });
}

void Authenticator::add(const QString& token, const Grant& grant)
{
    QMutexLocker locker(&m_mutex);
    m_tokens.insert(token, grant);
}

void Authenticator::remove(const QString& token)
{
    QMutexLocker locker(&m_mutex);
    m_tokens.remove(token);
}

QString Authenticator::mint(const QStringList& scopes, qint64 lifetimeSecs)
{
    const QString token = randomToken();
    const qint64 expiresAt = QDateTime::currentMSecsSinceEpoch() + lifetimeSecs * 1000;
    // A zero or negative lifetime gives a token that is already expired: tests use it for the 401 path.
    add(token, Grant { scopes, lifetimeSecs > 0 ? expiresAt : expiresAt - 1 });
    return token;
}

Authenticator::Verdict Authenticator::check(const QByteArray& authorizationHeader, QStringList* scopes) const
{
    const QByteArray trimmed = authorizationHeader.trimmed();
    if (trimmed.isEmpty()) {
        return Verdict::Missing;
    }
    if (!trimmed.startsWith("Bearer ") && !trimmed.startsWith("bearer ")) {
        return Verdict::Unknown;
    }
    const QString token = QString::fromUtf8(trimmed.mid(7).trimmed());
    if (token.isEmpty()) {
        return Verdict::Missing;
    }
    if (token.startsWith(expiredTokenPrefix)) {
        return Verdict::Expired;
    }
    if (token.startsWith(scopedTokenPrefix)) {
        *scopes = token.mid(scopedTokenPrefix.size()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& scope : *scopes) {
            scope = scope.trimmed();
        }
        return Verdict::Ok;
    }
    QMutexLocker locker(&m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd()) {
        return Verdict::Unknown;
    }
    if (it->expiresAtMs != 0 && it->expiresAtMs <= QDateTime::currentMSecsSinceEpoch()) {
        return Verdict::Expired;
    }
    *scopes = it->scopes;
    return Verdict::Ok;
}

QString Authenticator::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace onboarder::sandbox
