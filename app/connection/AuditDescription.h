#pragma once

#include "connection/AuditEntry.h"

#include <QCoreApplication>

namespace onboarder::api {

// Says in words what an audit entry did ("Create customer “Acme AB”") and how it ended ("Accepted", "Failed: …"),
// so the activity list reads like a history rather than a request log. Unknown requests fall back to method and path.
class AuditDescription
{
    Q_DECLARE_TR_FUNCTIONS(AuditDescription)

public:
    static QString action(const AuditEntry& entry);
    static QString outcome(const AuditEntry& entry);
};

} // namespace onboarder::api
