#pragma once

#include <QString>
#include <QUuid>

#include <optional>
#include <string>

namespace onboarder::sandbox {

// Webex IDs are base64url of "ciscospark://us/<TYPE>/<uuid>". Emits the unpadded form, accepts both.
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
    static QUuid stableUuid(const std::string& name);
};

} // namespace onboarder::sandbox
