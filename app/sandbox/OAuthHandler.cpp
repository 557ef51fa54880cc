#include "sandbox/OAuthHandler.h"

#include "sandbox/Authenticator.h"
#include "sandbox/Documents.h"
#include "sandbox/OrgScope.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;
using Method = onboarder::sandbox::ApiRequest::Method;
using BodyKind = onboarder::sandbox::Router::BodyKind;

namespace onboarder::sandbox {

namespace {
constexpr qint64 kCodeLifetimeMs = 5 * 60 * 1000;

bool isLoopback(const QUrl& url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        return false;
    }
    if (url.host() == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QStringList grantedScopes(const QString& requested)
{
    const QStringList known = Scopes::all();
    QStringList granted;
    for (const QString& scope : requested.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (known.contains(scope) && !granted.contains(scope)) {
            granted.append(scope);
        }
    }
    return granted.isEmpty() ? known : granted;
}

std::string toStd(const QStringList& list)
{
    return list.join(QLatin1Char(' ')).toStdString();
}
} // namespace

OAuthHandler::OAuthHandler(SandboxContext context)
    : m_context(context)
{
}

void OAuthHandler::registerRoutes(Router& router)
{
    router.add(
        Method::Get,
        "/authorize",
        {},
        BodyKind::None,
        [this](ApiRequest& request) { return authorize(request); },
        true);
    router.add(
        Method::Post,
        "/access_token",
        {},
        BodyKind::Form,
        [this](ApiRequest& request) { return accessToken(request); },
        true);
    router.add(Method::Post,
               "/applications/{}/token",
               { Scopes::applicationsToken },
               BodyKind::Json,
               [this](ApiRequest& request) { return serviceAppToken(request); });
}

bool OAuthHandler::knownClient(const std::string& clientId, const std::string& secret) const
{
    const auto& clients = m_context.options->oauthClients;
    const auto it = clients.constFind(QString::fromStdString(clientId));
    return it != clients.constEnd() && !secret.empty() && it.value().toStdString() == secret;
}

ApiResponse OAuthHandler::serviceAppToken(ApiRequest& request)
{
    const std::string clientId = Documents::text(request.json, "clientId");
    const std::string secret = Documents::text(request.json, "clientSecret");
    const std::string targetOrgId = Documents::text(request.json, "targetOrgId");
    if (clientId.empty() || secret.empty() || targetOrgId.empty()) {
        return ApiResponse::error(400, "clientId, clientSecret and targetOrgId are required.");
    }
    if (!knownClient(clientId, secret)) {
        return ApiResponse::error(401, "The client ID or client secret of the Service app is wrong.");
    }
    ApiResponse unknownOrg;
    if (!OrgScope::resolveId(m_context, targetOrgId, &unknownOrg)) {
        return unknownOrg;
    }
    // The Service app acts with the wholesale scopes; it cannot mint tokens for other apps.
    QStringList scopes = Scopes::all();
    scopes.removeAll(Scopes::applicationsToken);
    return issue(clientId, scopes, {});
}

void OAuthHandler::restoreTokens()
{
    const qint64 now = Documents::nowMs();
    std::vector<std::string> expired;
    m_context.store->table(Kind::OAuthToken).forEach([&](const std::string& token, const json& doc) {
        const qint64 expiresAt = Documents::integer(doc, "expiresAtMs");
        if (expiresAt <= now) {
            expired.push_back(token);
        } else if (Documents::text(doc, "type") == "access") {
            m_context.authenticator->add(
                QString::fromStdString(token),
                { QString::fromStdString(Documents::text(doc, "scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                  expiresAt });
        }
        return true;
    });
    for (const std::string& token : expired) {
        m_context.store->remove(Kind::OAuthToken, token);
    }
}

ApiResponse OAuthHandler::authorize(ApiRequest& request)
{
    const std::string clientId = request.queryValue("client_id");
    const QUrl redirect(QString::fromStdString(request.queryValue("redirect_uri")));
    if (clientId.empty()) {
        return ApiResponse::oauthError(400, "invalid_request", "client_id is required.");
    }
    if (!isLoopback(redirect)) {
        // Only loopback redirects: the sandbox never sends a code anywhere but back to this machine.
        return ApiResponse::oauthError(
            400, "invalid_request", "redirect_uri must be an http URL on a loopback address.");
    }
    QUrl target = redirect;
    QUrlQuery query(target);
    const std::string state = request.queryValue("state");
    if (request.queryValue("response_type") != "code") {
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("unsupported_response_type"));
    } else {
        const QString code = Authenticator::randomToken(24);
        m_context.store->put(Kind::OAuthCode,
                             code.toStdString(),
                             { { "clientId", clientId },
                               { "redirectUri", redirect.toString().toStdString() },
                               { "scope", toStd(grantedScopes(QString::fromStdString(request.queryValue("scope")))) },
                               { "expiresAtMs", Documents::nowMs() + kCodeLifetimeMs } });
        query.addQueryItem(QStringLiteral("code"), code);
    }
    if (!state.empty()) {
        query.addQueryItem(QStringLiteral("state"), QString::fromStdString(state));
    }
    target.setQuery(query);
    ApiResponse response = ApiResponse::noContent(302);
    response.withHeader("Location", target.toEncoded());
    return response;
}

ApiResponse OAuthHandler::accessToken(ApiRequest& request)
{
    // The form body was parsed into request.query by the dispatcher.
    std::string clientId = request.queryValue("client_id");
    std::string secret = request.queryValue("client_secret");
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon)).toStdString();
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1)).toStdString();
        }
    }
    if (!knownClient(clientId, secret)) {
        return ApiResponse::oauthError(401, "invalid_client", "Client authentication failed.");
    }
    const std::string grantType = request.queryValue("grant_type");
    if (grantType == "authorization_code") {
        const std::string code = request.queryValue("code");
        const json* stored = code.empty() ? nullptr : m_context.store->find(Kind::OAuthCode, code);
        if (!stored || Documents::integer(*stored, "expiresAtMs") < Documents::nowMs()
            || Documents::text(*stored, "clientId") != clientId) {
            return ApiResponse::oauthError(400, "invalid_grant", "The authorization code is invalid or expired.");
        }
        if (request.hasQuery("redirect_uri")
            && request.queryValue("redirect_uri") != Documents::text(*stored, "redirectUri")) {
            return ApiResponse::oauthError(
                400, "invalid_grant", "redirect_uri does not match the authorization request.");
        }
        const QStringList scopes
            = QString::fromStdString(Documents::text(*stored, "scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_context.store->remove(Kind::OAuthCode, code); // codes are single-use
        return issue(clientId, scopes, {});
    }
    if (grantType == "refresh_token") {
        const std::string refresh = request.queryValue("refresh_token");
        const json* stored = refresh.empty() ? nullptr : m_context.store->find(Kind::OAuthToken, refresh);
        if (!stored || Documents::text(*stored, "type") != "refresh"
            || Documents::integer(*stored, "expiresAtMs") < Documents::nowMs()
            || Documents::text(*stored, "clientId") != clientId) {
            return ApiResponse::oauthError(400, "invalid_grant", "The refresh token is invalid or expired.");
        }
        const QStringList scopes
            = QString::fromStdString(Documents::text(*stored, "scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return issue(clientId, scopes, refresh);
    }
    return ApiResponse::oauthError(
        400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
}

ApiResponse OAuthHandler::issue(const std::string& clientId, const QStringList& scopes, const std::string& refreshToken)
{
    const qint64 now = Documents::nowMs();
    const qint64 accessLifetime = m_context.options->accessTokenLifetimeSecs;
    const qint64 refreshLifetime = m_context.options->refreshTokenLifetimeSecs;
    const QString access = Authenticator::randomToken();
    m_context.authenticator->add(access, { scopes, now + accessLifetime * 1000 });
    m_context.store->put(Kind::OAuthToken,
                         access.toStdString(),
                         { { "type", "access" },
                           { "clientId", clientId },
                           { "scope", toStd(scopes) },
                           { "expiresAtMs", now + accessLifetime * 1000 } });
    // A refresh token in use keeps being extended, as Webex documents.
    const std::string refresh = refreshToken.empty() ? Authenticator::randomToken().toStdString() : refreshToken;
    m_context.store->put(Kind::OAuthToken,
                         refresh,
                         { { "type", "refresh" },
                           { "clientId", clientId },
                           { "scope", toStd(scopes) },
                           { "expiresAtMs", now + refreshLifetime * 1000 } });
    return ApiResponse::ok({ { "access_token", access.toStdString() },
                             { "expires_in", accessLifetime },
                             { "refresh_token", refresh },
                             { "refresh_token_expires_in", refreshLifetime },
                             { "token_type", "Bearer" },
                             { "scope", toStd(scopes) } });
}

} // namespace onboarder::sandbox
