#pragma once

#include "SandboxTestClient.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxThread.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace onboarder::testsupport {

// Starts a sandbox on its own thread (the embedding path the GUI uses) and hands out a client for it.
class SandboxFixture
{
public:
    // What the server saw of the creates with one natural key, counted by the server itself (SandboxInspection).
    struct CreateCount
    {
        int reached = 0; // creates that reached the handler, whatever it answered (409 included)
        int carriedOut = 0; // of those, answered 2xx
        int answersLost = 0; // of those, answered with an injected 502/504 instead
    };

    // Defaults for tests: empty data folder means memory, fast provisioning, the inspection endpoints on.
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
    // Counts from the server blind to its 409 rule, so a create sent twice shows as 2 even when the second was
    // refused. Keys are lower-cased natural keys: email, externalId, name, phone numbers joined with ','.
    // creates(): POSTs (prechecks aside) whose path ends with pathSuffix ("/wholesale/subscribers", "/numbers").
    QMap<QString, CreateCount> creates(const QString& pathSuffix);
    // How many of those creates had their answer replaced by an injected 502/504 (SandboxOptions::loseAnswerRate).
    int answersLost(const QString& pathSuffix);
    // records(): what the store holds of one kind (customer, subscriber, location, number, template).
    QMap<QString, int> records(const QString& kind);
    // The keys the server does not hold exactly once or that reached it in more than one create, with the counts;
    // empty when every key was created once and only once.
    QStringList notExactlyOnce(const QString& pathSuffix, const QString& kind, const QStringList& keys);

    static nlohmann::json customerBody(const std::string& provisioningId,
                                       const std::string& externalId,
                                       const std::string& email,
                                       const nlohmann::json& packages);

private:
    std::unique_ptr<sandbox::SandboxThread> m_thread;
    std::unique_ptr<SandboxTestClient> m_client;
};

} // namespace onboarder::testsupport
