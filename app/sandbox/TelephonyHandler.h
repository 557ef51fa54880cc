#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

#include <optional>

namespace onboarder::sandbox {

class Router;

// Phone numbers, the PSTN connection and the main number of a location (wholesale-api.md §6.5). Numbers need a PSTN
// connection first; DID and toll-free numbers are added and activated only on non-integrated PSTN (local gateway,
// non-integrated CCP), mobile numbers on any connection that offers them, as the real API requires.
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
    ApiResponse setMainNumber(ApiRequest& request);
    // Why numbers of this type may not be added to (or activated in) the location, or nothing when they may.
    static std::optional<ApiResponse> refusesNumbers(const nlohmann::json& location, const std::string& numberType);
    nlohmann::json numberView(const nlohmann::json& number) const;
    std::vector<std::string>
    requestedNumbers(const nlohmann::json& body, std::size_t limit, std::vector<ErrorDetail>& errors) const;

    SandboxContext m_context;
};

} // namespace onboarder::sandbox
