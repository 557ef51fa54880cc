#include "cli/CustomerCommands.h"

#include "api/ApiSession.h"
#include "api/ProvisioningPoller.h"
#include "api/WholesaleClient.h"
#include "jobs/TemplateLibrary.h"
#include "jobs/import/CustomerBatchReport.h"
#include "jobs/import/CustomerBatchRun.h"
#include "jobs/import/CustomerLookUp.h"
#include "model/CustomerValidator.h"
#include "model/DraftStore.h"
#include "model/WholesaleJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace onboarder::cli {

using api::ApiResult;
using api::WholesaleClient;
using model::Customer;

namespace {

QStringList tableRow(const Customer& customer)
{
    return { customer.id,
             customer.externalId,
             customer.status.toWire(),
             customer.packages.join(QLatin1Char(',')),
             customer.address.country,
             customer.orgId };
}

} // namespace

QString CustomerCommands::name() const
{
    return QStringLiteral("customers");
}

QList<CommandHelp> CustomerCommands::help() const
{
    const QString g = name();
    return {
        { g,
          QStringLiteral("list"),
          QStringLiteral("[--status S]... [--external-id X] [--org-id O]"),
          tr("List customers, all pages."),
          {} },
        { g, QStringLiteral("get"), QStringLiteral("ID"), tr("Show one customer with its per-package status."), {} },
        { g,
          QStringLiteral("create"),
          QStringLiteral("--from PLAN.json [--wait] [--timeout SECONDS]"),
          tr("Validate, then provision a customer from a plan or draft file; --wait follows it until it settles."),
          { QStringLiteral("wait") } },
        { g,
          QStringLiteral("update"),
          QStringLiteral("ID --from PLAN.json [--wait]"),
          tr("Replace the packages (and address) of a customer."),
          { QStringLiteral("wait") } },
        { g,
          QStringLiteral("delete"),
          QStringLiteral("ID [--wait]"),
          tr("Remove a customer."),
          { QStringLiteral("wait") } },
        { g,
          QStringLiteral("precheck"),
          QStringLiteral("--from PLAN.json"),
          tr("Ask the API whether the plan would be accepted, without creating anything."),
          {} },
        { g,
          QStringLiteral("wait"),
          QStringLiteral("ID [--timeout SECONDS]"),
          tr("Follow a customer until it is provisioned, failed or gone."),
          {} },
        { g,
          QStringLiteral("import"),
          QStringLiteral("FILE [--users FILE] [--journal PATH] [--resume] [--retry-failed] "
                         "[--report FILE.csv|FILE.json] [--concurrency N] [--skip-invalid] [--dry-run]"),
          tr("Onboard a batch of customers from a CSV/TSV file, with their users from a second file naming each "
             "user's customer by external ID: everything is checked before anything is sent, each customer is "
             "followed until it is provisioned before its users are added, and a stopped run resumes without "
             "creating anything twice."),
          { QStringLiteral("resume"),
            QStringLiteral("retry-failed"),
            QStringLiteral("dry-run"),
            QStringLiteral("skip-invalid") } },
    };
}

bool CustomerCommands::run(const CliArguments& arguments)
{
    const QString& command = arguments.command;
    if (command == QLatin1String("list")) {
        list(arguments);
    } else if (command == QLatin1String("get") || command == QLatin1String("wait")) {
        if (arguments.positionals.size() != 1) {
            failUsage(tr("Give the customer ID."));
        } else if (command == QLatin1String("get")) {
            get(arguments.positionals.first());
        } else {
            waitFor(m_context.client->customerUrl(arguments.positionals.first()),
                    arguments.value(QStringLiteral("timeout"), QStringLiteral("900")).toInt());
        }
    } else if (command == QLatin1String("create")) {
        create(arguments);
    } else if (command == QLatin1String("update")) {
        update(arguments);
    } else if (command == QLatin1String("delete")) {
        remove(arguments);
    } else if (command == QLatin1String("precheck")) {
        precheck(arguments);
    } else if (command == QLatin1String("import")) {
        importBatch(arguments);
    } else {
        return false;
    }
    return true;
}

