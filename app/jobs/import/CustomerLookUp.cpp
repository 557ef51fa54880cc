#include "jobs/import/CustomerLookUp.h"

#include "api/WholesaleClient.h"

namespace onboarder::jobs {

bool CustomerLookUp::needsLookUp(const api::ApiError& createFailure, bool secondSend)
{
    return CreateLookUp::needsLookUp(createFailure, secondSend);
}

void CustomerLookUp::lookUp(api::WholesaleClient* client,
                            const model::Customer& customer,
                            QObject* context,
                            std::function<void(const Result&)> done)
{
    client->findCustomer(customer.externalId,
                         context,
                         [done = std::move(done)](const api::ApiResult<std::optional<model::Customer>>& found) {
                             Result result;
                             result.trackingId = found.trackingId;
                             if (!found.ok()) {
                                 result.error = found.error;
                             } else if (found.value->has_value()) {
                                 result.verdict = Verdict::Exists;
                                 result.customer = **found.value;
                             } else {
                                 result.verdict = Verdict::Absent;
                             }
                             done(result);
                         });
}

void CustomerLookUp::create(api::WholesaleClient* client,
                            const model::Customer& customer,
                            QObject* context,
                            std::function<void(const api::ApiResult<Created>&)> done)
{
    using Sent = api::WholesaleClient::Created;
    CreateLookUp::Steps<Sent> steps;
    steps.send = [client, customer, context](CreateLookUp::Answer<Sent> answer) {
        client->provisionCustomer(customer, context, std::move(answer));
    };
    // Without an external ID there is nothing to find it by: an ambiguous failure stands.
    if (!customer.externalId.isEmpty()) {
        steps.lookUp = [client, customer, context](CreateLookUp::FoundAnswer<Sent> answer) {
            lookUp(client, customer, context, [client, answer](const Result& result) {
                CreateLookUp::Found<Sent> found { result.verdict, std::nullopt, result.error, result.trackingId };
                if (result.verdict == Verdict::Exists) {
                    found.value = Sent { result.customer.id, client->customerUrl(result.customer.id) };
                }
                answer(found);
            });
        };
    }
    steps.explain = [](const api::ApiError& failure, Verdict verdict) {
        // Not knowing whether it exists, it must not be created again.
        return verdict == Verdict::StillUnknown
            ? tr("%1 Whether the customer was created is unknown: looking it up failed too.").arg(failure.message)
            : failure.message;
    };
    CreateLookUp::create<Sent>(std::move(steps), [done](const api::ApiResult<CreateLookUp::Created<Sent>>& result) {
        if (!result.ok()) {
            done({ std::nullopt, result.error, result.trackingId });
            return;
        }
        done({ Created { result.value->value.id, result.value->value.url, result.value->foundByLookUp },
               std::nullopt,
               result.trackingId });
    });
}

} // namespace onboarder::jobs
