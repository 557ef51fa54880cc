#pragma once

#include <QString>

#include <optional>

namespace onboarder::model {

// One entry of a person's phoneNumbers list.
struct PersonPhoneNumber
{
    QString type; // "work", "work_extension", "mobile", "fax"
    QString value;
    std::optional<bool> primary;

    bool operator==(const PersonPhoneNumber& o) const
    {
        return type == o.type && value == o.value && primary == o.primary;
    }
    bool operator!=(const PersonPhoneNumber& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
