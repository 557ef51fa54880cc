#pragma once

#include "model/PrecheckInfo.h"

#include <QList>
#include <QString>

namespace onboarder::model {

// The answer of POST /wholesale/customers/validate and /wholesale/subscribers/validate. The schema types "info" as
// one object, the examples send an array; both are read into this list.
struct PrecheckResult
{
    QString message; // "success" on success
    QList<PrecheckInfo> info;

    // True when Webex reported info code 100 ("Provisioning Precheck validation successful").
    bool isSuccess() const
    {
        for (const PrecheckInfo& entry : info) {
            if (entry.infoCode == QLatin1String("100")) {
                return true;
            }
        }
        return false;
    }

    bool operator==(const PrecheckResult& o) const
    {
        return message == o.message && info == o.info;
    }
    bool operator!=(const PrecheckResult& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
