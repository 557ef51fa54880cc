#include "sandbox/SandboxInspection.h"

#include "sandbox/SandboxStore.h"

using nlohmann::json;

namespace onboarder::sandbox {

SandboxInspection::SandboxInspection(const SandboxStore* store)
    : m_store(store)
{
}

std::string SandboxInspection::naturalKey(const json& body)
{
    if (!body.is_object()) {
        return {};
    }
    // What makes a subscriber, customer, location or template, or a set of numbers, the one the client meant.
    for (const char* field : { "email", "externalId", "name", "phoneNumber" }) {
        if (auto it = body.find(field); it != body.end() && it->is_string()) {
            return it->get<std::string>();
        }
    }
    if (auto it = body.find("phoneNumbers"); it != body.end() && it->is_array()) {
        std::string joined;
        for (const json& number : *it) {
            joined += (joined.empty() ? "" : ",") + (number.is_string() ? number.get<std::string>() : number.dump());
        }
        return joined;
    }
    return {};
}

void SandboxInspection::recordWrite(const ApiRequest& request, int status, bool answerLost)
{
    m_writes.push_back({ ApiRequest::methodName(request.method),
                         request.path.toStdString(),
                         SandboxStore::lower(naturalKey(request.json)),
                         status,
                         answerLost });
}

std::optional<ApiResponse> SandboxInspection::answer(const ApiRequest& request) const
{
    if (!request.path.startsWith(QLatin1String("/sandbox/inspection/"))) {
        return std::nullopt;
    }
    if (request.method != ApiRequest::Method::Get) {
        return ApiResponse::error(405, "The inspection endpoints are read-only.");
    }
    if (request.path == QLatin1String("/sandbox/inspection/writes")) {
        json items = json::array();
        for (const Write& write : m_writes) {
            items.push_back({ { "method", write.method },
                              { "path", write.path },
                              { "key", write.key },
                              { "status", write.status },
                              { "answerLost", write.answerLost } });
        }
        return ApiResponse::ok({ { "items", items } });
    }
    if (request.path == QLatin1String("/sandbox/inspection/records")) {
        json kinds = json::object();
        for (std::size_t i = 0; i < SandboxStore::kindCount; ++i) {
            const auto kind = static_cast<SandboxStore::Kind>(i);
            json byKey = json::object();
            m_store->table(kind).forEach([&byKey](const std::string&, const json& doc) {
                const std::string key = SandboxStore::lower(naturalKey(doc));
                if (!key.empty()) {
                    byKey[key] = byKey.value(key, 0) + 1;
                }
                return true;
            });
            kinds[SandboxStore::kindName(kind)] = { { "count", m_store->table(kind).size() }, { "byKey", byKey } };
        }
        return ApiResponse::ok({ { "kinds", kinds } });
    }
    return ApiResponse::error(404,
                              "No such inspection: use /sandbox/inspection/writes or /sandbox/inspection/records.");
}

} // namespace onboarder::sandbox