std::optional<Customer> CustomerCommands::customerFromPlan(const QByteArray& bytes, QString* error)
{
    const auto json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (json.is_discarded()) {
        if (error) {
            *error = tr("not valid JSON.");
        }
        return std::nullopt;
    }
    // A draft file carries its kind and schema version; anything else is read as a provision request body.
    if (json.is_object() && json.contains("kind")) {
        auto draft = model::DraftStore::customerDraftFromBytes(bytes);
        if (!draft.ok()) {
            if (error) {
                *error = draft.error;
            }
            return std::nullopt;
        }
        return draft.draft->customer;
    }
    auto parsed = model::WholesaleJson::customerFromJson(json);
    if (!parsed.ok()) {
        if (error) {
            *error = parsed.error;
        }
        return std::nullopt;
    }
    return parsed.value;
}

std::optional<Customer> CustomerCommands::loadPlan(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failUsage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString error;
    auto customer = customerFromPlan(file.readAll(), &error);
    if (!customer) {
        failUsage(QStringLiteral("%1: %2").arg(path, error));
    }
    return customer;
}

void CustomerCommands::print(const Customer& customer)
{
    if (m_context.out->isJson()) {
        m_context.out->json(model::WholesaleJson::toJson(customer));
        return;
    }
    QList<QPair<QString, QString>> pairs = {
        { tr("ID"), customer.id },
        { tr("External ID"), customer.externalId },
        { tr("Status"), customer.status.toWire() },
        { tr("Organization"), customer.orgId },
        { tr("Packages"), customer.packages.join(QStringLiteral(", ")) },
        { tr("Country"), customer.address.country },
    };
    for (const auto& package : customer.packageDetails) {
        QString text = package.status.toWire();
        for (const auto& warning : package.warnings) {
            text += tr(" warning %1: %2").arg(warning.errorCode, warning.description);
        }
        for (const auto& error : package.errors) {
            text += tr(" error %1: %2").arg(error.errorCode, error.description);
        }
        pairs.append({ tr("Package %1").arg(package.name), text });
    }
    for (const auto& error : customer.errors) {
        pairs.append({ tr("Error %1").arg(error.errorCode), error.description });
    }
    m_context.out->keyValues(pairs);
}

void CustomerCommands::list(const CliArguments& arguments)
{
    WholesaleClient::CustomerFilter filter;
    filter.externalId = arguments.value(QStringLiteral("external-id"));
    filter.orgId = arguments.value(QStringLiteral("org-id"));
    filter.statuses = arguments.values(QStringLiteral("status"));
    auto rows = std::make_shared<QList<Customer>>();
    m_context.client->listCustomers(
        filter,
        this,
        [this, rows](const QList<Customer>& page) {
            *rows += page;
            m_context.out->progress(tr("%1 customers…").arg(rows->size()));
        },
        [this, rows](const std::optional<api::ApiError>& error) {
            if (error) {
                failApi(*error);
                return;
            }
            if (m_context.out->isJson()) {
                m_context.out->json(model::WholesaleJson::toCustomerListJson(*rows));
            } else {
                QList<QStringList> table;
                for (const Customer& customer : *rows) {
                    table.append(tableRow(customer));
                }
                m_context.out->table(
                    { tr("ID"), tr("EXTERNAL ID"), tr("STATUS"), tr("PACKAGES"), tr("COUNTRY"), tr("ORG ID") }, table);
            }
            done();
        });
}

void CustomerCommands::get(const QString& id)
{
    m_context.client->getCustomer(
        id,
        this,
        [this](const ApiResult<Customer>& result) {
            if (!result.ok()) {
                failApi(*result.error);
                return;
            }
            print(*result.value);
            done();
        },
        true);
}

