#pragma once

#include "model/ParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

namespace onboarder::model {

// Type-checked reading of nlohmann::json for the mappers. Every accessor checks the type before it reads, so no
// nlohmann exception can escape; the first problem is remembered with its path and reading goes on, so a mapper
// can simply read everything and then ask ok(). Absent and null fields are "not set", never an error: the API omits
// empty fields and sometimes sends null (phoneNumber: null in the numbers example).
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // Deeper documents are refused before parsing: no Webex answer nests more than a few levels, and a bounded depth
    // keeps recursive code (dump, QJsonDocument) safe on hostile input.
    static constexpr int kMaxDepth = 64;

    // Parses bytes into a document; invalid UTF-8, syntax errors and excessive nesting give an error.
    static ParseResult<nlohmann::json> parse(const QByteArray& bytes);
    // The value read, or the first error met while reading it.
    template <typename T>
    ParseResult<T> finish(T value) const
    {
        return ok() ? ParseResult<T>::success(std::move(value)) : ParseResult<T>::failure(error());
    }

    // Reads a whole document with one of the mappers' read functions (reader, object, path, out).
    template <typename T, typename ReadFunction>
    static ParseResult<T> readDocument(const nlohmann::json& document, ReadFunction read)
    {
        JsonReader reader;
        T value;
        read(reader, document, QString(), value);
        return reader.finish(std::move(value));
    }

    // Parses and maps in one step.
    template <typename T>
    static ParseResult<T> parseWith(const QByteArray& bytes, ParseResult<T> (*mapper)(const nlohmann::json&))
    {
        const ParseResult<nlohmann::json> document = parse(bytes);
        if (!document.ok()) {
            return ParseResult<T>::failure(document.error);
        }
        return mapper(*document.value);
    }
    // Serializes compactly; text that is not valid UTF-8 is replaced rather than thrown on.
    static QByteArray toBytes(const nlohmann::json& document, int indent = -1);

    // Conversions used for fields kept as received (Person::otherFields).
    static QJsonObject toQJsonObject(const nlohmann::json& object);
    static nlohmann::json fromQJsonObject(const QJsonObject& object);

    // Text of a code that may be a number or a string (errorCode, infoCode).
    static QString codeText(const nlohmann::json& value);
    // The JSON for a code: a number when the text is an integer, else the string.
    static nlohmann::json codeValue(const QString& text);

    bool ok() const
    {
        return m_error.isEmpty();
    }
    const QString& error() const
    {
        return m_error;
    }
    void fail(const QString& path, const QString& message);

    // Checks that `value` is an object; records an error otherwise.
    bool expectObject(const nlohmann::json& value, const QString& path);

    // Field readers: `object` must be an object (checked by the caller). `out` is left alone when the field is
    // absent or null.
    void readString(const nlohmann::json& object, const char* key, QString& out, const QString& path);
    void readStringList(const nlohmann::json& object, const char* key, QStringList& out, const QString& path);
    // Booleans also accept "true"/"false" strings, which GET /people sends.
    void readBool(const nlohmann::json& object, const char* key, std::optional<bool>& out, const QString& path);
    void readBool(const nlohmann::json& object, const char* key, bool& out, const QString& path);
    // Whole numbers; integral floating-point values (50.0) are accepted.
    void readInteger(const nlohmann::json& object, const char* key, qint64& out, const QString& path);
    // The same for a value already in hand (map entries, whose keys may not survive as C strings); `path` names it.
    void readIntegerValue(const nlohmann::json& value, qint64& out, const QString& path);
    void readCode(const nlohmann::json& object, const char* key, QString& out, const QString& path);
    // The member as an object or array, or nullptr when absent/null (or of the wrong type, which is recorded).
    const nlohmann::json* object(const nlohmann::json& object, const char* key, const QString& path);
    const nlohmann::json* array(const nlohmann::json& object, const char* key, const QString& path);

    // "a.b", "a[3]" helpers for paths.
    static QString at(const QString& path, const char* key);
    static QString at(const QString& path, std::size_t index);

private:
    const nlohmann::json* member(const nlohmann::json& object, const char* key) const;

    QString m_error;
};

} // namespace onboarder::model
