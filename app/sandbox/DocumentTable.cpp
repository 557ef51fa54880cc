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
    const auto it = m_seqById.find(id);
    if (it != m_seqById.end()) {
        m_bySeq[it->second].doc = std::move(doc);
        return it->second;
    }
    if (seq <= 0) {
        seq = m_nextSeq;
    }
    m_nextSeq = std::max(m_nextSeq, seq + 1);
    m_seqById.emplace(id, seq);
    m_bySeq.emplace(seq, Entry { id, std::move(doc) });
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

std::size_t DocumentTable::size() const
{
    return m_seqById.size();
}

} // namespace onboarder::sandbox