void CustomerCommands::create(const CliArguments& arguments)
{
    if (!require(arguments, { QStringLiteral("from") })) {
        return;
    }
    const auto plan = loadPlan(arguments.value(QStringLiteral("from")));
    if (!plan) {
        return;
    }
    // No typo reaches the API: every problem is reported at once, and nothing is sent.
    const auto problems = model::CustomerValidator::validateProvision(*plan);
    if (!problems.isEmpty()) {
        m_context.out->error(QCoreApplication::translate("CustomerCommands",
                                                         "The plan has %n problem(s); nothing was sent:",
                                                         nullptr,
                                                         static_cast<int>(problems.size())));
        m_context.out->fieldErrors(problems);
        done(ExitUsage);
        return;
    }
    const bool wait = arguments.has(QStringLiteral("wait"));
    const int timeout = arguments.value(QStringLiteral("timeout"), QStringLiteral("900")).toInt();
    m_context.out->progress(tr("Creating customer %1…").arg(plan->externalId));
    jobs::CustomerLookUp::create(
        m_context.client, *plan, this, [this, wait, timeout](const ApiResult<jobs::CustomerLookUp::Created>& result) {
            if (!result.ok()) {
                failApi(*result.error);
                return;
            }
            if (result.value->foundByLookUp) {
                m_context.out->progress(tr("The answer was lost; the customer was found by its external ID."));
            }
            if (m_context.out->isJson() && !wait) {
                m_context.out->json({ { "id", result.value->id.toStdString() },
                                      { "url", result.value->url.toString().toStdString() } });
            } else if (!m_context.out->isJson()) {
                m_context.out->line(result.value->id);
            }
            if (wait) {
                waitFor(result.value->url, timeout);
            } else {
                done();
            }
        });
}

void CustomerCommands::update(const CliArguments& arguments)
{
    if (arguments.positionals.size() != 1 || !require(arguments, { QStringLiteral("from") })) {
        if (arguments.positionals.size() != 1) {
            failUsage(tr("Give the customer ID."));
        }
        return;
    }
    auto plan = loadPlan(arguments.value(QStringLiteral("from")));
    if (!plan) {
        return;
    }
    plan->id = arguments.positionals.first();
    const auto problems = model::CustomerValidator::validateUpdate(*plan);
    if (!problems.isEmpty()) {
        m_context.out->error(tr("The plan has problems; nothing was sent:"));
        m_context.out->fieldErrors(problems);
        done(ExitUsage);
        return;
    }
    const bool wait = arguments.has(QStringLiteral("wait"));
    m_context.client->updateCustomer(*plan, this, [this, wait](const ApiResult<QUrl>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        if (wait) {
            waitFor(*result.value, 900);
        } else {
            done();
        }
    });
}

void CustomerCommands::remove(const CliArguments& arguments)
{
    if (arguments.positionals.size() != 1) {
        failUsage(tr("Give the customer ID."));
        return;
    }
    const bool wait = arguments.has(QStringLiteral("wait"));
    m_context.client->deleteCustomer(arguments.positionals.first(), this, [this, wait](const ApiResult<QUrl>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        m_context.out->progress(tr("Deleting…"));
        if (wait) {
            waitFor(*result.value, 900);
        } else {
            done();
        }
    });
}

void CustomerCommands::precheck(const CliArguments& arguments)
{
    if (!require(arguments, { QStringLiteral("from") })) {
        return;
    }
    const auto plan = loadPlan(arguments.value(QStringLiteral("from")));
    if (!plan) {
        return;
    }
    const auto problems = model::CustomerValidator::validatePrecheck(*plan);
    if (!problems.isEmpty()) {
        m_context.out->error(tr("The plan has problems; nothing was sent:"));
        m_context.out->fieldErrors(problems);
        done(ExitUsage);
        return;
    }
    m_context.client->precheckCustomer(*plan, this, [this](const ApiResult<model::PrecheckResult>& result) {
        if (!result.ok()) {
            failApi(*result.error);
            return;
        }
        if (m_context.out->isJson()) {
            m_context.out->json(model::WholesaleJson::toJson(*result.value));
        } else {
            m_context.out->line(result.value->isSuccess() ? tr("Precheck passed.") : tr("Precheck did not pass."));
            for (const auto& info : result.value->info) {
                m_context.out->line(QStringLiteral("  %1 %2").arg(info.infoCode, info.description));
            }
        }
        done(result.value->isSuccess() ? ExitOk : ExitApiFailure);
    });
}

