#pragma once

#include <QString>

namespace onboarder::model {

// An administrator role of a Webex organization (GET /roles), assigned to people by ID.
struct Role
{
    QString id;
    QString name; // "Full Administrator", ...

    bool operator==(const Role& o) const
    {
        return id == o.id && name == o.name;
    }
    bool operator!=(const Role& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
