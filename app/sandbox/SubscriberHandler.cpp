#include "sandbox/SubscriberHandler.h"

#include "sandbox/CustomerHandler.h"
#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/PackageCatalog.h"
#include "sandbox/Paginator.h"
#include "sandbox/ProvisioningEngine.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"
#include "sandbox/SubscriberValidator.h"

#include <algorithm>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;
using Method = onboarder::sandbox::ApiRequest::Method;
using BodyKind = onboarder::sandbox::Router::BodyKind;

namespace onboarder::sandbox {

namespace {
bool isProvisioned(const json& customer)
{
    const std::string status = Documents::text(customer, "status");
    return status == "provisioned" || status == "provisioned_with_errors";
}

ApiResponse subscriberAnswer(const ApiRequest& request, const json& subscriber, int status)
{
    ApiResponse response = ApiResponse::ok(Documents::publicView(subscriber), status);
    response.withHeader(
        "Location",
        QByteArray::fromStdString(request.baseUrl + "/wholesale/subscribers/" + Documents::text(subscriber, "id")));
    return response;
}
} // namespace

SubscriberHandler::SubscriberHandler(SandboxContext context)
    : m_context(context)
{
}

void SubscriberHandler::registerRoutes(Router& router)
{
    auto bind = [this](ApiResponse (SubscriberHandler::*method)(ApiRequest&)) {
        return [this, method](ApiRequest& request) { return (this->*method)(request); };
    };
    router.add(Method::Get,
               "/wholesale/subscribers",
               { Scopes::subscribersRead },
               BodyKind::None,
               bind(&SubscriberHandler::list));
    router.add(Method::Post,
               "/wholesale/subscribers",
               { Scopes::subscribersWrite },
               BodyKind::Json,
               bind(&SubscriberHandler::provision));
    router.add(Method::Post,
               "/wholesale/subscribers/validate",
               { Scopes::subscribersWrite },
               BodyKind::Json,
               bind(&SubscriberHandler::precheck));
    router.add(Method::Get,
               "/wholesale/subscribers/{}",
               { Scopes::subscribersRead },
               BodyKind::None,
               bind(&SubscriberHandler::get));
    router.add(Method::Put,
               "/wholesale/subscribers/{}",
               { Scopes::subscribersWrite },
               BodyKind::Json,
               bind(&SubscriberHandler::update));
    router.add(Method::Delete,
               "/wholesale/subscribers/{}",
               { Scopes::subscribersWrite },
               BodyKind::None,
               bind(&SubscriberHandler::remove));
    // As published: no /wholesale prefix on this path (wholesale-api.md §4.7).
    router.add(Method::Post,
               "/subscribers/{}/emails/consentMove",
               { Scopes::subscribersWrite },
               BodyKind::OptionalJson,
               bind(&SubscriberHandler::consentMove));
}

bool SubscriberHandler::visible(const ApiRequest& request, const json& subscriber) const
{
    const json* customer = m_context.store->find(Kind::Customer, Documents::text(subscriber, "customerId"));
    return customer && Documents::text(*customer, "_subPartnerOrgId") == request.subPartnerOrgId;
}

const json* SubscriberHandler::resolve(const ApiRequest& request, ApiResponse* error) const
{
    const auto id = IdCodec::normalize(request.param(0), { "SUBSCRIBER" });
    const json* subscriber = id ? m_context.store->find(Kind::Subscriber, *id) : nullptr;
    if (subscriber && !request.subPartnerOrgId.empty() && !visible(request, *subscriber)) {
        subscriber = nullptr;
    }
    if (!subscriber) {
        *error = ApiResponse::error(404, "Subscriber not found.");
    }
    return subscriber;
}

ApiResponse SubscriberHandler::list(ApiRequest& request)
{
    Paginator pages(request, 50);
    if (auto error = pages.error()) {
        return *error;
    }
    std::string customerId;
    if (request.hasQuery("customerId")) {
        customerId = IdCodec::normalize(request.queryValue("customerId"), { "ENTERPRISE", "CUSTOMER" }).value_or("-");
    }
    std::string personId;
    if (request.hasQuery("personId")) {
        personId = IdCodec::normalize(request.queryValue("personId"), { "PEOPLE" }).value_or("-");
    }
    const std::string externalCustomerId = request.queryValue("externalCustomerId");
    const std::string email = SandboxStore::lower(request.queryValue("email"));
    const std::string status = request.queryValue("status");
    std::optional<qint64> after;
    std::optional<qint64> changedAfter;
    if (request.hasQuery("after")) {
        after = Documents::parseTime(request.queryValue("after"));
        if (!after) {
            return ApiResponse::error(400, "after must be epoch milliseconds or an ISO 8601 date and time.");
        }
    }
    if (request.hasQuery("lastStatusChange")) {
        changedAfter = Documents::parseTime(request.queryValue("lastStatusChange"));
        if (!changedAfter) {
            return ApiResponse::error(400, "lastStatusChange must be epoch milliseconds or an ISO 8601 date and time.");
        }
    }
    const std::string sortBy = request.hasQuery("sortBy") ? request.queryValue("sortBy") : "created";
    if (sortBy != "created" && sortBy != "lastStatusChange") {
        return ApiResponse::error(400, "sortBy must be created or lastStatusChange.");
    }
    std::string sortOrder = request.hasQuery("sortOrder") ? request.queryValue("sortOrder") : "ASC";
    std::transform(sortOrder.begin(), sortOrder.end(), sortOrder.begin(), [](unsigned char c) {
        return static_cast<char>(std::toupper(c));
    });
    if (sortOrder != "ASC" && sortOrder != "DESC") {
        return ApiResponse::error(400, "sortOrder must be ASC or DESC.");
    }

    std::vector<const json*> matches;
    m_context.store->table(Kind::Subscriber).forEach([&](const std::string&, const json& subscriber) {
        if (!customerId.empty() && Documents::text(subscriber, "customerId") != customerId) {
            return true;
        }
        if (!personId.empty() && Documents::text(subscriber, "personId") != personId) {
            return true;
        }
        if (!externalCustomerId.empty() && Documents::text(subscriber, "externalCustomerId") != externalCustomerId) {
            return true;
        }
        if (!email.empty() && SandboxStore::lower(Documents::text(subscriber, "email")) != email) {
            return true;
        }
        if (!status.empty() && Documents::text(subscriber, "status") != status) {
            return true;
        }
        if (after && Documents::integer(subscriber, "_createdMs") <= *after) {
            return true;
        }
        if (changedAfter && Documents::integer(subscriber, "_lastStatusChangeMs") <= *changedAfter) {
            return true;
        }
        if (!visible(request, subscriber)) {
            return true;
        }
        matches.push_back(&subscriber);
        return true;
    });
    const char* key = sortBy == "created" ? "_createdMs" : "_lastStatusChangeMs";
    const bool descending = sortOrder == "DESC";
    std::stable_sort(matches.begin(), matches.end(), [&](const json* a, const json* b) {
        const qint64 left = Documents::integer(*a, key);
        const qint64 right = Documents::integer(*b, key);
        return descending ? left > right : left < right;
    });
    json items = json::array();
    for (std::size_t i = pages.offset(); i < matches.size() && i < pages.offset() + pages.max(); ++i) {
        items.push_back(Documents::publicView(*matches[i]));
    }
    ApiResponse response = ApiResponse::ok({ { "items", std::move(items) } });
    pages.addLinks(response, matches.size());
    return response;
}

ApiResponse SubscriberHandler::get(ApiRequest& request)
{
    ApiResponse error;
    const json* subscriber = resolve(request, &error);
    return subscriber ? ApiResponse::ok(Documents::publicView(*subscriber)) : error;
}

ApiResponse SubscriberHandler::provision(ApiRequest& request)
{
    const json& body = request.json;
    SubscriberValidator validator(m_context.store);
    std::vector<ErrorDetail> errors;
    for (const char* key : { "customerId", "email" }) {
        if (!body.contains(key) || !body[key].is_string() || body[key].get<std::string>().empty()) {
            errors.push_back({ std::string(key) + " is required." });
        }
    }
    const json params = body.value("provisioningParameters", json());
    if (!params.is_object()) {
        errors.push_back({ "provisioningParameters is required." });
    }
    const std::string email = Documents::text(body, "email");
    if (!email.empty() && !Documents::isEmail(email)) {
        errors.push_back({ "email is not a valid email address." });
    }
    const auto package = validator.package(body, true, errors);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    ApiResponse notFound;
    const json* customer = CustomerHandler::resolve(m_context, request, Documents::text(body, "customerId"), &notFound);
    if (!customer) {
        return ApiResponse::error(400, "customerId does not name a wholesale customer.");
    }
    if (!isProvisioned(*customer)) {
        return ApiResponse::error(409,
                                  "The customer is " + Documents::text(*customer, "status")
                                      + "; subscribers can be added once it is provisioned.");
    }
    if (auto conflict = validator.emailInUse(email)) {
        return *conflict;
    }
    const std::string orgId = Documents::text(*customer, "orgId");
    const bool calling = PackageCatalog::isCallingPackage(*package);
    std::optional<ApiResponse> conflict;
    validator.checkCalling(params, orgId, {}, calling, errors, conflict);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    if (conflict) {
        return *conflict;
    }
    ResourceFactory::PersonSpec spec {
        orgId, email, Documents::text(params, "firstName"),          Documents::text(params, "lastName"),
        {},    {},    Documents::text(params, "primaryPhoneNumber"), Documents::text(params, "extension")
    };
    if (calling) {
        const auto locationId = IdCodec::normalize(Documents::text(params, "locationId"), { "LOCATION" });
        spec.locationId = locationId ? *locationId : m_context.factory->firstLocationOf(orgId);
        if (spec.locationId.empty()) {
            return ApiResponse::error(400, "The customer has no location for a calling subscriber; create one first.");
        }
    }
    const bool pending = validator.isFreeConsumerAccount(email);
    const std::string id = m_context.factory->createSubscriber(*customer, email, *package, spec, pending);
    return subscriberAnswer(request, *m_context.store->find(Kind::Subscriber, id), pending ? 202 : 200);
}

ApiResponse SubscriberHandler::update(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = resolve(request, &error);
    if (!stored) {
        return error;
    }
    const json& body = request.json;
    SubscriberValidator validator(m_context.store);
    std::vector<ErrorDetail> errors;
    const auto package = validator.package(body, true, errors);
    const json params = body.value("provisioningParameters", json::object());
    if (!params.is_object()) {
        errors.push_back({ "provisioningParameters must be an object." });
    }
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    const json* customer = m_context.store->find(Kind::Customer, Documents::text(*stored, "customerId"));
    if (!customer || !isProvisioned(*customer)) {
        return ApiResponse::error(409, "The customer of this subscriber is not provisioned.");
    }
    const std::string oldPackage = stored->value("packages", json::array()).empty()
        ? Documents::text(*stored, "package")
        : stored->at("packages").front().get<std::string>();
    const std::string email = Documents::text(*stored, "email");
    // Admin package rule (§7.5): the customer's full administrator cannot be downgraded.
    if (SandboxStore::lower(email) == SandboxStore::lower(Documents::text(*customer, "_primaryEmail"))
        && PackageCatalog::rank(*package) < PackageCatalog::rank(oldPackage)) {
        return ApiResponse::error(400,
                                  "The package of the customer's primary administrator cannot be downgraded from "
                                      + oldPackage + " to " + *package + ".");
    }
    const std::string orgId = Documents::text(*customer, "orgId");
    const std::string personId = Documents::text(*stored, "personId");
    const json* person = personId.empty() ? nullptr : m_context.store->find(Kind::Person, personId);
    const bool alreadyCalling = person
        && (!Documents::text(*person, "extension").empty() || !person->value("phoneNumbers", json::array()).empty());
    const bool needsNumber = PackageCatalog::isCallingPackage(*package) && !PackageCatalog::isCallingPackage(oldPackage)
        && !alreadyCalling;
    std::optional<ApiResponse> conflict;
    validator.checkCalling(params, orgId, personId, needsNumber, errors, conflict);
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    if (conflict) {
        return *conflict;
    }

    json subscriber = *stored;
    subscriber["packages"] = json::array({ *package });
    if (PackageCatalog::isLegacySubscriberPackage(*package)) {
        subscriber["package"] = *package;
    } else {
        subscriber.erase("package");
    }
    if (person && !alreadyCalling && PackageCatalog::isCallingPackage(*package)) {
        json updated = *person;
        const std::string number = Documents::text(params, "primaryPhoneNumber");
        if (!number.empty()) {
            updated["phoneNumbers"] = json::array({ { { "type", "work" }, { "value", number }, { "primary", true } } });
            m_context.factory->assignNumber(number, personId);
        }
        if (params.contains("extension")) {
            updated["extension"] = params["extension"];
        }
        const auto locationId = IdCodec::normalize(Documents::text(params, "locationId"), { "LOCATION" });
        updated["locationId"] = locationId ? *locationId : m_context.factory->firstLocationOf(orgId);
        updated["lastModified"] = Documents::nowIso();
        m_context.store->put(Kind::Person, personId, updated);
    }
    m_context.store->put(Kind::Subscriber, Documents::text(subscriber, "id"), subscriber);
    return ApiResponse::ok(Documents::publicView(subscriber));
}

ApiResponse SubscriberHandler::remove(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = resolve(request, &error);
    if (!stored) {
        return error;
    }
    const std::string id = Documents::text(*stored, "id");
    const std::string personId = Documents::text(*stored, "personId");
    const json* customer = m_context.store->find(Kind::Customer, Documents::text(*stored, "customerId"));
    const bool isAdmin = customer
        && SandboxStore::lower(Documents::text(*stored, "email"))
            == SandboxStore::lower(Documents::text(*customer, "_primaryEmail"));
    m_context.store->beginBatch();
    if (!personId.empty() && !isAdmin) {
        m_context.factory->releaseNumbersOf(personId);
        m_context.store->remove(Kind::Person, personId);
    }
    m_context.store->remove(Kind::Subscriber, id);
    m_context.store->commitBatch();
    return ApiResponse::noContent(204);
}

ApiResponse SubscriberHandler::precheck(ApiRequest& request)
{
    const json& body = request.json;
    SubscriberValidator validator(m_context.store);
    std::vector<ErrorDetail> errors;
    const std::string email = Documents::text(body, "email");
    if (email.empty()) {
        errors.push_back({ "email is required." });
    } else if (!Documents::isEmail(email)) {
        errors.push_back({ "email is not a valid email address." });
    }
    const auto package = validator.package(body, false, errors);
    const json info = body.value("customerInfo", json::object());
    const bool byCustomer = body.contains("customerId");
    const bool byTemplate = body.contains("provisioningId");
    if (!byCustomer && !byTemplate) {
        errors.push_back({ "Either customerId, or provisioningId with customerInfo.primaryEmail, is required." });
    }
    if (byTemplate && !byCustomer) {
        if (!m_context.store->find(Kind::Template, Documents::text(body, "provisioningId"))) {
            errors.push_back({ "Unknown provisioningId: no onboarding template has this Provisioning ID." });
        }
        if (!info.is_object() || !Documents::isEmail(Documents::text(info, "primaryEmail"))) {
            errors.push_back({ "customerInfo.primaryEmail is required with provisioningId." });
        }
    }
    if (!errors.empty()) {
        return ApiResponse::error(400, errors);
    }
    if (byCustomer) {
        ApiResponse notFound;
        const json* customer
            = CustomerHandler::resolve(m_context, request, Documents::text(body, "customerId"), &notFound);
        if (!customer) {
            return ApiResponse::error(400, "customerId does not name a wholesale customer.");
        }
        if (!isProvisioned(*customer)) {
            return ApiResponse::error(409, "The customer is " + Documents::text(*customer, "status") + ".");
        }
        const json params = body.value("provisioningParameters", json::object());
        if (package && params.is_object()) {
            std::optional<ApiResponse> conflict;
            validator.checkCalling(params,
                                   Documents::text(*customer, "orgId"),
                                   {},
                                   PackageCatalog::isCallingPackage(*package) && params.contains("firstName"),
                                   errors,
                                   conflict);
            if (!errors.empty()) {
                return ApiResponse::error(400, errors);
            }
            if (conflict) {
                return *conflict;
            }
        }
    }
    if (auto conflict = validator.emailInUse(email)) {
        return *conflict;
    }
    return ApiResponse::ok(
        { { "message", "success" },
          { "info",
            json::array(
                { { { "infoCode", 100 }, { "description", "Provisioning preCheck validation successful." } } }) } });
}

ApiResponse SubscriberHandler::consentMove(ApiRequest& request)
{
    ApiResponse error;
    const json* stored = resolve(request, &error);
    if (!stored) {
        return error;
    }
    if (Documents::text(*stored, "status") != "pending_user_migration") {
        return ApiResponse::error(409, "The subscriber is not pending a user migration.");
    }
    json subscriber = *stored;
    // The sandbox's consumer "accepts" the consent email after the provisioning delay.
    subscriber["_consentDueAtMs"] = Documents::nowMs() + m_context.engine->delayMs();
    const std::string id = Documents::text(subscriber, "id");
    m_context.store->put(Kind::Subscriber, id, subscriber);
    m_context.engine->scheduleConsent(id);
    return ApiResponse::noContent(204);
}

} // namespace onboarder::sandbox
