#include "sandbox/SubscriberValidator.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/PackageCatalog.h"
#include "sandbox/SandboxStore.h"

#include <QRegularExpression>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;

namespace onboarder::sandbox {

SubscriberValidator::SubscriberValidator(const SandboxStore* store)
    : m_store(store)
{
}

std::optional<std::string>
SubscriberValidator::package(const json& body, bool required, std::vector<ErrorDetail>& errors) const
{
    const bool hasPackage = body.contains("package");
    const bool hasPackages = body.contains("packages");
    if (hasPackage && hasPackages) {
        errors.push_back({ "Send either package or packages, not both." });
        return std::nullopt;
    }
    if (!hasPackage && !hasPackages) {
        if (required) {
            errors.push_back({ "One of package or packages is required." });
        }
        return std::nullopt;
    }
    if (hasPackage) {
        const json& value = body["package"];
        if (!value.is_string() || !PackageCatalog::isLegacySubscriberPackage(value.get<std::string>())) {
            errors.push_back(
                { "Unknown package: " + (value.is_string() ? value.get<std::string>() : value.dump()) + "." });
            return std::nullopt;
        }
        return value.get<std::string>();
    }
    const json& list = body["packages"];
    if (!list.is_array() || list.size() != 1) {
        errors.push_back({ "packages must hold exactly one package (only one is accepted currently)." });
        return std::nullopt;
    }
    if (!list.front().is_string() || !PackageCatalog::isSubscriberPackage(list.front().get<std::string>())) {
        errors.push_back({ "Unknown package: " + list.front().dump() + "." });
        return std::nullopt;
    }
    return list.front().get<std::string>();
}

void SubscriberValidator::checkCalling(const json& params,
                                       const std::string& orgId,
                                       const std::string& personId,
                                       bool required,
                                       std::vector<ErrorDetail>& errors,
                                       std::optional<ApiResponse>& conflict) const
{
    const std::string number = Documents::text(params, "primaryPhoneNumber");
    const std::string extension = Documents::text(params, "extension");
    if (required && number.empty() && extension.empty()) {
        errors.push_back({ "A primary phone number, an extension or both are required for a calling package." });
    }
    if (!number.empty()) {
        const json* stored = m_store->find(Kind::Number, number);
        if (!Documents::isE164(number)) {
            errors.push_back({ "primaryPhoneNumber must be in E.164 form, such as +46812345678." });
        } else if (!stored || Documents::text(*stored, "_orgId") != orgId) {
            errors.push_back({ "primaryPhoneNumber " + number + " is not a number of this customer's organization." });
        } else {
            const std::string owner = Documents::text(*stored, "_ownerId");
            if (!owner.empty() && owner != personId) {
                conflict = ApiResponse::error(409, "The phone number " + number + " is already in use.");
            }
        }
    }
    if (!extension.empty()) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{2,10}$"));
        if (!pattern.match(QString::fromStdString(extension)).hasMatch()) {
            errors.push_back({ "extension must have 2 to 10 digits." });
        } else {
            m_store->table(Kind::Person).forEach([&](const std::string& id, const json& person) {
                if (id != personId && Documents::text(person, "orgId") == orgId
                    && Documents::text(person, "extension") == extension) {
                    conflict = ApiResponse::error(409, "The extension " + extension + " is already in use.");
                    return false;
                }
                return true;
            });
        }
    }
    const std::string rawLocation = Documents::text(params, "locationId");
    if (!rawLocation.empty()) {
        const auto locationId = IdCodec::normalize(rawLocation, { "LOCATION" });
        const json* location = locationId ? m_store->find(Kind::Location, *locationId) : nullptr;
        if (!location || Documents::text(*location, "orgId") != orgId) {
            errors.push_back({ "locationId does not name a location of this customer's organization." });
        }
    }
}

std::optional<ApiResponse> SubscriberValidator::emailInUse(const std::string& email) const
{
    if (m_store->subscriberIdByEmail(email) || m_store->personIdByEmail(email)) {
        return ApiResponse::error(409,
                                  "The email is already associated with an existing user.",
                                  { { "The email is already associated with an existing user.", 10022 } });
    }
    return std::nullopt;
}

bool SubscriberValidator::isFreeConsumerAccount(const std::string& email) const
{
    const std::string key = SandboxStore::lower(email);
    const auto at = key.rfind('@');
    return m_store->find(Kind::ConsumerAccount, key) != nullptr
        || (at != std::string::npos && key.substr(at + 1) == "consumer.example");
}

} // namespace onboarder::sandbox
