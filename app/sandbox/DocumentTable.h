#pragma once

#include <QtGlobal>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

namespace onboarder::sandbox {

// JSON documents of one kind, by ID, kept in creation order (a sequence number) so lists page stably.
class DocumentTable
{
public:
    const nlohmann::json* find(const std::string& id) const;
    qint64 seqOf(const std::string& id) const; // 0: absent
    // Inserts or replaces; a replaced document keeps its place. seq > 0 restores a stored order.
    qint64 put(const std::string& id, nlohmann::json doc, qint64 seq);
    bool remove(const std::string& id);
    std::size_t size() const;
    // Fields copied out of every document at put() time, so list scans compare plain strings instead of walking
    // thousands of JSON objects (a 20,000-customer scan went from ~70 ms to a few).
    void setKeyFields(std::vector<std::string> fields);

    template <typename F>
    void forEachKeyed(F&& visit) const
    {
        for (const auto& entry : m_bySeq) {
            if (!visit(entry.second.id, entry.second.doc, entry.second.keys)) {
                return;
            }
        }
    }

    template <typename F>
    void forEach(F&& visit) const
    {
        for (const auto& entry : m_bySeq) {
            if (!visit(entry.second.id, entry.second.doc)) {
                return;
            }
        }
    }

private:
    struct Entry
    {
        std::string id;
        nlohmann::json doc;
        std::vector<std::string> keys;
    };
    std::vector<std::string> extractKeys(const nlohmann::json& doc) const;
    std::vector<std::string> m_keyFields;
    std::map<qint64, Entry> m_bySeq;
    std::unordered_map<std::string, qint64> m_seqById;
    qint64 m_nextSeq = 1;
};

} // namespace onboarder::sandbox
