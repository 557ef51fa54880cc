#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// /locations of a customer organization (wholesale-api.md §6.4): list, get, create and update with orgId.
class LocationHandler
{
public:
    explicit LocationHandler(SandboxContext context);
    void registerRoutes(Router& router);
    // A location of the organization named by the request (path ID, ?orgId=); sets *error when not found.
    static const nlohmann::json* resolve(const SandboxContext& context, const ApiRequest& request, ApiResponse* error);

private:
    ApiResponse list(ApiRequest& request);
    ApiResponse get(ApiRequest& request);
    ApiResponse create(ApiRequest& request);
    ApiResponse update(ApiRequest& request);
    std::vector<ErrorDetail> check(const nlohmann::json& body, bool creating) const;

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