void CustomerCommands::waitFor(const QUrl& customerUrl, int timeoutSeconds)
{
    auto* poller = new api::ProvisioningPoller(m_context.session, customerUrl, this);
    poller->setTimeLimit(std::chrono::seconds(std::max(1, timeoutSeconds)));
    poller->setInitialInterval(std::chrono::milliseconds(500));
    poller->setMaxInterval(std::chrono::seconds(15));
    connect(
        poller, &api::ProvisioningPoller::statusChanged, this, [this](const QString& status, const nlohmann::json&) {
            m_context.out->progress(tr("status: %1").arg(status));
        });
    connect(poller,
            &api::ProvisioningPoller::finished,
            this,
            [this](api::ProvisioningPoller::Outcome outcome,
                   const QString& status,
                   const std::optional<api::ApiError>& error) {
                using Outcome = api::ProvisioningPoller::Outcome;
                if (m_context.out->isJson()) {
                    m_context.out->json({ { "status", outcome == Outcome::Gone ? "gone" : status.toStdString() } });
                }
                switch (outcome) {
                case Outcome::Gone:
                    m_context.out->progress(tr("The customer is gone."));
                    done(ExitOk);
                    return;
                case Outcome::Terminal:
                    done(status == QLatin1String("provisioned") ? ExitOk : ExitNotSettled);
                    return;
                case Outcome::TimedOut:
                    m_context.out->error(tr("Still %1 when the time ran out.").arg(status));
                    done(ExitNotSettled);
                    return;
                case Outcome::Failed:
                    failApi(*error);
                    return;
                case Outcome::Cancelled:
                    done(ExitNotSettled);
                    return;
                }
            });
    poller->start();
}

// Batch import -----------------------------------------------------------------------------------------------------

