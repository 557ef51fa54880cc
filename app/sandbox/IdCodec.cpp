#include "sandbox/IdCodec.h"

#include <QByteArray>

namespace onboarder::sandbox {

namespace {
const char* const kPrefix = "ciscospark://us/";

std::string toBase64Url(const std::string& raw)
{
    const QByteArray encoded
        = QByteArray::fromStdString(raw).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return encoded.toStdString();
}

std::string uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toStdString();
}
} // namespace

std::string IdCodec::encode(const std::string& type, const QUuid& uuid)
{
    return encode(type, uuidText(uuid));
}

std::string IdCodec::encode(const std::string& type, const std::string& value)
{
    return toBase64Url(kPrefix + type + "/" + value);
}

std::string IdCodec::generate(const std::string& type)
{
    return encode(type, QUuid::createUuid());
}

std::string IdCodec::stable(const std::string& type, const std::string& name)
{
    return encode(type, stableUuid(type + ":" + name));
}

QUuid IdCodec::stableUuid(const std::string& name)
{
    static const QUuid ns(QStringLiteral("{6f1c2a56-3b7e-4f7c-9d3e-5a0b8f2e9c41}"));
    return QUuid::createUuidV5(ns, QByteArray::fromStdString(name));
}

std::optional<IdCodec::Decoded> IdCodec::decode(const std::string& id)
{
    if (id.empty() || id.size() > 512) {
        return std::nullopt;
    }
    // Accept both alphabets and optional padding: clients copy IDs from many places.
    const auto result = QByteArray::fromBase64Encoding(
        QByteArray::fromStdString(id), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QByteArray raw;
    if (result) {
        raw = result.decoded;
    } else {
        const auto standard = QByteArray::fromBase64Encoding(
            QByteArray::fromStdString(id), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!standard) {
            return std::nullopt;
        }
        raw = standard.decoded;
    }
    const std::string text = raw.toStdString();
    const std::string prefix = kPrefix;
    if (text.compare(0, prefix.size(), prefix) != 0) {
        return std::nullopt;
    }
    const auto slash = text.find('/', prefix.size());
    if (slash == std::string::npos || slash + 1 >= text.size()) {
        return std::nullopt;
    }
    return Decoded { text.substr(prefix.size(), slash - prefix.size()), text.substr(slash + 1) };
}

std::optional<std::string> IdCodec::normalize(const std::string& id, std::initializer_list<const char*> types)
{
    const auto decoded = decode(id);
    if (!decoded) {
        return std::nullopt;
    }
    for (const char* type : types) {
        if (decoded->type == type) {
            return encode(decoded->type, decoded->value);
        }
    }
    return std::nullopt;
}

std::string IdCodec::provisioningId(const QUuid& uuid)
{
    return toBase64Url(uuidText(uuid));
}

} // namespace onboarder::sandbox
