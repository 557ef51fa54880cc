#include "api/ApiError.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace onboarder::api {

namespace {

QString textOf(const nlohmann::json& value)
{
    if (value.is_string()) {
        return QString::fromStdString(value.get<std::string>());
    }
    if (value.is_number_integer()) {
        return QString::number(value.get<long long>());
    }
    if (value.is_number()) {
        return QString::number(value.get<double>());
    }
    return {};
}

QString defaultMessageFor(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QCoreApplication::translate("ApiError", "The server refused the request as invalid.");
    case 401:
        return QCoreApplication::translate("ApiError", "The access token is missing or has expired. Sign in again.");
    case 403:
        return QCoreApplication::translate("ApiError", "The account is not allowed to do this.");
    case 404:
        return QCoreApplication::translate("ApiError", "Not found.");
    case 409:
        return QCoreApplication::translate("ApiError", "It conflicts with something that already exists.");
    case 413:
        return QCoreApplication::translate("ApiError", "The request is too large.");
    case 415:
        return QCoreApplication::translate("ApiError", "The server does not accept this content type.");
    case 429:
        return QCoreApplication::translate("ApiError", "Too many requests; the server asked us to slow down.");
    case 502:
    case 503:
    case 504:
        return QCoreApplication::translate("ApiError", "The service is temporarily unavailable.");
    default:
        return QCoreApplication::translate("ApiError", "The server answered with HTTP status %1.").arg(httpStatus);
    }
}

} // namespace

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray& body, const QString& trackingIdHeader)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    error.trackingId = trackingIdHeader;

    const auto json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (json.is_object()) {
        if (auto it = json.find("message"); it != json.end()) {
            error.message = textOf(*it);
        }
        if (auto it = json.find("trackingId"); it != json.end() && error.trackingId.isEmpty()) {
            error.trackingId = textOf(*it);
        }
        if (auto it = json.find("errors"); it != json.end() && it->is_array()) {
            for (const auto& entry : *it) {
                if (!entry.is_object()) {
                    continue;
                }
                ApiErrorDetail detail;
                if (auto d = entry.find("description"); d != entry.end()) {
                    detail.description = textOf(*d);
                }
                if (auto c = entry.find("errorCode"); c != entry.end()) {
                    detail.errorCode = textOf(*c);
                } else if (auto code = entry.find("code"); code != entry.end()) {
                    detail.errorCode = textOf(*code);
                }
                error.errors.append(detail);
            }
        }
        if (auto it = json.find("errorCode"); it != json.end() && error.errors.isEmpty()) {
            error.errors.append({ error.message, textOf(*it) });
        }
    }
    if (error.message.isEmpty()) {
        error.message = error.errors.isEmpty() || error.errors.first().description.isEmpty()
            ? defaultMessageFor(httpStatus)
            : error.errors.first().description;
    }
    return error;
}

ApiError ApiError::make(Kind kind, const QString& message, const QString& trackingId)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.trackingId = trackingId;
    return error;
}

ApiError ApiError::unreadableAnswer(const QString& reason, const QString& trackingId)
{
    return make(Kind::InvalidResponse,
                QCoreApplication::translate("WholesaleClient", "The server's answer could not be read: %1").arg(reason),
                trackingId);
}

bool ApiError::isAmbiguousStatus(int httpStatus)
{
    return httpStatus == 500 || httpStatus == 502 || httpStatus == 504;
}

bool ApiError::isTransientStatus(int httpStatus)
{
    return isAmbiguousStatus(httpStatus) || httpStatus == 429 || httpStatus == 503;
}

bool ApiError::isAmbiguous() const
{
    switch (kind) {
    case Kind::Transport:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return isAmbiguousStatus(httpStatus);
    default:
        return false;
    }
}

bool ApiError::isTransient() const
{
    return isAmbiguous() || (kind == Kind::Http && isTransientStatus(httpStatus));
}

QString ApiError::firstErrorCode() const
{
    for (const auto& detail : errors) {
        if (!detail.errorCode.isEmpty()) {
            return detail.errorCode;
        }
    }
    return {};
}

QString ApiError::toSupportText() const
{
    QStringList lines;
    lines << message;
    for (const auto& detail : errors) {
        if (detail.description.isEmpty() || detail.description == message) {
            if (!detail.errorCode.isEmpty()) {
                lines << QCoreApplication::translate("ApiError", "Error code: %1").arg(detail.errorCode);
            }
            continue;
        }
        lines << (detail.errorCode.isEmpty() ? detail.description
                                             : QStringLiteral("%1 (%2)").arg(detail.description, detail.errorCode));
    }
    if (httpStatus > 0) {
        lines << QCoreApplication::translate("ApiError", "HTTP status: %1").arg(httpStatus);
    }
    if (!trackingId.isEmpty()) {
        lines << QCoreApplication::translate("ApiError", "Tracking ID: %1").arg(trackingId);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace onboarder::api
