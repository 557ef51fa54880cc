#include "model/JsonReader.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace onboarder::model {

using nlohmann::json;

namespace {

// Maximum nesting of [ and { outside strings, stopping early once over the limit.
int nestingDepth(const QByteArray& bytes, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit) {
                return deepest;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

QString typeName(const json& value)
{
    return QString::fromLatin1(value.type_name());
}

} // namespace

ParseResult<json> JsonReader::parse(const QByteArray& bytes)
{
    if (bytes.trimmed().isEmpty()) {
        return ParseResult<json>::failure(tr("The document is empty."));
    }
    if (nestingDepth(bytes, kMaxDepth) > kMaxDepth) {
        return ParseResult<json>::failure(tr("The document is nested more than %1 levels deep.").arg(kMaxDepth));
    }
    json document = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (document.is_discarded()) {
        return ParseResult<json>::failure(tr("The document is not valid JSON."));
    }
    return ParseResult<json>::success(std::move(document));
}

QByteArray JsonReader::toBytes(const json& document, int indent)
{
    const std::string text = document.dump(indent, ' ', false, json::error_handler_t::replace);
    return QByteArray::fromStdString(text);
}

QJsonObject JsonReader::toQJsonObject(const json& object)
{
    if (!object.is_object()) {
        return {};
    }
    return QJsonDocument::fromJson(toBytes(object)).object();
}

json JsonReader::fromQJsonObject(const QJsonObject& object)
{
    if (object.isEmpty()) {
        return json::object();
    }
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json document = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    return document.is_object() ? document : json::object();
}

QString JsonReader::codeText(const json& value)
{
    if (value.is_string()) {
        return QString::fromStdString(value.get_ref<const std::string&>());
    }
    if (value.is_number_integer()) {
        return value.is_number_unsigned() ? QString::number(value.get<std::uint64_t>())
                                          : QString::number(value.get<std::int64_t>());
    }
    if (value.is_number_float()) {
        const double number = value.get<double>();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15) {
            return QString::number(static_cast<qint64>(number));
        }
        return QString::number(number);
    }
    return {};
}

json JsonReader::codeValue(const QString& text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    // Only the canonical decimal form becomes a number, so "007" or "+1" survive as text.
    if (ok && QString::number(number) == text) {
        return number;
    }
    return text.toStdString();
}

void JsonReader::fail(const QString& path, const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
}

bool JsonReader::expectObject(const json& value, const QString& path)
{
    if (value.is_object()) {
        return true;
    }
    fail(path, tr("expected an object, found %1").arg(typeName(value)));
    return false;
}

QString JsonReader::at(const QString& path, const char* key)
{
    const QString name = QString::fromLatin1(key);
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString JsonReader::at(const QString& path, std::size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

const json* JsonReader::member(const json& object, const char* key) const
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

void JsonReader::readString(const json& object, const char* key, QString& out, const QString& path)
{
    const json* value = member(object, key);
    if (!value) {
        return;
    }
    if (!value->is_string()) {
        fail(at(path, key), tr("expected a string, found %1").arg(typeName(*value)));
        return;
    }
    out = QString::fromStdString(value->get_ref<const std::string&>());
}

void JsonReader::readStringList(const json& object, const char* key, QStringList& out, const QString& path)
{
    const json* value = array(object, key, path);
    if (!value) {
        return;
    }
    QStringList result;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json& item = (*value)[i];
        if (!item.is_string()) {
            fail(at(at(path, key), i), tr("expected a string, found %1").arg(typeName(item)));
            return;
        }
        result.append(QString::fromStdString(item.get_ref<const std::string&>()));
    }
    out = result;
}

void JsonReader::readBool(const json& object, const char* key, std::optional<bool>& out, const QString& path)
{
    const json* value = member(object, key);
    if (!value) {
        return;
    }
    if (value->is_boolean()) {
        out = value->get<bool>();
    } else if (value->is_string() && value->get_ref<const std::string&>() == "true") {
        out = true;
    } else if (value->is_string() && value->get_ref<const std::string&>() == "false") {
        out = false;
    } else {
        fail(at(path, key), tr("expected true or false, found %1").arg(typeName(*value)));
    }
}

void JsonReader::readBool(const json& object, const char* key, bool& out, const QString& path)
{
    std::optional<bool> value;
    readBool(object, key, value, path);
    if (value) {
        out = *value;
    }
}

void JsonReader::readInteger(const json& object, const char* key, qint64& out, const QString& path)
{
    const json* value = member(object, key);
    if (value) {
        readIntegerValue(*value, out, at(path, key));
    }
}

void JsonReader::readIntegerValue(const json& value, qint64& out, const QString& path)
{
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > std::uint64_t(std::numeric_limits<qint64>::max())) {
            fail(path, tr("the number is too large"));
            return;
        }
        out = qint64(number);
    } else if (value.is_number_integer()) {
        out = value.get<std::int64_t>();
    } else if (value.is_number_float()) {
        const double number = value.get<double>();
        if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) > 9.0e15) {
            fail(path, tr("expected a whole number"));
            return;
        }
        out = qint64(number);
    } else {
        fail(path, tr("expected a number, found %1").arg(typeName(value)));
    }
}

void JsonReader::readCode(const json& object, const char* key, QString& out, const QString& path)
{
    const json* value = member(object, key);
    if (!value) {
        return;
    }
    if (!value->is_string() && !value->is_number()) {
        fail(at(path, key), tr("expected a number or a string, found %1").arg(typeName(*value)));
        return;
    }
    out = codeText(*value);
}

const json* JsonReader::object(const json& object, const char* key, const QString& path)
{
    const json* value = member(object, key);
    if (!value) {
        return nullptr;
    }
    if (!value->is_object()) {
        fail(at(path, key), tr("expected an object, found %1").arg(typeName(*value)));
        return nullptr;
    }
    return value;
}

const json* JsonReader::array(const json& object, const char* key, const QString& path)
{
    const json* value = member(object, key);
    if (!value) {
        return nullptr;
    }
    if (!value->is_array()) {
        fail(at(path, key), tr("expected an array, found %1").arg(typeName(*value)));
        return nullptr;
    }
    return value;
}

} // namespace onboarder::model
