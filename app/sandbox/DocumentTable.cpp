#include "sandbox/DocumentTable.h"

#include <algorithm>

namespace onboarder::sandbox {

const nlohmann::json* DocumentTable::find(const std::string& id) const
{
    const auto it = m_seqById.find(id);
    if (it == m_seqById.end()) {
        return nullptr;
    }
    return &m_bySeq.at(it->second).doc;
}

qint64 DocumentTable::seqOf(const std::string& id) const
{
    const auto it = m_seqById.find(id);
    return it == m_seqById.end() ? 0 : it->second;
}

qint64 DocumentTable::put(const std::string& id, nlohmann::json doc, qint64 seq)
{
    std::vector<std::string> keys = extractKeys(doc);
    const auto it = m_seqById.find(id);
    if (it != m_seqById.end()) {
        Entry& entry = m_bySeq[it->second];
        entry.doc = std::move(doc);
        entry.keys = std::move(keys);
        return it->second;
    }
    if (seq <= 0) {
        seq = m_nextSeq;
    }
    m_nextSeq = std::max(m_nextSeq, seq + 1);
    m_seqById.emplace(id, seq);
    m_bySeq.emplace(seq, Entry { id, std::move(doc), std::move(keys) });
    return seq;
}

bool DocumentTable::remove(const std::string& id)
{
    const auto it = m_seqById.find(id);
    if (it == m_seqById.end()) {
        return false;
    }
    m_bySeq.erase(it->second);
    m_seqById.erase(it);
    return true;
}

void DocumentTable::setKeyFields(std::vector<std::string> fields)
{
    m_keyFields = std::move(fields);
    for (auto& entry : m_bySeq) {
        entry.second.keys = extractKeys(entry.second.doc);
    }
}

std::vector<std::string> DocumentTable::extractKeys(const nlohmann::json& doc) const
{
    std::vector<std::string> keys;
    keys.reserve(m_keyFields.size());
    for (const std::string& field : m_keyFields) {
        const auto it = doc.find(field);
        keys.push_back(it != doc.end() && it->is_string() ? it->get<std::string>() : std::string());
    }
    return keys;
}

std::size_t DocumentTable::size() const
{
    return m_seqById.size();
}

} // namespace onboarder::sandbox
