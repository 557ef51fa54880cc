#pragma once

#include "model/ErrorDetail.h"

#include <QString>

namespace onboarder::model {

// The body of a Webex 4xx/5xx answer: {"message", "errors": [{"description", "errorCode"}], "trackingId"}. The
// tracking ID is what Cisco support asks for, so it is kept even when everything else is missing.
struct ApiErrorBody
{
    QString message;
    ErrorDetails errors;
    QString trackingId;
    // Some endpoints also send a top-level errorCode.
    QString errorCode;

    bool operator==(const ApiErrorBody& o) const
    {
        return message == o.message && errors == o.errors && trackingId == o.trackingId && errorCode == o.errorCode;
    }
    bool operator!=(const ApiErrorBody& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
