#include "cli/TemplateCommands.h"

#include "api/WholesaleClient.h"
#include "jobs/TemplateLookUp.h"
#include "model/TemplateJson.h"
#include "model/TemplateValidator.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace onboarder::cli {

using api::ApiResult;
using model::OnboardingTemplate;

QString TemplateCommands::name() const
{
    return QStringLiteral("templates");
}

QList<CommandHelp> TemplateCommands::help() const
{
    const QString g = name();
    return {
        { g, QStringLiteral("list"), QString(), tr("List onboarding templates (sandbox only)."), {} },
        { g,
          QStringLiteral("create"),
          QStringLiteral("--from TEMPLATE.json"),
          tr("Validate, then create an onboarding template in the sandbox; prints its Provisioning ID."),
          {} },
        { g,
          QStringLiteral("export"),
          QStringLiteral("PROVISIONING_ID --output FILE.json"),
          tr("Write one template to a JSON file."),
          {} },
    };
}

bool TemplateCommands::run(const CliArguments& arguments)
{
    const QString& command = arguments.command;
    if (command == QLatin1String("list") || command == QLatin1String("export")) {
        if (command == QLatin1String("export")
            && (arguments.positionals.size() != 1 || !require(arguments, { QStringLiteral("output") }))) {
            if (arguments.positionals.size() != 1) {
                failUsage(tr("Give the template's Provisioning ID."));
            }
            return true;
        }
        m_context.client->listSandboxTemplates(
            this, [this, arguments](const ApiResult<QList<OnboardingTemplate>>& result) {
                if (!result.ok()) {
                    failApi(*result.error);
                    return;
                }
                if (arguments.command == QLatin1String("list")) {
                    if (m_context.out->isJson()) {
                        nlohmann::json items = nlohmann::json::array();
                        for (const auto& t : *result.value) {
                            items.push_back(model::TemplateJson::toJson(t));
                        }
                        m_context.out->json({ { "items", items } });
                    } else {
                        QList<QStringList> rows;
                        for (const auto& t : *result.value) {
                            rows.append({ t.provisioningId, t.name, t.countryCode });
                        }
                        m_context.out->table({ tr("PROVISIONING ID"), tr("NAME"), tr("COUNTRY") }, rows);
                    }
                    done();
                    return;
                }
                for (const auto& t : *result.value) {
                    if (t.provisioningId == arguments.positionals.first()) {
                        QSaveFile file(arguments.value(QStringLiteral("output")));
                        const QByteArray bytes
                            = QByteArray::fromStdString(model::TemplateJson::toJson(t).dump(2) + "\n");
                        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                            failUsage(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
                            return;
                        }
                        done();
                        return;
                    }
                }
                m_context.out->error(tr("No template has that Provisioning ID."));
                done(ExitApiFailure);
            });
        return true;
    }
    if (command == QLatin1String("create")) {
        if (!require(arguments, { QStringLiteral("from") })) {
            return true;
        }
        const auto json = readJsonFile(arguments.value(QStringLiteral("from")));
        if (!json) {
            return true;
        }
        auto parsed = model::TemplateJson::templateFromJson(*json);
        if (!parsed.ok()) {
            failUsage(parsed.error);
            return true;
        }
        const auto problems = model::TemplateValidator::validate(*parsed.value);
        if (!problems.isEmpty()) {
            m_context.out->error(tr("The template has problems; nothing was sent:"));
            m_context.out->fieldErrors(problems);
            done(ExitUsage);
            return true;
        }
        jobs::TemplateLookUp::create(
            m_context.client, *parsed.value, this, [this](const ApiResult<jobs::TemplateLookUp::Created>& result) {
                if (!result.ok()) {
                    failApi(*result.error);
                    return;
                }
                if (m_context.out->isJson()) {
                    m_context.out->json(model::TemplateJson::toJson(result.value->value));
                } else {
                    m_context.out->line(result.value->value.provisioningId);
                }
                done();
            });
        return true;
    }
    return false;
}

} // namespace onboarder::cli
