#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"

#include <optional>
#include <string>
#include <vector>

namespace onboarder::sandbox {

class SandboxStore;

// Test-only view of what the server did, independent of its own rules: a ledger of every write a handler
// answered (so a create sent twice shows twice even when the second got 409) and the records each kind holds,
// by their natural key. Served under /v1/sandbox/inspection/ only when SandboxOptions::inspection is set.
class SandboxInspection
{
public:
    explicit SandboxInspection(const SandboxStore* store);

    // Notes one write the handler answered; answerLost when the client got an injected fault instead.
    void recordWrite(const ApiRequest& request, int status, bool answerLost);
    // The answer for a path below /v1 under /sandbox/inspection/, nullopt for any other path.
    std::optional<ApiResponse> answer(const ApiRequest& request) const;

private:
    struct Write
    {
        std::string method;
        std::string path;
        std::string key;
        int status = 0;
        bool answerLost = false;
    };
    static std::string naturalKey(const nlohmann::json& body);

    const SandboxStore* m_store;
    std::vector<Write> m_writes;
};

} // namespace onboarder::sandbox
