#pragma once

#include <QtGlobal>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace onboarder::sandbox {

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
