#pragma once

#include "api/ApiResult.h"
#include "jobs/CreateLookUp.h"
#include "model/Location.h"

#include <functional>

class QObject;

namespace onboarder::api {
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::jobs {

// What follows a location create without an answer (the order of things is CreateLookUp's): the location is looked up
// by its name, unique in its organization, before anything is sent again. Used by every location create: the
// Configure customer window and `onboarder-cli locations create`.
class LocationLookUp
{
public:
    using Found = CreateLookUp::Found<QString>;
    using Created = CreateLookUp::Created<QString>;

    // Looks a location up by name (case aside) in the organization; its ID when it exists.
    static void lookUp(api::WholesaleClient* client,
                       const QString& orgId,
                       const QString& name,
                       QObject* context,
                       std::function<void(const Found&)> done);
    // One create that settles a lost answer: the location's ID as created or found, or the failure.
    static void create(api::WholesaleClient* client,
                       const QString& orgId,
                       const model::Location& location,
                       QObject* context,
                       std::function<void(const api::ApiResult<Created>&)> done);
};

} // namespace onboarder::jobs
