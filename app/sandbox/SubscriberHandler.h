#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// /wholesale/subscribers and the consent move (wholesale-api.md §4): synchronous provisioning into a
// provisioned customer, with the pending_user_migration path for free consumer accounts.
class SubscriberHandler
{
public:
    explicit SubscriberHandler(SandboxContext context);
    void registerRoutes(Router& router);

private:
    ApiResponse list(ApiRequest& request);
    ApiResponse get(ApiRequest& request);
    ApiResponse provision(ApiRequest& request);
    ApiResponse update(ApiRequest& request);
    ApiResponse remove(ApiRequest& request);
    ApiResponse precheck(ApiRequest& request);
    ApiResponse consentMove(ApiRequest& request);
    const nlohmann::json* resolve(const ApiRequest& request, ApiResponse* error) const;
    bool visible(const ApiRequest& request, const nlohmann::json& subscriber) const;

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