void CustomerCommands::importBatch(const CliArguments& arguments)
{
    using jobs::CustomerBatchRun;
    if (arguments.positionals.size() != 1) {
        failUsage(tr("Give one customers file to import: customers import FILE [--users FILE]."));
        return;
    }
    CustomerBatchRun::Options options;
    if (arguments.has(QStringLiteral("concurrency"))) {
        bool ok = false;
        options.concurrency = arguments.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > 32) {
            failUsage(tr("--concurrency takes a number from 1 to 32."));
            return;
        }
    }
    const QString reportPath = arguments.value(QStringLiteral("report"));
    if (arguments.has(QStringLiteral("report")) && !reportPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !reportPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        failUsage(tr("--report takes a file name ending in .csv or .json."));
        return;
    }
    options.scope
        = m_context.profileName.isEmpty() ? m_context.client->session()->baseUrl().toString() : m_context.profileName;
    options.retryFailed = arguments.has(QStringLiteral("retry-failed"));
    options.resume = arguments.has(QStringLiteral("resume")) || options.retryFailed;
    // Templates of the local library that have their Provisioning ID; the sandbox's are added by the run.
    jobs::TemplateLibrary library(jobs::TemplateLibrary::defaultFilePath());
    if (library.load()) {
        for (const model::OnboardingTemplate& t : library.templates()) {
            if (!t.provisioningId.isEmpty()) {
                options.templates.append({ t.name, t.provisioningId, t.countryCode });
            }
        }
    }

    const QString path = arguments.positionals.constFirst();
    QFile customersFile(path);
    if (!customersFile.open(QIODevice::ReadOnly)) {
        failUsage(tr("Cannot read %1: %2").arg(path, customersFile.errorString()));
        return;
    }
    const QByteArray customers = customersFile.readAll();
    QByteArray users;
    if (arguments.has(QStringLiteral("users"))) {
        QFile usersFile(arguments.value(QStringLiteral("users")));
        if (!usersFile.open(QIODevice::ReadOnly)) {
            failUsage(tr("Cannot read %1: %2").arg(usersFile.fileName(), usersFile.errorString()));
            return;
        }
        users = usersFile.readAll();
    }
    const bool dryRun = arguments.has(QStringLiteral("dry-run"));
    // A dry run keeps its journal in memory: it sends nothing and leaves nothing to resume.
    const QString journal = dryRun
        ? QStringLiteral(":memory:")
        : arguments.value(QStringLiteral("journal"),
                          CustomerBatchRun::defaultJournalPath(customers, users, options.scope));
    if (!dryRun) {
        m_context.out->progress(tr("Journal: %1").arg(journal));
    }

    auto* run = new CustomerBatchRun(m_context.client, this);
    run->setOptions(options);
    connect(run,
            &CustomerBatchRun::failed,
            this,
            [this, run, arguments](CustomerBatchRun::FailureKind kind, const QString& message) {
                m_context.out->error(message);
                if (!run->customers().rows.isEmpty() && run->journal().isOpen()) {
                    writeBatchReport(run, arguments);
                }
                if (kind == CustomerBatchRun::FailureKind::Journal && run->journal().isOpen()) {
                    m_context.out->error(tr("Add --resume to continue the batch recorded in the journal, "
                                            "--retry-failed to give its failed customers another go, or --journal "
                                            "PATH for a new journal."));
                }
                done(kind == CustomerBatchRun::FailureKind::Api ? ExitApiFailure : ExitUsage);
            });
    connect(run, &CustomerBatchRun::checkProgress, this, [this](int checked, int total) {
        if (total > 0 && checked == total) {
            m_context.out->progress(tr("Checked %1 customers with the API.").arg(total));
        }
    });
    connect(run, &CustomerBatchRun::prepared, this, [this, run, arguments] { batchPrepared(run, arguments); });
    connect(run, &CustomerBatchRun::customerChanged, this, [this, run](int index) {
        const auto outcome = run->customerOutcome(index);
        if (outcome.outcome == jobs::ImportOutcome::Kind::Provisioned && outcome.status != QLatin1String("provisioning")
            && !m_context.out->isJson()) {
            m_context.out->progress(tr("%1: %2, users %3/%4")
                                        .arg(outcome.externalId, outcome.status)
                                        .arg(outcome.usersProvisioned)
                                        .arg(outcome.users));
        }
    });
    connect(run, &CustomerBatchRun::finished, this, [this, run, arguments](bool cancelled) {
        batchFinished(run, arguments, cancelled);
    });
    run->prepare(customers, QFileInfo(path).fileName(), users, journal);
}

bool CustomerCommands::writeBatchReport(jobs::CustomerBatchRun* run, const CliArguments& arguments)
{
    if (!arguments.has(QStringLiteral("report"))) {
        return true;
    }
    QString error;
    if (!jobs::CustomerBatchReport::write(arguments.value(QStringLiteral("report")), *run, &error)) {
        m_context.out->error(error);
        return false;
    }
    return true;
}

