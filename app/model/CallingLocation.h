#pragma once

#include "model/Address.h"

#include <QString>

namespace onboarder::model {

// The headquarters calling location sent with a customer that orders calling
// (provisioningParameters.calling.location); Webex creates it as the organization's first location.
struct CallingLocation
{
    QString name; // at most 80 characters
    Address address;
    QString timezone; // IANA, "America/Los_Angeles"
    QString language; // announcements and emails, "en_us"
    QString emergencyLocationIdentifier; // SIP header value for emergency calls; optional

    bool isEmpty() const
    {
        return name.isEmpty() && address.isEmpty() && timezone.isEmpty() && language.isEmpty()
            && emergencyLocationIdentifier.isEmpty();
    }
    bool operator==(const CallingLocation& o) const
    {
        return name == o.name && address == o.address && timezone == o.timezone && language == o.language
            && emergencyLocationIdentifier == o.emergencyLocationIdentifier;
    }
    bool operator!=(const CallingLocation& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
