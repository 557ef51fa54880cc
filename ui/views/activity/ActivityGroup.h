#pragma once

#include "connection/AuditEntry.h"

#include <QList>

namespace onboarder::ui {

// One line of the Activity page: a single request, or a run of user prechecks and creates for one customer (a bulk
// import of 100 users is one line that expands to its 200 requests instead of 200 lines).
struct ActivityGroup
{
    QList<api::AuditEntry> entries; // newest first, as the audit log lists them
    QString customerId;

    bool isRun() const
    {
        return entries.size() > 1;
    }
    // Groups entries given newest first: consecutive user requests of the same customer, no more than
    // `maxGapSecs` apart, form a run.
    static QList<ActivityGroup> fromEntries(const QList<api::AuditEntry>& entries, int maxGapSecs = 120);
};

} // namespace onboarder::ui
