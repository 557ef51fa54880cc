#include "sandbox/ResourceFactory.h"

#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/PackageCatalog.h"
#include "sandbox/SandboxStore.h"

#include <cstring>

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;

namespace onboarder::sandbox {

ResourceFactory::ResourceFactory(SandboxStore* store)
    : m_store(store)
{
}

std::string ResourceFactory::partnerOrgId()
{
    return IdCodec::stable("ORGANIZATION", "partner");
}

std::string ResourceFactory::roleId(const char* name)
{
    // The full administrator's is asked for once per seeded admin: keep it.
    static const std::string fullAdmin = IdCodec::encode("ROLE", std::string("id_full_admin"));
    if (std::strcmp(name, "id_full_admin") == 0) {
        return fullAdmin;
    }
    return IdCodec::encode("ROLE", std::string(name));
}

json ResourceFactory::roles()
{
    static const std::pair<const char*, const char*> list[] = {
        { "id_full_admin", "Full Administrator" },
        { "id_readonly_admin", "Read-only Administrator" },
        { "id_user_admin", "User and Device Administrator" },
        { "id_device_admin", "Device Administrator" },
        { "id_support_admin", "Support Administrator" },
        { "atlas-portal.partner.provision_admin", "Provisioning Administrator" },
        { "id_compliance_officer", "Compliance Officer" },
    };
    json items = json::array();
    for (const auto& [key, name] : list) {
        items.push_back({ { "id", roleId(key) }, { "name", name } });
    }
    return items;
}

std::string ResourceFactory::newId(const std::string& type, const std::string& stableName)
{
    return stableName.empty() ? IdCodec::generate(type) : IdCodec::stable(type, stableName);
}

std::string ResourceFactory::createOrganization(const std::string& displayName, const std::string& stableName)
{
    std::string id = newId("ORGANIZATION", stableName);
    m_store->put(Kind::Organization,
                 id,
                 JsonObject().add("created", Documents::nowIso()).add("displayName", displayName).add("id", id).take());
    return id;
}

json ResourceFactory::locationAddress(const json& wholesaleAddress)
{
    // The locations API requires state and postalCode; countries without states get an empty string.
    return JsonObject()
        .add("address1", Documents::text(wholesaleAddress, "addressLine1"))
        .add("address2", Documents::text(wholesaleAddress, "addressLine2"))
        .add("city", Documents::text(wholesaleAddress, "city"))
        .add("country", Documents::text(wholesaleAddress, "country"))
        .add("postalCode", Documents::text(wholesaleAddress, "zipOrPostalCode"))
        .add("state", Documents::text(wholesaleAddress, "stateOrProvince"))
        .take();
}

std::string ResourceFactory::createLocation(const std::string& orgId, json location, const std::string& stableName)
{
    std::string id = newId("LOCATION", stableName);
    location["id"] = id;
    location["orgId"] = orgId;
    location["_created"] = Documents::nowMs();
    m_store->put(Kind::Location, id, std::move(location));
    return id;
}

std::string ResourceFactory::createPerson(const PersonSpec& spec, const std::string& stableName)
{
    return createPerson(spec, spec.orgId, spec.email, stableName);
}

std::string ResourceFactory::createPerson(const PersonSpec& spec,
                                          const std::string& orgId,
                                          const std::string& email,
                                          const std::string& stableName)
{
    std::string id = newId("PEOPLE", stableName);
    const std::string now = Documents::nowIso();
    std::string displayName = spec.firstName;
    if (!spec.lastName.empty()) {
        displayName += (displayName.empty() ? "" : " ") + spec.lastName;
    }
    if (displayName.empty()) {
        displayName = email;
    }
    json phoneNumbers = json::array();
    if (!spec.phoneNumber.empty()) {
        phoneNumbers.push_back(
            JsonObject().add("type", "work").add("value", spec.phoneNumber).add("primary", true).take());
    }
    JsonObject person; // in key order
    person.add("created", now).add("displayName", std::move(displayName)).add("emails", json::array({ email }));
    if (!spec.extension.empty()) {
        person.add("extension", spec.extension);
    }
    person.add("firstName", spec.firstName)
        .add("id", id)
        .add("lastModified", now)
        .add("lastName", spec.lastName)
        .add("licenses", json::array());
    if (!spec.locationId.empty()) {
        person.add("locationId", spec.locationId);
    }
    person.add("orgId", orgId)
        .add("phoneNumbers", std::move(phoneNumbers))
        .add("roles", spec.roles)
        .add("type", "person");
    m_store->put(Kind::Person, id, person.take());
    if (!spec.phoneNumber.empty()) {
        assignNumber(spec.phoneNumber, id);
    }
    return id;
}

void ResourceFactory::addNumber(const std::string& orgId,
                                const std::string& locationId,
                                const std::string& number,
                                const std::string& numberType,
                                const std::string& state,
                                bool mainNumber)
{
    m_store->put(Kind::Number,
                 number,
                 JsonObject()
                     .add("_locationId", locationId)
                     .add("_numberType", numberType)
                     .add("_orgId", orgId)
                     .add("includedTelephonyTypes", numberType == "MOBILE" ? "MOBILE_NUMBER" : "PSTN_NUMBER")
                     .add("isServiceNumber", false)
                     .add("mainNumber", mainNumber)
                     .add("phoneNumber", number)
                     .add("phoneNumberType", "PRIMARY")
                     .add("state", state)
                     .add("tollFreeNumber", numberType == "TOLLFREE")
                     .take());
}

void ResourceFactory::assignNumber(const std::string& number, const std::string& personId)
{
    const json* doc = m_store->find(Kind::Number, number);
    if (!doc) {
        return;
    }
    json updated = *doc;
    updated["_ownerId"] = personId;
    m_store->put(Kind::Number, number, std::move(updated));
}

void ResourceFactory::releaseNumbersOf(const std::string& personId)
{
    std::vector<std::string> owned;
    m_store->table(Kind::Number).forEach([&](const std::string& id, const json& doc) {
        if (Documents::text(doc, "_ownerId") == personId) {
            owned.push_back(id);
        }
        return true;
    });
    for (const std::string& number : owned) {
        json updated = *m_store->find(Kind::Number, number);
        updated.erase("_ownerId");
        m_store->put(Kind::Number, number, std::move(updated));
    }
}

std::string ResourceFactory::createSubscriber(const json& customer,
                                              const std::string& email,
                                              const std::string& package,
                                              const PersonSpec& person,
                                              bool pending,
                                              const std::string& stableName)
{
    std::string id = newId("SUBSCRIBER", stableName);
    const qint64 now = Documents::nowMs();
    const std::string nowText = Documents::isoTime(now);
    std::string personId;
    if (!pending) {
        if (auto existing = m_store->personIdByEmail(email)) {
            personId = std::move(*existing);
        } else {
            personId = createPerson(person, Documents::text(customer, "orgId"), email, stableName);
        }
    }
    JsonObject subscriber; // in key order
    subscriber.add("_createdMs", now)
        .add("_lastStatusChangeMs", now)
        .add("_person",
             JsonObject()
                 .add("extension", person.extension)
                 .add("firstName", person.firstName)
                 .add("lastName", person.lastName)
                 .add("locationId", person.locationId)
                 .add("phoneNumber", person.phoneNumber)
                 .take())
        .add("created", nowText)
        .add("customerId", customer.at("id"))
        .add("email", email)
        .add("externalCustomerId", Documents::text(customer, "externalId"))
        .add("id", id)
        .add("lastStatusChange", nowText);
    if (PackageCatalog::isLegacySubscriberPackage(package)) {
        subscriber.add("package", package);
    }
    subscriber.add("packages", json::array({ package }));
    if (!pending) {
        subscriber.add("personId", std::move(personId));
    }
    subscriber.add("status", pending ? "pending_user_migration" : "provisioned");
    m_store->put(Kind::Subscriber, id, subscriber.take());
    return id;
}

void ResourceFactory::completeSubscriber(const std::string& subscriberId)
{
    const json* doc = m_store->find(Kind::Subscriber, subscriberId);
    if (!doc) {
        return;
    }
    json subscriber = *doc;
    const json* customer = m_store->find(Kind::Customer, Documents::text(subscriber, "customerId"));
    if (!customer) {
        return;
    }
    const json& stored = subscriber["_person"];
    PersonSpec spec { Documents::text(*customer, "orgId"),
                      Documents::text(subscriber, "email"),
                      Documents::text(stored, "firstName"),
                      Documents::text(stored, "lastName"),
                      {},
                      Documents::text(stored, "locationId"),
                      Documents::text(stored, "phoneNumber"),
                      Documents::text(stored, "extension") };
    const auto existing = m_store->personIdByEmail(spec.email);
    subscriber["personId"] = existing ? *existing : createPerson(spec);
    const qint64 now = Documents::nowMs();
    subscriber["status"] = "provisioned";
    subscriber["lastStatusChange"] = Documents::isoTime(now);
    subscriber["_lastStatusChangeMs"] = now;
    subscriber.erase("_consentDueAtMs");
    m_store->put(Kind::Subscriber, subscriberId, std::move(subscriber));
}

void ResourceFactory::removeCustomer(const std::string& customerId)
{
    const json* customer = m_store->find(Kind::Customer, customerId);
    if (!customer) {
        return;
    }
    const std::string orgId = Documents::text(*customer, "orgId");
    std::vector<std::pair<Kind, std::string>> doomed;
    m_store->table(Kind::Subscriber).forEach([&](const std::string& id, const json& doc) {
        if (Documents::text(doc, "customerId") == customerId) {
            doomed.emplace_back(Kind::Subscriber, id);
        }
        return true;
    });
    if (!orgId.empty()) {
        for (Kind kind : { Kind::Person, Kind::Location }) {
            m_store->table(kind).forEach([&](const std::string& id, const json& doc) {
                if (Documents::text(doc, "orgId") == orgId) {
                    doomed.emplace_back(kind, id);
                }
                return true;
            });
        }
        m_store->table(Kind::Number).forEach([&](const std::string& id, const json& doc) {
            if (Documents::text(doc, "_orgId") == orgId) {
                doomed.emplace_back(Kind::Number, id);
            }
            return true;
        });
        doomed.emplace_back(Kind::Organization, orgId);
    }
    doomed.emplace_back(Kind::Customer, customerId);
    m_store->beginBatch();
    for (const auto& [kind, id] : doomed) {
        m_store->remove(kind, id);
    }
    m_store->commitBatch();
}

std::string ResourceFactory::firstLocationOf(const std::string& orgId) const
{
    std::string found;
    m_store->table(Kind::Location).forEach([&](const std::string& id, const json& doc) {
        if (Documents::text(doc, "orgId") == orgId) {
            found = id;
            return false;
        }
        return true;
    });
    return found;
}

} // namespace onboarder::sandbox
