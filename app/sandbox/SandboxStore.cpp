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
                    store(static_cast<Kind>(i), id, std::move(doc), seq);
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

void SandboxStore::put(Kind kind, const std::string& id, nlohmann::json doc)
{
    std::string text;
    if (m_persistence) {
        text = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    const qint64 seq = store(kind, id, std::move(doc), 0);
    if (m_persistence) {
        m_persistence->upsert(kindName(kind), id, seq, text);
    }
}

qint64 SandboxStore::store(Kind kind, const std::string& id, nlohmann::json doc, qint64 seq)
{
    DocumentTable& table = m_tables[slot(kind)];
    const DocumentTable::Entry* existing = table.entry(id);
    Index* idx = indexFor(kind);
    std::string key;
    if (idx) {
        if (existing) {
            unindex(*idx, kind, *existing);
        }
        key = indexKey(kind, doc);
    }
    const DocumentTable::Entry& stored
        = existing ? table.replace(*existing, std::move(doc)) : table.insert(id, std::move(doc), seq);
    if (idx && !key.empty()) {
        idx->set(std::move(key), &stored.id);
    }
    return stored.seq;
}

void SandboxStore::remove(Kind kind, const std::string& id)
{
    DocumentTable& table = m_tables[slot(kind)];
    const DocumentTable::Entry* existing = table.entry(id);
    if (!existing) {
        return;
    }
    if (Index* idx = indexFor(kind)) {
        unindex(*idx, kind, *existing);
    }
    table.remove(id);
    if (m_persistence) {
        m_persistence->remove(kindName(kind), id);
    }
}

const DocumentTable& SandboxStore::table(Kind kind) const
{
    return m_tables[slot(kind)];
}

void SandboxStore::reserve(Kind kind, std::size_t count)
{
    DocumentTable& table = m_tables[slot(kind)];
    table.reserve(table.size() + count);
    if (Index* idx = indexFor(kind)) {
        idx->reserve(idx->size() + count);
    }
}

std::optional<std::string> SandboxStore::personIdByEmail(const std::string& email) const
{
    const std::string* const* id = m_personsByEmail.find(lower(email));
    return id ? std::optional<std::string>(**id) : std::nullopt;
}

std::optional<std::string> SandboxStore::subscriberIdByEmail(const std::string& email) const
{
    const std::string* const* id = m_subscribersByEmail.find(lower(email));
    return id ? std::optional<std::string>(**id) : std::nullopt;
}

std::optional<std::string> SandboxStore::customerIdByExternalId(const std::string& externalId) const
{
    const std::string* const* id = m_customersByExternalId.find(externalId);
    return id ? std::optional<std::string>(**id) : std::nullopt;
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

void SandboxStore::unindex(Index& idx, Kind kind, const DocumentTable::Entry& entry)
{
    // Only when the key still leads to this document: another one may have taken it over since.
    const std::string key = indexKey(kind, entry.doc);
    const std::string* const* indexed = key.empty() ? nullptr : idx.find(key);
    if (indexed && *indexed == &entry.id) {
        idx.erase(key);
    }
}

} // namespace onboarder::sandbox
