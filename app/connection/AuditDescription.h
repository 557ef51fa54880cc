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
    static bool succeeded(const AuditEntry& entry);
    // The wholesale customer the request was about (from its path or body), or empty when it does not say.
    static QString customerId(const AuditEntry& entry);
    // The organization the request was about (the orgId of its query or body: locations, numbers, people), or empty.
    static QString orgId(const AuditEntry& entry);
    // The company name a customer create or precheck sent (it has no customer ID yet), else empty.
    static QString newCustomerName(const AuditEntry& entry);
    // True for the requests a bulk run of users makes many of (precheck and create of a subscriber).
    static bool isUserProvisioning(const AuditEntry& entry);
};

} // namespace onboarder::api
