#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "jobs/CreateLookUp.h"
#include "model/Customer.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>
#include <optional>

class QObject;

namespace onboarder::api {
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::jobs {

// What follows a customer create without an answer (the order of things is CreateLookUp's): the server may have
// carried it out, so the customer is looked up by its external ID before anything is sent again. Used by every
// customer create: the customer wizard, `onboarder-cli customers create`, and the customers batch run.
class CustomerLookUp
{
    Q_DECLARE_TR_FUNCTIONS(CustomerLookUp)

public:
    // Exists: customer holds it; Absent: no customer with this external ID.
    using Verdict = CreateLookUp::Verdict;

    struct Result
    {
        Verdict verdict = Verdict::StillUnknown;
        model::Customer customer;
        std::optional<api::ApiError> error; // the lookup's, when StillUnknown
        QString trackingId;
    };

    // A customer created, or found after its create's answer was lost.
    struct Created
    {
        QString id;
        QUrl url; // where its provisioning status is read
        bool foundByLookUp = false; // the create's answer was lost and the customer was found by its external ID
    };

    // Whether a failed create has to be looked up before the customer is sent again (CreateLookUp::needsLookUp).
    static bool needsLookUp(const api::ApiError& createFailure, bool secondSend);
    // Looks the customer's external ID up.
    static void lookUp(api::WholesaleClient* client,
                       const model::Customer& customer,
                       QObject* context,
                       std::function<void(const Result&)> done);
    // One create that settles a lost answer: the customer as created or found, or the failure. A customer that does
    // not exist after such a failure is sent once more; one whose lookup failed is never sent again.
    static void create(api::WholesaleClient* client,
                       const model::Customer& customer,
                       QObject* context,
                       std::function<void(const api::ApiResult<Created>&)> done);
};

} // namespace onboarder::jobs
