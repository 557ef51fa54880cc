#pragma once

#include "sandbox/DocumentTable.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace onboarder::sandbox {

class SqlitePersistence;

// All sandbox state: one DocumentTable per resource kind, with write-through to SQLite when a data folder is
// given. Fields whose name starts with '_' are internal and never leave the sandbox.
class SandboxStore
{
public:
    enum class Kind {
        Customer,
        Subscriber,
        Template,
        Organization,
        Person,
        Location,
        Number,
        SubPartner,
        OAuthToken,
        OAuthCode,
        ConsumerAccount,
    };
    static constexpr std::size_t kindCount = 11;

    // Key fields of customer documents, in this order, for DocumentTable::forEachKeyed.
    enum CustomerKey { CustomerSubPartner, CustomerExternalId, CustomerOrgId, CustomerStatus };

    SandboxStore();
    ~SandboxStore();

    bool open(const QString& dataDir, QString* error); // empty dataDir: memory only
    bool isPersistent() const;
    bool isEmpty() const;

    const nlohmann::json* find(Kind kind, const std::string& id) const;
    void put(Kind kind, const std::string& id, const nlohmann::json& doc);
    void remove(Kind kind, const std::string& id);
    const DocumentTable& table(Kind kind) const;

    // Lookups by a unique-ish key: people and subscribers by lower-cased email, customers by externalId.
    std::optional<std::string> personIdByEmail(const std::string& email) const;
    std::optional<std::string> subscriberIdByEmail(const std::string& email) const;
    std::optional<std::string> customerIdByExternalId(const std::string& externalId) const;

    void beginBatch();
    void commitBatch();

    static const char* kindName(Kind kind);
    static std::string lower(const std::string& text);

private:
    using Index = std::unordered_map<std::string, std::string>;
    void index(Kind kind, const std::string& id, const nlohmann::json* oldDoc, const nlohmann::json* newDoc);
    static std::string indexKey(Kind kind, const nlohmann::json& doc);
    Index* indexFor(Kind kind);

    std::array<DocumentTable, kindCount> m_tables;
    Index m_personsByEmail;
    Index m_subscribersByEmail;
    Index m_customersByExternalId;
    std::unique_ptr<SqlitePersistence> m_persistence;
};

} // namespace onboarder::sandbox
