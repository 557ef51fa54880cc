#include "model/WebexId.h"

#include <QUrl>
#include <QUuid>

namespace onboarder::model {

namespace {

const QLatin1String kScheme("ciscospark://");

bool isBase64Char(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

std::optional<QByteArray> WebexId::decodeBase64(const QString& text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    QString body = text;
    int padding = 0;
    while (body.endsWith(QLatin1Char('='))) {
        body.chop(1);
        ++padding;
    }
    if (padding > 2 || body.isEmpty() || body.size() % 4 == 1) {
        return std::nullopt;
    }
    bool url = false;
    bool standard = false;
    for (QChar c : body) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_')) {
            url = true;
        } else if (c == QLatin1Char('+') || c == QLatin1Char('/')) {
            standard = true;
        } else if (!isBase64Char(c)) {
            return std::nullopt;
        }
    }
    if (url && standard) {
        return std::nullopt;
    }
    // Padding, when present, must be exactly what the length needs.
    const int needed = (4 - int(body.size() % 4)) % 4;
    if (padding != 0 && padding != needed) {
        return std::nullopt;
    }
    const auto options = (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors;
    const auto decoded = QByteArray::fromBase64Encoding(body.toLatin1(), options);
    if (!decoded) {
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<WebexId::Parts> WebexId::decode(const QString& id)
{
    const auto bytes = decodeBase64(id);
    if (!bytes) {
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(*bytes);
    if (!text.startsWith(kScheme) || text.contains(QChar::ReplacementCharacter)) {
        return std::nullopt;
    }
    const QString rest = text.mid(kScheme.size());
    const qsizetype firstSlash = rest.indexOf(QLatin1Char('/'));
    const qsizetype secondSlash = firstSlash < 0 ? -1 : rest.indexOf(QLatin1Char('/'), firstSlash + 1);
    if (firstSlash <= 0 || secondSlash <= firstSlash + 1 || secondSlash == rest.size() - 1) {
        return std::nullopt;
    }
    Parts parts;
    parts.region = rest.left(firstSlash);
    parts.type = rest.mid(firstSlash + 1, secondSlash - firstSlash - 1);
    parts.resource = rest.mid(secondSlash + 1);
    return parts;
}

QString WebexId::encode(const QString& type, const QString& resource, const QString& region)
{
    const QString text = kScheme + region + QLatin1Char('/') + type + QLatin1Char('/') + resource;
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString WebexId::normalize(const QString& id)
{
    const auto bytes = decodeBase64(id);
    if (!bytes) {
        return id;
    }
    return QString::fromLatin1(bytes->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool WebexId::sameId(const QString& a, const QString& b)
{
    if (a == b) {
        return true;
    }
    const auto left = decodeBase64(a);
    const auto right = decodeBase64(b);
    return left && right && *left == *right;
}

bool WebexId::hasType(const QString& id, const QString& type)
{
    const auto parts = decode(id);
    return parts && parts->type == type;
}

bool WebexId::isValidProvisioningId(const QString& id)
{
    const auto bytes = decodeBase64(id);
    if (!bytes || bytes->size() != 36) {
        return false;
    }
    return !QUuid::fromString(QLatin1String(*bytes)).isNull();
}

QString WebexId::idFromResourceUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) {
        return {};
    }
    QString path = parsed.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return path.section(QLatin1Char('/'), -1);
}

} // namespace onboarder::model
