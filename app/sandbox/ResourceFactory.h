#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace onboarder::sandbox {

class SandboxStore;

// Creates and removes the Webex resources behind a wholesale customer (organization, locations, people, numbers,
// subscribers) with consistent cross-references. Shared by the seeder, the provisioning engine and the handlers.
class ResourceFactory
{
public:
    struct PersonSpec
    {
        std::string orgId;
        std::string email;
        std::string firstName;
        std::string lastName;
        std::vector<std::string> roles;
        std::string locationId;
        std::string phoneNumber;
        std::string extension;
    };

    explicit ResourceFactory(SandboxStore* store);

    static std::string partnerOrgId();
    static std::string roleId(const char* name);
    static nlohmann::json roles();
    // Stable IDs for seeds, random ones otherwise.
    static std::string newId(const std::string& type, const std::string& stableName);

    std::string createOrganization(const std::string& displayName, const std::string& stableName = {});
    std::string createLocation(const std::string& orgId, nlohmann::json location, const std::string& stableName = {});
    // Maps the wholesale address shape (addressLine1, stateOrProvince, ...) to the locations API shape.
    static nlohmann::json locationAddress(const nlohmann::json& wholesaleAddress);
    std::string createPerson(const PersonSpec& spec, const std::string& stableName = {});
    void addNumber(const std::string& orgId,
                   const std::string& locationId,
                   const std::string& number,
                   const std::string& numberType = "DID",
                   const std::string& state = "ACTIVE",
                   bool mainNumber = false);
    // Gives a number to a person (the number must exist and be free).
    void assignNumber(const std::string& number, const std::string& personId);
    void releaseNumbersOf(const std::string& personId);
    // Provisions a subscriber; creates the person unless `pending` (free consumer account awaiting consent).
    std::string createSubscriber(const nlohmann::json& customer,
                                 const std::string& email,
                                 const std::string& package,
                                 const PersonSpec& person,
                                 bool pending,
                                 const std::string& stableName = {});
    // Turns a pending subscriber into a provisioned one with its person.
    void completeSubscriber(const std::string& subscriberId);
    // Removes a customer and everything of its organization.
    void removeCustomer(const std::string& customerId);
    std::string firstLocationOf(const std::string& orgId) const;

private:
    // createPerson with the organization and email given apart from the spec (a subscriber's person).
    std::string createPerson(const PersonSpec& spec,
                             const std::string& orgId,
                             const std::string& email,
                             const std::string& stableName);

    SandboxStore* m_store;
};

} // namespace onboarder::sandbox
