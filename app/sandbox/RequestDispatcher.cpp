#include "sandbox/RequestDispatcher.h"

#include "sandbox/Authenticator.h"
#include "sandbox/Documents.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/IdCodec.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxInspection.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"

#include <QLoggingCategory>
#include <QRegularExpression>

// Every request is logged at debug level, which is off unless asked for
// (QT_LOGGING_RULES=onboarder.sandbox.http.debug=true): writing a line to stderr for each of thousands of requests a
// second cost more than some of the handlers.
Q_LOGGING_CATEGORY(lcSandboxHttp, "onboarder.sandbox.http", QtInfoMsg)

using nlohmann::json;

namespace onboarder::sandbox {

namespace {
bool isJsonType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

bool isFormType(const QByteArray& contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower() == "application/x-www-form-urlencoded";
}

// A write that creates something; the prechecks (POST .../validate) change nothing.
bool isCreate(const ApiRequest& request)
{
    return request.method == ApiRequest::Method::Post && !request.path.endsWith(QLatin1String("/validate"));
}

// True when [ and { (outside strings) nest deeper than `limit`. Checked before parsing: copying or dumping a
// document is recursive, and a body of a million "[" would overflow the server thread's stack.
bool nestsDeeperThan(const QByteArray& bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) {
                return true;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}
} // namespace

RequestDispatcher::RequestDispatcher(SandboxContext context, const Router* router, FaultInjector* faults)
    : m_context(context)
    , m_router(router)
    , m_faults(faults)
{
    if (m_context.options && m_context.options->inspection) {
        m_inspection = std::make_unique<SandboxInspection>(m_context.store);
    }
}

RequestDispatcher::~RequestDispatcher() = default;

ApiResponse RequestDispatcher::dispatch(ApiRequest& request)
{
    const QByteArray incoming = request.header("TrackingID").trimmed();
    request.trackingId = !incoming.isEmpty() && incoming.size() <= 256
        ? incoming.toStdString()
        : "SANDBOX_" + IdCodec::uuidText(IdCodec::randomUuid());

    ApiResponse response;
    try {
        response = run(request);
    } catch (const std::exception& error) {
        qCWarning(lcSandboxHttp) << "handler failed:" << error.what();
        response = ApiResponse::error(500, "The sandbox failed to handle this request.");
    }
    if (response.isError && response.json.is_object()) {
        response.json["trackingId"] = request.trackingId;
    }
    response.withHeader("TrackingID", QByteArray::fromStdString(request.trackingId));
    qCDebug(lcSandboxHttp).noquote() << ApiRequest::methodName(request.method) << request.path << response.status;
    return response;
}

ApiResponse RequestDispatcher::run(ApiRequest& request)
{
    if (!request.path.startsWith(QLatin1String("/v1/"))) {
        return ApiResponse::error(404, "Not found. The API lives under /v1.");
    }
    request.path = request.path.mid(3);
    if (request.body.size() > maxBodyBytes) {
        return ApiResponse::error(413, "The request body is larger than 1 MiB.");
    }
    if (m_inspection) {
        if (auto answer = m_inspection->answer(request)) {
            return *answer;
        }
    }
    const Router::Match match = m_router->match(request.method, request.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            ApiResponse response = ApiResponse::error(405, "Method not allowed.");
            response.withHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
            return response;
        }
        return ApiResponse::error(404, "No such resource: " + request.path.toStdString());
    }
    const Router::Route& route = *match.route;
    request.params = match.params;

    if (!route.faultExempt) {
        std::optional<FaultInjector::Fault> fault = m_faults->rateLimit();
        if (!fault) {
            fault = m_faults->randomFailure();
        }
        if (fault) {
            return faultAnswer(*fault,
                               fault->status == 429       ? "Too many requests; retry after the time in Retry-After."
                                   : fault->status == 502 ? "Bad gateway (injected fault)."
                                                          : "Service unavailable (injected fault).");
        }
    }

