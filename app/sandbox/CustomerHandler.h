#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// /wholesale/customers: list, get, provision, update, remove and precheck (wholesale-api.md §3).
class CustomerHandler
{
public:
    explicit CustomerHandler(SandboxContext context);
    void registerRoutes(Router& router);

    // The customer as the API shows it: orgId only when provisioned, licenseIds only on request.
    static nlohmann::json view(const nlohmann::json& customer, bool withLicenses);
    // Finds a customer by path ID within the caller's sub-partner scope; sets *error when it cannot.
    static const nlohmann::json*
    resolve(const SandboxContext& context, const ApiRequest& request, const std::string& rawId, ApiResponse* error);

private:
    ApiResponse list(ApiRequest& request);
    ApiResponse get(ApiRequest& request);
    ApiResponse provision(ApiRequest& request);
    ApiResponse update(ApiRequest& request);
    ApiResponse remove(ApiRequest& request);
    ApiResponse precheck(ApiRequest& request);
    ApiResponse accepted(const ApiRequest& request, const std::string& id) const;

    SandboxContext m_context;
    // Where the last list page stopped, so the next page of the same list starts there instead of counting its way
    // past every customer before it (paging through 20,000 customers was quadratic).
    struct ListResumePoint
    {
        std::string filter;
        quint64 tableVersion = 0;
        std::size_t matchesBefore = 0;
        qint64 seq = 0;
    };
    ListResumePoint m_listResume;
};

} // namespace onboarder::sandbox
