#pragma once

#include "model/Customer.h"
#include "model/Subscriber.h"

#include <QList>
#include <QString>

namespace onboarder::model {

// A customer plan saved as a file: the customer to provision, the users to add once it exists, and what the reviewer
// needs to sign it off offline (DraftStore).
struct CustomerDraft
{
    Customer customer; // the provision request (and the customer's ID once created)
    QString templateName; // the onboarding template's name, for readers who do not have the template library
    // "I verify this customer is located where Webex is supported", ticked by the operator.
    bool supportedLocationConfirmed = false;
    QList<Subscriber> subscribers; // users to add after provisioning; customerId may still be empty
    QString notes;

    bool operator==(const CustomerDraft& o) const
    {
        return customer == o.customer && templateName == o.templateName
            && supportedLocationConfirmed == o.supportedLocationConfirmed && subscribers == o.subscribers
            && notes == o.notes;
    }
    bool operator!=(const CustomerDraft& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
