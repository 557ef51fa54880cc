#pragma once

#include "sandbox/FlatStringMap.h"

#include <QtGlobal>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace onboarder::sandbox {

// JSON documents of one kind, by ID, kept in creation order (a sequence number) so lists page stably.
class DocumentTable
{
public:
    struct Entry
    {
        qint64 seq = 0;
        std::string id;
        nlohmann::json doc;
        // The key fields, in setKeyFields order: views of the document's own strings (empty: absent or not a string),
        // valid while the entry holds this document.
        std::vector<std::string_view> keys;
        // The document as a list answer renders it, made by the handler on first use and dropped whenever the
        // document changes (see rendered()).
        mutable std::string rendered;
    };

    DocumentTable();
    // Not copyable: the ID index points into the sequence's nodes.
    DocumentTable(const DocumentTable&) = delete;
    DocumentTable& operator=(const DocumentTable&) = delete;
    DocumentTable(DocumentTable&&) = default;
    DocumentTable& operator=(DocumentTable&&) = default;

    const nlohmann::json* find(const std::string& id) const;
    qint64 seqOf(const std::string& id) const; // 0: absent
    // Inserts or replaces; a replaced document keeps its place. seq > 0 restores a stored order.
    qint64 put(const std::string& id, nlohmann::json doc, qint64 seq);
    // put() in two steps, for a caller that looks at the current document first (one ID lookup instead of two):
    // entry() finds it (nullptr: absent), replace() stores over it, insert() adds a document whose ID is absent.
    const Entry* entry(const std::string& id) const;
    const Entry& replace(const Entry& entry, nlohmann::json doc);
    const Entry& insert(const std::string& id, nlohmann::json doc, qint64 seq);
    bool remove(const std::string& id);
    std::size_t size() const;
    // Room for this many documents without rehashing (the large seeds know their counts).
    void reserve(std::size_t count);
    // Fields copied out of every document at put() time, so list scans compare plain strings instead of walking
    // thousands of JSON objects (a 20,000-customer scan went from ~70 ms to a few).
    void setKeyFields(std::vector<std::string> fields);

    // The entry's rendering by `render(doc)`, kept until the document changes: a page of 100 customers is then
    // 100 string copies instead of 100 document copies and their serialization. One rendering per table.
    template <typename F>
    static const std::string& rendered(const Entry& entry, F&& render)
    {
        if (entry.rendered.empty()) {
            entry.rendered = render(entry.doc);
        }
        return entry.rendered;
    }

    // The entries from sequence number `seq` on, for a list that resumes where its previous page stopped.
    template <typename F>
    void forEachEntryFrom(qint64 seq, F&& visit) const
    {
        for (auto it = m_bySeq.lower_bound(seq); it != m_bySeq.end(); ++it) {
            if (!visit(it->second)) {
                return;
            }
        }
    }

    // Changes whenever an entry comes, goes or changes a key field, and is never the same for two tables: a scan
    // position noted at one version stays right as long as the version does.
    quint64 version() const;

    template <typename F>
    void forEachKeyed(F&& visit) const
    {
        for (const auto& item : m_bySeq) {
            if (!visit(item.second.id, item.second.doc, item.second.keys)) {
                return;
            }
        }
    }

    template <typename F>
    void forEach(F&& visit) const
    {
        for (const auto& item : m_bySeq) {
            if (!visit(item.second.id, item.second.doc)) {
                return;
            }
        }
    }

private:
    using Sequence = std::map<qint64, Entry>;
    std::vector<std::string_view> extractKeys(const nlohmann::json& doc) const;
    std::vector<std::string> m_keyFields;
    Sequence m_bySeq;
    // By ID, viewing the ID inside the entry (map nodes never move), straight to the entry: one hash lookup per
    // find instead of a hash lookup and a walk down the sequence tree.
    FlatStringMap<std::string_view, Sequence::iterator> m_byId;
    qint64 m_nextSeq = 1;
    quint64 m_version;
};

} // namespace onboarder::sandbox
