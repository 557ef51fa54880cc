#pragma once

#include "model/Customer.h"
#include "model/FieldError.h"

#include <QCoreApplication>

namespace onboarder::model {

// Checks a customer before it is sent, and reports every problem at once with the wire path of its field, so the
// wizard can mark all fields in one pass and the CLI can list them. The rules are those of reference §3.4, §3.5,
// §3.8, §3.9 and §8.3, plus our format checks (email, language, time zone, Provisioning ID).
class CustomerValidator
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)

public:
    // POST /wholesale/customers.
    static FieldErrors validateProvision(const Customer& customer);
    // POST /wholesale/customers/validate: only the address and customerInfo.primaryEmail are required; whatever else
    // is filled in is checked as for provisioning.
    static FieldErrors validatePrecheck(const Customer& customer);
    // PUT /wholesale/customers/{id}: packages is a full replacement and so required; customerInfo is not sent.
    static FieldErrors validateUpdate(const Customer& customer);

    // The package rules alone (known names, no duplicates, add-on dependencies, quantities), for the packages page.
    static FieldErrors validatePackages(const Customer& customer);
};

} // namespace onboarder::model
