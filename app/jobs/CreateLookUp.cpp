#include "jobs/CreateLookUp.h"

namespace onboarder::jobs {

bool CreateLookUp::needsLookUp(const api::ApiError& createFailure, bool secondSend)
{
    // A 409 to the second send: the first one was carried out after all (its look-up came too early to see it).
    return createFailure.isAmbiguous() || (secondSend && createFailure.httpStatus == 409);
}

bool CreateLookUp::maySendAgain(const api::ApiError& createFailure)
{
    return createFailure.isTransient() && !createFailure.isAmbiguous();
}

} // namespace onboarder::jobs
