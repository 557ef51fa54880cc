#pragma once

#include "model/ErrorDetail.h"
#include "model/PackageStatus.h"

#include <QString>
#include <QStringList>

namespace onboarder::model {

// The provisioning state of one package of a customer (resourceDetails.packages[]).
struct PackageDetail
{
    QString name; // package wire name, possibly one we do not know
    PackageStatus status;
    ErrorDetails warnings;
    ErrorDetails errors;
    QStringList licenseIds; // only with includePackageLicenseInfo=true

    bool operator==(const PackageDetail& o) const
    {
        return name == o.name && status == o.status && warnings == o.warnings && errors == o.errors
            && licenseIds == o.licenseIds;
    }
    bool operator!=(const PackageDetail& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
