#include "sandbox/SandboxStore.h"

#include "sandbox/SqlitePersistence.h"

#include <QDir>
#include <QLoggingCategory>

#include <algorithm>
#include <cctype>

Q_LOGGING_CATEGORY(lcSandboxStore, "onboarder.sandbox.store")

namespace onboarder::sandbox {

namespace {
std::size_t slot(SandboxStore::Kind kind)
{
    return static_cast<std::size_t>(kind);
}
} // namespace

SandboxStore::SandboxStore()
{
    m_tables[slot(Kind::Customer)].setKeyFields({ "_subPartnerOrgId", "externalId", "orgId", "status" });
}
SandboxStore::~SandboxStore() = default;

const char* SandboxStore::kindName(Kind kind)
{
    static const char* const names[kindCount]
        = { "customer", "subscriber", "template",   "organization", "person",         "location",
            "number",   "subPartner", "oauthToken", "oauthCode",    "consumerAccount" };
    return names[slot(kind)];
}

std::string SandboxStore::lower(const std::string& text)
{
    std::string result = text;
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return result;
}

bool SandboxStore::open(const QString& dataDir, QString* error)
{
    if (dataDir.isEmpty()) {
        return true;
    }
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("Cannot create the data folder %1").arg(dataDir);
        return false;
    }
    m_persistence = std::make_unique<SqlitePersistence>(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
    if (!m_persistence->open(error)) {
        m_persistence.reset();
        return false;
    }
    std::size_t loaded = 0;
    const bool ok = m_persistence->load(
        [this, &loaded](const std::string& kindText, const std::string& id, qint64 seq, std::string text) {
            for (std::size_t i = 0; i < kindCount; ++i) {
                if (kindText == kindName(static_cast<Kind>(i))) {
                    auto doc = nlohmann::json::parse(text, nullptr, false);
                    if (doc.is_discarded()) {
                        qCWarning(lcSandboxStore) << "skipping an unreadable stored document";
                        return;
                    }
                    index(static_cast<Kind>(i), id, nullptr, &doc);
                    m_tables[i].put(id, std::move(doc), seq);
                    ++loaded;
                    return;
                }
            }
        },
        error);
    qCInfo(lcSandboxStore) << "loaded" << loaded << "documents from" << dataDir;
    return ok;
}

bool SandboxStore::isPersistent() const
{
    return m_persistence != nullptr;
}

bool SandboxStore::isEmpty() const
{
    return std::all_of(m_tables.begin(), m_tables.end(), [](const DocumentTable& table) { return table.size() == 0; });
}

const nlohmann::json* SandboxStore::find(Kind kind, const std::string& id) const
{
    return m_tables[slot(kind)].find(id);
}

void SandboxStore::put(Kind kind, const std::string& id, const nlohmann::json& doc)
{
    DocumentTable& table = m_tables[slot(kind)];
    index(kind, id, table.find(id), &doc);
    const qint64 seq = table.put(id, doc, 0);
    if (m_persistence) {
        m_persistence->upsert(
            kindName(kind), id, seq, doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
}

void SandboxStore::remove(Kind kind, const std::string& id)
{
    DocumentTable& table = m_tables[slot(kind)];
    index(kind, id, table.find(id), nullptr);
    if (table.remove(id) && m_persistence) {
        m_persistence->remove(kindName(kind), id);
    }
}

const DocumentTable& SandboxStore::table(Kind kind) const
{
    return m_tables[slot(kind)];
}

std::optional<std::string> SandboxStore::personIdByEmail(const std::string& email) const
{
    const auto it = m_personsByEmail.find(lower(email));
    return it == m_personsByEmail.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::optional<std::string> SandboxStore::subscriberIdByEmail(const std::string& email) const
{
    const auto it = m_subscribersByEmail.find(lower(email));
    return it == m_subscribersByEmail.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::optional<std::string> SandboxStore::customerIdByExternalId(const std::string& externalId) const
{
    const auto it = m_customersByExternalId.find(externalId);
    return it == m_customersByExternalId.end() ? std::nullopt : std::optional<std::string>(it->second);
}

void SandboxStore::beginBatch()
{
    if (m_persistence) {
        m_persistence->begin();
    }
}

void SandboxStore::commitBatch()
{
    if (m_persistence) {
        m_persistence->commit();
    }
}

SandboxStore::Index* SandboxStore::indexFor(Kind kind)
{
    switch (kind) {
    case Kind::Person:
        return &m_personsByEmail;
    case Kind::Subscriber:
        return &m_subscribersByEmail;
    case Kind::Customer:
        return &m_customersByExternalId;
    default:
        return nullptr;
    }
}

std::string SandboxStore::indexKey(Kind kind, const nlohmann::json& doc)
{
    switch (kind) {
    case Kind::Person: {
        const auto emails = doc.find("emails");
        if (emails != doc.end() && emails->is_array() && !emails->empty() && emails->front().is_string()) {
            return lower(emails->front().get<std::string>());
        }
        return {};
    }
    case Kind::Subscriber:
        return lower(doc.value("email", std::string()));
    case Kind::Customer:
        return doc.value("externalId", std::string());
    default:
        return {};
    }
}

void SandboxStore::index(Kind kind, const std::string& id, const nlohmann::json* oldDoc, const nlohmann::json* newDoc)
{
    Index* idx = indexFor(kind);
    if (!idx) {
        return;
    }
    if (oldDoc) {
        const std::string key = indexKey(kind, *oldDoc);
        const auto it = idx->find(key);
        if (!key.empty() && it != idx->end() && it->second == id) {
            idx->erase(it);
        }
    }
    if (newDoc) {
        const std::string key = indexKey(kind, *newDoc);
        if (!key.empty()) {
            (*idx)[key] = id;
        }
    }
}

} // namespace onboarder::sandbox
