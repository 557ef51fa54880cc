#pragma once

#include "TestPaths.h"
#include "model/FieldError.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

// Helpers shared by the model tests: readable failure messages for validation results.
namespace onboarder::model::test {

inline QString describe(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& error : errors) {
        lines.append(
            QStringLiteral("%1 [%2] %3 (fix: %4)").arg(error.path, error.ruleId, error.message, error.suggestion));
    }
    return lines.isEmpty() ? QStringLiteral("(no errors)") : lines.join(QLatin1Char('\n'));
}

inline const FieldError* findError(const FieldErrors& errors, const QString& path, const QString& ruleId)
{
    for (const FieldError& error : errors) {
        if (error.path == path && error.ruleId == ruleId) {
            return &error;
        }
    }
    return nullptr;
}

// For QVERIFY2: the message must outlive the macro's use of it.
inline QByteArray failureText(const QString& expectation, const FieldErrors& errors)
{
    return (expectation + QStringLiteral("\ngot:\n") + describe(errors)).toUtf8();
}

// The OpenAPI contracts live in ../shared/reference, outside the repository; tests that need them skip when the
// folder is absent.
inline QString referencePath(const char* fileName)
{
    return onboarder::testsupport::sharedPath(QStringLiteral("reference/") + QString::fromLatin1(fileName));
}

inline std::optional<nlohmann::json> loadJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    nlohmann::json document = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (document.is_discarded()) {
        return std::nullopt;
    }
    return document;
}

// The example at a JSON pointer such as
// "/paths/~1wholesale~1customers/get/responses/200/content/application~1json/example".
inline std::optional<nlohmann::json> exampleAt(const nlohmann::json& document, const QString& pointer)
{
    try {
        const nlohmann::json::json_pointer path(pointer.toStdString());
        if (!document.contains(path)) {
            return std::nullopt;
        }
        return document.at(path);
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

// Members whose value is null carry no information (the model reads them as "not set"); drop them before comparing.
inline nlohmann::json withoutNulls(const nlohmann::json& value)
{
    if (value.is_object()) {
        nlohmann::json result = nlohmann::json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!it->is_null()) {
                result[it.key()] = withoutNulls(*it);
            }
        }
        return result;
    }
    if (value.is_array()) {
        nlohmann::json result = nlohmann::json::array();
        for (const auto& item : value) {
            result.push_back(withoutNulls(item));
        }
        return result;
    }
    return value;
}

inline QByteArray jsonDiff(const nlohmann::json& expected, const nlohmann::json& actual)
{
    return QByteArray::fromStdString("expected:\n" + expected.dump(1) + "\nactual:\n" + actual.dump(1) + "\npatch:\n"
                                     + nlohmann::json::diff(expected, actual).dump(1));
}

} // namespace onboarder::model::test
