#pragma once

#include <QString>

#include <optional>

namespace onboarder::model {

// Webex resource IDs are base64url, usually unpadded, of "ciscospark://<region>/<TYPE>/<uuid>" (reference §2.1), but
// examples and real answers also carry the padded and the standard-alphabet forms. This class reads all of them,
// writes the canonical unpadded base64url form, and checks onboarding template provisioning IDs (base64 of a bare
// UUID).
class WebexId
{
public:
    struct Parts
    {
        QString region; // "us"
        QString type; // "ORGANIZATION", "LOCATION", "PEOPLE", ...
        QString resource; // everything after the type: a UUID, or "uuid:SKU_uuid" for licenses

        // The UUID part of resource (before any ':').
        QString uuid() const
        {
            return resource.section(QLatin1Char(':'), 0, 0);
        }
        bool operator==(const Parts& o) const
        {
            return region == o.region && type == o.type && resource == o.resource;
        }
    };

    // Decodes base64 or base64url, padded or unpadded. Returns nullopt for text that is not base64 or whose
    // payload is not "ciscospark://region/TYPE/resource".
    static std::optional<Parts> decode(const QString& id);
    // The canonical ID: unpadded base64url of "ciscospark://region/type/resource".
    static QString encode(const QString& type, const QString& resource, const QString& region = QStringLiteral("us"));
    // The same ID in canonical form (unpadded base64url); text that is not base64 is returned unchanged.
    static QString normalize(const QString& id);
    // True when both IDs carry the same bytes, whatever their padding and alphabet.
    static bool sameId(const QString& a, const QString& b);
    // True when `id` decodes to a resource of `type`.
    static bool hasType(const QString& id, const QString& type);

    // A provisioning ID is base64/base64url, padded or not, of a bare UUID in its 36-character text form.
    static bool isValidProvisioningId(const QString& id);

    // Lenient base64 decoding used by the above: both alphabets, optional padding. nullopt when it is not base64.
    static std::optional<QByteArray> decodeBase64(const QString& text);

    // The last path segment of a resource URL ({"url": ".../wholesale/customers/<id>"}), or empty.
    static QString idFromResourceUrl(const QString& url);
};

} // namespace onboarder::model
