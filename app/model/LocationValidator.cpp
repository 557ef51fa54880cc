#include "model/LocationValidator.h"

#include "model/FieldRules.h"

namespace onboarder::model {

FieldErrors LocationValidator::validateCreate(const Location& location)
{
    FieldErrors errors;
    if (FieldRules::required(location.name, QStringLiteral("name"), &errors)) {
        FieldRules::locationName(location.name, QStringLiteral("name"), &errors);
    }
    if (FieldRules::required(location.timeZone, QStringLiteral("timeZone"), &errors)) {
        FieldRules::timeZone(location.timeZone, QStringLiteral("timeZone"), &errors);
    }
    if (FieldRules::required(location.preferredLanguage, QStringLiteral("preferredLanguage"), &errors)) {
        FieldRules::languageCode(location.preferredLanguage, QStringLiteral("preferredLanguage"), &errors);
    }
    if (FieldRules::required(location.announcementLanguage, QStringLiteral("announcementLanguage"), &errors)) {
        FieldRules::languageCode(location.announcementLanguage, QStringLiteral("announcementLanguage"), &errors);
    }
    FieldRules::address(location.address, QStringLiteral("address"), FieldRules::AddressShape::Location, &errors, true);
    return errors;
}

} // namespace onboarder::model
