#pragma once

#include "model/FieldError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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

} // namespace onboarder::model::test
