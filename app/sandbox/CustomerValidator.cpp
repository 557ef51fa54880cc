#include "sandbox/CustomerValidator.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/PackageCatalog.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxStore.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <set>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;

namespace onboarder::sandbox {

namespace {
constexpr int kEmailInUse = 10022;

bool isNonEmptyString(const json& body, const char* key)
{
    const auto it = body.find(key);
    return it != body.end() && it->is_string() && !it->get<std::string>().empty();
}

bool hasWrongType(const json& body, const char* key, json::value_t type)
{
    const auto it = body.find(key);
    return it != body.end() && !it->is_null() && it->type() != type;
}

std::size_t characters(const std::string& utf8)
{
    return static_cast<std::size_t>(QString::fromStdString(utf8).size());
}
} // namespace

CustomerValidator::CustomerValidator(const SandboxStore* store)
    : m_store(store)
{
}

void CustomerValidator::checkAddress(const json& address,
                                     const std::string& where,
                                     std::vector<ErrorDetail>& errors) const
{
    if (!address.is_object()) {
        errors.push_back({ where + " must be an object." });
        return;
    }
    for (const char* key : { "addressLine1", "city", "country" }) {
        if (!isNonEmptyString(address, key)) {
            errors.push_back({ where + "." + key + " is required." });
        }
    }
    for (const char* key :
         { "addressLine1", "addressLine2", "city", "stateOrProvince", "zipOrPostalCode", "country" }) {
        if (hasWrongType(address, key, json::value_t::string)) {
            errors.push_back({ where + "." + key + " must be a string." });
        }
    }
    for (const char* key : { "addressLine1", "addressLine2" }) {
        if (characters(Documents::text(address, key)) > 50) {
            errors.push_back({ where + "." + key + " must not be longer than 50 characters." });
        }
    }
    const std::string country = Documents::text(address, "country");
    static const QRegularExpression iso2(QStringLiteral("^[A-Z]{2}$"));
    if (!country.empty() && !iso2.match(QString::fromStdString(country)).hasMatch()) {
        errors.push_back({ where + ".country must be an ISO 3166 alpha-2 code such as SE or US." });
    }
}

void CustomerValidator::checkPackages(const json& packages, std::vector<ErrorDetail>& errors) const
{
    if (!packages.is_array() || packages.empty()) {
        errors.push_back({ "packages must be a non-empty list of package names." });
        return;
    }
    std::set<std::string> names;
    for (const auto& entry : packages) {
        if (!entry.is_string() || !PackageCatalog::isCustomerPackage(entry.get<std::string>())) {
            errors.push_back(
                { "Unknown package: " + (entry.is_string() ? entry.get<std::string>() : entry.dump()) + "." });
            continue;
        }
        if (!names.insert(entry.get<std::string>()).second) {
            errors.push_back({ "Package listed twice: " + entry.get<std::string>() + "." });
        }
    }
    for (const std::string& name : names) {
        const auto bases = PackageCatalog::requiredBaseOf(name);
        if (!bases.empty() && std::none_of(bases.begin(), bases.end(), [&](const std::string& base) {
                return names.count(base) > 0;
            })) {
            std::string list;
            for (const auto& base : bases) {
                list += (list.empty() ? "" : ", ") + base;
            }
            errors.push_back({ "Add-on " + name + " requires one of these packages: " + list + "." });
        }
    }
}

void CustomerValidator::checkCalling(const json& body, std::vector<ErrorDetail>& errors) const
{
    const json params = body.value("provisioningParameters", json::object());
    if (!params.is_object()) {
        errors.push_back({ "provisioningParameters must be an object." });
        return;
    }
    const json calling = params.value("calling", json());
    if (calling.is_null()) {
        errors.push_back({ "provisioningParameters.calling is mandatory when provisioning calling packages." });
        return;
    }
    const json location = calling.is_object() ? calling.value("location", json()) : json();
    if (!location.is_object()) {
        errors.push_back({ "provisioningParameters.calling.location is required." });
        return;
    }
    for (const char* key : { "name", "timezone", "language" }) {
        if (!isNonEmptyString(location, key)) {
            errors.push_back({ std::string("provisioningParameters.calling.location.") + key + " is required." });
        }
    }
    const std::string timezone = Documents::text(location, "timezone");
    if (!timezone.empty() && !QTimeZone::isTimeZoneIdAvailable(QByteArray::fromStdString(timezone))) {
        errors.push_back(
            { "provisioningParameters.calling.location.timezone is not a known time zone: " + timezone + "." });
    }
    if (!location.contains("address")) {
        errors.push_back({ "provisioningParameters.calling.location.address is required." });
    } else {
        checkAddress(location["address"], "provisioningParameters.calling.location.address", errors);
    }
}

std::vector<ErrorDetail> CustomerValidator::validate(const json& body, Mode mode, const json* existing) const
{
    std::vector<ErrorDetail> errors;
    if (mode == Mode::Provision) {
        for (const char* key : { "provisioningId", "externalId" }) {
            if (!isNonEmptyString(body, key)) {
                errors.push_back({ std::string(key) + " is required." });
            }
        }
    }
    for (const char* key : { "provisioningId", "externalId", "orgId", "subPartnerAdminEmail" }) {
        if (hasWrongType(body, key, json::value_t::string)) {
            errors.push_back({ std::string(key) + " must be a string." });
        }
    }
    if (mode != Mode::Update && !body.contains("address")) {
        errors.push_back({ "address is required." });
    }
    if (body.contains("address")) {
        checkAddress(body["address"], "address", errors);
    }

    const bool attaching = isNonEmptyString(body, "orgId");
    const json info = body.value("customerInfo", json());
    if (!info.is_null() && !info.is_object()) {
        errors.push_back({ "customerInfo must be an object." });
    } else if (mode == Mode::Provision && info.is_null() && !attaching) {
        errors.push_back({ "customerInfo is required for a new customer (without orgId)." });
    } else if (mode == Mode::Precheck && (info.is_null() || !info.contains("primaryEmail"))) {
        errors.push_back({ "customerInfo.primaryEmail is required." });
    }
    if (info.is_object()) {
        if (mode == Mode::Provision && !isNonEmptyString(info, "name")) {
            errors.push_back({ "customerInfo.name is required." });
        }
        if (Documents::text(info, "name").find('%') != std::string::npos) {
            errors.push_back({ "customerInfo.name must not contain the % character." });
        }
        if (mode == Mode::Provision && !isNonEmptyString(info, "primaryEmail")) {
            errors.push_back({ "customerInfo.primaryEmail is required." });
        }
        const std::string email = Documents::text(info, "primaryEmail");
        if (info.contains("primaryEmail") && !Documents::isEmail(email)) {
            errors.push_back({ "customerInfo.primaryEmail is not a valid email address." });
        }
        static const QRegularExpression language(QStringLiteral("^[a-z]{2}([_-][A-Za-z]{2})?$"));
        if (info.contains("language")
            && !language.match(QString::fromStdString(Documents::text(info, "language"))).hasMatch()) {
            errors.push_back({ "customerInfo.language must look like en or en_US." });
        }
    }
    if (body.contains("subPartnerAdminEmail") && !Documents::isEmail(Documents::text(body, "subPartnerAdminEmail"))) {
        errors.push_back({ "subPartnerAdminEmail is not a valid email address." });
    }

    const bool packagesNeeded = mode != Mode::Precheck;
    if (packagesNeeded || body.contains("packages")) {
        if (!body.contains("packages")) {
            errors.push_back({ "packages is required." });
        } else {
            checkPackages(body["packages"], errors);
        }
    }
    bool calling = false;
    for (const auto& entry : body.value("packages", json::array())) {
        calling = calling || (entry.is_string() && PackageCatalog::isCallingPackage(entry.get<std::string>()));
    }
    bool hadCalling = false;
    if (existing) {
        for (const auto& entry : existing->value("packages", json::array())) {
            hadCalling = hadCalling || PackageCatalog::isCallingPackage(entry.get<std::string>());
        }
    }
    if (calling && !hadCalling && !attaching) {
        checkCalling(body, errors);
    } else if (body.contains("provisioningParameters")) {
        const json& params = body["provisioningParameters"];
        if (!params.is_object()) {
            errors.push_back({ "provisioningParameters must be an object." });
        } else if (params.contains("calling")) {
            checkCalling(body, errors);
        }
    }
    const json limits = body.value("provisioningParameters", json::object()).is_object()
        ? body.value("provisioningParameters", json::object())
              .value("packages", json::object())
              .value("limits", json::object())
        : json::object();
    if (limits.is_object()) {
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            if (!PackageCatalog::isCustomerPackage(it.key())) {
                errors.push_back(
                    { "provisioningParameters.packages.limits names an unknown package: " + it.key() + "." });
            } else if (!it->is_number() || it->get<double>() < 0) {
                errors.push_back(
                    { "provisioningParameters.packages.limits." + it.key() + " must be a number of zero or more." });
            }
        }
    }

