#pragma once

#include "sandbox/DocumentTable.h"
#include "sandbox/FlatStringMap.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <string>

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
    // Pass the document as an rvalue (std::move) when the caller is done with it: documents are large trees.
    void put(Kind kind, const std::string& id, nlohmann::json doc);
    void remove(Kind kind, const std::string& id);
    const DocumentTable& table(Kind kind) const;
    // Room for this many more documents of a kind (and its lookup index) without rehashing.
    void reserve(Kind kind, std::size_t count);

    // Lookups by a unique-ish key: people and subscribers by lower-cased email, customers by externalId.
    std::optional<std::string> personIdByEmail(const std::string& email) const;
    std::optional<std::string> subscriberIdByEmail(const std::string& email) const;
    std::optional<std::string> customerIdByExternalId(const std::string& externalId) const;

    void beginBatch();
    void commitBatch();

    static const char* kindName(Kind kind);
    static std::string lower(const std::string& text);

private:
    // Key → the ID inside the document's table entry (an entry's ID never changes or moves).
    using Index = FlatStringMap<std::string, const std::string*>;
    // Stores the document (seq > 0: at that place) and keeps the kind's index in step.
    qint64 store(Kind kind, const std::string& id, nlohmann::json doc, qint64 seq);
    void unindex(Index& index, Kind kind, const DocumentTable::Entry& entry);
    static std::string indexKey(Kind kind, const nlohmann::json& doc);
    Index* indexFor(Kind kind);

    std::array<DocumentTable, kindCount> m_tables;
    Index m_personsByEmail;
    Index m_subscribersByEmail;
    Index m_customersByExternalId;
    std::unique_ptr<SqlitePersistence> m_persistence;
};

} // namespace onboarder::sandbox
