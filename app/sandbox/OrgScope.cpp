#include "sandbox/OrgScope.h"

#include "sandbox/IdCodec.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxStore.h"

namespace onboarder::sandbox {

std::optional<std::string>
OrgScope::resolve(const SandboxContext& context, const ApiRequest& request, ApiResponse* error)
{
    if (!request.hasQuery("orgId")) {
        return ResourceFactory::partnerOrgId();
    }
    return resolveId(context, request.queryValue("orgId"), error);
}

std::optional<std::string>
OrgScope::resolveId(const SandboxContext& context, const std::string& rawId, ApiResponse* error)
{
    const auto id = IdCodec::normalize(rawId, { "ORGANIZATION" });
    if (!id || !context.store->find(SandboxStore::Kind::Organization, *id)) {
        *error = ApiResponse::error(404, "Organization not found.");
        return std::nullopt;
    }
    return id;
}

} // namespace onboarder::sandbox
