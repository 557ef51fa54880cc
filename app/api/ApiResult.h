#pragma once

#include "api/ApiError.h"

#include <optional>

namespace onboarder::api {

// What a typed client call ends with: the value, or the error that explains why there is none.
template <typename T>
struct ApiResult
{
    std::optional<T> value;
    std::optional<ApiError> error;
    QString trackingId;

    bool ok() const
    {
        return value.has_value();
    }
};

} // namespace onboarder::api
