#pragma once

#include <QtGlobal>

namespace onboarder::model {

// The count block of GET /telephony/config/numbers: totals over the whole result, not only the returned page.
struct PhoneNumberCount
{
    qint64 assigned = 0;
    qint64 unAssigned = 0;
    qint64 inActive = 0;
    qint64 extensionOnly = 0;
    qint64 tollFreeNumbers = 0;
    qint64 total = 0;
    qint64 mobileNumber = 0;
    qint64 serviceNumber = 0;

    bool operator==(const PhoneNumberCount& o) const
    {
        return assigned == o.assigned && unAssigned == o.unAssigned && inActive == o.inActive
            && extensionOnly == o.extensionOnly && tollFreeNumbers == o.tollFreeNumbers && total == o.total
            && mobileNumber == o.mobileNumber && serviceNumber == o.serviceNumber;
    }
    bool operator!=(const PhoneNumberCount& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
