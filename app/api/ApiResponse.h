#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>

#include <optional>

namespace onboarder::api {

// The outcome of one ApiRequest after its retries: the last answer, or the error that ended it.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QUrl url;
    QString trackingId;
    std::optional<ApiError> error;
    int attempts = 0;
    qint64 durationMs = 0;

    bool ok() const
    {
        return !error.has_value();
    }
    QByteArray header(const QByteArray& name) const
    {
        return headers.value(name.toLower());
    }
};

} // namespace onboarder::api
