#include "sandbox/PeopleHandler.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/OrgScope.h"
#include "sandbox/PackageCatalog.h"
#include "sandbox/Paginator.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;
using Method = onboarder::sandbox::ApiRequest::Method;
using BodyKind = onboarder::sandbox::Router::BodyKind;

namespace onboarder::sandbox {

PeopleHandler::PeopleHandler(SandboxContext context)
    : m_context(context)
{
}

void PeopleHandler::registerRoutes(Router& router)
{
    auto bind = [this](ApiResponse (PeopleHandler::*method)(ApiRequest&)) {
        return [this, method](ApiRequest& request) { return (this->*method)(request); };
    };
    const QStringList read = { Scopes::peopleRead, Scopes::identityPeopleRead, Scopes::identityPeopleRw };
    const QStringList write = { Scopes::peopleWrite, Scopes::identityPeopleRw };
    router.add(Method::Get, "/people", read, BodyKind::None, bind(&PeopleHandler::list));
    router.add(Method::Get, "/people/me", read, BodyKind::None, bind(&PeopleHandler::me));
    router.add(Method::Get, "/people/{}", read, BodyKind::None, bind(&PeopleHandler::get));
    router.add(Method::Put, "/people/{}", write, BodyKind::Json, bind(&PeopleHandler::update));
    router.add(Method::Get,
               "/roles",
               { Scopes::rolesRead, Scopes::peopleRead, Scopes::identityPeopleRead },
               BodyKind::None,
               bind(&PeopleHandler::roles));
}

ApiResponse PeopleHandler::list(ApiRequest& request)
{
    ApiResponse error;
    std::string orgId;
    if (request.hasQuery("orgId")) {
        const auto resolved = OrgScope::resolve(m_context, request, &error);
        if (!resolved) {
            return error;
        }
        orgId = *resolved;
    }
    Paginator pages(request, Paginator::maxPageSize);
    if (auto pageError = pages.error()) {
        return *pageError;
    }
    const std::string email = SandboxStore::lower(request.queryValue("email"));
    const std::string displayName = SandboxStore::lower(request.queryValue("displayName"));
    const std::string locationId = request.queryValue("locationId");
    std::vector<std::string> ids;
    for (const std::string& raw : request.queryValues("id")) {
        ids.push_back(IdCodec::normalize(raw, { "PEOPLE" }).value_or("-"));
    }
    const std::string role = request.queryValue("roles");
    json items = json::array();
    std::size_t total = 0;
    auto consider = [&](const std::string& id, const json& person) {
        if (!orgId.empty() && Documents::text(person, "orgId") != orgId) {
            return;
        }
        if (!ids.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) {
            return;
        }
        if (!displayName.empty()
            && SandboxStore::lower(Documents::text(person, "displayName")).rfind(displayName, 0) != 0) {
            return;
        }
        if (!locationId.empty() && Documents::text(person, "locationId") != locationId) {
            return;
        }
        if (!role.empty()) {
            const json roles = person.value("roles", json::array());
            if (std::find(roles.begin(), roles.end(), role) == roles.end()) {
                return;
            }
        }
        if (pages.contains(total++)) {
            items.push_back(Documents::publicView(person));
        }
    };
    if (!email.empty()) {
        if (const auto id = m_context.store->personIdByEmail(email)) {
            consider(*id, *m_context.store->find(Kind::Person, *id));
        }
    } else {
        m_context.store->table(Kind::Person).forEach([&](const std::string& id, const json& person) {
            consider(id, person);
            return true;
        });
    }
    ApiResponse response = ApiResponse::ok({ { "items", items }, { "notFoundIds", json::array() } });
    pages.addLinks(response, total);
    return response;
}

ApiResponse PeopleHandler::get(ApiRequest& request)
{
    const auto id = IdCodec::normalize(request.param(0), { "PEOPLE" });
    const json* person = id ? m_context.store->find(Kind::Person, *id) : nullptr;
    return person ? ApiResponse::ok(Documents::publicView(*person)) : ApiResponse::error(404, "Person not found.");
}

ApiResponse PeopleHandler::me(ApiRequest&)
{
    const json* person = m_context.store->find(Kind::Person, IdCodec::stable("PEOPLE", "partner-admin"));
    return person ? ApiResponse::ok(Documents::publicView(*person)) : ApiResponse::error(404, "Person not found.");
}

ApiResponse PeopleHandler::update(ApiRequest& request)
{
    const auto id = IdCodec::normalize(request.param(0), { "PEOPLE" });
    const json* stored = id ? m_context.store->find(Kind::Person, *id) : nullptr;
    if (!stored) {
        return ApiResponse::error(404, "Person not found.");
    }
    const json& body = request.json;
    std::vector<ErrorDetail> errors;
    for (const char* key : { "displayName", "firstName", "lastName", "title", "department" }) {
        if (body.contains(key) && !body[key].is_string()) {
            errors.push_back({ std::string(key) + " must be a string." });
        }
    }
    json knownRoles = ResourceFactory::roles();
    if (body.contains("roles")) {
        if (!body["roles"].is_array()) {
            errors.push_back({ "roles must be a list of role IDs." });
        } else {
            for (const auto& role : body["roles"]) {
                const bool known = std::any_of(
                    knownRoles.begin(), knownRoles.end(), [&](const json& entry) { return entry["id"] == role; });
                if (!known) {
                    errors.push_back(
                        { "Unknown role ID: " + (role.is_string() ? role.get<std::string>() : role.dump()) + "." });
                }
            }
        }
    }
    if (body.contains("emails") && body["emails"] != (*stored)["emails"]) {
        errors.push_back({ "emails cannot be changed through the sandbox." });
    }
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }

