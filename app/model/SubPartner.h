#pragma once

#include "model/SubPartnerState.h"

#include <QString>

namespace onboarder::model {

// A sub-partner organization that provisions through this partner's wholesale subscription.
struct SubPartner
{
    QString orgId;
    QString subscriptionId;
    SubPartnerState provisioningState;
    QString created; // ISO 8601, kept as received
    QString billingStartDate; // ISO 8601, kept as received

    bool operator==(const SubPartner& o) const
    {
        return orgId == o.orgId && subscriptionId == o.subscriptionId && provisioningState == o.provisioningState
            && created == o.created && billingStartDate == o.billingStartDate;
    }
    bool operator!=(const SubPartner& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
