#pragma once

#include "sandbox/ApiResponse.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace onboarder::sandbox {

class SandboxStore;

// The synchronous checks of customer provisioning, update and precheck bodies (wholesale-api.md §3.4, §3.5,
// §3.8, §8.3). Written from the contract, independently of the client's validation.
class CustomerValidator
{
public:
    enum class Mode { Provision, Update, Precheck };

    explicit CustomerValidator(const SandboxStore* store);

    // 400-class problems of the body itself (field shapes, enums, dependencies, unknown provisioningId).
    std::vector<ErrorDetail> validate(const nlohmann::json& body, Mode mode, const nlohmann::json* existing) const;
    // 409-class conflicts with existing data (duplicate externalId, email in use: 10022).
    std::optional<ApiResponse> conflicts(const nlohmann::json& body, const std::string& selfId) const;

private:
    void checkAddress(const nlohmann::json& address, const std::string& where, std::vector<ErrorDetail>& errors) const;
    void checkPackages(const nlohmann::json& packages, std::vector<ErrorDetail>& errors) const;
    void checkCalling(const nlohmann::json& body, std::vector<ErrorDetail>& errors) const;

    const SandboxStore* m_store;
};

} // namespace onboarder::sandbox
