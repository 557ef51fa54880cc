#pragma once

#include "model/PhoneNumber.h"
#include "model/PhoneNumberCount.h"

#include <QList>

#include <optional>

namespace onboarder::model {

// One answer of GET /telephony/config/numbers: the numbers and, when the server sends it, the count block.
struct PhoneNumberList
{
    QList<PhoneNumber> phoneNumbers;
    std::optional<PhoneNumberCount> count;

    bool operator==(const PhoneNumberList& o) const
    {
        return phoneNumbers == o.phoneNumbers && count == o.count;
    }
    bool operator!=(const PhoneNumberList& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
