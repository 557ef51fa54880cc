#pragma once

#include <QString>

namespace onboarder::model {

// Which address parts a country needs. The wholesale API says only that "state and zip are required in some
// countries" (reference §3.4; the guide's address table could not be retrieved), so this is our rule, kept small on
// purpose and easy to change:
//  - state or province: required for US, CA and AU, whose addresses are not deliverable without one;
//  - postal code: required everywhere except the few countries listed in AddressRequirements.cpp that have no
//    national postal code system.
// The calling API's location address is stricter: its schema requires state and postal code for every country
// (LocationValidator applies that).
class AddressRequirements
{
public:
    static constexpr int kMaxLineLength = 50; // addressLine1/addressLine2 (reference §3.4)

    static bool needsStateOrProvince(const QString& countryCode);
    static bool needsPostalCode(const QString& countryCode);
};

} // namespace onboarder::model
