#pragma once

#include <QString>
#include <QUuid>

#include <optional>
#include <string>
#include <string_view>

namespace onboarder::sandbox {

// Webex IDs are base64url of "ciscospark://us/<TYPE>/<uuid>". Emits the unpadded form, accepts both.
// Encoding works on std::string directly (no QString/QByteArray round trips): the large seeds make some 100,000 IDs
// and every create makes one or two.
class IdCodec
{
public:
    struct Decoded
    {
        std::string type;
        std::string value; // usually a UUID, may carry a suffix
    };

    static std::string encode(const std::string& type, const QUuid& uuid);
    static std::string encode(const std::string& type, const std::string& value);
    // A new random ID of the given type.
    static std::string generate(const std::string& type);
    // A stable ID derived from a name, so seeds produce the same IDs on every run.
    static std::string stable(const std::string& type, const std::string& name);
    static std::optional<Decoded> decode(const std::string& id);
    // The canonical (unpadded) form of an ID of one of the expected types, or nullopt.
    static std::optional<std::string> normalize(const std::string& id, std::initializer_list<const char*> types);
    // base64 of a bare UUID: the shape of a Provisioning ID.
    static std::string provisioningId(const QUuid& uuid);
    // QUuid::createUuidV5 in the sandbox's namespace, without its allocations.
    static QUuid stableUuid(std::string_view name);
    // A random (version 4) UUID from the fast, securely seeded QRandomGenerator::global(): QUuid::createUuid() asks
    // the system generator for every one, and each create and each request's tracking ID takes one.
    static QUuid randomUuid();
    // The UUID as QUuid::toString(QUuid::WithoutBraces) writes it (lower-case, with dashes).
    static std::string uuidText(const QUuid& uuid);

private:
    // Version 5 UUID of the concatenated parts (SHA-1 streams, so this equals hashing them joined).
    static QUuid stableUuid(std::string_view first, std::string_view second, std::string_view third);
};

} // namespace onboarder::sandbox
