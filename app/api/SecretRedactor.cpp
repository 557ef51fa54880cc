#include "api/SecretRedactor.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace onboarder::api {

namespace {

void redact(nlohmann::json& value)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (SecretRedactor::isSecretName(QString::fromStdString(it.key()))) {
                it.value() = SecretRedactor::marker().toStdString();
            } else {
                redact(it.value());
            }
        }
    } else if (value.is_array()) {
        for (auto& element : value) {
            redact(element);
        }
    }
}

QString redactQuery(const QString& query)
{
    QUrlQuery items(query);
    QUrlQuery redacted;
    for (const auto& item : items.queryItems(QUrl::FullyEncoded)) {
        redacted.addQueryItem(item.first,
                              SecretRedactor::isSecretName(item.first) ? SecretRedactor::marker() : item.second);
    }
    return redacted.query(QUrl::FullyEncoded);
}

} // namespace

QString SecretRedactor::marker()
{
    return QStringLiteral("[redacted]");
}

bool SecretRedactor::isSecretName(const QString& name)
{
    const QString lower = name.toLower();
    static const char* const needles[]
        = { "token", "secret", "password", "authorization", "assertion", "apikey", "api_key" };
    for (const char* needle : needles) {
        if (lower.contains(QLatin1String(needle))) {
            return true;
        }
    }
    // The OAuth authorization code, but not errorCode, countryCode or infoCode.
    return lower == QLatin1String("code");
}

QString SecretRedactor::summarizeBody(const QByteArray& body, int maxLength)
{
    if (body.trimmed().isEmpty()) {
        return {};
    }
    QString summary;
    auto json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!json.is_discarded()) {
        redact(json);
        summary = QString::fromStdString(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else if (body.contains('=') && !body.contains('{')) {
        summary = redactQuery(QString::fromUtf8(body));
    } else {
        // Unreadable bodies are not stored at all: they could hold anything.
        return QStringLiteral("(%1 bytes, not JSON)").arg(body.size());
    }
    if (summary.size() > maxLength) {
        summary = summary.left(maxLength) + QStringLiteral("…");
    }
    return summary;
}

QString SecretRedactor::redactedPathAndQuery(const QUrl& url)
{
    QString result = url.path();
    if (url.hasQuery()) {
        result += QLatin1Char('?') + redactQuery(url.query(QUrl::FullyEncoded));
    }
    return result;
}

} // namespace onboarder::api
