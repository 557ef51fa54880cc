#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxContext.h"

#include <memory>

namespace onboarder::sandbox {

class Router;
class SandboxInspection;

// The request pipeline in front of the handlers: tracking ID, body size limit, routing (404/405), injected
// faults (429/502/503), bearer auth (401/403), sub-partner scope, media type (415), JSON parsing (400), a test's
// refused creates (400), and after the handler the lost answer (a 502/504 in place of a write's real answer).
class RequestDispatcher
{
public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;
    // No request body of the API nests more than a few levels.
    static constexpr int maxBodyDepth = 64;

    RequestDispatcher(SandboxContext context, const Router* router, FaultInjector* faults);
    ~RequestDispatcher();

    // request.path is the full path (starting with /v1); the answer carries the TrackingID header.
    ApiResponse dispatch(ApiRequest& request);

private:
    ApiResponse run(ApiRequest& request);
    ApiResponse carryOut(const ApiRequest& request, ApiResponse response, bool faultExempt);
    // The test-only refusal of SandboxOptions::refuseCreatesForEmails, for a create it applies to.
    std::optional<ApiResponse> refusedCreate(const ApiRequest& request) const;
    static ApiResponse faultAnswer(const FaultInjector::Fault& fault, const char* message);
    std::optional<ApiResponse> parseBody(ApiRequest& request, int bodyKind) const;
    std::optional<ApiResponse> resolveSubPartner(ApiRequest& request) const;

    SandboxContext m_context;
    const Router* m_router;
    FaultInjector* m_faults;
    std::unique_ptr<SandboxInspection> m_inspection; // only with SandboxOptions::inspection
};

} // namespace onboarder::sandbox
