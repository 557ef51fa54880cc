#pragma once

#include <QList>
#include <QString>

namespace onboarder::api {

// One entry of the "errors" array of a Webex error body.
struct ApiErrorDetail
{
    QString description;
    QString errorCode; // numeric on most endpoints, text such as "WXC-4201" on some
};

// What went wrong with one request, in the terms a user can put in a support ticket: the server's message, its error
// codes and the tracking ID.
struct ApiError
{
    enum class Kind {
        Http, // the server answered with a 4xx/5xx
        Transport, // connection refused, reset, DNS, ...
        Timeout, // no complete answer within the request's timeout
        Tls, // certificate or handshake problem; never ignored
        InvalidResponse, // a 2xx whose body we could not read
        Cancelled,
        Configuration, // refused before sending, for example plain http to a non-loopback host
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString message;
    QList<ApiErrorDetail> errors;
    QString trackingId;

    // Builds the error from a Webex error body; tolerates bodies that are empty, not JSON or of another shape.
    static ApiError fromHttpResponse(int httpStatus, const QByteArray& body, const QString& trackingIdHeader);
    static ApiError make(Kind kind, const QString& message, const QString& trackingId = {});
    // An answer that came but could not be read as what was asked for (InvalidResponse), saying why.
    static ApiError unreadableAnswer(const QString& reason, const QString& trackingId);

    // The one definition of what a failure means for trying again, used by the request retries, the bulk runs and
    // their journal:
    // True when the server may have carried out a request whose answer we did not get (timeouts, resets, 500, 502,
    // 504): a create must then look the resource up before it is tried again.
    bool isAmbiguous() const;
    // True when the same request may succeed later: an ambiguous failure, or a status that says the server did not
    // act this time (429, 503).
    bool isTransient() const;
    // The HTTP statuses among those.
    static bool isAmbiguousStatus(int httpStatus);
    static bool isTransientStatus(int httpStatus);
    // The first error code, or empty.
    QString firstErrorCode() const;
    // Message, codes, HTTP status and tracking ID on separate lines, for "Copy error text".
    QString toSupportText() const;
};

} // namespace onboarder::api
