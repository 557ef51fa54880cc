#pragma once

#include "model/ErrorDetail.h"
#include "model/SubscriberStatus.h"

#include <QString>
#include <QStringList>

namespace onboarder::model {

// A wholesale subscriber (a user of a customer with one package): what the operator plans (the provision, update and
// precheck bodies) and what Webex reports back (id, personId, status, errors), in one type, as for Customer.
struct Subscriber
{
    // Set by Webex.
    QString id;
    QString personId; // only present once provisioned; usable with /people
    QString externalCustomerId;
    SubscriberStatus status;
    ErrorDetails errors;
    QString created; // ISO 8601, kept as received
    QString lastStatusChange; // ISO 8601, kept as received

    // Set by the operator.
    QString customerId;
    QString email;
    // The API accepts the deprecated single "package" or a one-element "packages"; answers carry both. Requests are
    // written with "packages" only.
    QString package;
    QStringList packages;
    // provisioningParameters
    QString firstName;
    QString lastName;
    QString primaryPhoneNumber; // E.164
    QString extension; // 2-10 digits
    QString locationId;
    // Only for the precheck of a user of a customer that does not exist yet (reference §4.8 variant b).
    QString provisioningId;
    QString customerPrimaryEmail; // customerInfo.primaryEmail

    // The one package the subscriber has or will have: packages[0], else package; empty when neither is set.
    QString effectivePackage() const
    {
        return packages.isEmpty() ? package : packages.constFirst();
    }
    bool hasProvisioningParameters() const
    {
        return !firstName.isEmpty() || !lastName.isEmpty() || !primaryPhoneNumber.isEmpty() || !extension.isEmpty()
            || !locationId.isEmpty();
    }

    bool operator==(const Subscriber& o) const
    {
        return id == o.id && personId == o.personId && externalCustomerId == o.externalCustomerId && status == o.status
            && errors == o.errors && created == o.created && lastStatusChange == o.lastStatusChange
            && customerId == o.customerId && email == o.email && package == o.package && packages == o.packages
            && firstName == o.firstName && lastName == o.lastName && primaryPhoneNumber == o.primaryPhoneNumber
            && extension == o.extension && locationId == o.locationId && provisioningId == o.provisioningId
            && customerPrimaryEmail == o.customerPrimaryEmail;
    }
    bool operator!=(const Subscriber& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
