#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// Organizations, partner admins of a customer and the wholesale sub-partners (wholesale-api.md §5.1, §6.1, §6.2).
class OrganizationHandler
{
public:
    explicit OrganizationHandler(SandboxContext context);
    void registerRoutes(Router& router);

private:
    ApiResponse list(ApiRequest& request);
    ApiResponse get(ApiRequest& request);
    ApiResponse partnerAdmins(ApiRequest& request);
    ApiResponse subPartners(ApiRequest& request);

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
