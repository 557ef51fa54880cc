#pragma once

#include "SandboxTestClient.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxThread.h"

#include <memory>

namespace onboarder::testsupport {

// Starts a sandbox on its own thread (the embedding path the GUI uses) and hands out a client for it.
class SandboxFixture
{
public:
    // Defaults for tests: empty data folder means memory, fast provisioning.
    static sandbox::SandboxOptions options(const QString& seed = QStringLiteral("demo"), int provisioningDelayMs = 200);

    // Returns false when the sandbox did not start within the timeout (generous: CI machines are busy).
    bool start(const sandbox::SandboxOptions& options, int timeoutMs = 180000);
    void stop();

    QUrl baseUrl() const;
    QString token() const;
    QString mintToken(const QStringList& scopes, qint64 lifetimeSecs = 3600) const;
    SandboxTestClient& client();

    // Helpers over the demo data and common flows.
    QString templateId();
    // Posts a valid customer; returns its ID (empty on failure). Calling packages get a location.
    QString createCustomer(const QString& externalId,
                           const QString& email,
                           const nlohmann::json& packages = nlohmann::json::array({ "webex_calling" }));
    // Waits until the customer's status is not transitional; returns the last body.
    nlohmann::json waitForTerminal(const QString& customerId, int timeoutMs = 10000);
    static nlohmann::json customerBody(const std::string& provisioningId,
                                       const std::string& externalId,
                                       const std::string& email,
                                       const nlohmann::json& packages);

private:
    std::unique_ptr<sandbox::SandboxThread> m_thread;
    std::unique_ptr<SandboxTestClient> m_client;
};

} // namespace onboarder::testsupport