    if (!route.scopes.isEmpty()) {
        QStringList granted;
        switch (m_context.authenticator->check(request.header("Authorization"), &granted)) {
        case Authenticator::Verdict::Ok:
            break;
        case Authenticator::Verdict::Missing:
            return ApiResponse::error(
                       401, "The request requires a valid access token set in the Authorization request header.")
                .withHeader("WWW-Authenticate", "Bearer");
        case Authenticator::Verdict::Unknown:
            return ApiResponse::error(401, "The access token is not valid.")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        case Authenticator::Verdict::Expired:
            return ApiResponse::error(401, "The access token has expired.")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        const bool allowed = std::any_of(
            route.scopes.begin(), route.scopes.end(), [&](const QString& scope) { return granted.contains(scope); });
        if (!allowed) {
            return ApiResponse::error(403,
                                      "The access token lacks the scope this operation needs: "
                                          + route.scopes.join(QStringLiteral(" or ")).toStdString() + ".");
        }
        request.scopes = granted;
    }

    if (auto error = resolveSubPartner(request)) {
        return *error;
    }
    if (auto error = parseBody(request, static_cast<int>(route.body))) {
        return *error;
    }
    if (auto refusal = refusedCreate(request)) {
        return carryOut(request, *refusal, route.faultExempt);
    }
    return carryOut(request, route.handler(request), route.faultExempt);
}

ApiResponse RequestDispatcher::carryOut(const ApiRequest& request, ApiResponse response, bool faultExempt)
{
    if (request.method == ApiRequest::Method::Get) {
        return response;
    }
    // Only a create that took effect loses its answer: the case a client cannot settle by sending it again. The
    // prechecks change nothing, so they are left alone.
    std::optional<FaultInjector::Fault> lost;
    if (isCreate(request) && !faultExempt && response.status >= 200 && response.status < 300) {
        lost = m_faults->lostAnswer();
    }
    if (m_inspection) {
        m_inspection->recordWrite(request, response.status, lost.has_value());
    }
    if (!lost) {
        return response;
    }
    return faultAnswer(*lost,
                       lost->status == 502 ? "Bad gateway (injected fault; the request was carried out)."
                                           : "Gateway timeout (injected fault; the request was carried out).");
}

std::optional<ApiResponse> RequestDispatcher::refusedCreate(const ApiRequest& request) const
{
    const QString pattern = m_context.options ? m_context.options->refuseCreatesForEmails : QString();
    if (pattern.isEmpty() || !isCreate(request) || !request.path.endsWith(QLatin1String("/subscribers"))
        || !request.json.is_object()) {
        return std::nullopt;
    }
    const auto email = request.json.find("email");
    if (email == request.json.end() || !email->is_string()) {
        return std::nullopt;
    }
    const QRegularExpression rule(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!rule.match(QString::fromStdString(email->get<std::string>())).hasMatch()) {
        return std::nullopt;
    }
    return ApiResponse::error(400, "New users with this email are not accepted (injected fault).");
}

ApiResponse RequestDispatcher::faultAnswer(const FaultInjector::Fault& fault, const char* message)
{
    ApiResponse response = ApiResponse::error(fault.status, message);
    if (fault.retryAfterSecs > 0) {
        response.withHeader("Retry-After", QByteArray::number(fault.retryAfterSecs));
    }
    return response;
}

std::optional<ApiResponse> RequestDispatcher::resolveSubPartner(ApiRequest& request) const
{
    if (!request.hasQuery("onBehalfOfSubPartnerOrgId")) {
        return std::nullopt;
    }
    const auto orgId = IdCodec::normalize(request.queryValue("onBehalfOfSubPartnerOrgId"), { "ORGANIZATION" });
    const json* subPartner = orgId ? m_context.store->find(SandboxStore::Kind::SubPartner, *orgId) : nullptr;
    if (!subPartner) {
        return ApiResponse::error(403, "onBehalfOfSubPartnerOrgId is not a sub-partner of this partner.");
    }
    const bool writes = request.method == ApiRequest::Method::Post || request.method == ApiRequest::Method::Put;
    if (writes && Documents::text(*subPartner, "provisioningState") == "suspended"
        && request.path.startsWith(QLatin1String("/wholesale/"))) {
        return ApiResponse::error(403, "The sub-partner is suspended: it can only delete customers and subscribers.");
    }
    request.subPartnerOrgId = *orgId;
    return std::nullopt;
}

std::optional<ApiResponse> RequestDispatcher::parseBody(ApiRequest& request, int bodyKind) const
{
    const auto kind = static_cast<Router::BodyKind>(bodyKind);
    if (kind == Router::BodyKind::None
        || (kind == Router::BodyKind::OptionalJson && request.body.trimmed().isEmpty())) {
        return std::nullopt;
    }
    const QByteArray contentType = request.header("Content-Type");
    if (kind == Router::BodyKind::Form) {
        if (!isFormType(contentType)) {
            return ApiResponse::error(415, "The body must be application/x-www-form-urlencoded.");
        }
        QByteArray form = request.body;
        form.replace('+', "%20");
        const QUrlQuery fields(QString::fromUtf8(form));
        for (const auto& item : fields.queryItems(QUrl::FullyEncoded)) {
            request.query.addQueryItem(item.first, item.second);
        }
        return std::nullopt;
    }
    if (!isJsonType(contentType)) {
        return ApiResponse::error(415, "Unsupported media type: request bodies must be application/json.");
    }
    if (nestsDeeperThan(request.body, maxBodyDepth)) {
        return ApiResponse::error(400, "The request body is nested more than 64 levels deep.");
    }
    request.json = json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (request.json.is_discarded()) {
        request.json = nullptr;
        return ApiResponse::error(400, "The request body is not valid JSON.");
    }
    if (!request.json.is_object()) {
        return ApiResponse::error(400, "The request body must be a JSON object.");
    }
    return std::nullopt;
}

} // namespace onboarder::sandbox
