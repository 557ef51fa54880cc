#include "sandbox/ProvisioningEngine.h"

#include "sandbox/Documents.h"
#include "sandbox/PackageCatalog.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxStore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSandboxEngine, "onboarder.sandbox.provisioning")

using nlohmann::json;
using Kind = onboarder::sandbox::SandboxStore::Kind;

namespace onboarder::sandbox {

ProvisioningEngine::ProvisioningEngine(SandboxStore* store, ResourceFactory* factory, int delayMs, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(factory)
    , m_delayMs(delayMs)
{
}

int ProvisioningEngine::delayMs() const
{
    return m_delayMs;
}

void ProvisioningEngine::begin(json& customer, const char* status) const
{
    customer["status"] = status;
    customer["_dueAtMs"] = Documents::nowMs() + m_delayMs;
    const char* packageStatus = std::string(status) == "deleting" ? "deleting" : "provisioning";
    json details = json::array();
    for (const auto& name : customer.value("packages", json::array())) {
        details.push_back({ { "name", name }, { "status", packageStatus } });
    }
    customer["resourceDetails"] = { { "packages", details } };
    customer.erase("errors");
}

void ProvisioningEngine::arm(qint64 dueAtMs, std::function<void()> action)
{
    const qint64 wait = std::max<qint64>(0, dueAtMs - Documents::nowMs());
    QTimer::singleShot(static_cast<int>(std::min<qint64>(wait, 24LL * 3600 * 1000)), this, std::move(action));
}

void ProvisioningEngine::schedule(const std::string& customerId)
{
    const json* customer = m_store->find(Kind::Customer, customerId);
    if (!customer || !customer->contains("_dueAtMs")) {
        return;
    }
    arm(Documents::integer(*customer, "_dueAtMs"), [this, customerId] { completeCustomer(customerId); });
}

void ProvisioningEngine::scheduleConsent(const std::string& subscriberId)
{
    const json* subscriber = m_store->find(Kind::Subscriber, subscriberId);
    if (!subscriber || !subscriber->contains("_consentDueAtMs")) {
        return;
    }
    arm(Documents::integer(*subscriber, "_consentDueAtMs"), [this, subscriberId] { completeConsent(subscriberId); });
}

void ProvisioningEngine::resumeAll()
{
    std::vector<std::string> customers;
    m_store->table(Kind::Customer).forEach([&](const std::string& id, const json& doc) {
        if (doc.contains("_dueAtMs")) {
            customers.push_back(id);
        }
        return true;
    });
    for (const std::string& id : customers) {
        schedule(id);
    }
    std::vector<std::string> subscribers;
    m_store->table(Kind::Subscriber).forEach([&](const std::string& id, const json& doc) {
        if (doc.contains("_consentDueAtMs")) {
            subscribers.push_back(id);
        }
        return true;
    });
    for (const std::string& id : subscribers) {
        scheduleConsent(id);
    }
    if (!customers.empty() || !subscribers.empty()) {
        qCInfo(lcSandboxEngine) << "resumed" << customers.size() << "customers and" << subscribers.size()
                                << "subscribers in flight";
    }
}

void ProvisioningEngine::completeCustomer(const std::string& customerId)
{
    const json* stored = m_store->find(Kind::Customer, customerId);
    if (!stored || !stored->contains("_dueAtMs")) {
        return; // deleted meanwhile, or already completed by an earlier timer
    }
    if (Documents::integer(*stored, "_dueAtMs") > Documents::nowMs()) {
        schedule(customerId); // re-armed by a later update: wait for the newer due time
        return;
    }
    json customer = *stored;
    if (Documents::text(customer, "status") == "deleting") {
        m_factory->removeCustomer(customerId);
        qCDebug(lcSandboxEngine) << "customer removed";
        return;
    }
    finishProvisioning(customer);
    m_store->put(Kind::Customer, customerId, customer);
}

void ProvisioningEngine::finishProvisioning(json& customer)
{
    customer.erase("_dueAtMs");
    const std::string externalId = Documents::text(customer, "externalId");
    const json packages = customer.value("packages", json::array());

    if (Documents::startsWith(externalId, errorPrefix)) {
        customer["status"] = "error";
        customer["errors"] = json::array(
            { { { "errorCode", provisioningErrorCode },
                { "description",
                  "Provisioning of the customer failed (sandbox trigger: externalId starts with sbx-error-)." } } });
        json details = json::array();
        for (const auto& name : packages) {
            details.push_back({ { "name", name }, { "status", "error" } });
        }
        customer["resourceDetails"] = { { "packages", details } };
        customer.erase("orgId");
        return;
    }
    if (Documents::startsWith(externalId, rplPrefix)) {
        customer["status"] = "pending_rpl_review";
        customer.erase("orgId");
        return;
    }

    // provisioned or provisioned_with_errors: the organization exists from here on.
    std::string orgId = Documents::text(customer, "orgId");
    if (orgId.empty() || !m_store->find(Kind::Organization, orgId)) {
        const std::string name = Documents::text(customer, "_name");
        orgId = m_factory->createOrganization(name.empty() ? externalId : name);
        customer["orgId"] = orgId;
    }
    const json calling = customer.value("_provisioningParameters", json::object()).value("calling", json::object());
    std::string locationId = m_factory->firstLocationOf(orgId);
    if (locationId.empty() && calling.contains("location")) {
        const json& location = calling["location"];
        locationId = m_factory->createLocation(
            orgId,
            { { "name", Documents::text(location, "name") },
              { "timeZone", Documents::text(location, "timezone") },
              { "preferredLanguage", Documents::text(location, "language") },
              { "announcementLanguage", Documents::text(location, "language") },
              { "address", ResourceFactory::locationAddress(location.value("address", json::object())) },
              { "_emergencyLocationIdentifier", Documents::text(location, "emergencyLocationIdentifier") } });
    }
    const std::string adminEmail = Documents::text(customer, "_primaryEmail");
    if (!adminEmail.empty() && !m_store->personIdByEmail(adminEmail) && !m_store->subscriberIdByEmail(adminEmail)) {
        // The primary admin gets the organization's highest package, as Partner Hub recommends (§7.5).
        std::string adminPackage;
        for (const auto& name : packages) {
            const std::string package = name.get<std::string>();
            if (PackageCatalog::isSubscriberPackage(package)
                && PackageCatalog::rank(package) > PackageCatalog::rank(adminPackage)) {
                adminPackage = package;
            }
        }
        ResourceFactory::PersonSpec spec;
        spec.orgId = orgId;
        spec.email = adminEmail;
        spec.firstName = "Admin";
        spec.lastName = Documents::text(customer, "_name");
        spec.roles = { ResourceFactory::roleId("id_full_admin") };
        spec.locationId = locationId;
        if (!adminPackage.empty() && PackageCatalog::isCallingPackage(adminPackage) && !locationId.empty()) {
            spec.extension = "1000";
        }
        const std::string personId = m_factory->createPerson(spec);
        if (!adminPackage.empty()) {
            m_factory->createSubscriber(customer, adminEmail, adminPackage, spec, false);
        }
        (void)personId;
    }

    const bool warn = Documents::startsWith(externalId, warnPrefix);
    std::string warnedPackage;
    if (warn) {
        for (const auto& name : packages) {
            if (PackageCatalog::isCallingPackage(name.get<std::string>())) {
                warnedPackage = name.get<std::string>();
                break;
            }
        }
        if (warnedPackage.empty() && !packages.empty()) {
            warnedPackage = packages.front().get<std::string>();
        }
    }
    json details = json::array();
    for (const auto& name : packages) {
        json entry = { { "name", name }, { "status", "provisioned" } };
        if (warn && name == warnedPackage) {
            entry["status"] = "error";
            entry["warnings"] = json::array(
                { { { "errorCode", maintenanceWarningCode },
                    { "description",
                      "One or more Webex Calling services are unavailable due to maintenance, unable to start "
                      "provisioning. Consult status.webex.com and retry later." } } });
        }
        details.push_back(entry);
    }
    customer["resourceDetails"] = { { "packages", details } };
    customer["status"] = warn ? "provisioned_with_errors" : "provisioned";
}

void ProvisioningEngine::completeConsent(const std::string& subscriberId)
{
    const json* subscriber = m_store->find(Kind::Subscriber, subscriberId);
    if (!subscriber || !subscriber->contains("_consentDueAtMs")) {
        return;
    }
    m_factory->completeSubscriber(subscriberId);
}

} // namespace onboarder::sandbox
