#pragma once

#include "model/FieldError.h"
#include "model/Subscriber.h"

#include <QCoreApplication>
#include <QStringList>

namespace onboarder::model {

// Checks a subscriber before it is sent (reference §4.3, §4.5, §4.8, §7.5, §8.3) and reports every problem at
// once. Also holds the admin package rule, which needs to know about the organization around the user.
class SubscriberValidator
{
    Q_DECLARE_TR_FUNCTIONS(SubscriberValidator)

public:
    struct Context
    {
        // Region for phone numbers typed in national form: the customer's country (alpha-2).
        QString defaultRegion;
        // A user already entitled to Webex Calling needs no number or extension; Webex ignores them (§4.3).
        bool alreadyCallingEntitled = false;
        // For updates: the package the subscriber has now.
        QString currentPackage;
    };

    // An administrator's place in the customer organization, for the admin package rule.
    enum class AdminRole {
        None,
        Admin, // any customer administrator: same package level as the organization
        FullAdmin, // the customer's first full administrator: additionally never downgraded
    };

    // POST /wholesale/subscribers.
    static FieldErrors validateProvision(const Subscriber& subscriber, const Context& context);
    static FieldErrors validateProvision(const Subscriber& subscriber);
    // PUT /wholesale/subscribers/{id}: a package, and a number or extension when moving to a calling package.
    static FieldErrors validateUpdate(const Subscriber& subscriber, const Context& context);
    static FieldErrors validateUpdate(const Subscriber& subscriber);
    // POST /wholesale/subscribers/validate: email, and customerId or provisioningId + customerInfo.primaryEmail.
    static FieldErrors validatePrecheck(const Subscriber& subscriber, const Context& context);
    static FieldErrors validatePrecheck(const Subscriber& subscriber);

    // The admin package rule (§7.5): an administrator gets the organization's package level, and the full
    // administrator's package is never lowered. `organizationPackages` are the customer's package wire names.
    static FieldErrors validateAdminPackage(const QString& newPackage,
                                            const QString& currentPackage,
                                            const QStringList& organizationPackages,
                                            AdminRole role);
};

} // namespace onboarder::model
