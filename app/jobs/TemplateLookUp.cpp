#include "jobs/TemplateLookUp.h"

#include "api/WholesaleClient.h"

namespace onboarder::jobs {

void TemplateLookUp::lookUp(api::WholesaleClient* client,
                            const QString& name,
                            QObject* context,
                            std::function<void(const Found&)> done)
{
    client->listSandboxTemplates(
        context, [name, done = std::move(done)](const api::ApiResult<QList<model::OnboardingTemplate>>& list) {
            Found found;
            found.trackingId = list.trackingId;
            if (!list.ok()) {
                found.error = list.error;
                done(found);
                return;
            }
            found.verdict = CreateLookUp::Verdict::Absent;
            for (const model::OnboardingTemplate& existing : *list.value) {
                if (existing.name == name) {
                    found.verdict = CreateLookUp::Verdict::Exists;
                    found.value = existing;
                }
            }
            done(found);
        });
}

void TemplateLookUp::create(api::WholesaleClient* client,
                            const model::OnboardingTemplate& onboardingTemplate,
                            QObject* context,
                            std::function<void(const api::ApiResult<Created>&)> done)
{
    CreateLookUp::Steps<model::OnboardingTemplate> steps;
    steps.send = [client, onboardingTemplate, context](CreateLookUp::Answer<model::OnboardingTemplate> answer) {
        client->createSandboxTemplate(onboardingTemplate, context, std::move(answer));
    };
    steps.lookUp =
        [client, name = onboardingTemplate.name, context](CreateLookUp::FoundAnswer<model::OnboardingTemplate> answer) {
            lookUp(client, name, context, std::move(answer));
        };
    CreateLookUp::create<model::OnboardingTemplate>(std::move(steps), std::move(done));
}

} // namespace onboarder::jobs
