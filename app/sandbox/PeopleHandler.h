#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// /people and /roles (wholesale-api.md §6.3): finding customer users and giving customer admins their roles,
// with the admin rules of §7.5.
class PeopleHandler
{
public:
    explicit PeopleHandler(SandboxContext context);
    void registerRoutes(Router& router);

private:
    ApiResponse list(ApiRequest& request);
    ApiResponse get(ApiRequest& request);
    ApiResponse me(ApiRequest& request);
    ApiResponse update(ApiRequest& request);
    ApiResponse roles(ApiRequest& request);

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
