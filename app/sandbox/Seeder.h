#pragma once

#include <QString>

#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace onboarder::sandbox {

class ProvisioningEngine;
class ResourceFactory;
class SandboxStore;

// Fills a new sandbox: "demo" (realistic Nordic and other customers in every status, templates, locations with
// numbers, users, a sub-partner, free consumer accounts), "empty" (the partner only) or "large:N" (N customers
// with some subscribers, in one transaction). IDs are stable across runs.
class Seeder
{
public:
    Seeder(SandboxStore* store, ResourceFactory* factory, ProvisioningEngine* engine);

    static bool isValid(const QString& seed);
    bool seed(const QString& seed, QString* error);

private:
    struct CustomerSpec
    {
        std::string key;
        std::string name;
        std::string externalId;
        std::string status;
        std::vector<std::string> packages;
        nlohmann::json address;
        std::string timezone;
        std::string language;
        std::string adminEmail;
        std::string templateId;
        std::string subPartnerOrgId;
        std::vector<std::string> numbers;
        std::string pstn; // connection option key, empty: none
        std::vector<std::array<std::string, 3>> users; // first, last, email
        bool withAdmin = true; // large seeds skip the admin user of most customers to stay fast
    };

    void seedPartner();
    std::string seedTemplate(const std::string& key,
                             const std::string& name,
                             const std::string& country,
                             const std::string& language,
                             const std::string& authMethod);
    void seedSubPartner(const std::string& key, const std::string& name, const std::string& state);
    std::string seedCustomer(const CustomerSpec& spec);
    void seedDemo();
    void seedLarge(int count);

    SandboxStore* m_store;
    ResourceFactory* m_factory;
    ProvisioningEngine* m_engine;
};

} // namespace onboarder::sandbox