    const std::string provisioningId = Documents::text(body, "provisioningId");
    if (!provisioningId.empty() && !m_store->find(Kind::Template, provisioningId)) {
        errors.push_back({ "Unknown provisioningId: no onboarding template has this Provisioning ID." });
    }
    if (attaching && mode != Mode::Update) {
        const std::string orgId = Documents::text(body, "orgId");
        const auto canonical = IdCodec::normalize(orgId, { "ORGANIZATION" });
        if (!canonical || !m_store->find(Kind::Organization, *canonical)) {
            errors.push_back({ "orgId does not name an existing Webex organization." });
        } else if (*canonical == ResourceFactory::partnerOrgId() || m_store->find(Kind::SubPartner, *canonical)) {
            errors.push_back({ "orgId names a partner organization, which cannot become a wholesale customer." });
        }
    }
    return errors;
}

std::optional<ApiResponse> CustomerValidator::conflicts(const json& body, const std::string& selfId) const
{
    const std::string externalId = Documents::text(body, "externalId");
    if (!externalId.empty()) {
        const auto other = m_store->customerIdByExternalId(externalId);
        if (other && *other != selfId) {
            return ApiResponse::error(409, "A customer with externalId " + externalId + " already exists.");
        }
    }
    const std::string email = Documents::text(body.value("customerInfo", json::object()), "primaryEmail");
    if (!email.empty() && (m_store->personIdByEmail(email) || m_store->subscriberIdByEmail(email))) {
        return ApiResponse::error(409,
                                  "The email is already associated with an existing user.",
                                  { { "The email is already associated with an existing user.", kEmailInUse } });
    }
    if (!email.empty()) {
        // A customer still provisioning has no admin person yet, but its primary email is taken all the same.
        const std::string wanted = SandboxStore::lower(email);
        bool taken = false;
        m_store->table(Kind::Customer).forEach([&](const std::string& id, const json& doc) {
            taken = id != selfId && SandboxStore::lower(Documents::text(doc, "_primaryEmail")) == wanted;
            return !taken;
        });
        if (taken) {
            return ApiResponse::error(409,
                                      "The email is already associated with an existing user.",
                                      { { "The email is already associated with an existing user.", kEmailInUse } });
        }
    }
    const std::string orgId = IdCodec::normalize(Documents::text(body, "orgId"), { "ORGANIZATION" }).value_or("");
    if (!orgId.empty()) {
        bool taken = false;
        m_store->table(Kind::Customer).forEach([&](const std::string& id, const json& doc) {
            taken = id != selfId && Documents::text(doc, "orgId") == orgId;
            return !taken;
        });
        if (taken) {
            return ApiResponse::error(409, "This organization is already a wholesale customer.");
        }
    }
    return std::nullopt;
}

} // namespace onboarder::sandbox
