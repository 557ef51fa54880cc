#pragma once

#include "model/Address.h"
#include "model/CallingLocation.h"
#include "model/CustomerInfo.h"
#include "model/CustomerStatus.h"
#include "model/ErrorDetail.h"
#include "model/PackageDetail.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace onboarder::model {

// A wholesale customer: what the operator plans (the provision/update request) and what Webex reports back (id,
// orgId, status, per-package details, errors), in one type so a plan can be shown next to its live status.
// WholesaleJson writes the request bodies (provision, update, precheck) from it and reads GET answers into it.
struct Customer
{
    // Set by Webex.
    QString id; // customerId for the other calls
    QString orgId; // the Webex organization; only present once provisioned, or when attaching to an existing org
    CustomerStatus status;
    QList<PackageDetail> packageDetails; // resourceDetails.packages
    ErrorDetails errors; // from the last asynchronous provision/update attempt

    // Set by the operator.
    QString provisioningId; // the onboarding template's Provisioning ID
    QString externalId; // the service provider's own key for the customer
    CustomerInfo customerInfo;
    Address address; // billing address
    QStringList packages; // wire names; a full replacement on update
    QMap<QString, qint64> packageLimits; // provisioningParameters.packages.limits: maximum assignable per package
    CallingLocation callingLocation; // provisioningParameters.calling.location; needed for calling packages
    QString meetingsTimezone; // provisioningParameters.meetings.timezone
    QString subPartnerAdminEmail;

    // True when a package of the customer gives calling, so the headquarters calling location is required.
    bool ordersCalling() const;
    // True when users and locations can be added to it, in Configure Customer or from the command line.
    bool isConfigurable() const;
    // The detail of one package, or nullptr.
    const PackageDetail* packageDetail(const QString& packageName) const;

    bool operator==(const Customer& o) const
    {
        return id == o.id && orgId == o.orgId && status == o.status && packageDetails == o.packageDetails
            && errors == o.errors && provisioningId == o.provisioningId && externalId == o.externalId
            && customerInfo == o.customerInfo && address == o.address && packages == o.packages
            && packageLimits == o.packageLimits && callingLocation == o.callingLocation
            && meetingsTimezone == o.meetingsTimezone && subPartnerAdminEmail == o.subPartnerAdminEmail;
    }
    bool operator!=(const Customer& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
