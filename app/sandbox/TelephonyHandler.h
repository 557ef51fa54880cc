#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

namespace onboarder::sandbox {

class Router;

// Phone numbers and the PSTN connection of a location (wholesale-api.md §6.5). Adding numbers is refused for
// Cisco Calling Plan and integrated CCP locations, as the real API requires.
class TelephonyHandler
{
public:
    explicit TelephonyHandler(SandboxContext context);
    void registerRoutes(Router& router);

    static nlohmann::json connectionOptions();

private:
    ApiResponse listNumbers(ApiRequest& request);
    ApiResponse addNumbers(ApiRequest& request);
    ApiResponse activateNumbers(ApiRequest& request);
    ApiResponse removeNumbers(ApiRequest& request);
    ApiResponse options(ApiRequest& request);
    ApiResponse connection(ApiRequest& request);
    ApiResponse setConnection(ApiRequest& request);
    nlohmann::json numberView(const nlohmann::json& number) const;
    std::vector<std::string>
    requestedNumbers(const nlohmann::json& body, std::size_t limit, std::vector<ErrorDetail>& errors) const;

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
