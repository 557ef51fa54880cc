#pragma once

#include "sandbox/ApiResponse.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace onboarder::sandbox {

class SandboxStore;

// The synchronous checks of subscriber provisioning, update and precheck bodies (wholesale-api.md §4.3, §4.5,
// §4.8, §7.5, §8.3), written from the contract.
class SubscriberValidator
{
public:
    explicit SubscriberValidator(const SandboxStore* store);

    // The one package of a body that has exactly one of `package` / `packages`; errors otherwise.
    std::optional<std::string>
    package(const nlohmann::json& body, bool required, std::vector<ErrorDetail>& errors) const;
    // Number, extension and location of a calling subscriber in the customer's organization. `personId` is the
    // existing person (empty for a new one), whose own number and extension do not count as taken.
    void checkCalling(const nlohmann::json& params,
                      const std::string& orgId,
                      const std::string& personId,
                      bool required,
                      std::vector<ErrorDetail>& errors,
                      std::optional<ApiResponse>& conflict) const;
    std::optional<ApiResponse> emailInUse(const std::string& email) const;
    bool isFreeConsumerAccount(const std::string& email) const;

private:
    const SandboxStore* m_store;
};

} // namespace onboarder::sandbox
