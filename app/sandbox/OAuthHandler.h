#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// The OAuth 2.0 authorization-code grant of Webex (wholesale-api.md §1.2) and the Service app token call (§1.3), so
// the client's sign-in, Service app and refresh paths run for real: /authorize approves at once and redirects to a
// loopback redirect_uri; /access_token exchanges codes and refresh tokens; /applications/{id}/token gives a Service
// app its pair. Clients authenticate with Basic or form fields, and only the pairs of SandboxOptions::oauthClients
// are accepted.
class OAuthHandler
{
public:
    explicit OAuthHandler(SandboxContext context);
    void registerRoutes(Router& router);
    // Makes tokens issued before a restart valid again.
    void restoreTokens();

private:
    ApiResponse authorize(ApiRequest& request);
    ApiResponse accessToken(ApiRequest& request);
    ApiResponse serviceAppToken(ApiRequest& request);
    bool knownClient(const std::string& clientId, const std::string& secret) const;
    ApiResponse issue(const std::string& clientId, const QStringList& scopes, const std::string& refreshToken);

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
