#include "cli/SubscriberCommands.h"

#include "api/WholesaleClient.h"
#include "jobs/import/BulkImportJob.h"
#include "jobs/import/ImportReport.h"
#include "jobs/import/SubscriberLookUp.h"
#include "model/SubscriberValidator.h"
#include "model/WholesaleJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

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
        { g,
          QStringLiteral("import"),
          QStringLiteral(
              "FILE --customer ID [--journal PATH] [--resume] [--retry-failed] [--report FILE.csv|FILE.json] "
              "[--rejected FILE.csv] [--concurrency N] [--package P] [--fix-phone-numbers] "
              "[--skip-invalid] [--dry-run]"),
          tr("Import users from a CSV/TSV file: every row is checked before anything is sent, each row's state is "
             "journaled, and a stopped import resumes without creating anyone twice."),
          { QStringLiteral("resume"),
            QStringLiteral("retry-failed"),
            QStringLiteral("dry-run"),
            QStringLiteral("fix-phone-numbers"),
            QStringLiteral("skip-invalid") } },
    };
}

bool SubscriberCommands::run(const CliArguments& arguments)
{
    const QString& command = arguments.command;
    const bool needsId
        = command == QLatin1String("get") || command == QLatin1String("delete") || command == QLatin1String("update");
    if (command == QLatin1String("import")) {
        import(arguments);
        return true;
    }
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
    jobs::SubscriberLookUp::create(m_context.client, subscriber, this, [this](const ApiResult<Subscriber>& result) {
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

// Bulk import ------------------------------------------------------------------------------------------------------

void SubscriberCommands::importProgress(const QString& text, bool force)
{
    // At most one line a second: a thousand rows must not flood a terminal or a CI log.
    if (force || !m_progressClock.isValid() || m_progressClock.elapsed() >= 1000) {
        m_context.out->progress(text);
        m_progressClock.restart();
    }
}

void SubscriberCommands::import(const CliArguments& arguments)
{
    using jobs::BulkImportJob;
    if (arguments.positionals.size() != 1) {
        failUsage(tr("Give one file to import: subscribers import FILE --customer ID."));
        return;
    }
    const QString customerId
        = arguments.value(QStringLiteral("customer"), arguments.value(QStringLiteral("customer-id")));
    if (customerId.isEmpty()) {
        failUsage(tr("Missing --customer. See subscribers import --help."));
        return;
    }
    BulkImportJob::Options options;
    options.customerId = customerId;
    if (arguments.has(QStringLiteral("concurrency"))) {
        bool ok = false;
        options.concurrency = arguments.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > 32) {
            failUsage(tr("--concurrency takes a number from 1 to 32."));
            return;
        }
    }
    for (const QString& option : { QStringLiteral("report"), QStringLiteral("rejected") }) {
        const QString path = arguments.value(option);
        const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        if (arguments.has(option) && (path.isEmpty() || !(csv || (json && option == QLatin1String("report"))))) {
            failUsage(option == QLatin1String("report") ? tr("--report takes a file name ending in .csv or .json.")
                                                        : tr("--rejected takes a file name ending in .csv."));
            return;
        }
    }
    options.defaultPackage = arguments.value(QStringLiteral("package"));
    options.acceptSuggestedPhoneNumbers = arguments.has(QStringLiteral("fix-phone-numbers"));
    options.retryFailed = arguments.has(QStringLiteral("retry-failed"));
    options.resume = arguments.has(QStringLiteral("resume")) || options.retryFailed;
    const bool dryRun = arguments.has(QStringLiteral("dry-run"));

    const QString path = arguments.positionals.constFirst();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        failUsage(tr("Cannot read %1: %2").arg(path, input.errorString()));
        return;
    }
    const QByteArray bytes = input.readAll();
    // A dry run keeps its journal in memory: it sends nothing and leaves nothing to resume.
    const QString journal = dryRun
        ? QStringLiteral(":memory:")
        : arguments.value(QStringLiteral("journal"), BulkImportJob::defaultJournalPath(bytes, customerId));
    if (!dryRun) {
        m_context.out->progress(tr("Journal: %1").arg(journal));
    }

    auto* job = new BulkImportJob(m_context.client, this);
    job->setOptions(options);
    connect(job,
            &BulkImportJob::failed,
            this,
            [this, job, arguments](BulkImportJob::FailureKind kind, const QString& message) {
                m_context.out->error(message);
                // Stopped part-way (a revoked token, a full disk): what was done is still reported.
                if (!job->file().rows.isEmpty()) {
                    writeImportFiles(job, arguments);
                }
                if (kind == BulkImportJob::FailureKind::Journal && job->journal().isOpen()) {
                    m_context.out->error(
                        tr("Add --resume to continue the import recorded in the journal, --retry-failed to "
                           "give its failed rows another go, or --journal PATH for a new journal."));
                }
                done(kind == BulkImportJob::FailureKind::Api ? ExitApiFailure : ExitUsage);
            });
    connect(job, &BulkImportJob::precheckProgress, this, [this](int checked, int total) {
        if (total > 0) {
            importProgress(tr("Checking rows with the API: %1/%2").arg(checked).arg(total), checked == total);
        }
    });
    connect(job, &BulkImportJob::prepared, this, [this, job, arguments] { importPrepared(job, arguments); });
    connect(job, &BulkImportJob::progress, this, [this](int provisioned, int failed, int total, int eta) {
        QString text = tr("Provisioning: %1/%2 done, %3 failed").arg(provisioned).arg(total).arg(failed);
        if (eta >= 0 && provisioned + failed < total) {
            text += tr(", about %1 s left").arg(eta);
        }
        importProgress(text, provisioned + failed == total);
    });
    connect(job, &BulkImportJob::finished, this, [this, job, arguments](bool cancelled) {
        importFinished(job, arguments, cancelled);
    });
    job->prepare(bytes, QFileInfo(path).fileName(), journal);
}

bool SubscriberCommands::writeImportFiles(jobs::BulkImportJob* job, const CliArguments& arguments)
{
    const QList<jobs::ImportOutcome> outcomes = job->outcomes();
    QString error;
    if (arguments.has(QStringLiteral("report"))
        && !jobs::ImportReport::write(arguments.value(QStringLiteral("report")), outcomes, &error)) {
        m_context.out->error(error);
        return false;
    }
    if (arguments.has(QStringLiteral("rejected"))
        && !jobs::ImportReport::writeRejected(
            arguments.value(QStringLiteral("rejected")), job->file(), outcomes, &error)) {
        m_context.out->error(error);
        return false;
    }
    return true;
}

void SubscriberCommands::importPrepared(jobs::BulkImportJob* job, const CliArguments& arguments)
{
    const auto counts = job->counts();
    if (job->isResumed()) {
        m_context.out->progress(tr("Resuming: %1 of %2 rows already provisioned; %3 were in flight when the import "
                                   "stopped and are looked up before they are sent again.")
                                    .arg(counts.provisioned)
                                    .arg(counts.total)
                                    .arg(job->interruptedRows()));
    }
    // Rows that will not be sent, each with where and why.
    const QList<jobs::ImportOutcome> outcomes = job->outcomes();
    int shown = 0;
    int unsent = 0;
    for (const jobs::ImportOutcome& outcome : outcomes) {
        const bool rejected = outcome.outcome == jobs::ImportOutcome::Kind::Rejected;
        const bool failed = outcome.outcome == jobs::ImportOutcome::Kind::Failed;
        if (!rejected && !failed) {
            continue;
        }
        ++unsent;
        if (++shown <= 50 && !m_context.out->isJson()) {
            QString text = outcome.message.contains(tr("line %1").arg(outcome.line))
                ? outcome.message
                : tr("line %1: %2").arg(outcome.line).arg(outcome.message);
            if (!outcome.errorCode.isEmpty() && outcome.httpStatus > 0) {
                text += tr(" (code %1)").arg(outcome.errorCode);
            }
            if (!outcome.trackingId.isEmpty()) {
                text += tr(" [tracking ID %1]").arg(outcome.trackingId);
            }
            m_context.out->error(text);
        }
    }
    if (shown > 50 && !m_context.out->isJson()) {
        m_context.out->error(tr("… and %1 more; --report or --rejected lists them all.").arg(shown - 50));
    }

    const bool dryRun = arguments.has(QStringLiteral("dry-run"));
    if (dryRun || (unsent > 0 && !arguments.has(QStringLiteral("skip-invalid")))) {
        const bool written = writeImportFiles(job, arguments);
        if (m_context.out->isJson()) {
            m_context.out->json(jobs::ImportReport::toJson(outcomes));
        }
        if (unsent == 0) {
            m_context.out->progress(
                tr("All %n row(s) passed the checks; nothing was sent (dry run).", nullptr, counts.total));
            done(written ? ExitOk : ExitApiFailure);
            return;
        }
        m_context.out->error(tr("%1 of %2 rows cannot be imported as they are; nothing more was sent. Fix them (add "
                                "--rejected FILE.csv for a copy with the reasons), or add --skip-invalid to import "
                                "the others.")
                                 .arg(unsent)
                                 .arg(counts.total));
        done(counts.rejected > 0 ? ExitUsage : ExitApiFailure);
        return;
    }
    job->provision();
}

void SubscriberCommands::importFinished(jobs::BulkImportJob* job, const CliArguments& arguments, bool cancelled)
{
    const QList<jobs::ImportOutcome> outcomes = job->outcomes();
    const bool written = writeImportFiles(job, arguments);
    const auto counts = job->counts();
    if (m_context.out->isJson()) {
        nlohmann::json document = jobs::ImportReport::toJson(outcomes);
        document["journal"] = job->journal().path().toStdString();
        m_context.out->json(document);
    } else {
        QList<QStringList> table;
        for (const jobs::ImportOutcome& o : outcomes) {
            if (o.outcome != jobs::ImportOutcome::Kind::Provisioned) {
                table.append(
                    { QString::number(o.line), o.email, o.outcomeName(), o.message, o.errorCode, o.trackingId });
            }
        }
        if (!table.isEmpty()) {
            m_context.out->table(
                { tr("LINE"), tr("EMAIL"), tr("OUTCOME"), tr("MESSAGE"), tr("CODE"), tr("TRACKING ID") }, table);
        }
        m_context.out->line(tr("%1 of %2 users provisioned (%3 waiting for the user to accept the move from a free "
                               "account); %4 failed, %5 unknown, %6 rejected, %7 not sent.")
                                .arg(counts.provisioned)
                                .arg(counts.total)
                                .arg(counts.pendingUserMigration)
                                .arg(counts.failed)
                                .arg(counts.unknown)
                                .arg(counts.rejected)
                                .arg(counts.pending));
    }
    if (cancelled) {
        m_context.out->error(tr("The import was cancelled; run it again with --resume to continue."));
    }
    const bool complete = counts.provisioned == counts.total;
    done(complete && written && !cancelled ? ExitOk : ExitApiFailure);
}

} // namespace onboarder::cli
