#include "cli/CallingCommands.h"

#include "api/WholesaleClient.h"
#include "jobs/calling/LocationCallingSetup.h"
#include "jobs/calling/LocationLookUp.h"
#include "model/CallingJson.h"
#include "model/LocationValidator.h"
#include "model/PhoneNumbers.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

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
            { m_group,
              QStringLiteral("connection-options"),
              QStringLiteral("--org-id O --location-id L"),
              tr("List the PSTN connections the location can use, and the one it uses."),
              {} },
            { m_group,
              QStringLiteral("connect"),
              QStringLiteral("--org-id O --location-id L (--connection-id ID | --trunk ID | --route-group ID) "
                             "[--journal PATH]"),
              tr("Set the location's PSTN connection: one of its connection options, or a local gateway's trunk or "
                 "route group."),
              {} },
            { m_group,
              QStringLiteral("main-number"),
              QStringLiteral("--org-id O --location-id L --number +E164 [--name N] [--journal PATH]"),
              tr("Set the location's main number (calling line ID): an active number of that location."),
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
          QStringLiteral("--org-id O --location-id L [--type DID|TOLLFREE|MOBILE] [--no-activate] [--journal PATH] "
                         "NUMBER..."),
          tr("Add numbers to a location whose PSTN connection allows it (DID and toll-free on non-integrated PSTN "
             "only), at most 20 mobile numbers per request, then activate them; a stopped run resumes when the same "
             "command is run again."),
          { QStringLiteral("no-activate") } },
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
    } else if (locations && arguments.command == QLatin1String("connection-options")) {
        connectionOptions(arguments);
    } else if (locations && arguments.command == QLatin1String("connect")) {
        connectLocation(arguments);
    } else if (locations && arguments.command == QLatin1String("main-number")) {
        mainNumber(arguments);
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
    jobs::LocationLookUp::create(m_context.client,
                                 arguments.value(QStringLiteral("org-id")),
                                 location,
                                 this,
                                 [this](const ApiResult<jobs::LocationLookUp::Created>& result) {
                                     if (!result.ok()) {
                                         failApi(*result.error);
                                         return;
                                     }
                                     if (m_context.out->isJson()) {
                                         m_context.out->json({ { "id", result.value->value.toStdString() } });
                                     } else {
                                         m_context.out->line(result.value->value);
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

bool CallingCommands::allE164(const QStringList& numbers)
{
    QStringList invalid;
    for (const QString& number : numbers) {
        if (model::PhoneNumbers::isE164(number)) {
            continue;
        }
        const auto check = model::PhoneNumbers::check(number);
        invalid.append(check.e164.isEmpty() ? number : tr("%1 (did you mean %2?)").arg(number, check.e164));
    }
    if (!invalid.isEmpty()) {
        failUsage(tr("Not valid E.164 numbers: %1").arg(invalid.join(QStringLiteral(", "))));
        return false;
    }
    return true;
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
    if (!allE164(arguments.positionals)) {
        return;
    }
    const QString type = arguments.value(QStringLiteral("type"), QStringLiteral("DID")).toUpper();
    if (!QStringList { QStringLiteral("DID"), QStringLiteral("TOLLFREE"), QStringLiteral("MOBILE") }.contains(type)) {
        failUsage(tr("--type must be DID, TOLLFREE or MOBILE."));
        return;
    }
    jobs::LocationCallingPlan plan;
    plan.orgId = arguments.value(QStringLiteral("org-id"));
    plan.locationId = arguments.value(QStringLiteral("location-id"));
    plan.numbers = arguments.positionals;
    plan.numbers.removeDuplicates();
    plan.numberType = type;
    plan.activate = !arguments.has(QStringLiteral("no-activate"));
    runSetup(plan, arguments);
}

void CallingCommands::connectionOptions(const CliArguments& arguments)
{
    if (!require(arguments, { QStringLiteral("location-id") })) {
        return;
    }
    const QString orgId = arguments.value(QStringLiteral("org-id"));
    const QString locationId = arguments.value(QStringLiteral("location-id"));
    m_context.client->pstnConnectionOptions(
        orgId,
        locationId,
        this,
        [this, orgId, locationId](const ApiResult<QList<model::PstnConnectionOption>>& options) {
            if (!options.ok()) {
                failApi(*options.error);
                return;
            }
            m_context.client->pstnConnection(
                orgId,
                locationId,
                this,
                [this, list = *options.value](const ApiResult<model::PstnConnectionOption>& current) {
                    if (!current.ok() && current.error->httpStatus != 404) {
                        failApi(*current.error);
                        return;
                    }
                    if (m_context.out->isJson()) {
                        nlohmann::json out = model::CallingJson::toPstnConnectionOptionListJson(list);
                        out["connection"]
                            = current.ok() ? model::CallingJson::toJson(*current.value) : nlohmann::json();
                        m_context.out->json(out);
                    } else {
                        QList<QStringList> rows;
                        for (const auto& option : list) {
                            const bool inUse = current.ok() && current.value->id == option.id;
                            rows.append({ option.id,
                                          option.displayName,
                                          option.connectionType,
                                          option.pstnServices.join(QLatin1Char(',')),
                                          inUse ? tr("yes") : QString() });
                        }
                        m_context.out->table({ tr("ID"), tr("NAME"), tr("TYPE"), tr("SERVICES"), tr("IN USE") }, rows);
                        if (!current.ok()) {
                            m_context.out->progress(tr("The location has no PSTN connection yet."));
                        } else if (std::none_of(list.begin(), list.end(), [&current](const auto& option) {
                                       return option.id == current.value->id;
                                   })) {
                            m_context.out->progress(
                                tr("In use: %1 (%2).").arg(current.value->displayName, current.value->connectionType));
                        }
                    }
                    done();
                });
        });
}

void CallingCommands::connectLocation(const CliArguments& arguments)
{
    if (!require(arguments, { QStringLiteral("location-id") })) {
        return;
    }
    jobs::LocationCallingPlan plan;
    plan.orgId = arguments.value(QStringLiteral("org-id"));
    plan.locationId = arguments.value(QStringLiteral("location-id"));
    int given = 0;
    if (arguments.has(QStringLiteral("connection-id"))) {
        plan.connectionId = arguments.value(QStringLiteral("connection-id"));
        ++given;
    }
    for (const auto& [option, routeType] :
         { std::pair { QStringLiteral("trunk"), QStringLiteral("TRUNK") },
           std::pair { QStringLiteral("route-group"), QStringLiteral("ROUTE_GROUP") } }) {
        if (arguments.has(option)) {
            plan.premiseRouteType = routeType;
            plan.premiseRouteId = arguments.value(option);
            ++given;
        }
    }
    if (given != 1 || !plan.setsConnection()) {
        failUsage(tr("Give one of --connection-id (see locations connection-options), --trunk or --route-group."));
        return;
    }
    runSetup(plan, arguments);
}

void CallingCommands::mainNumber(const CliArguments& arguments)
{
    if (!require(arguments, { QStringLiteral("location-id"), QStringLiteral("number") })
        || !allE164({ arguments.value(QStringLiteral("number")) })) {
        return;
    }
    jobs::LocationCallingPlan plan;
    plan.orgId = arguments.value(QStringLiteral("org-id"));
    plan.locationId = arguments.value(QStringLiteral("location-id"));
    plan.mainNumber = arguments.value(QStringLiteral("number"));
    plan.callingLineName = arguments.value(QStringLiteral("name"));
    runSetup(plan, arguments);
}

void CallingCommands::runSetup(const jobs::LocationCallingPlan& plan, const CliArguments& arguments)
{
    auto* setup = new jobs::LocationCallingSetup(m_context.client, this);
    auto results = std::make_shared<nlohmann::json>(nlohmann::json::array());
    QObject::connect(setup,
                     &jobs::LocationCallingSetup::stepStarted,
                     this,
                     [this](int index, int count, const QString& description) {
                         m_context.out->progress(
                             QStringLiteral("[%1/%2] %3…").arg(index + 1).arg(count).arg(description));
                     });
    QObject::connect(setup,
                     &jobs::LocationCallingSetup::stepFinished,
                     this,
                     [this, setup, results](int index, int count, bool alreadyDone) {
                         const auto step = setup->steps().at(index);
                         results->push_back({ { "step", step.key.toStdString() },
                                              { "result", alreadyDone ? "already done" : "done" } });
                         if (alreadyDone) {
                             m_context.out->progress(tr("[%1/%2] %3: already done.")
                                                         .arg(index + 1)
                                                         .arg(count)
                                                         .arg(jobs::LocationCallingSetup::describe(step)));
                         }
                     });
    QObject::connect(setup, &jobs::LocationCallingSetup::succeeded, this, [this, results] {
        if (m_context.out->isJson()) {
            m_context.out->json({ { "steps", *results } });
        } else {
            m_context.out->line(tr("Done."));
        }
        done();
    });
    QObject::connect(
        setup, &jobs::LocationCallingSetup::failed, this, [this](const api::ApiError& error, const QString& step) {
            m_context.out->progress(tr("%1 failed; the steps before it are done. Run the same command "
                                       "again to resume.")
                                        .arg(step));
            failApi(error);
        });
    QString error;
    if (!setup->start(plan, arguments.value(QStringLiteral("journal")), &error)) {
        failUsage(error);
    }
}

} // namespace onboarder::cli
