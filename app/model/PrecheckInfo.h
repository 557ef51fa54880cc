#pragma once

#include <QString>

namespace onboarder::model {

// One {infoCode, description} entry of a precheck answer (100 = "validation successful").
struct PrecheckInfo
{
    QString infoCode; // kept as text like ErrorDetail::errorCode
    QString description;

    bool operator==(const PrecheckInfo& o) const
    {
        return infoCode == o.infoCode && description == o.description;
    }
    bool operator!=(const PrecheckInfo& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