void CustomerCommands::batchPrepared(jobs::CustomerBatchRun* run, const CliArguments& arguments)
{
    const auto customers = run->customerOutcomes();
    if (run->isResumed()) {
        m_context.out->progress(tr("Resuming: %1 customer(s) were being created when the batch stopped and are "
                                   "looked up by external ID before anything is sent again.")
                                    .arg(run->interruptedCustomers()));
    }
    // Everything that will not be sent, customers and users, each with where and why.
    int unsent = 0;
    int rejected = 0;
    for (const auto& c : customers) {
        if (c.outcome == jobs::ImportOutcome::Kind::Rejected || c.outcome == jobs::ImportOutcome::Kind::Failed) {
            ++unsent;
            rejected += c.outcome == jobs::ImportOutcome::Kind::Rejected ? 1 : 0;
            QString text = tr("customers line %1 (%2): %3").arg(c.line).arg(c.externalId, c.message);
            if (!c.trackingId.isEmpty()) {
                text += tr(" [tracking ID %1]").arg(c.trackingId);
            }
            m_context.out->error(text);
        }
    }
    for (const auto& u : run->userOutcomes()) {
        if (u.row.outcome == jobs::ImportOutcome::Kind::Rejected) {
            ++unsent;
            ++rejected;
            m_context.out->error(tr("users line %1 (%2): %3").arg(u.row.line).arg(u.row.email, u.row.message));
        }
    }
    const bool dryRun = arguments.has(QStringLiteral("dry-run"));
    if (dryRun || (unsent > 0 && !arguments.has(QStringLiteral("skip-invalid")))) {
        const bool written = writeBatchReport(run, arguments);
        if (m_context.out->isJson()) {
            m_context.out->json(jobs::CustomerBatchReport::toJson(customers, run->userOutcomes()));
        }
        if (unsent == 0) {
            m_context.out->progress(tr("All %1 customers and %2 users passed the checks; nothing was sent (dry run).")
                                        .arg(customers.size())
                                        .arg(run->users().rows.size()));
            done(written ? ExitOk : ExitApiFailure);
            return;
        }
        m_context.out->error(tr("%1 customer or user row(s) cannot be imported as they are; nothing was sent. Fix "
                                "them, or add --skip-invalid to import the others.")
                                 .arg(unsent));
        // As the users import: refused by the checks is the input's fault; only failed checks are the API's.
        done(rejected > 0 ? ExitUsage : ExitApiFailure);
        return;
    }
    run->start();
}

void CustomerCommands::batchFinished(jobs::CustomerBatchRun* run, const CliArguments& arguments, bool cancelled)
{
    const auto customers = run->customerOutcomes();
    const auto users = run->userOutcomes();
    const bool written = writeBatchReport(run, arguments);
    int customersDone = 0;
    int usersDone = 0;
    bool complete = true;
    QList<QStringList> table;
    for (const auto& c : customers) {
        const bool provisioned = c.outcome == jobs::ImportOutcome::Kind::Provisioned
            && (c.status == QLatin1String("provisioned") || c.status == QLatin1String("provisioned_with_errors"));
        customersDone += provisioned ? 1 : 0;
        complete = complete && provisioned && c.status == QLatin1String("provisioned");
        if (!provisioned || c.status != QLatin1String("provisioned") || c.usersNotProvisioned > 0) {
            table.append({ QString::number(c.line),
                           c.externalId,
                           jobs::ImportOutcome::name(c.outcome),
                           c.status,
                           (QStringList { c.message, c.packageErrors.join(QStringLiteral("; ")), c.usersNote })
                               .filter(QRegularExpression(QStringLiteral("\\S")))
                               .join(QLatin1Char(' ')),
                           c.errorCode,
                           c.trackingId });
        }
    }
    for (const auto& u : users) {
        const bool provisioned = u.row.outcome == jobs::ImportOutcome::Kind::Provisioned;
        usersDone += provisioned ? 1 : 0;
        complete = complete && provisioned;
    }
    if (m_context.out->isJson()) {
        nlohmann::json document = jobs::CustomerBatchReport::toJson(customers, users);
        document["journal"] = run->journal().path().toStdString();
        m_context.out->json(document);
    } else {
        if (!table.isEmpty()) {
            m_context.out->table({ tr("LINE"),
                                   tr("EXTERNAL ID"),
                                   tr("OUTCOME"),
                                   tr("STATUS"),
                                   tr("MESSAGE"),
                                   tr("CODE"),
                                   tr("TRACKING ID") },
                                 table);
        }
        m_context.out->line(tr("%1 of %2 customers provisioned; %3 of %4 users provisioned.")
                                .arg(customersDone)
                                .arg(customers.size())
                                .arg(usersDone)
                                .arg(users.size()));
    }
    if (cancelled) {
        m_context.out->error(tr("The batch was cancelled; run it again with --resume to continue."));
    }
    done(complete && written && !cancelled ? ExitOk : ExitApiFailure);
}

} // namespace onboarder::cli
