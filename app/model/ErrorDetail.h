#pragma once

#include <QList>
#include <QString>

namespace onboarder::model {

// One {errorCode, description} entry: the errors and warnings of an asynchronous provisioning attempt (customer,
// package, subscriber) and the "errors" array of an HTTP error body share this shape.
struct ErrorDetail
{
    // Kept as text: the wholesale API sends numbers (10022), Webex Calling sends text ("WXC-4201").
    QString errorCode;
    QString description;

    // The code as a number, or -1 when it is absent or not numeric.
    long long numericCode() const
    {
        bool ok = false;
        const long long code = errorCode.toLongLong(&ok);
        return ok ? code : -1;
    }
    bool operator==(const ErrorDetail& o) const
    {
        return errorCode == o.errorCode && description == o.description;
    }
    bool operator!=(const ErrorDetail& o) const
    {
        return !(*this == o);
    }
};

using ErrorDetails = QList<ErrorDetail>;

} // namespace onboarder::model
