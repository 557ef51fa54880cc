#pragma once

#include "model/FieldError.h"
#include "model/Location.h"

#include <QCoreApplication>

namespace onboarder::model {

// Checks a location before POST /locations (reference §6.4): the schema's required fields, including state and
// postal code for every country, plus name length, address line length, time zone, and languages from the list Webex
// offers for a location's announcements (Languages::offered).
class LocationValidator
{
    Q_DECLARE_TR_FUNCTIONS(LocationValidator)

public:
    static FieldErrors validateCreate(const Location& location);
    // A valid language code that Webex does not offer for a location's phones and announcements is refused, with the
    // offered spelling of the same language (in the country's variant where there is one) as the fix. The case does
    // not matter ("sv_SE" is "sv_se"). Also the rule of the customer's headquarters.
    static void offeredAnnouncementLanguage(const QString& code,
                                            const QString& path,
                                            const QString& countryCode,
                                            FieldErrors* errors);
};

} // namespace onboarder::model
