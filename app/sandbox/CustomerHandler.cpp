#include "sandbox/CustomerHandler.h"

#include "sandbox/CustomerValidator.h"
#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/Paginator.h"
#include "sandbox/ProvisioningEngine.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"

#include <QLoggingCategory>

#include <set>

Q_LOGGING_CATEGORY(lcSandboxCustomers, "onboarder.sandbox.customers")

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;
using Method = onboarder::sandbox::ApiRequest::Method;
using BodyKind = onboarder::sandbox::Router::BodyKind;

namespace onboarder::sandbox {

namespace {
const std::set<std::string>& customerStatuses()
{
    static const std::set<std::string> statuses
        = { "provisioned", "provisioned_with_errors", "provisioning", "updating", "deleting",
            "error",       "pending_rpl_review" };
    return statuses;
}
} // namespace

CustomerHandler::CustomerHandler(SandboxContext context)
    : m_context(context)
{
}

void CustomerHandler::registerRoutes(Router& router)
{
    auto bind = [this](ApiResponse (CustomerHandler::*method)(ApiRequest&)) {
        return [this, method](ApiRequest& request) { return (this->*method)(request); };
    };
    router.add(
        Method::Get, "/wholesale/customers", { Scopes::customersRead }, BodyKind::None, bind(&CustomerHandler::list));
    router.add(Method::Post,
               "/wholesale/customers",
               { Scopes::customersWrite },
               BodyKind::Json,
               bind(&CustomerHandler::provision));
    router.add(Method::Post,
               "/wholesale/customers/validate",
               { Scopes::customersWrite },
               BodyKind::Json,
               bind(&CustomerHandler::precheck));
    router.add(
        Method::Get, "/wholesale/customers/{}", { Scopes::customersRead }, BodyKind::None, bind(&CustomerHandler::get));
    router.add(Method::Put,
               "/wholesale/customers/{}",
               { Scopes::customersWrite },
               BodyKind::Json,
               bind(&CustomerHandler::update));
    router.add(Method::Delete,
               "/wholesale/customers/{}",
               { Scopes::customersWrite },
               BodyKind::None,
               bind(&CustomerHandler::remove));
}

json CustomerHandler::view(const json& customer, bool withLicenses)
{
    json view = Documents::publicView(customer);
    const std::string status = Documents::text(customer, "status");
    if (status != "provisioned" && status != "provisioned_with_errors") {
        view.erase("orgId");
    }
    if (view.contains("resourceDetails")) {
        for (auto& package : view["resourceDetails"]["packages"]) {
            if (withLicenses && package.value("status", std::string()) == "provisioned") {
                const std::string name = package.value("name", std::string());
                const QUuid uuid = IdCodec::stableUuid(Documents::text(customer, "id") + "/" + name);
                package["licenseIds"] = json::array(
                    { IdCodec::encode("LICENSE", uuid.toString(QUuid::WithoutBraces).toStdString() + ":" + name) });
            } else {
                package.erase("licenseIds");
            }
        }
    }
    return view;
}

const json* CustomerHandler::resolve(const SandboxContext& context,
                                     const ApiRequest& request,
                                     const std::string& rawId,
                                     ApiResponse* error)
{
    const auto id = IdCodec::normalize(rawId, { "ENTERPRISE", "CUSTOMER" });
    const json* customer = id ? context.store->find(Kind::Customer, *id) : nullptr;
    if (customer && !request.subPartnerOrgId.empty()
        && Documents::text(*customer, "_subPartnerOrgId") != request.subPartnerOrgId) {
        customer = nullptr; // another sub-partner's customer does not exist for this caller
    }
    if (!customer) {
        *error = ApiResponse::error(404, "Customer not found.");
    }
    return customer;
}

ApiResponse CustomerHandler::list(ApiRequest& request)
{
    Paginator pages(request, Paginator::maxPageSize);
    if (auto error = pages.error()) {
        return *error;
    }
    const std::string externalId = request.queryValue("externalId");
    std::string orgId;
    if (request.hasQuery("orgId")) {
        const auto normalized = IdCodec::normalize(request.queryValue("orgId"), { "ORGANIZATION" });
        if (!normalized) {
            return ApiResponse::error(400, "orgId is not a valid organization ID.");
        }
        orgId = *normalized;
    }
    const std::vector<std::string> statuses = request.queryValues("status");
    for (const std::string& status : statuses) {
        if (customerStatuses().count(status) == 0) {
            return ApiResponse::error(400, "Unknown status filter: " + status + ".");
        }
    }
    // The page is written as text: each customer's view is rendered once and kept with the document until it
    // changes, so a page is 100 string copies rather than 100 document copies and their serialization. The bytes are
    // those of {"items":[view, ...]} dumped as one document.
    QByteArray body;
    body.reserve(static_cast<qsizetype>(pages.max()) * 640);
    body += "{\"items\":[";
    const DocumentTable& customers = m_context.store->table(Kind::Customer);
    std::string filter = request.subPartnerOrgId + '\n' + externalId + '\n' + orgId;
    for (const std::string& status : statuses) {
        filter += '\n' + status;
    }
    std::size_t total = 0;
    qint64 startSeq = 0;
    if (m_listResume.filter == filter && m_listResume.tableVersion == customers.version()
        && m_listResume.matchesBefore <= pages.offset()) {
        total = m_listResume.matchesBefore;
        startSeq = m_listResume.seq;
    }
    customers.forEachEntryFrom(startSeq, [&](const DocumentTable::Entry& entry) {
        const auto& keys = entry.keys;
        if (keys[SandboxStore::CustomerSubPartner] != request.subPartnerOrgId) {
            return true;
        }
        if (!externalId.empty() && keys[SandboxStore::CustomerExternalId] != externalId) {
            return true;
        }
        if (!orgId.empty() && keys[SandboxStore::CustomerOrgId] != orgId) {
            return true;
        }
        if (!statuses.empty()
            && std::find(statuses.begin(), statuses.end(), keys[SandboxStore::CustomerStatus]) == statuses.end()) {
            return true;
        }
        if (pages.contains(total)) {
            const std::string& text = DocumentTable::rendered(entry, [](const json& customer) {
                return view(customer, false).dump(-1, ' ', false, json::error_handler_t::replace);
            });
            if (!body.endsWith('[')) {
                body += ',';
            }
            body.append(text.data(), static_cast<qsizetype>(text.size()));
        } else if (total == pages.offset() + pages.max()) {
            // The first customer of the next page.
            m_listResume = { filter, customers.version(), total, entry.seq };
        }
        ++total;
        // One match past the page is all the next link needs; the rest of 20,000 customers need not be read.
        return !pages.isBeyondPage(total);
    });
    body += "]}";
    ApiResponse response;
    response.rawBody = std::move(body);
    pages.addLinks(response, total);
    return response;
}

ApiResponse CustomerHandler::get(ApiRequest& request)
{
    ApiResponse error;
    const json* customer = resolve(m_context, request, request.param(0), &error);
    if (!customer) {
        return error;
    }
    const auto withLicenses = request.queryBool("includePackageLicenseInfo");
    if (!withLicenses) {
        return ApiResponse::error(400, "includePackageLicenseInfo must be true or false.");
    }
    return ApiResponse::ok(view(*customer, *withLicenses));
}

ApiResponse CustomerHandler::accepted(const ApiRequest& request, const std::string& id) const
{
    const std::string url = request.baseUrl + "/wholesale/customers/" + id;
    ApiResponse response = ApiResponse::ok({ { "url", url } }, 202);
    response.withHeader("Location", QByteArray::fromStdString(url));
    return response;
}

ApiResponse CustomerHandler::provision(ApiRequest& request)
{
    const json& body = request.json;
    CustomerValidator validator(m_context.store);
    const auto errors = validator.validate(body, CustomerValidator::Mode::Provision, nullptr);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    if (auto conflict = validator.conflicts(body, {})) {
        return *conflict;
    }
    const std::string id = IdCodec::generate("ENTERPRISE");
    const json info = body.value("customerInfo", json::object());
    json customer = { { "id", id },
                      { "externalId", body["externalId"] },
                      { "address", body["address"] },
                      { "packages", body["packages"] },
                      { "_name", Documents::text(info, "name") },
                      { "_primaryEmail", Documents::text(info, "primaryEmail") },
                      { "_language", Documents::text(info, "language") },
                      { "_provisioningId", body["provisioningId"] },
                      { "_provisioningParameters", body.value("provisioningParameters", json::object()) },
                      { "_subPartnerOrgId", request.subPartnerOrgId },
                      { "_subPartnerAdminEmail", Documents::text(body, "subPartnerAdminEmail") },
                      { "_createdMs", Documents::nowMs() } };
    if (body.contains("orgId")) {
        const auto orgId = IdCodec::normalize(Documents::text(body, "orgId"), { "ORGANIZATION" });
        customer["orgId"] = orgId.value_or(Documents::text(body, "orgId"));
        if (customer["_name"].get<std::string>().empty()) {
            if (const json* org = m_context.store->find(Kind::Organization, customer["orgId"].get<std::string>())) {
                customer["_name"] = Documents::text(*org, "displayName");
            }
        }
    }
    m_context.engine->begin(customer, "provisioning");
    m_context.store->put(Kind::Customer, id, customer);
    m_context.engine->schedule(id);
    qCDebug(lcSandboxCustomers) << "customer accepted for provisioning";
    return accepted(request, id);
}

ApiResponse CustomerHandler::update(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = resolve(m_context, request, request.param(0), &error);
    if (!stored) {
        return error;
    }
    const std::string status = Documents::text(*stored, "status");
    if (status == "deleting") {
        return ApiResponse::error(409, "The customer is being deleted and cannot be updated.");
    }
    if (status == "provisioning" || status == "updating") {
        return ApiResponse::error(409, "The customer is still " + status + "; retry when it has finished.");
    }
    const json& body = request.json;
    CustomerValidator validator(m_context.store);
    const auto errors = validator.validate(body, CustomerValidator::Mode::Update, stored);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    const std::string id = Documents::text(*stored, "id");
    if (auto conflict = validator.conflicts(body, id)) {
        return *conflict;
    }
    json customer = *stored;
    customer["packages"] = body["packages"]; // full replacement: packages left out are removed
    if (body.contains("externalId")) {
        customer["externalId"] = body["externalId"];
    }
    if (body.contains("address")) {
        customer["address"] = body["address"];
    }
    if (body.contains("provisioningParameters")) {
        json params = customer.value("_provisioningParameters", json::object());
        params.update(body["provisioningParameters"]);
        customer["_provisioningParameters"] = params;
    }
    if (body.contains("subPartnerAdminEmail")) {
        customer["_subPartnerAdminEmail"] = body["subPartnerAdminEmail"];
    }
    m_context.engine->begin(customer, "updating");
    m_context.store->put(Kind::Customer, id, customer);
    m_context.engine->schedule(id);
    return accepted(request, id);
}

ApiResponse CustomerHandler::remove(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = resolve(m_context, request, request.param(0), &error);
    if (!stored) {
        return error;
    }
    if (Documents::text(*stored, "status") == "deleting") {
        return ApiResponse::error(409, "The customer is already being deleted.");
    }
    json customer = *stored;
    const std::string id = Documents::text(customer, "id");
    m_context.engine->begin(customer, "deleting");
    m_context.store->put(Kind::Customer, id, customer);
    m_context.engine->schedule(id);
    return ApiResponse::noContent(202);
}

ApiResponse CustomerHandler::precheck(ApiRequest& request)
{
    const json& body = request.json;
    CustomerValidator validator(m_context.store);
    const auto errors = validator.validate(body, CustomerValidator::Mode::Precheck, nullptr);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    if (auto conflict = validator.conflicts(body, {})) {
        return *conflict;
    }
    return ApiResponse::ok(
        { { "message", "success" },
          { "info",
            json::array(
                { { { "infoCode", 100 }, { "description", "Provisioning preCheck validation successful." } } }) } });
}

} // namespace onboarder::sandbox
