#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace onboarder::api {

// One change request as the audit log keeps it: what was asked, of which profile, and how the server answered.
// The summary has every secret removed before it is built.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime time;
    QString profile;
    QByteArray method;
    QString path;
    int httpStatus = 0;
    QString trackingId;
    qint64 durationMs = 0;
    QString summary;
    QString errorCode;
    QString errorMessage;
    QString runId; // the run (a bulk import) the request was a step of; empty for a single request
};

} // namespace onboarder::api
