#pragma once

#include "api/ApiResult.h"
#include "jobs/CreateLookUp.h"
#include "model/OnboardingTemplate.h"

#include <functional>

class QObject;

namespace onboarder::api {
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::jobs {

// What follows a sandbox template create without an answer (the order of things is CreateLookUp's): the template is
// looked up by its name, unique among the templates, before anything is sent again. Used by every template create:
// the template wizard's Submit (through TemplateStore) and `onboarder-cli templates create`.
class TemplateLookUp
{
public:
    using Found = CreateLookUp::Found<model::OnboardingTemplate>;
    using Created = CreateLookUp::Created<model::OnboardingTemplate>;

    static void
    lookUp(api::WholesaleClient* client, const QString& name, QObject* context, std::function<void(const Found&)> done);
    // One create that settles a lost answer: the template as created or found, or the failure.
    static void create(api::WholesaleClient* client,
                       const model::OnboardingTemplate& onboardingTemplate,
                       QObject* context,
                       std::function<void(const api::ApiResult<Created>&)> done);
};

} // namespace onboarder::jobs
