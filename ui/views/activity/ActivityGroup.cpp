#include "ui/views/activity/ActivityGroup.h"

#include "connection/AuditDescription.h"

namespace onboarder::ui {

QList<ActivityGroup> ActivityGroup::fromEntries(const QList<api::AuditEntry>& entries, int maxGapSecs)
{
    QList<ActivityGroup> groups;
    for (const api::AuditEntry& entry : entries) {
        const QString customerId = api::AuditDescription::customerId(entry);
        const bool user = api::AuditDescription::isUserProvisioning(entry) && !customerId.isEmpty();
        if (user && !groups.isEmpty()) {
            ActivityGroup& open = groups.last();
            const api::AuditEntry& previous = open.entries.constLast();
            if (open.customerId == customerId && api::AuditDescription::isUserProvisioning(previous)
                && entry.time.secsTo(previous.time) <= maxGapSecs) {
                open.entries.append(entry);
                continue;
            }
        }
        groups.append({ { entry }, customerId });
    }
    return groups;
}

} // namespace onboarder::ui
