#pragma once

#include <QString>

namespace onboarder::jobs {

// How one row of an import ended, as the report and the progress views show it: the journal's state joined with
// the row's data.
struct ImportOutcome
{
    enum class Kind {
        Pending, // valid, not sent (yet): not reached, e.g. cancelled
        Provisioned, // created or found; status says provisioned or pending_user_migration
        Failed, // the API refused or gave up on it; nothing was created
        Unknown, // the create may have happened; it is looked up by email before anything is sent again
        Rejected, // invalid in the file or refused by the precheck; nothing was sent
    };

    int index = 0;
    int line = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString package;
    Kind outcome = Kind::Pending;
    QString subscriberId;
    QString status; // provisioned or pending_user_migration for created users
    int httpStatus = 0;
    QString errorCode;
    QString message;
    QString trackingId;

    // The name in reports and --json: pending, provisioned, failed, unknown, rejected.
    static QString name(Kind kind)
    {
        switch (kind) {
        case Kind::Pending:
            return QStringLiteral("pending");
        case Kind::Provisioned:
            return QStringLiteral("provisioned");
        case Kind::Failed:
            return QStringLiteral("failed");
        case Kind::Unknown:
            return QStringLiteral("unknown");
        case Kind::Rejected:
            return QStringLiteral("rejected");
        }
        return {};
    }
    QString outcomeName() const
    {
        return name(outcome);
    }
};

} // namespace onboarder::jobs
