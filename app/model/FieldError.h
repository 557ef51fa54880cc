#pragma once

#include <QList>
#include <QString>

namespace onboarder::model {

// One problem found by validation, addressed to the field that has to change so the UI can show it inline and the
// CLI can print it next to the field's name.
struct FieldError
{
    // Dotted path in the request's wire shape, for example "provisioningParameters.calling.location.timezone";
    // list elements are written "packages[1]".
    QString path;
    // Translated text that says what to do.
    QString message;
    // Stable identifier of the rule, for tests, scripts and the audit log ("address.line.tooLong").
    QString ruleId;
    // A corrected value the user can accept with one click (for example a phone number with its "+" restored), or
    // empty when there is no safe correction.
    QString suggestion;

    bool operator==(const FieldError& other) const
    {
        return path == other.path && message == other.message && ruleId == other.ruleId
            && suggestion == other.suggestion;
    }
    bool operator!=(const FieldError& other) const
    {
        return !(*this == other);
    }
};

using FieldErrors = QList<FieldError>;

} // namespace onboarder::model
