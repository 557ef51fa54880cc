#pragma once

#include "model/FieldError.h"
#include "model/Location.h"

#include <QCoreApplication>

namespace onboarder::model {

// Checks a location before POST /locations (reference §6.4): the schema's required fields, including state and
// postal code for every country, plus name length, address line length, time zone and language codes.
class LocationValidator
{
    Q_DECLARE_TR_FUNCTIONS(LocationValidator)

public:
    static FieldErrors validateCreate(const Location& location);
};

} // namespace onboarder::model
