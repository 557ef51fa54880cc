#include "cli/SubscriberCommands.h"

#include "api/WholesaleClient.h"
#include "model/SubscriberValidator.h"
#include "model/WholesaleJson.h"

#include <QCoreApplication>

namespace onboarder::cli {

using api::ApiResult;
using model::Subscriber;

namespace {

const QString kPersonOptions = QStringLiteral(
    "--customer-id C --email E --package P [--first-name F] [--last-name L] [--phone +E164] [--extension X] "
    "[--location-id LOC]");

} // namespace

QString SubscriberCommands::name() const
{
    return QStringLiteral("subscribers");
}

QList<CommandHelp> SubscriberCommands::help() const
{
    const QString g = name();
    return {
        { g,
          QStringLiteral("list"),
          QStringLiteral("[--customer-id C] [--email E] [--status S]"),
          tr("List subscribers, all pages."),
          {} },
        { g, QStringLiteral("get"), QStringLiteral("ID"), tr("Show one subscriber."), {} },
        { g,
          QStringLiteral("create"),
          kPersonOptions,
          tr("Validate, then provision a user with one package; a lost answer never creates the user twice."),
          {} },
        { g,
          QStringLiteral("update"),
          QStringLiteral("ID --package P [--phone +E164] [--extension X] [--location-id LOC]"),
          tr("Change the package of a subscriber."),
          {} },
        { g, QStringLiteral("delete"), QStringLiteral("ID"), tr("Remove a subscriber."), {} },
        { g, QStringLiteral("precheck"), kPersonOptions, tr("Ask the API whether the user would be accepted."), {} },
    };
}

bool SubscriberCommands::run(const CliArguments& arguments)
{
    const QString& command = arguments.command;
    const bool needsId
        = command == QLatin1String("get") || command == QLatin1String("delete") || command == QLatin1String("update");
    if (needsId && arguments.positionals.size() != 1) {
        failUsage(tr("Give the subscriber ID."));
        return true;
    }
    if (command == QLatin1String("list")) {
        list(arguments);
    } else if (command == QLatin1String("get")) {
        get(arguments.positionals.first());
    } else if (command == QLatin1String("create")) {
        create(arguments);
    } else if (command == QLatin1String("update")) {
        update(arguments);
    } else if (command == QLatin1String("delete")) {
        remove(arguments.positionals.first());
    } else if (command == QLatin1String("precheck")) {
        precheck(arguments);
    } else {
        return false;
    }
    return true;
}

Subscriber SubscriberCommands::subscriberFromOptions(const CliArguments& arguments)
{
    Subscriber subscriber;
    subscriber.customerId = arguments.value(QStringLiteral("customer-id"));
    subscriber.email = arguments.value(QStringLiteral("email"));
    if (arguments.has(QStringLiteral("package"))) {
        subscriber.packages = arguments.values(QStringLiteral("package"));
    }
    subscriber.firstName = arguments.value(QStringLiteral("first-name"));
    subscriber.lastName = arguments.value(QStringLiteral("last-name"));
    subscriber.primaryPhoneNumber = arguments.value(QStringLiteral("phone"));
    subscriber.extension = arguments.value(QStringLiteral("extension"));
    subscriber.locationId = arguments.value(QStringLiteral("location-id"));
    return subscriber;
}

bool SubscriberCommands::validated(const QList<model::FieldError>& problems)
{
    if (problems.isEmpty()) {
        return true;
    }
    m_context.out->error(QCoreApplication::translate(
        "SubscriberCommands", "%n problem(s); nothing was sent:", nullptr, static_cast<int>(problems.size())));
    m_context.out->fieldErrors(problems);
    done(ExitUsage);
    return false;
}

void SubscriberCommands::print(const Subscriber& subscriber)
{
    if (m_context.out->isJson()) {
        m_context.out->json(model::WholesaleJson::toJson(subscriber));
        return;
    }
    QList<QPair<QString, QString>> pairs = { { tr("ID"), subscriber.id },
                                             { tr("Email"), subscriber.email },
                                             { tr("Status"), subscriber.status.toWire() },
                                             { tr("Package"), subscriber.effectivePackage() },
                                             { tr("Customer"), subscriber.customerId },
                                             { tr("Person"), subscriber.personId } };
    if (subscriber.status.toWire() == QLatin1String("pending_user_migration")) {
        pairs.append({ tr("Note"),
                       tr("The user has a free Webex account and must accept the move; the consent email "
                          "was sent.") });
    }
    m_context.out->keyValues(pairs);
}

void SubscriberCommands::list(const CliArguments& arguments)
{
    api::WholesaleClient::SubscriberFilter filter;
    filter.customerId = arguments.value(QStringLiteral("customer-id"));
    filter.email = arguments.value(QStringLiteral("email"));
    filter.status = arguments.value(QStringLiteral("status"));
    auto rows = std::make_shared<QList<Subscriber>>();
    m_context.client->listSubscribers(
        filter,
        this,
        [rows](const QList<Subscriber>& page) { *rows += page; },
        [this, rows](const std::optional<api::ApiError>& error) {
            if (error) {
                failApi(*error);
                return;
            }
            if (m_context.out->isJson()) {
                m_context.out->json(model::WholesaleJson::toSubscriberListJson(*rows));
            } else {
                QList<QStringList> table;
                for (const Subscriber& s : *rows) {
                    table.append({ s.id, s.email, s.effectivePackage(), s.status.toWire(), s.customerId });
                }
                m_context.out->table({ tr("ID"), tr("EMAIL"), tr("PACKAGE"), tr("STATUS"), tr("CUSTOMER") }, table);
            }
            done();
        });
}

void SubscriberCommands::get(const QString& id)
{
    m_context.client->getSubscriber(id, this, [this](const ApiResult<Subscriber>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        print(*result.value);
        done();
    });
}

void SubscriberCommands::create(const CliArguments& arguments)
{
    const Subscriber subscriber = subscriberFromOptions(arguments);
    if (!validated(model::SubscriberValidator::validateProvision(subscriber))) {
        return;
    }
    m_context.client->provisionSubscriber(subscriber, this, [this](const ApiResult<Subscriber>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        print(*result.value);
        done();
    });
}

void SubscriberCommands::update(const CliArguments& arguments)
{
    Subscriber subscriber = subscriberFromOptions(arguments);
    subscriber.id = arguments.positionals.first();
    if (!validated(model::SubscriberValidator::validateUpdate(subscriber))) {
        return;
    }
    m_context.client->updateSubscriber(subscriber, this, [this](const ApiResult<Subscriber>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        print(*result.value);
        done();
    });
}

void SubscriberCommands::remove(const QString& id)
{
    m_context.client->deleteSubscriber(id, this, [this](const ApiResult<bool>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        done();
    });
}

void SubscriberCommands::precheck(const CliArguments& arguments)
{
    const Subscriber subscriber = subscriberFromOptions(arguments);
    if (!validated(model::SubscriberValidator::validatePrecheck(subscriber))) {
        return;
    }
    m_context.client->precheckSubscriber(subscriber, this, [this](const ApiResult<model::PrecheckResult>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        if (m_context.out->isJson()) {
            m_context.out->json(model::WholesaleJson::toJson(*result.value));
        } else {
            m_context.out->line(result.value->isSuccess() ? tr("Precheck passed.") : tr("Precheck did not pass."));
        }
        done(result.value->isSuccess() ? ExitOk : ExitApiFailure);
    });
}

} // namespace onboarder::cli
