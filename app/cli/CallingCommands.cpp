#include "cli/CallingCommands.h"

#include "api/WholesaleClient.h"
#include "model/CallingJson.h"
#include "model/LocationValidator.h"
#include "model/PhoneNumbers.h"

#include <QCoreApplication>

namespace onboarder::cli {

using api::ApiResult;

CallingCommands::CallingCommands(const QString& group, CliContext& context, QObject* parent)
    : CommandGroup(context, parent)
    , m_group(group)
{
}

QString CallingCommands::name() const
{
    return m_group;
}

QList<CommandHelp> CallingCommands::help() const
{
    if (m_group == QLatin1String("locations")) {
        return {
            { m_group,
              QStringLiteral("list"),
              QStringLiteral("--org-id O"),
              tr("List the locations of an organization."),
              {} },
            { m_group,
              QStringLiteral("create"),
              QStringLiteral("--org-id O (--from LOCATION.json | --name N --address1 A --city C --postal-code P "
                             "--country CC [--state S] --timezone TZ --language L)"),
              tr("Validate, then create a location; prints its ID."),
              {} },
        };
    }
    return {
        { m_group,
          QStringLiteral("list"),
          QStringLiteral("--org-id O [--location-id L] [--available]"),
          tr("List phone numbers; --available shows only the unassigned ones."),
          { QStringLiteral("available") } },
        { m_group,
          QStringLiteral("add"),
          QStringLiteral("--org-id O --location-id L NUMBER..."),
          tr("Add numbers to a location whose PSTN connection allows it (non-integrated PSTN only)."),
          {} },
    };
}

bool CallingCommands::run(const CliArguments& arguments)
{
    const bool locations = m_group == QLatin1String("locations");
    if (!require(arguments, { QStringLiteral("org-id") })) {
        return true;
    }
    if (locations && arguments.command == QLatin1String("list")) {
        listLocations(arguments);
    } else if (locations && arguments.command == QLatin1String("create")) {
        createLocation(arguments);
    } else if (!locations && arguments.command == QLatin1String("list")) {
        listNumbers(arguments);
    } else if (!locations && arguments.command == QLatin1String("add")) {
        addNumbers(arguments);
    } else {
        return false;
    }
    return true;
}

void CallingCommands::listLocations(const CliArguments& arguments)
{
    m_context.client->listLocations(
        arguments.value(QStringLiteral("org-id")), this, [this](const ApiResult<QList<model::Location>>& result) {
            if (!result.ok()) {
                failApi(*result.error);
                return;
            }
            if (m_context.out->isJson()) {
                nlohmann::json items = nlohmann::json::array();
                for (const auto& location : *result.value) {
                    items.push_back(model::CallingJson::toJson(location));
                }
                m_context.out->json({ { "items", items } });
            } else {
                QList<QStringList> rows;
                for (const auto& l : *result.value) {
                    rows.append({ l.id, l.name, l.address.city, l.address.country, l.timeZone });
                }
                m_context.out->table({ tr("ID"), tr("NAME"), tr("CITY"), tr("COUNTRY"), tr("TIME ZONE") }, rows);
            }
            done();
        });
}

void CallingCommands::createLocation(const CliArguments& arguments)
{
    model::Location location;
    if (arguments.has(QStringLiteral("from"))) {
        const auto json = readJsonFile(arguments.value(QStringLiteral("from")));
        if (!json) {
            return;
        }
        auto parsed = model::CallingJson::locationFromJson(*json);
        if (!parsed.ok()) {
            failUsage(parsed.error);
            return;
        }
        location = *parsed.value;
    } else {
        location.name = arguments.value(QStringLiteral("name"));
        location.address.line1 = arguments.value(QStringLiteral("address1"));
        location.address.line2 = arguments.value(QStringLiteral("address2"));
        location.address.city = arguments.value(QStringLiteral("city"));
        location.address.stateOrProvince = arguments.value(QStringLiteral("state"));
        location.address.postalCode = arguments.value(QStringLiteral("postal-code"));
        location.address.country = arguments.value(QStringLiteral("country")).toUpper();
        location.timeZone = arguments.value(QStringLiteral("timezone"));
        location.preferredLanguage = arguments.value(QStringLiteral("language"));
        location.announcementLanguage = arguments.value(QStringLiteral("language"));
    }
    const auto problems = model::LocationValidator::validateCreate(location);
    if (!problems.isEmpty()) {
        m_context.out->error(tr("The location has problems; nothing was sent:"));
        m_context.out->fieldErrors(problems);
        done(ExitUsage);
        return;
    }
    m_context.client->createLocation(
        arguments.value(QStringLiteral("org-id")), location, this, [this](const ApiResult<QString>& result) {
            if (!result.ok()) {
                failApi(*result.error);
                return;
            }
            if (m_context.out->isJson()) {
                m_context.out->json({ { "id", result.value->toStdString() } });
            } else {
                m_context.out->line(*result.value);
            }
            done();
        });
}

void CallingCommands::listNumbers(const CliArguments& arguments)
{
    m_context.client->listNumbers(
        arguments.value(QStringLiteral("org-id")),
        arguments.value(QStringLiteral("location-id")),
        arguments.has(QStringLiteral("available")),
        this,
        [this](const ApiResult<model::PhoneNumberList>& result) {
            if (!result.ok()) {
                failApi(*result.error);
                return;
            }
            if (m_context.out->isJson()) {
                m_context.out->json(model::CallingJson::toJson(*result.value));
            } else {
                QList<QStringList> rows;
                for (const auto& n : result.value->phoneNumbers) {
                    const QString owner = n.ownerId.isEmpty()
                        ? tr("(free)")
                        : QStringLiteral("%1 %2").arg(n.ownerFirstName, n.ownerLastName).trimmed();
                    rows.append({ n.phoneNumber, n.extension, n.state, n.locationName, owner });
                }
                m_context.out->table({ tr("NUMBER"), tr("EXTENSION"), tr("STATE"), tr("LOCATION"), tr("OWNER") }, rows);
            }
            done();
        });
}

void CallingCommands::addNumbers(const CliArguments& arguments)
{
    if (!require(arguments, { QStringLiteral("location-id") })) {
        return;
    }
    if (arguments.positionals.isEmpty()) {
        failUsage(tr("Give the numbers to add, in E.164 form (+46…)."));
        return;
    }
    QStringList invalid;
    for (const QString& number : arguments.positionals) {
        if (model::PhoneNumbers::isE164(number)) {
            continue;
        }
        const auto check = model::PhoneNumbers::check(number);
        invalid.append(check.e164.isEmpty() ? number : tr("%1 (did you mean %2?)").arg(number, check.e164));
    }
    if (!invalid.isEmpty()) {
        failUsage(tr("Not valid E.164 numbers: %1").arg(invalid.join(QStringLiteral(", "))));
        return;
    }
    m_context.client->addNumbers(arguments.value(QStringLiteral("org-id")),
                                 arguments.value(QStringLiteral("location-id")),
                                 arguments.positionals,
                                 this,
                                 [this](const ApiResult<bool>& result) {
                                     if (!result.ok()) {
                                         failApi(*result.error);
                                         return;
                                     }
                                     done();
                                 });
}

} // namespace onboarder::cli
