#include "jobs/import/SubscriberLookUp.h"

#include "api/WholesaleClient.h"

namespace onboarder::jobs {

bool SubscriberLookUp::needsLookUp(const api::ApiError& createFailure)
{
    return CreateLookUp::needsLookUp(createFailure, false);
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
    CreateLookUp::Steps<model::Subscriber> steps;
    steps.send = [client, subscriber, context](CreateLookUp::Answer<model::Subscriber> answer) {
        client->provisionSubscriber(subscriber, context, std::move(answer));
    };
    steps.lookUp = [client, subscriber, context](CreateLookUp::FoundAnswer<model::Subscriber> answer) {
        lookUp(client, subscriber, context, [answer](const Result& result) {
            CreateLookUp::Found<model::Subscriber> found {
                result.verdict, std::nullopt, result.error, result.trackingId
            };
            if (result.verdict == Verdict::Exists) {
                found.value = result.subscriber;
            }
            answer(found);
        });
    };
    // A user not created is the caller's to send again (the bulk run's own retries), never sent twice here.
    steps.resend = CreateLookUp::Resend::Never;
    steps.explain = [](const api::ApiError& failure, Verdict verdict) {
        return verdict == Verdict::Absent
            ? tr("Not created: the request failed without an answer (%1), and no user with this email "
                 "exists. Send it again.")
                  .arg(failure.message)
            : tr("Not known whether the user was created (%1), and looking the email up failed too; look "
                 "the user up before sending it again.")
                  .arg(failure.message);
    };
    CreateLookUp::create<model::Subscriber>(
        std::move(steps), [done](const api::ApiResult<CreateLookUp::Created<model::Subscriber>>& result) {
            if (!result.ok()) {
                done({ std::nullopt, result.error, result.trackingId });
                return;
            }
            done({ result.value->value, std::nullopt, result.trackingId });
        });
}

} // namespace onboarder::jobs
