#pragma once

#include <QObject>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace onboarder::sandbox {

class ResourceFactory;
class SandboxStore;

// The asynchronous half of the customer state machine (wholesale-api.md §8.1): a customer in provisioning,
// updating or deleting carries a due time in its document, and a timer on the server's thread moves it on then.
// Because the due time is stored, a customer left provisioning completes after a restart too.
class ProvisioningEngine : public QObject
{
    Q_OBJECT

public:
    // Outcome triggers on the customer's externalId (documented in docs/sandbox.md).
    static inline const char* const warnPrefix = "sbx-warn-";
    static inline const char* const errorPrefix = "sbx-error-";
    static inline const char* const rplPrefix = "sbx-rpl-";
    static constexpr int provisioningErrorCode = 9000;
    static constexpr int maintenanceWarningCode = 2560;

    ProvisioningEngine(SandboxStore* store, ResourceFactory* factory, int delayMs, QObject* parent = nullptr);

    int delayMs() const;
    // Puts a customer document into a transitional status with a due time (does not store it).
    void begin(nlohmann::json& customer, const char* status) const;
    void schedule(const std::string& customerId);
    // Sends the consent email of a pending subscriber; the sandbox "user" accepts after the delay.
    void scheduleConsent(const std::string& subscriberId);
    // Re-arms the timers of everything still in flight, after a load from disk.
    void resumeAll();

private:
    void completeCustomer(const std::string& customerId);
    void completeConsent(const std::string& subscriberId);
    void finishProvisioning(nlohmann::json& customer);
    void arm(qint64 dueAtMs, std::function<void()> action);

    SandboxStore* m_store;
    ResourceFactory* m_factory;
    int m_delayMs;
};

} // namespace onboarder::sandbox
