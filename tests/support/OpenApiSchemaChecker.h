#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace onboarder::testsupport {

// A small OpenAPI 3.0 schema checker for response bodies: type, properties, required, items, enum, $ref, allOf,
// oneOf, anyOf and nullable. Loads the reference specifications at test time.
class OpenApiSchemaChecker
{
public:
    struct Operation
    {
        std::string specFile;
        std::string method; // lower case, as in the spec
        std::string pathTemplate;
        std::string operationId;
        const nlohmann::json* operation = nullptr;
        const nlohmann::json* document = nullptr;
    };

    // Reads every *.openapi.json file of the folder.
    bool load(const QString& folder, QString* error);
    bool isLoaded() const;

    // The operation serving this method and concrete path (without /v1); nullptr when the specs have none.
    const Operation* find(const std::string& method, const std::string& path) const;
    // The JSON schema of the operation's answer with this status, or nullptr.
    static const nlohmann::json* responseSchema(const Operation& operation, int status);

    // Problems of `value` against `schema` (empty: valid). With strict, object properties the schema does not
    // declare are problems too.
    QStringList validate(const nlohmann::json& value,
                         const nlohmann::json& schema,
                         const nlohmann::json& document,
                         bool strict) const;

private:
    void check(const nlohmann::json& value,
               const nlohmann::json& schema,
               const nlohmann::json& document,
               bool strict,
               const std::string& where,
               QStringList& problems,
               int depth) const;
    static const nlohmann::json* resolve(const nlohmann::json& schema, const nlohmann::json& document);

    std::vector<nlohmann::json> m_documents;
    std::vector<std::string> m_files;
    std::vector<Operation> m_operations;
};

} // namespace onboarder::testsupport
