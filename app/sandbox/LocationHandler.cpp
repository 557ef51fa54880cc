#include "sandbox/LocationHandler.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/OrgScope.h"
#include "sandbox/Paginator.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"

#include <QRegularExpression>
#include <QTimeZone>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;
using Method = onboarder::sandbox::ApiRequest::Method;
using BodyKind = onboarder::sandbox::Router::BodyKind;

namespace onboarder::sandbox {

LocationHandler::LocationHandler(SandboxContext context)
    : m_context(context)
{
}

void LocationHandler::registerRoutes(Router& router)
{
    auto bind = [this](ApiResponse (LocationHandler::*method)(ApiRequest&)) {
        return [this, method](ApiRequest& request) { return (this->*method)(request); };
    };
    router.add(Method::Get, "/locations", { Scopes::locationsRead }, BodyKind::None, bind(&LocationHandler::list));
    router.add(Method::Post, "/locations", { Scopes::locationsWrite }, BodyKind::Json, bind(&LocationHandler::create));
    router.add(Method::Get, "/locations/{}", { Scopes::locationsRead }, BodyKind::None, bind(&LocationHandler::get));
    router.add(
        Method::Put, "/locations/{}", { Scopes::locationsWrite }, BodyKind::Json, bind(&LocationHandler::update));
}

const json* LocationHandler::resolve(const SandboxContext& context, const ApiRequest& request, ApiResponse* error)
{
    const auto orgId = OrgScope::resolve(context, request, error);
    if (!orgId) {
        return nullptr;
    }
    const auto id = IdCodec::normalize(request.param(0), { "LOCATION" });
    const json* location = id ? context.store->find(Kind::Location, *id) : nullptr;
    if (!location || (request.hasQuery("orgId") && Documents::text(*location, "orgId") != *orgId)) {
        *error = ApiResponse::error(404, "Location not found.");
        return nullptr;
    }
    return location;
}

ApiResponse LocationHandler::list(ApiRequest& request)
{
    ApiResponse error;
    const auto orgId = OrgScope::resolve(m_context, request, &error);
    if (!orgId) {
        return error;
    }
    Paginator pages(request, Paginator::maxPageSize, "start");
    if (auto pageError = pages.error()) {
        return *pageError;
    }
    const std::string name = SandboxStore::lower(request.queryValue("name"));
    const std::string wantedId = request.hasQuery("id")
        ? IdCodec::normalize(request.queryValue("id"), { "LOCATION" }).value_or("-")
        : std::string();
    json items = json::array();
    std::size_t total = 0;
    m_context.store->table(Kind::Location).forEach([&](const std::string& id, const json& doc) {
        if (Documents::text(doc, "orgId") != *orgId || (!wantedId.empty() && id != wantedId)) {
            return true;
        }
        if (!name.empty() && SandboxStore::lower(Documents::text(doc, "name")).find(name) == std::string::npos) {
            return true;
        }
        if (pages.contains(total++)) {
            items.push_back(Documents::publicView(doc));
        }
        return true;
    });
    ApiResponse response = ApiResponse::ok({ { "items", items } });
    pages.addLinks(response, total);
    return response;
}

ApiResponse LocationHandler::get(ApiRequest& request)
{
    ApiResponse error;
    const json* location = resolve(m_context, request, &error);
    return location ? ApiResponse::ok(Documents::publicView(*location)) : error;
}

std::vector<ErrorDetail> LocationHandler::check(const json& body, bool creating) const
{
    std::vector<ErrorDetail> errors;
    if (creating) {
        for (const char* key : { "name", "timeZone", "preferredLanguage", "announcementLanguage" }) {
            if (Documents::text(body, key).empty()) {
                errors.push_back({ std::string(key) + " is required." });
            }
        }
        if (!body.contains("address")) {
            errors.push_back({ "address is required." });
        }
    }
    for (const char* key :
         { "name", "timeZone", "preferredLanguage", "announcementLanguage", "latitude", "longitude", "notes" }) {
        if (body.contains(key) && !body[key].is_string()) {
            errors.push_back({ std::string(key) + " must be a string." });
        }
    }
    if (Documents::text(body, "name").size() > 80) {
        errors.push_back({ "name must not be longer than 80 characters." });
    }
    const std::string timeZone = Documents::text(body, "timeZone");
    if (!timeZone.empty() && !QTimeZone::isTimeZoneIdAvailable(QByteArray::fromStdString(timeZone))) {
        errors.push_back({ "timeZone is not a known time zone: " + timeZone + "." });
    }
    if (body.contains("address")) {
        const json& address = body["address"];
        if (!address.is_object()) {
            errors.push_back({ "address must be an object." });
        } else {
            if (creating) {
                for (const char* key : { "address1", "city", "state", "postalCode", "country" }) {
                    if (Documents::text(address, key).empty()) {
                        errors.push_back({ std::string("address.") + key + " is required." });
                    }
                }
            }
            static const QRegularExpression iso2(QStringLiteral("^[A-Z]{2}$"));
            const std::string country = Documents::text(address, "country");
            if (!country.empty() && !iso2.match(QString::fromStdString(country)).hasMatch()) {
                errors.push_back({ "address.country must be an ISO 3166 alpha-2 code." });
            }
        }
    }
    return errors;
}

ApiResponse LocationHandler::create(ApiRequest& request)
{
    ApiResponse error;
    const auto orgId = OrgScope::resolve(m_context, request, &error);
    if (!orgId) {
        return error;
    }
    const auto errors = check(request.json, true);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    const std::string name = Documents::text(request.json, "name");
    bool duplicate = false;
    m_context.store->table(Kind::Location).forEach([&](const std::string&, const json& doc) {
        duplicate = Documents::text(doc, "orgId") == *orgId && Documents::text(doc, "name") == name;
        return !duplicate;
    });
    if (duplicate) {
        return ApiResponse::error(409, "A location named " + name + " already exists in this organization.");
    }
    json location = json::object();
    for (const char* key : { "name",
                             "timeZone",
                             "preferredLanguage",
                             "announcementLanguage",
                             "address",
                             "latitude",
                             "longitude",
                             "notes" }) {
        if (request.json.contains(key)) {
            location[key] = request.json[key];
        }
    }
    const std::string id = m_context.factory->createLocation(*orgId, location);
    ApiResponse response = ApiResponse::ok({ { "id", id } }, 201);
    response.withHeader("Location", QByteArray::fromStdString(request.baseUrl + "/locations/" + id));
    return response;
}

ApiResponse LocationHandler::update(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = resolve(m_context, request, &error);
    if (!stored) {
        return error;
    }
    const auto errors = check(request.json, false);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    json location = *stored;
    for (const char* key :
         { "name", "timeZone", "preferredLanguage", "announcementLanguage", "latitude", "longitude", "notes" }) {
        if (request.json.contains(key)) {
            location[key] = request.json[key];
        }
    }
    if (request.json.contains("address")) {
        json address = location.value("address", json::object());
        address.update(request.json["address"]);
        location["address"] = address;
    }
    m_context.store->put(Kind::Location, Documents::text(location, "id"), location);
    return ApiResponse::noContent(204);
}

} // namespace onboarder::sandbox
