#include "sandbox/IdCodec.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace onboarder::sandbox {

namespace {
constexpr std::string_view kPrefix = "ciscospark://us/";
constexpr char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kHex[] = "0123456789abcdef";

// base64url without padding, as QByteArray::toBase64(Base64UrlEncoding | OmitTrailingEquals) writes it.
std::string toBase64Url(std::string_view raw)
{
    std::string out((raw.size() * 4 + 2) / 3, '\0');
    const auto* data = reinterpret_cast<const unsigned char*>(raw.data());
    char* at = out.data();
    std::size_t i = 0;
    for (; i + 3 <= raw.size(); i += 3) {
        const unsigned value = (unsigned(data[i]) << 16) | (unsigned(data[i + 1]) << 8) | unsigned(data[i + 2]);
        *at++ = kBase64Url[value >> 18];
        *at++ = kBase64Url[(value >> 12) & 63];
        *at++ = kBase64Url[(value >> 6) & 63];
        *at++ = kBase64Url[value & 63];
    }
    const std::size_t rest = raw.size() - i;
    if (rest > 0) {
        const unsigned value = (unsigned(data[i]) << 16) | (rest == 2 ? unsigned(data[i + 1]) << 8 : 0U);
        *at++ = kBase64Url[value >> 18];
        *at++ = kBase64Url[(value >> 12) & 63];
        if (rest == 2) {
            *at++ = kBase64Url[(value >> 6) & 63];
        }
    }
    return out;
}

// "ciscospark://us/<type>/<value>" encoded.
std::string encodeParts(std::string_view type, std::string_view value)
{
    std::string raw;
    raw.reserve(kPrefix.size() + type.size() + 1 + value.size());
    raw.append(kPrefix).append(type).append(1, '/').append(value);
    return toBase64Url(raw);
}

std::array<char, 36> uuidChars(const QUuid& uuid)
{
    const std::array<unsigned char, 16> bytes {
        static_cast<unsigned char>(uuid.data1 >> 24),
        static_cast<unsigned char>(uuid.data1 >> 16),
        static_cast<unsigned char>(uuid.data1 >> 8),
        static_cast<unsigned char>(uuid.data1),
        static_cast<unsigned char>(uuid.data2 >> 8),
        static_cast<unsigned char>(uuid.data2),
        static_cast<unsigned char>(uuid.data3 >> 8),
        static_cast<unsigned char>(uuid.data3),
        uuid.data4[0],
        uuid.data4[1],
        uuid.data4[2],
        uuid.data4[3],
        uuid.data4[4],
        uuid.data4[5],
        uuid.data4[6],
        uuid.data4[7],
    };
    std::array<char, 36> text {};
    std::size_t at = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text[at++] = '-';
        }
        text[at++] = kHex[bytes[i] >> 4];
        text[at++] = kHex[bytes[i] & 15];
    }
    return text;
}
} // namespace

std::string IdCodec::uuidText(const QUuid& uuid)
{
    const std::array<char, 36> text = uuidChars(uuid);
    return std::string(text.data(), text.size());
}

std::string IdCodec::encode(const std::string& type, const QUuid& uuid)
{
    const std::array<char, 36> text = uuidChars(uuid);
    return encodeParts(type, std::string_view(text.data(), text.size()));
}

std::string IdCodec::encode(const std::string& type, const std::string& value)
{
    return encodeParts(type, value);
}

std::string IdCodec::generate(const std::string& type)
{
    return encode(type, randomUuid());
}

QUuid IdCodec::randomUuid()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    std::array<char, 16> bytes {};
    std::memcpy(bytes.data(), words.data(), bytes.size());
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

std::string IdCodec::stable(const std::string& type, const std::string& name)
{
    return encode(type, stableUuid(type, ":", name));
}

QUuid IdCodec::stableUuid(std::string_view name)
{
    return stableUuid(name, {}, {});
}

QUuid IdCodec::stableUuid(std::string_view first, std::string_view second, std::string_view third)
{
    // What QUuid::createUuidV5(ns, first + second + third) computes: SHA-1 of the namespace's RFC 4122 bytes and the
    // name, cut to 16 bytes, with the version (5) and the variant (RFC 4122) set. One hash object per thread, reset
    // for each ID, instead of a new one (and its buffers) every time.
    static const QByteArray ns = QUuid(QStringLiteral("{6f1c2a56-3b7e-4f7c-9d3e-5a0b8f2e9c41}")).toRfc4122();
    thread_local QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.reset();
    hash.addData(ns);
    for (const std::string_view part : { first, second, third }) {
        if (!part.empty()) {
            hash.addData(QByteArrayView(part.data(), static_cast<qsizetype>(part.size())));
        }
    }
    std::array<char, 16> bytes {};
    std::memcpy(bytes.data(), hash.resultView().data(), bytes.size());
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x50);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
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
    const std::string_view text(raw.constData(), static_cast<std::size_t>(raw.size()));
    if (text.substr(0, kPrefix.size()) != kPrefix) {
        return std::nullopt;
    }
    const auto slash = text.find('/', kPrefix.size());
    if (slash == std::string_view::npos || slash + 1 >= text.size()) {
        return std::nullopt;
    }
    return Decoded { std::string(text.substr(kPrefix.size(), slash - kPrefix.size())),
                     std::string(text.substr(slash + 1)) };
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
    const std::array<char, 36> text = uuidChars(uuid);
    return toBase64Url(std::string_view(text.data(), text.size()));
}

} // namespace onboarder::sandbox
