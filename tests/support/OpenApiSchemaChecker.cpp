#include "OpenApiSchemaChecker.h"

#include <QDir>
#include <QFile>

namespace onboarder::testsupport {

using nlohmann::json;

namespace {
std::vector<std::string> segments(const std::string& path)
{
    std::vector<std::string> result;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty()) {
                result.push_back(current);
            }
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) {
        result.push_back(current);
    }
    return result;
}

std::string typeOf(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "integer";
    case json::value_t::number_float:
        return "number";
    case json::value_t::string:
        return "string";
    case json::value_t::array:
        return "array";
    case json::value_t::object:
        return "object";
    default:
        return "unknown";
    }
}
} // namespace

bool OpenApiSchemaChecker::load(const QString& folder, QString* error)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList({ QStringLiteral("*.openapi.json") }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("No *.openapi.json in %1").arg(folder);
        return false;
    }
    m_documents.reserve(files.size()); // operations keep pointers into these documents
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read %1").arg(file.fileName());
            return false;
        }
        const QByteArray text = file.readAll();
        json document = json::parse(text.constBegin(), text.constEnd(), nullptr, false);
        if (document.is_discarded()) {
            *error = QStringLiteral("%1 is not JSON").arg(name);
            return false;
        }
        m_documents.push_back(std::move(document));
        m_files.push_back(name.toStdString());
    }
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        const json& document = m_documents[i];
        for (auto path = document["paths"].begin(); path != document["paths"].end(); ++path) {
            for (auto op = path->begin(); op != path->end(); ++op) {
                if (!op->is_object() || !op->contains("responses")) {
                    continue;
                }
                m_operations.push_back({ m_files[i],
                                         op.key(),
                                         path.key(),
                                         op->value("operationId", op.key() + " " + path.key()),
                                         &*op,
                                         &document });
            }
        }
    }
    return true;
}

bool OpenApiSchemaChecker::isLoaded() const
{
    return !m_operations.empty();
}

const OpenApiSchemaChecker::Operation* OpenApiSchemaChecker::find(const std::string& method,
                                                                  const std::string& path) const
{
    const auto wanted = segments(path);
    const Operation* best = nullptr;
    int bestScore = -1;
    for (const Operation& operation : m_operations) {
        if (operation.method != method) {
            continue;
        }
        const auto pattern = segments(operation.pathTemplate);
        if (pattern.size() != wanted.size()) {
            continue;
        }
        int score = 0;
        bool matches = true;
        for (std::size_t i = 0; i < pattern.size() && matches; ++i) {
            if (!pattern[i].empty() && pattern[i].front() == '{') {
                continue;
            }
            matches = pattern[i] == wanted[i];
            score += 1;
        }
        if (matches && score > bestScore) {
            best = &operation;
            bestScore = score;
        }
    }
    return best;
}

const json* OpenApiSchemaChecker::responseSchema(const Operation& operation, int status)
{
    const json& responses = (*operation.operation)["responses"];
    const auto response = responses.find(std::to_string(status));
    if (response == responses.end()) {
        return nullptr;
    }
    const auto content = response->find("content");
    if (content == response->end() || !content->contains("application/json")) {
        return nullptr;
    }
    const json& media = (*content)["application/json"];
    const auto schema = media.find("schema");
    return schema == media.end() ? nullptr : &*schema;
}

const json* OpenApiSchemaChecker::resolve(const json& schema, const json& document)
{
    const json* current = &schema;
    for (int hops = 0; hops < 16 && current->is_object() && current->contains("$ref"); ++hops) {
        const std::string ref = (*current)["$ref"].get<std::string>();
        if (ref.rfind("#/", 0) != 0) {
            return nullptr;
        }
        try {
            current = &document.at(json::json_pointer(ref.substr(1)));
        } catch (const std::exception&) {
            return nullptr;
        }
    }
    return current;
}

QStringList
OpenApiSchemaChecker::validate(const json& value, const json& schema, const json& document, bool strict) const
{
    QStringList problems;
    check(value, schema, document, strict, "$", problems, 0);
    return problems;
}

void OpenApiSchemaChecker::check(const json& value,
                                 const json& rawSchema,
                                 const json& document,
                                 bool strict,
                                 const std::string& where,
                                 QStringList& problems,
                                 int depth) const
{
    auto problem = [&](const std::string& text) { problems.append(QString::fromStdString(where + ": " + text)); };
    if (depth > 64) {
        problem("schema nests too deeply");
        return;
    }
    const json* resolved = resolve(rawSchema, document);
    if (!resolved) {
        problem("unresolvable $ref");
        return;
    }
    const json& schema = *resolved;
    if (!schema.is_object()) {
        return;
    }
    if (value.is_null() && schema.value("nullable", false)) {
        return;
    }
    if (schema.contains("allOf")) {
        for (const auto& part : schema["allOf"]) {
            check(value, part, document, false, where, problems, depth + 1);
        }
    }
    for (const char* keyword : { "oneOf", "anyOf" }) {
        if (!schema.contains(keyword)) {
            continue;
        }
        int passing = 0;
        for (const auto& part : schema[keyword]) {
            QStringList partProblems;
            check(value, part, document, strict, where, partProblems, depth + 1);
            passing += partProblems.isEmpty() ? 1 : 0;
        }
        if (passing == 0 || (std::string(keyword) == "oneOf" && passing > 1)) {
            problem(std::string(keyword) + " matched " + std::to_string(passing) + " alternatives");
        }
    }
    if (schema.contains("type")) {
        const std::string type = schema["type"].get<std::string>();
        const std::string actual = typeOf(value);
        const bool ok = type == actual || (type == "number" && actual == "integer");
        if (!ok) {
            problem("expected " + type + ", got " + actual);
            return;
        }
    }
    if (schema.contains("enum")) {
        const json& values = schema["enum"];
        if (std::find(values.begin(), values.end(), value) == values.end()) {
            problem("value " + value.dump() + " is not in the enum");
        }
    }
    if (value.is_object()) {
        for (const auto& name : schema.value("required", json::array())) {
            if (!value.contains(name.get<std::string>())) {
                problem("missing required property " + name.get<std::string>());
            }
        }
        const json properties = schema.value("properties", json::object());
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (properties.contains(it.key())) {
                check(it.value(), properties[it.key()], document, strict, where + "." + it.key(), problems, depth + 1);
            } else if (schema.contains("additionalProperties") && schema["additionalProperties"].is_object()) {
                check(it.value(),
                      schema["additionalProperties"],
                      document,
                      strict,
                      where + "." + it.key(),
                      problems,
                      depth + 1);
            } else if (strict && schema.contains("properties") && !schema.contains("allOf")) {
                problem("property " + it.key() + " is not in the schema");
            }
        }
    }
    if (value.is_array() && schema.contains("items")) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            check(value[i],
                  schema["items"],
                  document,
                  strict,
                  where + "[" + std::to_string(i) + "]",
                  problems,
                  depth + 1);
        }
    }
}

} // namespace onboarder::testsupport
