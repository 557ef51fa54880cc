#pragma once

#include <QString>

namespace onboarder::jobs {

// How one row of an import ended, as the report and the progress views show it: the journal's state joined with
// the row's data.
struct ImportOutcome
{
    int index = 0;
    int line = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString package;
    // The journal state's name: provisioned, failed, unknown, rejected, pending (not reached, e.g. cancelled).
    QString outcome;
    QString subscriberId;
    QString status; // provisioned or pending_user_migration for created users
    int httpStatus = 0;
    QString errorCode;
    QString message;
    QString trackingId;
};

} // namespace onboarder::jobs
