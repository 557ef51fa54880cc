#pragma once

#include <QString>

#include <optional>

namespace onboarder::model {

// One number or extension of an organization (GET /telephony/config/numbers). Booleans are optional because the API
// leaves them out for extension-only entries, and what it left out is not written back.
struct PhoneNumber
{
    QString phoneNumber; // E.164; empty for an extension-only entry
    QString extension;
    QString routingPrefix;
    QString esn;
    QString state; // "ACTIVE", "INACTIVE"
    QString phoneNumberType; // "PRIMARY", "ALTERNATE", "FAX", ...
    std::optional<bool> mainNumber;
    QString includedTelephonyTypes; // "PSTN_NUMBER", "MOBILE_NUMBER"
    QString mobileNetwork;
    QString routingProfile;
    std::optional<bool> tollFreeNumber;
    std::optional<bool> isServiceNumber;
    QString locationId;
    QString locationName;
    QString ownerId; // empty when nobody owns the number
    QString ownerType;
    QString ownerFirstName;
    QString ownerLastName;

    // A number nobody owns can be given to a subscriber (what the reference app does).
    bool isFree() const
    {
        return ownerId.isEmpty() && ownerType.isEmpty();
    }

    bool operator==(const PhoneNumber& o) const
    {
        return phoneNumber == o.phoneNumber && extension == o.extension && routingPrefix == o.routingPrefix
            && esn == o.esn && state == o.state && phoneNumberType == o.phoneNumberType && mainNumber == o.mainNumber
            && includedTelephonyTypes == o.includedTelephonyTypes && mobileNetwork == o.mobileNetwork
            && routingProfile == o.routingProfile && tollFreeNumber == o.tollFreeNumber
            && isServiceNumber == o.isServiceNumber && locationId == o.locationId && locationName == o.locationName
            && ownerId == o.ownerId && ownerType == o.ownerType && ownerFirstName == o.ownerFirstName
            && ownerLastName == o.ownerLastName;
    }
    bool operator!=(const PhoneNumber& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