    const std::string fullAdmin = ResourceFactory::roleId("id_full_admin");
    const json oldRoles = stored->value("roles", json::array());
    const json newRoles = body.value("roles", oldRoles);
    const bool wasFull = std::find(oldRoles.begin(), oldRoles.end(), fullAdmin) != oldRoles.end();
    const bool isFull = std::find(newRoles.begin(), newRoles.end(), fullAdmin) != newRoles.end();
    // Admin rules of §7.5, for people of a wholesale customer organization.
    const std::string orgId = Documents::text(*stored, "orgId");
    const json* customer = nullptr;
    m_context.store->table(Kind::Customer).forEach([&](const std::string&, const json& doc) {
        if (Documents::text(doc, "orgId") == orgId) {
            customer = &doc;
            return false;
        }
        return true;
    });
    if (customer) {
        const std::string email = SandboxStore::lower((*stored)["emails"].front().get<std::string>());
        if (wasFull && !isFull && email == SandboxStore::lower(Documents::text(*customer, "_primaryEmail"))) {
            return ApiResponse::error(
                400, "The customer's primary full administrator cannot lose the full administrator role.");
        }
        if (isFull && !wasFull) {
            int orgRank = 0;
            for (const auto& name : customer->value("packages", json::array())) {
                orgRank = std::max(orgRank, PackageCatalog::rank(name.get<std::string>()));
            }
            int personRank = 0;
            if (const auto subscriberId = m_context.store->subscriberIdByEmail(email)) {
                for (const auto& name :
                     m_context.store->find(Kind::Subscriber, *subscriberId)->value("packages", json::array())) {
                    personRank = std::max(personRank, PackageCatalog::rank(name.get<std::string>()));
                }
            }
            if (personRank < orgRank) {
                return ApiResponse::error(400,
                                          "A customer administrator must have the same package level as the "
                                          "organization; upgrade this user's package first.");
            }
        }
    }
    json person = *stored;
    for (const char* key : { "displayName", "firstName", "lastName", "title", "department", "roles" }) {
        if (body.contains(key)) {
            person[key] = body[key];
        }
    }
    person["lastModified"] = Documents::nowIso();
    m_context.store->put(Kind::Person, *id, person);
    return ApiResponse::ok(Documents::publicView(person));
}

ApiResponse PeopleHandler::roles(ApiRequest&)
{
    return ApiResponse::ok({ { "items", ResourceFactory::roles() } });
}

} // namespace onboarder::sandbox
