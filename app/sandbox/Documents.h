#pragma once

#include <QtGlobal>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace onboarder::sandbox {

// A JSON object built field by field, without the temporaries of nlohmann's initializer lists (each
// { "key", value } pair is made an array first, then taken apart): the large seeds build some 100,000 documents.
// Fields added in key order (byte order: "_x" before "a") go at the end without a search; others are placed by one.
// Each key once: a key added again is ignored.
class JsonObject
{
public:
    JsonObject()
        : m_json(nlohmann::json::value_t::object)
    {
    }

    template <typename V>
    JsonObject& add(const char* key, V&& value)
    {
        auto& fields = m_json.get_ref<nlohmann::json::object_t&>();
        fields.emplace_hint(fields.end(), key, std::forward<V>(value));
        return *this;
    }

    nlohmann::json take()
    {
        return std::move(m_json);
    }

private:
    nlohmann::json m_json;
};

// Small helpers over the JSON documents of the store: public views, timestamps, field checks.
class Documents
{
public:
    static qint64 nowMs();
    static std::string isoTime(qint64 ms);
    static std::string nowIso();
    // Epoch milliseconds or ISO 8601, as the subscriber list filters accept.
    static std::optional<qint64> parseTime(const std::string& text);
    // The document without its internal ('_'-prefixed) fields.
    static nlohmann::json publicView(const nlohmann::json& doc);
    static std::string text(const nlohmann::json& doc, const char* key);
    // The same without a copy, for list scans over thousands of documents.
    static const std::string& textRef(const nlohmann::json& doc, const std::string& key);
    static qint64 integer(const nlohmann::json& doc, const char* key);
    static bool isEmail(const std::string& text);
    static bool isE164(const std::string& text);
    static bool startsWith(const std::string& text, const char* prefix);
};

} // namespace onboarder::sandbox
