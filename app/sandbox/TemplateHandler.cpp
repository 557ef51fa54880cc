#include "sandbox/TemplateHandler.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/Paginator.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"

#include <QRegularExpression>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;
using Method = onboarder::sandbox::ApiRequest::Method;
using BodyKind = onboarder::sandbox::Router::BodyKind;

namespace onboarder::sandbox {

TemplateHandler::TemplateHandler(SandboxContext context)
    : m_context(context)
{
}

void TemplateHandler::registerRoutes(Router& router)
{
    auto bind = [this](ApiResponse (TemplateHandler::*method)(ApiRequest&)) {
        return [this, method](ApiRequest& request) { return (this->*method)(request); };
    };
    router.add(Method::Get,
               "/sandbox/onboardingTemplates",
               { Scopes::customersRead },
               BodyKind::None,
               bind(&TemplateHandler::list));
    router.add(Method::Post,
               "/sandbox/onboardingTemplates",
               { Scopes::customersWrite },
               BodyKind::Json,
               bind(&TemplateHandler::create));
    router.add(Method::Get,
               "/sandbox/onboardingTemplates/{}",
               { Scopes::customersRead },
               BodyKind::None,
               bind(&TemplateHandler::get));
    router.add(Method::Delete,
               "/sandbox/onboardingTemplates/{}",
               { Scopes::customersWrite },
               BodyKind::None,
               bind(&TemplateHandler::remove));
}

ApiResponse TemplateHandler::list(ApiRequest& request)
{
    Paginator pages(request, Paginator::maxPageSize);
    if (auto error = pages.error()) {
        return *error;
    }
    json items = json::array();
    std::size_t total = 0;
    m_context.store->table(Kind::Template).forEach([&](const std::string&, const json& doc) {
        if (pages.contains(total++)) {
            items.push_back(Documents::publicView(doc));
        }
        return true;
    });
    ApiResponse response = ApiResponse::ok({ { "items", items } });
    pages.addLinks(response, total);
    return response;
}

ApiResponse TemplateHandler::get(ApiRequest& request)
{
    const json* doc = m_context.store->find(Kind::Template, request.param(0));
    return doc ? ApiResponse::ok(Documents::publicView(*doc))
               : ApiResponse::error(404, "Onboarding template not found.");
}

ApiResponse TemplateHandler::create(ApiRequest& request)
{
    const json& body = request.json;
    std::vector<ErrorDetail> errors;
    const std::string name = Documents::text(body, "name");
    if (name.empty()) {
        errors.push_back({ "name is required." });
    } else if (name.size() > 80) {
        errors.push_back({ "name must not be longer than 80 characters." });
    }
    static const QRegularExpression iso2(QStringLiteral("^[A-Z]{2}$"));
    if (!iso2.match(QString::fromStdString(Documents::text(body, "countryCode"))).hasMatch()) {
        errors.push_back({ "countryCode is required as an ISO 3166 alpha-2 code such as SE." });
    }
    const std::string authMethod = body.contains("authMethod") ? Documents::text(body, "authMethod") : "WEBEX";
    if (authMethod != "WEBEX" && authMethod != "PARTNER_SAML") {
        errors.push_back({ "authMethod must be WEBEX or PARTNER_SAML." });
    }
    if (authMethod == "PARTNER_SAML" && Documents::text(body, "idpEntityId").empty()) {
        errors.push_back({ "idpEntityId is required with PARTNER_SAML authentication." });
    }
    for (const char* key : { "commonSettings", "callSettings" }) {
        if (body.contains(key) && !body[key].is_object()) {
            errors.push_back({ std::string(key) + " must be an object." });
        }
    }
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    bool duplicate = false;
    m_context.store->table(Kind::Template).forEach([&](const std::string&, const json& doc) {
        duplicate = Documents::text(doc, "name") == name;
        return !duplicate;
    });
    if (duplicate) {
        return ApiResponse::error(409, "An onboarding template named " + name + " already exists.");
    }
    const std::string id = IdCodec::provisioningId(QUuid::createUuid());
    json doc = { { "id", id },
                 { "provisioningId", id },
                 { "name", name },
                 { "countryCode", body["countryCode"] },
                 { "defaultEmailLanguage", body.value("defaultEmailLanguage", json("en_US")) },
                 { "serviceProviderAdminPersonId", body.value("serviceProviderAdminPersonId", json()) },
                 { "wholesaleSubscriptionId", body.value("wholesaleSubscriptionId", json()) },
                 { "ccpVendor", body.value("ccpVendor", json()) },
                 { "authMethod", authMethod },
                 { "idpEntityId", body.value("idpEntityId", json()) },
                 { "commonSettings", body.value("commonSettings", json::object()) },
                 { "callSettings", body.value("callSettings", json::object()) },
                 { "created", Documents::nowIso() } };
    m_context.store->put(Kind::Template, id, doc);
    ApiResponse response = ApiResponse::ok(doc, 201);
    response.withHeader("Location", QByteArray::fromStdString(request.baseUrl + "/sandbox/onboardingTemplates/" + id));
    return response;
}

ApiResponse TemplateHandler::remove(ApiRequest& request)
{
    if (!m_context.store->find(Kind::Template, request.param(0))) {
        return ApiResponse::error(404, "Onboarding template not found.");
    }
    m_context.store->remove(Kind::Template, request.param(0));
    return ApiResponse::noContent(204);
}

} // namespace onboarder::sandbox
