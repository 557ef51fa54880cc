#include "model/Customer.h"

#include "model/PackageCatalog.h"

namespace onboarder::model {

bool Customer::isConfigurable() const
{
    return status.acceptsUsers() && !orgId.isEmpty();
}

bool Customer::ordersCalling() const
{
    for (const QString& package : packages) {
        if (PackageCatalog::includesCalling(package)) {
            return true;
        }
    }
    return false;
}

const PackageDetail* Customer::packageDetail(const QString& packageName) const
{
    for (const PackageDetail& detail : packageDetails) {
        if (detail.name == packageName) {
            return &detail;
        }
    }
    return nullptr;
}

} // namespace onboarder::model
