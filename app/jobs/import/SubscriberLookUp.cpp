#include "jobs/import/SubscriberLookUp.h"

#include "api/WholesaleClient.h"

namespace onboarder::jobs {

bool SubscriberLookUp::needsLookUp(const api::ApiError& createFailure)
{
    return createFailure.isAmbiguous();
}

void SubscriberLookUp::lookUp(api::WholesaleClient* client,
                              const model::Subscriber& subscriber,
                              QObject* context,
                              std::function<void(const Result&)> done)
{
    client->findSubscriber(subscriber.customerId,
                           subscriber.email,
                           context,
                           [done = std::move(done)](const api::ApiResult<std::optional<model::Subscriber>>& found) {
                               Result result;
                               result.trackingId = found.trackingId;
                               if (!found.ok()) {
                                   result.error = found.error;
                               } else if (found.value->has_value()) {
                                   result.verdict = Verdict::Exists;
                                   result.subscriber = **found.value;
                               } else {
                                   result.verdict = Verdict::Absent;
                               }
                               done(result);
                           });
}

void SubscriberLookUp::create(api::WholesaleClient* client,
                              const model::Subscriber& subscriber,
                              QObject* context,
                              std::function<void(const api::ApiResult<model::Subscriber>&)> done)
{
    client->provisionSubscriber(
        subscriber, context, [client, subscriber, context, done](const api::ApiResult<model::Subscriber>& result) {
            if (result.ok() || !needsLookUp(*result.error)) {
                done(result);
                return;
            }
            const api::ApiError failure = *result.error;
            lookUp(client, subscriber, context, [failure, done](const Result& found) {
                if (found.verdict == Verdict::Exists) {
                    done({ found.subscriber, std::nullopt, found.trackingId });
                    return;
                }
                api::ApiError error = failure;
                error.message = found.verdict == Verdict::Absent
                    ? tr("Not created: the request failed without an answer (%1), and no user with this email "
                         "exists. Send it again.")
                          .arg(failure.message)
                    : tr("Not known whether the user was created (%1), and looking the email up failed too; look "
                         "the user up before sending it again.")
                          .arg(failure.message);
                done({ std::nullopt, error, failure.trackingId });
            });
        });
}

} // namespace onboarder::jobs
