#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/SandboxContext.h"

#include <optional>
#include <string>

namespace onboarder::sandbox {

// Resolves the `orgId` query parameter of the Webex admin APIs: the partner's own organization when absent,
// otherwise an organization the sandbox knows (the partner manages all of them).
class OrgScope
{
public:
    static std::optional<std::string>
    resolve(const SandboxContext& context, const ApiRequest& request, ApiResponse* error);
    static std::optional<std::string>
    resolveId(const SandboxContext& context, const std::string& rawId, ApiResponse* error);
};

} // namespace onboarder::sandbox
