#pragma once

#include <QString>

namespace onboarder::model {

// A postal address. The wholesale API spells its fields addressLine1/stateOrProvince/zipOrPostalCode while the
// locations API spells them address1/state/postalCode; both map to this one type (see WholesaleJson and CallingJson)
// so an address typed once can be used for the billing address, the headquarters and later locations.
struct Address
{
    QString line1;
    QString line2;
    QString city;
    QString stateOrProvince;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2, upper case

    bool isEmpty() const
    {
        return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && stateOrProvince.isEmpty() && postalCode.isEmpty()
            && country.isEmpty();
    }
    bool operator==(const Address& o) const
    {
        return line1 == o.line1 && line2 == o.line2 && city == o.city && stateOrProvince == o.stateOrProvince
            && postalCode == o.postalCode && country == o.country;
    }
    bool operator!=(const Address& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
