#include "jobs/import/CustomerLookUp.h"

#include "api/WholesaleClient.h"

namespace onboarder::jobs {

bool CustomerLookUp::needsLookUp(const api::ApiError& createFailure, bool secondSend)
{
    return createFailure.isAmbiguous() || createFailure.httpStatus == 503
        || (secondSend && createFailure.httpStatus == 409);
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
    send(client, customer, context, std::move(done), false);
}

void CustomerLookUp::send(api::WholesaleClient* client,
                          const model::Customer& customer,
                          QObject* context,
                          std::function<void(const api::ApiResult<Created>&)> done,
                          bool secondSend)
{
    client->provisionCustomer(
        customer,
        context,
        [client, customer, context, done, secondSend](const api::ApiResult<api::WholesaleClient::Created>& result) {
            if (result.ok()) {
                done({ Created { result.value->id, result.value->url, false }, std::nullopt, result.trackingId });
                return;
            }
            const api::ApiError failure = *result.error;
            // Without an external ID there is nothing to find it by: the failure stands.
            if (!needsLookUp(failure, secondSend) || customer.externalId.isEmpty()) {
                done({ std::nullopt, failure, failure.trackingId });
                return;
            }
            lookUp(
                client, customer, context, [client, customer, context, done, failure, secondSend](const Result& found) {
                    switch (found.verdict) {
                    case Verdict::Exists:
                        done({ Created { found.customer.id, client->customerUrl(found.customer.id), true },
                               std::nullopt,
                               found.trackingId });
                        return;
                    case Verdict::Absent:
                        if (!secondSend) {
                            send(client, customer, context, done, true);
                            return;
                        }
                        done({ std::nullopt, failure, failure.trackingId });
                        return;
                    case Verdict::StillUnknown:
                        break;
                    }
                    // Not knowing whether it exists, it must not be created again.
                    api::ApiError error = failure;
                    error.message = tr("%1 Whether the customer was created is unknown: looking it up failed too.")
                                        .arg(failure.message);
                    done({ std::nullopt, error, failure.trackingId });
                });
        });
}

} // namespace onboarder::jobs
