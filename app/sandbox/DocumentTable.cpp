#include "sandbox/DocumentTable.h"

#include <algorithm>
#include <atomic>

namespace onboarder::sandbox {

namespace {

quint64 nextVersion()
{
    // One counter for every table, so a table made anew never repeats a version an old one had.
    static std::atomic<quint64> versions { 0 };
    return ++versions;
}

} // namespace

DocumentTable::DocumentTable()
    : m_version(nextVersion())
{
}

quint64 DocumentTable::version() const
{
    return m_version;
}

const nlohmann::json* DocumentTable::find(const std::string& id) const
{
    const Sequence::iterator* it = m_byId.find(id);
    return it ? &(*it)->second.doc : nullptr;
}

qint64 DocumentTable::seqOf(const std::string& id) const
{
    const Sequence::iterator* it = m_byId.find(id);
    return it ? (*it)->first : 0;
}

const DocumentTable::Entry* DocumentTable::entry(const std::string& id) const
{
    const Sequence::iterator* it = m_byId.find(id);
    return it ? &(*it)->second : nullptr;
}

qint64 DocumentTable::put(const std::string& id, nlohmann::json doc, qint64 seq)
{
    if (const Entry* existing = entry(id)) {
        return replace(*existing, std::move(doc)).seq;
    }
    return insert(id, std::move(doc), seq).seq;
}

const DocumentTable::Entry& DocumentTable::replace(const Entry& existing, nlohmann::json doc)
{
    // The table's own entry, handed out read-only.
    auto& entry = const_cast<Entry&>(existing);
    // Views of the new document's strings: moving the document moves its tree, not the strings in it.
    std::vector<std::string_view> keys = extractKeys(doc);
    if (keys != entry.keys) {
        m_version = nextVersion();
    }
    entry.keys = std::move(keys);
    entry.doc = std::move(doc);
    entry.rendered.clear();
    return entry;
}

const DocumentTable::Entry& DocumentTable::insert(const std::string& id, nlohmann::json doc, qint64 seq)
{
    if (seq <= 0 || m_bySeq.count(seq) != 0) {
        seq = m_nextSeq;
    }
    m_nextSeq = std::max(m_nextSeq, seq + 1);
    std::vector<std::string_view> keys = extractKeys(doc);
    // New documents come last (and a stored order loads in order), so the hint makes the insert constant time.
    const auto it = m_bySeq.emplace_hint(m_bySeq.end(), seq, Entry { seq, id, std::move(doc), std::move(keys), {} });
    m_byId.set(std::string_view(it->second.id), it);
    m_version = nextVersion();
    return it->second;
}

bool DocumentTable::remove(const std::string& id)
{
    const Sequence::iterator* it = m_byId.find(id);
    if (!it) {
        return false;
    }
    const Sequence::iterator entry = *it;
    m_byId.erase(id); // before the entry whose ID the key views
    m_bySeq.erase(entry);
    m_version = nextVersion();
    return true;
}

void DocumentTable::reserve(std::size_t count)
{
    m_byId.reserve(count);
}

void DocumentTable::setKeyFields(std::vector<std::string> fields)
{
    m_keyFields = std::move(fields);
    m_version = nextVersion();
    for (auto& item : m_bySeq) {
        item.second.keys = extractKeys(item.second.doc);
    }
}

std::vector<std::string_view> DocumentTable::extractKeys(const nlohmann::json& doc) const
{
    std::vector<std::string_view> keys;
    if (m_keyFields.empty()) {
        return keys;
    }
    keys.reserve(m_keyFields.size());
    for (const std::string& field : m_keyFields) {
        const auto it = doc.find(field);
        keys.push_back(it != doc.end() && it->is_string() ? std::string_view(it->get_ref<const std::string&>())
                                                          : std::string_view());
    }
    return keys;
}

std::size_t DocumentTable::size() const
{
    return m_byId.size();
}

} // namespace onboarder::sandbox
