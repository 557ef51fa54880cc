#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

namespace onboarder::model {

// Helpers for the mappers' output side: optional fields are left out when empty, as the API does, so a value read
// and written back gives the same document.
class JsonWriter
{
public:
    static void putString(nlohmann::json& object, const char* key, const QString& value)
    {
        if (!value.isEmpty()) {
            object[key] = value.toStdString();
        }
    }
    static void putStringList(nlohmann::json& object, const char* key, const QStringList& values)
    {
        if (values.isEmpty()) {
            return;
        }
        nlohmann::json array = nlohmann::json::array();
        for (const QString& value : values) {
            array.push_back(value.toStdString());
        }
        object[key] = std::move(array);
    }
    static void putBool(nlohmann::json& object, const char* key, const std::optional<bool>& value)
    {
        if (value) {
            object[key] = *value;
        }
    }
    static void putObject(nlohmann::json& object, const char* key, nlohmann::json value)
    {
        if (value.is_object() && !value.empty()) {
            object[key] = std::move(value);
        }
    }
    static void putArray(nlohmann::json& object, const char* key, nlohmann::json value)
    {
        if (value.is_array() && !value.empty()) {
            object[key] = std::move(value);
        }
    }
};

} // namespace onboarder::model
