#pragma once

#include "connection/AuditEntry.h"

#include <QHash>
#include <QList>

namespace onboarder::ui {

// One line of the Activity page: a single request, or the requests of one run (a bulk import of 100 users is one
// line that expands to its 200 prechecks and creates instead of 200 lines).
struct ActivityGroup
{
    QList<api::AuditEntry> entries; // newest first, as the audit log lists them
    QString customerId;
    QString runId; // empty for a single request

    bool isRun() const
    {
        return entries.size() > 1;
    }
    // Groups entries given newest first: the entries of one run ID form one group, placed where its newest entry
    // is, whatever was done between them; entries without a run ID stay single. A request that names only an
    // organization is given the customer of that organization from `customersByOrgId`.
    static QList<ActivityGroup> fromEntries(const QList<api::AuditEntry>& entries,
                                            const QHash<QString, QString>& customersByOrgId = {});
};

} // namespace onboarder::ui
