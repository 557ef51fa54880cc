#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// /sandbox/onboardingTemplates: NOT a Webex API. Webex has no public template API (wholesale-api.md §7.1);
// this sandbox-only endpoint lets the app create the templates whose Provisioning ID customer provisioning needs.
class TemplateHandler
{
public:
    explicit TemplateHandler(SandboxContext context);
    void registerRoutes(Router& router);

private:
    ApiResponse list(ApiRequest& request);
    ApiResponse get(ApiRequest& request);
    ApiResponse create(ApiRequest& request);
    ApiResponse remove(ApiRequest& request);

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
