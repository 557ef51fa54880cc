#include "ui/views/activity/ActivityGroup.h"

#include "connection/AuditDescription.h"

namespace onboarder::ui {

QList<ActivityGroup> ActivityGroup::fromEntries(const QList<api::AuditEntry>& entries,
                                                const QHash<QString, QString>& customersByOrgId)
{
    QList<ActivityGroup> groups;
    QHash<QString, qsizetype> groupOfRun;
    for (const api::AuditEntry& entry : entries) {
        QString customerId = api::AuditDescription::customerId(entry);
        if (customerId.isEmpty()) {
            customerId = customersByOrgId.value(api::AuditDescription::orgId(entry));
        }
        if (!entry.runId.isEmpty()) {
            const auto run = groupOfRun.constFind(entry.runId);
            if (run != groupOfRun.cend()) {
                ActivityGroup& group = groups[*run];
                group.entries.append(entry);
                if (group.customerId.isEmpty()) {
                    group.customerId = customerId;
                }
                continue;
            }
            groupOfRun.insert(entry.runId, groups.size());
        }
        groups.append({ { entry }, customerId, entry.runId });
    }
    return groups;
}

} // namespace onboarder::ui
