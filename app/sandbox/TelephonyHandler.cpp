#include "sandbox/TelephonyHandler.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/LocationHandler.h"
#include "sandbox/OrgScope.h"
#include "sandbox/Paginator.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"

#include <algorithm>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;
using Method = onboarder::sandbox::ApiRequest::Method;
using BodyKind = onboarder::sandbox::Router::BodyKind;

namespace onboarder::sandbox {

TelephonyHandler::TelephonyHandler(SandboxContext context)
    : m_context(context)
{
}

void TelephonyHandler::registerRoutes(Router& router)
{
    auto bind = [this](ApiResponse (TelephonyHandler::*method)(ApiRequest&)) {
        return [this, method](ApiRequest& request) { return (this->*method)(request); };
    };
    router.add(Method::Get,
               "/telephony/config/numbers",
               { Scopes::telephonyRead },
               BodyKind::None,
               bind(&TelephonyHandler::listNumbers));
    router.add(Method::Post,
               "/telephony/config/locations/{}/numbers",
               { Scopes::telephonyWrite },
               BodyKind::Json,
               bind(&TelephonyHandler::addNumbers));
    router.add(Method::Put,
               "/telephony/config/locations/{}/numbers",
               { Scopes::telephonyWrite },
               BodyKind::Json,
               bind(&TelephonyHandler::activateNumbers));
    router.add(Method::Delete,
               "/telephony/config/locations/{}/numbers",
               { Scopes::telephonyWrite },
               BodyKind::OptionalJson,
               bind(&TelephonyHandler::removeNumbers));
    router.add(Method::Put,
               "/telephony/config/locations/{}",
               { Scopes::telephonyWrite },
               BodyKind::Json,
               bind(&TelephonyHandler::setMainNumber));
    router.add(Method::Get,
               "/telephony/pstn/locations/{}/connectionOptions",
               { Scopes::pstnRead },
               BodyKind::None,
               bind(&TelephonyHandler::options));
    router.add(Method::Get,
               "/telephony/pstn/locations/{}/connection",
               { Scopes::pstnRead },
               BodyKind::None,
               bind(&TelephonyHandler::connection));
    router.add(Method::Put,
               "/telephony/pstn/locations/{}/connection",
               { Scopes::pstnWrite },
               BodyKind::Json,
               bind(&TelephonyHandler::setConnection));
}

json TelephonyHandler::connectionOptions()
{
    static const struct
    {
        const char* key;
        const char* name;
        const char* type;
    } list[] = { { "nordic-ccp", "Nordic Carrier Connect (non-integrated CCP)", "NON_INTEGRATED_CCP" },
                 { "integrated-ccp", "Integrated CCP Voice", "INTEGRATED_CCP" },
                 { "cisco-pstn", "Cisco Calling Plan", "CISCO_PSTN" } };
    json items = json::array();
    for (const auto& option : list) {
        items.push_back(
            { { "id", IdCodec::stable("PSTN_CONNECTION", option.key) },
              { "displayName", option.name },
              { "pstnServices", json::array({ "GEOGRAPHIC_NUMBERS", "TOLLFREE_NUMBERS", "MOBILE_NUMBERS" }) },
              { "pstnConnectionType", option.type } });
    }
    return items;
}

json TelephonyHandler::numberView(const json& number) const
{
    json view = Documents::publicView(number);
    const json* location = m_context.store->find(Kind::Location, Documents::text(number, "_locationId"));
    view["location"] = { { "id", Documents::text(number, "_locationId") },
                         { "name", location ? Documents::text(*location, "name") : std::string() } };
    const std::string ownerId = Documents::text(number, "_ownerId");
    if (!ownerId.empty()) {
        const json* person = m_context.store->find(Kind::Person, ownerId);
        view["owner"] = { { "id", ownerId },
                          { "type", "PEOPLE" },
                          { "firstName", person ? Documents::text(*person, "firstName") : std::string() },
                          { "lastName", person ? Documents::text(*person, "lastName") : std::string() } };
        if (person && person->contains("extension")) {
            view["extension"] = (*person)["extension"];
        }
    }
    return view;
}

ApiResponse TelephonyHandler::listNumbers(ApiRequest& request)
{
    ApiResponse error;
    const auto orgId = OrgScope::resolve(m_context, request, &error);
    if (!orgId) {
        return error;
    }
    Paginator pages(request, 2000, "start");
    if (auto pageError = pages.error()) {
        return *pageError;
    }
    std::string locationId;
    if (request.hasQuery("locationId")) {
        locationId = IdCodec::normalize(request.queryValue("locationId"), { "LOCATION" }).value_or("-");
    }
    const auto available = request.queryBool("available");
    const auto tollFree = request.queryBool("tollFreeNumbers");
    if (!available || !tollFree) {
        return ApiResponse::error(400, "available and tollFreeNumbers must be true or false.");
    }
    const std::string phoneNumber = request.queryValue("phoneNumber");
    const std::string state = request.queryValue("state");
    const std::string ownerId = request.queryValue("ownerId");

    json items = json::array();
    std::size_t total = 0;
    json count = { { "assigned", 0 },        { "unAssigned", 0 }, { "inActive", 0 },     { "extensionOnly", 0 },
                   { "tollFreeNumbers", 0 }, { "total", 0 },      { "mobileNumber", 0 }, { "serviceNumber", 0 } };
    m_context.store->table(Kind::Number).forEach([&](const std::string& number, const json& doc) {
        if (Documents::text(doc, "_orgId") != *orgId) {
            return true;
        }
        if (!locationId.empty() && Documents::text(doc, "_locationId") != locationId) {
            return true;
        }
        const bool owned = !Documents::text(doc, "_ownerId").empty();
        if (request.hasQuery("available") && *available == owned) {
            return true;
        }
        if (request.hasQuery("tollFreeNumbers") && doc.value("tollFreeNumber", false) != *tollFree) {
            return true;
        }
        if (!phoneNumber.empty() && number.find(phoneNumber) == std::string::npos) {
            return true;
        }
        if (!state.empty() && Documents::text(doc, "state") != state) {
            return true;
        }
        if (!ownerId.empty() && Documents::text(doc, "_ownerId") != ownerId) {
            return true;
        }
        count["total"] = count["total"].get<int>() + 1;
        count[owned ? "assigned" : "unAssigned"] = count[owned ? "assigned" : "unAssigned"].get<int>() + 1;
        if (Documents::text(doc, "state") == "INACTIVE") {
            count["inActive"] = count["inActive"].get<int>() + 1;
        }
        if (doc.value("tollFreeNumber", false)) {
            count["tollFreeNumbers"] = count["tollFreeNumbers"].get<int>() + 1;
        }
        if (Documents::text(doc, "_numberType") == "MOBILE") {
            count["mobileNumber"] = count["mobileNumber"].get<int>() + 1;
        }
        if (pages.contains(total++)) {
            items.push_back(numberView(doc));
        }
        return true;
    });
    ApiResponse response = ApiResponse::ok({ { "phoneNumbers", items }, { "count", count } });
    pages.addLinks(response, total);
    return response;
}

std::vector<std::string>
TelephonyHandler::requestedNumbers(const json& body, std::size_t limit, std::vector<ErrorDetail>& errors) const
{
    std::vector<std::string> numbers;
    const json list = body.value("phoneNumbers", json());
    if (!list.is_array() || list.empty()) {
        errors.push_back({ "phoneNumbers must be a non-empty list." });
        return numbers;
    }
    if (list.size() > limit) {
        errors.push_back({ "At most " + std::to_string(limit) + " phone numbers are accepted per request." });
    }
    for (const auto& entry : list) {
        if (!entry.is_string() || !Documents::isE164(entry.get<std::string>())) {
            errors.push_back({ "Not an E.164 phone number: "
                               + (entry.is_string() ? entry.get<std::string>() : entry.dump()) + "." });
        } else {
            numbers.push_back(entry.get<std::string>());
        }
    }
    return numbers;
}

std::optional<ApiResponse> TelephonyHandler::refusesNumbers(const json& location, const std::string& numberType)
{
    if (!location.contains("_pstn")) {
        return ApiResponse::error(400,
                                  "This location has no PSTN connection yet: set up its PSTN connection before adding "
                                  "or activating numbers.");
    }
    const json& pstn = location["_pstn"];
    const std::string type = Documents::text(pstn, "pstnConnectionType");
    const json services = pstn.value("pstnServices", json::array());
    auto offers = [&services](const char* service) {
        return std::find(services.begin(), services.end(), service) != services.end();
    };
    if (numberType == "MOBILE") {
        if (!offers("MOBILE_NUMBERS")) {
            return ApiResponse::error(400, "The location's PSTN connection does not offer mobile numbers.");
        }
        return std::nullopt;
    }
    if (type == "CISCO_PSTN" || type == "INTEGRATED_CCP") {
        return ApiResponse::error(400,
                                  "Numbers cannot be added to a location whose PSTN is Cisco Calling Plan or an "
                                  "integrated CCP: they are ordered through the PSTN provider.");
    }
    if (numberType == "TOLLFREE" && !offers("TOLLFREE_NUMBERS")) {
        return ApiResponse::error(400, "The location's PSTN connection does not offer toll-free numbers.");
    }
    return std::nullopt;
}

ApiResponse TelephonyHandler::addNumbers(ApiRequest& request)
{
    ApiResponse error;
    const json* location = LocationHandler::resolve(m_context, request, &error);
    if (!location) {
        return error;
    }
    const json& body = request.json;
    std::vector<ErrorDetail> errors;
    const std::string numberType = body.contains("numberType") ? Documents::text(body, "numberType") : "DID";
    if (numberType != "DID" && numberType != "TOLLFREE" && numberType != "MOBILE") {
        errors.push_back({ "numberType must be DID, TOLLFREE or MOBILE." });
    }
    if (auto refused = refusesNumbers(*location, numberType)) {
        return *refused;
    }
    const std::string usage = body.contains("numberUsageType") ? Documents::text(body, "numberUsageType") : "NONE";
    if (usage != "NONE" && usage != "SERVICE") {
        errors.push_back({ "numberUsageType must be NONE or SERVICE." });
    }
    const std::string state
        = body.contains("state") ? Documents::text(body, "state") : (numberType == "MOBILE" ? "INACTIVE" : "ACTIVE");
    if (state != "ACTIVE" && state != "INACTIVE") {
        errors.push_back({ "state must be ACTIVE or INACTIVE." });
    }
    const auto numbers = requestedNumbers(body, numberType == "MOBILE" ? 20 : 100, errors);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    for (const std::string& number : numbers) {
        if (m_context.store->find(Kind::Number, number)) {
            return ApiResponse::error(409, "The phone number " + number + " already exists.");
        }
    }
    const std::string orgId = Documents::text(*location, "orgId");
    const std::string locationId = Documents::text(*location, "id");
    m_context.store->beginBatch();
    for (const std::string& number : numbers) {
        m_context.factory->addNumber(orgId, locationId, number, numberType, state);
        if (usage == "SERVICE") {
            json doc = *m_context.store->find(Kind::Number, number);
            doc["isServiceNumber"] = true;
            m_context.store->put(Kind::Number, number, doc);
        }
    }
    m_context.store->commitBatch();
    return ApiResponse::noContent(200);
}

ApiResponse TelephonyHandler::activateNumbers(ApiRequest& request)
{
    ApiResponse error;
    const json* location = LocationHandler::resolve(m_context, request, &error);
    if (!location) {
        return error;
    }
    if (auto refused = refusesNumbers(*location, "DID")) {
        return *refused;
    }
    std::vector<ErrorDetail> errors;
    const auto numbers = requestedNumbers(request.json, 100, errors);
    for (const std::string& number : numbers) {
        const json* doc = m_context.store->find(Kind::Number, number);
        if (!doc || Documents::text(*doc, "_locationId") != Documents::text(*location, "id")) {
            errors.push_back({ "The phone number " + number + " is not in this location." });
        } else if (Documents::text(*doc, "_numberType") == "MOBILE") {
            errors.push_back({ "The mobile number " + number
                               + " cannot be activated here: a mobile number is activated when it is assigned to a "
                                 "user." });
        }
    }
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    for (const std::string& number : numbers) {
        json doc = *m_context.store->find(Kind::Number, number);
        doc["state"] = "ACTIVE";
        m_context.store->put(Kind::Number, number, doc);
    }
    return ApiResponse::noContent(204);
}

ApiResponse TelephonyHandler::removeNumbers(ApiRequest& request)
{
    ApiResponse error;
    const json* location = LocationHandler::resolve(m_context, request, &error);
    if (!location) {
        return error;
    }
    std::vector<ErrorDetail> errors;
    const auto numbers = requestedNumbers(request.json, 5, errors);
    for (const std::string& number : numbers) {
        const json* doc = m_context.store->find(Kind::Number, number);
        if (!doc || Documents::text(*doc, "_locationId") != Documents::text(*location, "id")) {
            errors.push_back({ "The phone number " + number + " is not in this location." });
        } else if (!Documents::text(*doc, "_ownerId").empty()) {
            return ApiResponse::error(409, "The phone number " + number + " is assigned and cannot be removed.");
        } else if (doc->value("mainNumber", false)) {
            return ApiResponse::error(409,
                                      "The phone number " + number
                                          + " is the location's main number and cannot "
                                            "be removed.");
        }
    }
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    for (const std::string& number : numbers) {
        m_context.store->remove(Kind::Number, number);
    }
    return ApiResponse::noContent(204);
}

ApiResponse TelephonyHandler::options(ApiRequest& request)
{
    ApiResponse error;
    if (!LocationHandler::resolve(m_context, request, &error)) {
        return error;
    }
    return ApiResponse::ok({ { "items", connectionOptions() } });
}

ApiResponse TelephonyHandler::connection(ApiRequest& request)
{
    ApiResponse error;
    const json* location = LocationHandler::resolve(m_context, request, &error);
    if (!location) {
        return error;
    }
    if (!location->contains("_pstn")) {
        return ApiResponse::error(404, "No PSTN connection is set up for this location.");
    }
    return ApiResponse::ok((*location)["_pstn"]);
}

ApiResponse TelephonyHandler::setConnection(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = LocationHandler::resolve(m_context, request, &error);
    if (!stored) {
        return error;
    }
    const json& body = request.json;
    json pstn;
    if (body.contains("premiseRouteType") || body.contains("premiseRouteId")) {
        const std::string routeType = Documents::text(body, "premiseRouteType");
        if ((routeType != "TRUNK" && routeType != "ROUTE_GROUP") || Documents::text(body, "premiseRouteId").empty()) {
            return ApiResponse::error(
                400, "A local gateway needs premiseRouteType TRUNK or ROUTE_GROUP and a premiseRouteId.");
        }
        pstn = { { "id", Documents::text(body, "premiseRouteId") },
                 { "displayName", routeType == "TRUNK" ? "Local gateway trunk" : "Local gateway route group" },
                 { "pstnServices", json::array({ "GEOGRAPHIC_NUMBERS", "TOLLFREE_NUMBERS" }) },
                 { "pstnConnectionType", "LOCAL_GATEWAY" } };
    } else {
        const std::string id = Documents::text(body, "id");
        for (const auto& option : connectionOptions()) {
            if (option["id"] == id) {
                pstn = option;
            }
        }
        if (pstn.is_null()) {
            return ApiResponse::error(400, "id must be one of the connection options of this location.");
        }
    }
    json location = *stored;
    location["_pstn"] = pstn;
    m_context.store->put(Kind::Location, Documents::text(location, "id"), location);
    return ApiResponse::noContent(204);
}

ApiResponse TelephonyHandler::setMainNumber(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = LocationHandler::resolve(m_context, request, &error);
    if (!stored) {
        return error;
    }
    const json& body = request.json;
    if (!body.contains("callingLineId")) {
        // The other calling settings of the location are not modelled: nothing to change.
        return ApiResponse::noContent(204);
    }
    const json& callingLineId = body["callingLineId"];
    if (!callingLineId.is_object()) {
        return ApiResponse::error(400, "callingLineId must be an object.");
    }
    if (callingLineId.contains("name") && !callingLineId["name"].is_string()) {
        return ApiResponse::error(400, "callingLineId.name must be a string.");
    }
    const std::string number = Documents::text(callingLineId, "phoneNumber");
    if (!Documents::isE164(number)) {
        return ApiResponse::error(400, "callingLineId.phoneNumber must be an E.164 phone number.");
    }
    const std::string locationId = Documents::text(*stored, "id");
    const json* doc = m_context.store->find(Kind::Number, number);
    if (!doc || Documents::text(*doc, "_locationId") != locationId) {
        return ApiResponse::error(400, "The main number must be a number of this location: " + number + " is not.");
    }
    if (Documents::text(*doc, "state") != "ACTIVE") {
        return ApiResponse::error(400, "The main number must be active: activate " + number + " first.");
    }
    json main = *doc;
    json location = *stored;
    std::vector<std::string> previous;
    m_context.store->table(Kind::Number).forEach([&](const std::string& id, const json& other) {
        if (id != number && Documents::text(other, "_locationId") == locationId && other.value("mainNumber", false)) {
            previous.push_back(id);
        }
        return true;
    });
    m_context.store->beginBatch();
    for (const std::string& id : previous) {
        json other = *m_context.store->find(Kind::Number, id);
        other["mainNumber"] = false;
        m_context.store->put(Kind::Number, id, other);
    }
    main["mainNumber"] = true;
    m_context.store->put(Kind::Number, number, main);
    location["_callingLineId"] = { { "name", Documents::text(callingLineId, "name") }, { "phoneNumber", number } };
    m_context.store->put(Kind::Location, locationId, location);
    m_context.store->commitBatch();
    return ApiResponse::noContent(204);
}

} // namespace onboarder::sandbox
