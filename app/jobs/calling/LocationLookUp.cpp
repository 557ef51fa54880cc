#include "jobs/calling/LocationLookUp.h"

#include "api/WholesaleClient.h"

namespace onboarder::jobs {

void LocationLookUp::lookUp(api::WholesaleClient* client,
                            const QString& orgId,
                            const QString& name,
                            QObject* context,
                            std::function<void(const Found&)> done)
{
    client->listLocations(
        orgId, context, [name, done = std::move(done)](const api::ApiResult<QList<model::Location>>& list) {
            Found found;
            found.trackingId = list.trackingId;
            if (!list.ok()) {
                found.error = list.error;
                done(found);
                return;
            }
            found.verdict = CreateLookUp::Verdict::Absent;
            for (const model::Location& existing : *list.value) {
                if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
                    found.verdict = CreateLookUp::Verdict::Exists;
                    found.value = existing.id;
                }
            }
            done(found);
        });
}

void LocationLookUp::create(api::WholesaleClient* client,
                            const QString& orgId,
                            const model::Location& location,
                            QObject* context,
                            std::function<void(const api::ApiResult<Created>&)> done)
{
    CreateLookUp::Steps<QString> steps;
    steps.send = [client, orgId, location, context](CreateLookUp::Answer<QString> answer) {
        client->createLocation(orgId, location, context, std::move(answer));
    };
    steps.lookUp = [client, orgId, name = location.name, context](CreateLookUp::FoundAnswer<QString> answer) {
        lookUp(client, orgId, name, context, std::move(answer));
    };
    CreateLookUp::create<QString>(std::move(steps), std::move(done));
}

} // namespace onboarder::jobs
