#include "sandbox/OrganizationHandler.h"

#include "sandbox/Documents.h"
#include "sandbox/OrgScope.h"
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

OrganizationHandler::OrganizationHandler(SandboxContext context)
    : m_context(context)
{
}

void OrganizationHandler::registerRoutes(Router& router)
{
    auto bind = [this](ApiResponse (OrganizationHandler::*method)(ApiRequest&)) {
        return [this, method](ApiRequest& request) { return (this->*method)(request); };
    };
    const QStringList read = { Scopes::organizationsRead, Scopes::identityOrganizationsRead };
    router.add(Method::Get, "/organizations", read, BodyKind::None, bind(&OrganizationHandler::list));
    router.add(Method::Get, "/organizations/{}", read, BodyKind::None, bind(&OrganizationHandler::get));
    router.add(Method::Get,
               "/partner/organizations/{}/partnerAdmins",
               read,
               BodyKind::None,
               bind(&OrganizationHandler::partnerAdmins));
    router.add(Method::Get,
               "/wholesale/subPartners",
               { Scopes::customersRead },
               BodyKind::None,
               bind(&OrganizationHandler::subPartners));
}

ApiResponse OrganizationHandler::list(ApiRequest&)
{
    // The contract says this list is not paginated: every organization the partner sees comes in one answer, which
    // is what lets a client name all its customers with one request.
    json items = json::array();
    m_context.store->table(Kind::Organization).forEach([&](const std::string&, const json& org) {
        items.push_back(Documents::publicView(org));
        return true;
    });
    return ApiResponse::ok({ { "items", items } });
}

ApiResponse OrganizationHandler::get(ApiRequest& request)
{
    ApiResponse error;
    const auto id = OrgScope::resolveId(m_context, request.param(0), &error);
    return id ? ApiResponse::ok(Documents::publicView(*m_context.store->find(Kind::Organization, *id))) : error;
}

ApiResponse OrganizationHandler::partnerAdmins(ApiRequest& request)
{
    ApiResponse error;
    if (!OrgScope::resolveId(m_context, request.param(0), &error)) {
        return error;
    }
    const std::string partnerOrg = ResourceFactory::partnerOrgId();
    const std::string fullAdmin = ResourceFactory::roleId("id_full_admin");
    json items = json::array();
    m_context.store->table(Kind::Person).forEach([&](const std::string& id, const json& person) {
        if (Documents::text(person, "orgId") == partnerOrg) {
            const json roles = person.value("roles", json::array());
            const bool full = std::find(roles.begin(), roles.end(), fullAdmin) != roles.end();
            items.push_back({ { "id", id },
                              { "displayName", Documents::text(person, "displayName") },
                              { "firstName", Documents::text(person, "firstName") },
                              { "lastName", Documents::text(person, "lastName") },
                              { "emails", person.value("emails", json::array()) },
                              { "roleInCustomerOrg", full ? "id_full_admin" : "id_readonly_admin" } });
        }
        return true;
    });
    return ApiResponse::ok({ { "items", items } });
}

ApiResponse OrganizationHandler::subPartners(ApiRequest& request)
{
    Paginator pages(request, Paginator::maxPageSize);
    if (auto error = pages.error()) {
        return *error;
    }
    const std::string state = request.queryValue("provisioningState");
    if (!state.empty() && state != "active" && state != "suspended") {
        return ApiResponse::error(400, "provisioningState must be active or suspended.");
    }
    json items = json::array();
    std::size_t total = 0;
    m_context.store->table(Kind::SubPartner).forEach([&](const std::string&, const json& subPartner) {
        if (!state.empty() && Documents::text(subPartner, "provisioningState") != state) {
            return true;
        }
        if (pages.contains(total++)) {
            items.push_back(Documents::publicView(subPartner));
        }
        return true;
    });
    ApiResponse response = ApiResponse::ok({ { "items", items } });
    pages.addLinks(response, total);
    return response;
}

} // namespace onboarder::sandbox
