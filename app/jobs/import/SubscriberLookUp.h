#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "jobs/CreateLookUp.h"
#include "model/Subscriber.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QObject;

namespace onboarder::api {
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::jobs {

// What follows a subscriber create whose answer was lost (the order of things is CreateLookUp's): the server may have
// carried it out (api::ApiError::isAmbiguous), so the user is looked up by email before anything is sent again. Used
// by the bulk run (after such a failure, when resuming, and when a run ends) and by a single create from the CLI.
class SubscriberLookUp
{
    Q_DECLARE_TR_FUNCTIONS(SubscriberLookUp)

public:
    // Exists: subscriber holds the user; Absent: no user with this email.
    using Verdict = CreateLookUp::Verdict;

    struct Result
    {
        Verdict verdict = Verdict::StillUnknown;
        model::Subscriber subscriber;
        std::optional<api::ApiError> error; // the lookup's, when StillUnknown
        QString trackingId;
    };

    // Whether a failed create has to be looked up before the user is sent again.
    static bool needsLookUp(const api::ApiError& createFailure);
    // Looks the subscriber's email up in its customer.
    static void lookUp(api::WholesaleClient* client,
                       const model::Subscriber& subscriber,
                       QObject* context,
                       std::function<void(const Result&)> done);
    // One create that settles a lost answer: the user as created or found, or the failure. A user that does not
    // exist after a lost answer is reported as not created, never sent twice.
    static void create(api::WholesaleClient* client,
                       const model::Subscriber& subscriber,
                       QObject* context,
                       std::function<void(const api::ApiResult<model::Subscriber>&)> done);
};

} // namespace onboarder::jobs
