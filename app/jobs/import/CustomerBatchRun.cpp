#include "jobs/import/CustomerBatchRun.h"

#include "api/ApiError.h"
#include "api/ProvisioningPoller.h"
#include "api/WholesaleClient.h"
#include "jobs/import/BulkImportJob.h"
#include "jobs/import/CustomerLookUp.h"
#include "model/RuleIds.h"
#include "model/WholesaleJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace onboarder::jobs {

using api::ApiError;
using api::ApiResult;

namespace {

ImportOutcome::Kind outcomeOf(ImportJournal::State state)
{
    switch (state) {
    case ImportJournal::State::Pending:
        return ImportOutcome::Kind::Pending;
    case ImportJournal::State::Sending:
    case ImportJournal::State::Unknown:
        return ImportOutcome::Kind::Unknown;
    case ImportJournal::State::Provisioned:
        return ImportOutcome::Kind::Provisioned;
    case ImportJournal::State::Failed:
        return ImportOutcome::Kind::Failed;
    case ImportJournal::State::Rejected:
        return ImportOutcome::Kind::Rejected;
    }
    return ImportOutcome::Kind::Pending;
}

} // namespace

CustomerBatchRun::CustomerBatchRun(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

CustomerBatchRun::~CustomerBatchRun() = default;

void CustomerBatchRun::setOptions(const Options& options)
{
    m_options = options;
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_options.precheckAttempts = std::max(1, m_options.precheckAttempts);
    m_options.resume = m_options.resume || m_options.retryFailed;
}

CustomerBatchRun::Options CustomerBatchRun::options() const
{
    return m_options;
}

namespace {

// What a journal is bound to: both files, and the connection they are imported through.
QByteArray batchInput(const QByteArray& customersBytes, const QByteArray& usersBytes, const QString& scope)
{
    QByteArray input = customersBytes;
    input += QByteArrayLiteral("\0users\0");
    input += usersBytes;
    input += QByteArrayLiteral("\0scope\0");
    input += scope.toUtf8();
    return input;
}

} // namespace

QString CustomerBatchRun::defaultJournalPath(const QByteArray& customersBytes,
                                             const QByteArray& usersBytes,
                                             const QString& scope)
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/customer-imports");
    QDir().mkpath(folder);
    const QByteArray hash
        = QCryptographicHash::hash(batchInput(customersBytes, usersBytes, scope), QCryptographicHash::Sha256);
    return folder + QLatin1Char('/') + QString::fromLatin1(hash.toHex().left(32)) + QStringLiteral(".sqlite");
}

void CustomerBatchRun::prepare(const QByteArray& customersBytes,
                               const QString& customersFileName,
                               const QByteArray& usersBytes,
                               const QString& journalPath)
{
    if (m_phase != Phase::Idle) {
        return;
    }
    m_phase = Phase::Preparing;
    emit phaseChanged(m_phase);
    m_journalPath = journalPath;
    m_fileName = customersFileName;
    fetchTemplatesThenRead(customersBytes, usersBytes);
}

void CustomerBatchRun::fetchTemplatesThenRead(const QByteArray& customersBytes, const QByteArray& usersBytes)
{
    // The sandbox serves its templates; real Webex has no template API and answers 404, leaving the library's.
    m_client->listSandboxTemplates(
        this, [this, customersBytes, usersBytes](const ApiResult<QList<model::OnboardingTemplate>>& result) {
            if (result.ok()) {
                for (const model::OnboardingTemplate& t : *result.value) {
                    const bool known = std::any_of(m_options.templates.cbegin(),
                                                   m_options.templates.cend(),
                                                   [&](const auto& o) { return o.provisioningId == t.provisioningId; });
                    if (!known && !t.provisioningId.isEmpty()) {
                        m_options.templates.append({ t.name, t.provisioningId, t.countryCode });
                    }
                }
            } else if (SubscriberBatch::stopsTheRun(*result.error)) {
                fail(FailureKind::Api, result.error->toSupportText());
                return;
            }
            readFiles(customersBytes, usersBytes);
        });
}

void CustomerBatchRun::readFiles(const QByteArray& customersBytes, const QByteArray& usersBytes)
{
    CustomerImportFile::Options options;
    options.templates = m_options.templates;
    options.defaultLocationName = tr("Headquarters");
    m_customers = CustomerImportFile::read(customersBytes, options);
    if (!m_customers.isUsable()) {
        fail(FailureKind::Input, ImportProblem::joined(m_customers.fileProblems));
        return;
    }
    if (!usersBytes.isEmpty()) {
        QHash<QString, model::Customer> byExternalId;
        for (const CustomerImportRow& row : std::as_const(m_customers.rows)) {
            if (!row.customer.externalId.isEmpty() && !byExternalId.contains(row.customer.externalId)) {
                byExternalId.insert(row.customer.externalId, row.customer);
            }
        }
        m_users = CustomerUsersFile::read(usersBytes, byExternalId);
        if (!m_users.isUsable()) {
            fail(FailureKind::Input, ImportProblem::joined(m_users.fileProblems));
            return;
        }
    }
    const QByteArray input = batchInput(customersBytes, usersBytes, m_options.scope);
    if (!openJournal(ImportJournal::inputHash(input, QStringLiteral("customers")), m_journalPath)) {
        return;
    }
    // Rows to check with the server: those not sent yet and not checked by an earlier run.
    for (const ImportJournal::Entry& entry : m_journal.entries()) {
        if (entry.state == State::Pending && !entry.prechecked) {
            m_step.insert(entry.index, Step::Exists);
            m_queue.push_back(entry.index);
        }
    }
    m_checksTotal = static_cast<int>(m_queue.size());
    emit checkProgress(0, m_checksTotal);
    checkNext();
}

bool CustomerBatchRun::openJournal(const QByteArray& inputHash, const QString& journalPath)
{
    QString error;
    if (!m_journal.open(journalPath, &error)) {
        fail(FailureKind::Journal, error);
        return false;
    }
    ImportJournal::Binding wanted;
    wanted.inputHash = inputHash;
    wanted.fileName = m_fileName;
    // The journal names the customer its users belong to; a batch has many, named in its rows.
    wanted.customerId = QStringLiteral("(batch)");
    wanted.rowCount = static_cast<int>(m_customers.rows.size());
    if (m_journal.binding()) {
        if (!m_journal.bind(wanted, &error)) {
            fail(FailureKind::Journal, error);
            return false;
        }
        if (m_journal.sentCount() > 0 && !m_options.resume) {
            fail(FailureKind::Journal,
                 tr("This batch was started before: its journal %1 records customers already sent.")
                     .arg(m_journal.path()));
            return false;
        }
        m_resumed = m_journal.sentCount() > 0;
        if (m_options.retryFailed) {
            m_journal.resetFailed();
        }
        m_interrupted = m_journal.recoverInterrupted();
    } else {
        if (!m_journal.bind(wanted, &error)) {
            fail(FailureKind::Journal, error);
            return false;
        }
        QList<ImportJournal::Entry> entries;
        for (const CustomerImportRow& row : std::as_const(m_customers.rows)) {
            ImportJournal::Entry entry;
            entry.index = row.index;
            entry.line = row.line;
            entry.email = row.customer.externalId;
            entries.append(entry);
        }
        if (!m_journal.addEntries(entries, &error)) {
            fail(FailureKind::Journal, error);
            return false;
        }
    }
    // The files' own verdicts, anew on every run: a row fixed in the file is a new input, a new journal.
    for (const CustomerImportRow& row : std::as_const(m_customers.rows)) {
        const auto entry = m_journal.entry(row.index);
        if (entry && entry->state == State::Pending && !row.isValid()) {
            ImportJournal::Entry details;
            details.message = ImportProblem::joined(row.problems);
            details.errorCode = row.problems.constFirst().ruleId;
            if (!move(row.index, State::Rejected, details)) {
                return false;
            }
        }
    }
    return true;
}

void CustomerBatchRun::checkNext()
{
    if (m_ended) {
        return;
    }
    while (!m_cancelled && m_inFlight < m_options.concurrency && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        if (m_step.value(index) == Step::Exists) {
            checkExists(index);
        } else {
            precheck(index);
        }
    }
    if (m_inFlight == 0 && (m_queue.empty() || m_cancelled)) {
        m_phase = m_cancelled ? Phase::Finished : Phase::Prepared;
        emit phaseChanged(m_phase);
        if (m_cancelled) {
            m_ended = true;
            emit finished(true);
        } else {
            emit prepared();
        }
    }
}

// A customer whose external ID exists would be refused with 409: said before anything is sent.
void CustomerBatchRun::checkExists(int index)
{
    const model::Customer customer = m_customers.rows.at(index).customer;
    CustomerLookUp::lookUp(m_client, customer, this, [this, index](const CustomerLookUp::Result& found) {
        --m_inFlight;
        if (m_ended) {
            return;
        }
        switch (found.verdict) {
        case CustomerLookUp::Verdict::Exists: {
            ImportJournal::Entry details;
            details.message
                = tr("A customer with the external ID \"%1\" exists already.").arg(found.customer.externalId);
            details.errorCode = QString(model::RuleIds::kCustomerExternalIdExists);
            details.trackingId = found.trackingId;
            if (move(index, State::Rejected, details)) {
                checked(index);
            }
            return;
        }
        case CustomerLookUp::Verdict::Absent:
            m_step.insert(index, Step::Precheck);
            m_queue.push_front(index);
            checkNext();
            return;
        case CustomerLookUp::Verdict::StillUnknown:
            break;
        }
        const ApiError error = found.error.value_or(ApiError {});
        if (SubscriberBatch::stopsTheRun(error)) {
            fail(FailureKind::Api, error.toSupportText());
            return;
        }
        if (checkAgainLater(index, error)) {
            return;
        }
        if (move(index, State::Failed, SubscriberBatch::detailsOf(error))) {
            checked(index);
        }
    });
}

void CustomerBatchRun::precheck(int index)
{
    const model::Customer customer = m_customers.rows.at(index).customer;
    m_client->precheckCustomer(customer, this, [this, index](const ApiResult<model::PrecheckResult>& result) {
        --m_inFlight;
        if (m_ended) {
            return;
        }
        if (result.ok()) {
            if (result.value->isSuccess()) {
                QString error;
                if (!m_journal.setPrechecked(index, true, &error)) {
                    fail(FailureKind::Journal, error);
                    return;
                }
                checked(index);
                return;
            }
            const auto& info = result.value->info;
            ImportJournal::Entry details;
            details.message = info.isEmpty() ? result.value->message : info.constFirst().description;
            details.errorCode = info.isEmpty() ? QString() : info.constFirst().infoCode;
            details.trackingId = result.trackingId;
            if (move(index, State::Rejected, details)) {
                checked(index);
            }
            return;
        }
        const ApiError& error = *result.error;
        if (SubscriberBatch::stopsTheRun(error)) {
            fail(FailureKind::Api, error.toSupportText());
            return;
        }
        if (checkAgainLater(index, error)) {
            return;
        }
        // A refusal the create would repeat (a 4xx) rejects the row; a server that keeps failing leaves it failed.
        if (move(index, error.isTransient() ? State::Failed : State::Rejected, SubscriberBatch::detailsOf(error))) {
            checked(index);
        }
    });
}

bool CustomerBatchRun::checkAgainLater(int index, const ApiError& error)
{
    if (!error.isTransient() || ++m_tries[index] >= m_options.precheckAttempts) {
        return false;
    }
    // Counted in flight while it waits, so the preparation does not end under it.
    ++m_inFlight;
    QTimer::singleShot(m_options.retryDelay * m_tries.value(index), this, [this, index] {
        --m_inFlight;
        m_queue.push_front(index);
        checkNext();
    });
    return true;
}

void CustomerBatchRun::checked(int index)
{
    m_step.remove(index);
    ++m_checksDone;
    emit checkProgress(m_checksDone, m_checksTotal);
    emit customerChanged(index);
    checkNext();
}

bool CustomerBatchRun::move(int index, State to, ImportJournal::Entry details)
{
    const auto current = m_journal.entry(index);
    if (!current) {
        fail(FailureKind::Journal, m_journal.lastError());
        return false;
    }
    ImportJournal::Entry entry = *current;
    entry.subscriberId = details.subscriberId.isEmpty() ? entry.subscriberId : details.subscriberId;
    entry.status = details.status.isEmpty() ? entry.status : details.status;
    entry.httpStatus = details.httpStatus;
    entry.errorCode = details.errorCode;
    entry.message = details.message;
    entry.trackingId = details.trackingId;
    QString error;
    if (!m_journal.transition(entry, to, &error)) {
        fail(FailureKind::Journal, error);
        return false;
    }
    return true;
}

void CustomerBatchRun::start()
{
    if (m_phase != Phase::Prepared) {
        return;
    }
    m_phase = Phase::Running;
    emit phaseChanged(m_phase);
    m_tries.clear();
    m_queue.clear();
    for (const ImportJournal::Entry& entry : m_journal.entries()) {
        const bool waiting = entry.state == State::Pending && entry.prechecked;
        if (waiting || entry.state == State::Unknown || entry.state == State::Provisioned) {
            m_queue.push_back(entry.index);
        } else if (entry.state == State::Rejected || entry.state == State::Failed) {
            notSentUsers(entry.index, tr("Not sent: customer \"%1\" was not created.").arg(entry.email));
        }
    }
    runNext();
}

void CustomerBatchRun::runNext()
{
    if (m_ended) {
        return;
    }
    while (!m_cancelled && m_inFlight < m_options.concurrency && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        advance(index);
    }
    maybeFinish();
}

void CustomerBatchRun::advance(int index)
{
    // A stopped run starts nothing new for a customer; what is on its way is recorded when it lands.
    if (m_cancelled) {
        customerDone(index);
        return;
    }
    const auto entry = m_journal.entry(index);
    if (!entry) {
        fail(FailureKind::Journal, m_journal.lastError());
        return;
    }
    switch (entry->state) {
    case State::Pending:
        create(index);
        return;
    case State::Failed:
        // A transient failure given another go within this run: nothing was created.
        if (move(index, State::Pending, {})) {
            create(index);
        }
        return;
    case State::Unknown:
        lookUpThenCreate(index);
        return;
    case State::Provisioned:
        follow(index);
        return;
    case State::Sending:
    case State::Rejected:
        customerDone(index);
        return;
    }
}

void CustomerBatchRun::create(int index)
{
    if (!move(index, State::Sending, {})) {
        return;
    }
    emit customerChanged(index);
    const model::Customer customer = m_customers.rows.at(index).customer;
    CustomerLookUp::create(m_client, customer, this, [this, index](const ApiResult<CustomerLookUp::Created>& result) {
        if (m_ended) {
            return;
        }
        if (!result.ok()) {
            createFailed(index, *result.error);
            return;
        }
        ImportJournal::Entry details;
        details.subscriberId = result.value->id;
        details.status = QStringLiteral("provisioning");
        details.trackingId = result.trackingId;
        if (move(index, State::Provisioned, details)) {
            follow(index);
        }
    });
}

void CustomerBatchRun::lookUpThenCreate(int index)
{
    const model::Customer customer = m_customers.rows.at(index).customer;
    CustomerLookUp::lookUp(m_client, customer, this, [this, index](const CustomerLookUp::Result& found) {
        if (m_ended) {
            return;
        }
        switch (found.verdict) {
        case CustomerLookUp::Verdict::Exists: {
            ImportJournal::Entry details;
            details.subscriberId = found.customer.id;
            details.status = found.customer.status.toWire();
            details.trackingId = found.trackingId;
            if (move(index, State::Provisioned, details)) {
                follow(index);
            }
            return;
        }
        case CustomerLookUp::Verdict::Absent:
            create(index);
            return;
        case CustomerLookUp::Verdict::StillUnknown:
            createFailed(index, found.error.value_or(ApiError {}));
            return;
        }
    });
}

void CustomerBatchRun::createFailed(int index, const ApiError& error)
{
    if (SubscriberBatch::stopsTheRun(error)) {
        move(index, State::Unknown, SubscriberBatch::detailsOf(error));
        fail(FailureKind::Api, error.toSupportText());
        return;
    }
    // After an answer that may hide a create, the customer is looked up before anything is sent again.
    const State to = error.isAmbiguous() ? State::Unknown : State::Failed;
    if (!move(index, to, SubscriberBatch::detailsOf(error))) {
        return;
    }
    if (error.isTransient()) {
        retryLater(index);
        return;
    }
    notSentUsers(index, tr("Not sent: the customer was not created (%1).").arg(error.message));
    customerDone(index);
}

void CustomerBatchRun::retryLater(int index)
{
    const int tries = ++m_tries[index];
    if (tries >= m_options.maxAttempts || m_cancelled) {
        notSentUsers(index, tr("Not sent: whether the customer exists is not settled yet; run the import again."));
        customerDone(index);
        return;
    }
    QTimer::singleShot(m_options.retryDelay * tries, this, [this, index] {
        if (!m_ended) {
            advance(index);
        }
    });
}

void CustomerBatchRun::follow(int index)
{
    if (m_cancelled) {
        customerDone(index);
        return;
    }
    const auto entry = m_journal.entry(index);
    auto* poller = new api::ProvisioningPoller(m_client->session(), m_client->customerUrl(entry->subscriberId), this);
    poller->setInitialInterval(m_options.pollInterval);
    poller->setMaxInterval(m_options.maxPollInterval);
    poller->setTimeLimit(m_options.provisioningTimeLimit);
    auto lastSeen = std::make_shared<nlohmann::json>();
    connect(poller,
            &api::ProvisioningPoller::statusChanged,
            this,
            [this, index, lastSeen](const QString& status, const nlohmann::json& customer) {
                *lastSeen = customer;
                m_outcomes[index].status = status;
                emit customerChanged(index);
            });
    connect(
        poller,
        &api::ProvisioningPoller::finished,
        this,
        [this, index, poller, lastSeen](
            api::ProvisioningPoller::Outcome outcome, const QString& status, const std::optional<ApiError>& error) {
            poller->deleteLater();
            m_pollers.remove(index);
            if (m_ended) {
                return;
            }
            CustomerOutcome& known = m_outcomes[index];
            known.status = status;
            if (outcome == api::ProvisioningPoller::Outcome::Gone) {
                known.message = tr("This batch created the customer, but it no longer exists: it was deleted since.");
                notSentUsers(index, tr("Not sent: the customer no longer exists."));
                customerDone(index);
                return;
            }
            if (outcome != api::ProvisioningPoller::Outcome::Terminal) {
                known.message = error ? error->message
                                      : tr("The customer was still provisioning when the run stopped following it.");
                notSentUsers(index, tr("Not sent: the customer has not finished provisioning; run the import again."));
                customerDone(index);
                return;
            }
            const auto parsed = model::WholesaleJson::customerFromJson(*lastSeen);
            if (parsed.ok()) {
                // A package that failed carries its reason as an error, or as a warning (maintenance).
                for (const model::PackageDetail& package : parsed.value->packageDetails) {
                    for (const model::ErrorDetail& e : package.errors + package.warnings) {
                        known.packageErrors.append(QStringLiteral("%1: %2").arg(package.name, e.description));
                    }
                }
                for (const model::ErrorDetail& e : parsed.value->errors) {
                    known.packageErrors.append(e.description);
                }
            }
            if (status == QLatin1String("error")) {
                notSentUsers(index, tr("Not sent: the customer's provisioning ended in error."));
                customerDone(index);
                return;
            }
            addUsers(index);
        });
    m_pollers.insert(index, poller);
    poller->start();
}

void CustomerBatchRun::addUsers(int index)
{
    if (m_cancelled) {
        notSentUsers(index, tr("Not sent: the import was stopped."));
        customerDone(index);
        return;
    }
    const auto entry = m_journal.entry(index);
    const QString externalId = entry->email;
    if (m_users.rowsOf(externalId).isEmpty()) {
        customerDone(index);
        return;
    }
    auto* job = new BulkImportJob(m_client, this);
    BulkImportJob::Options options;
    options.customerId = entry->subscriberId;
    options.concurrency = m_options.userConcurrency;
    options.resume = true; // the batch's journal decides whether this run may continue; the users' follows it
    options.retryFailed = m_options.retryFailed;
    options.maxAttempts = m_options.maxAttempts;
    options.precheckAttempts = m_options.precheckAttempts;
    options.retryDelay = m_options.retryDelay;
    job->setOptions(options);
    m_jobs.insert(index, job);
    auto collect = [this, index, job, externalId] {
        QList<UserOutcome> outcomes;
        for (ImportOutcome row : job->outcomes()) {
            const int source = m_users.sourceRow(externalId, row.index);
            if (source < 0) {
                continue;
            }
            row.index = source;
            row.line = m_users.rows.at(source).line;
            outcomes.append({ externalId, row });
        }
        m_userOutcomes.insert(index, outcomes);
    };
    connect(job, &BulkImportJob::prepared, this, [this, job, index] {
        if (m_cancelled) {
            job->cancel();
            return;
        }
        emit customerChanged(index);
        job->provision();
    });
    connect(job, &BulkImportJob::progress, this, [this, index] { emit customerChanged(index); });
    connect(job, &BulkImportJob::finished, this, [this, index, job, collect](bool) {
        collect();
        m_jobs.remove(index);
        job->deleteLater();
        customerDone(index);
    });
    connect(job, &BulkImportJob::failed, this, [this, index, job, collect](FailureKind, const QString& message) {
        collect();
        m_outcomes[index].usersNote = message;
        m_jobs.remove(index);
        job->deleteLater();
        customerDone(index);
    });
    const QString usersJournal = m_journalPath == QLatin1String(":memory:")
        ? m_journalPath
        : QFileInfo(m_journalPath).path() + QLatin1Char('/') + QFileInfo(m_journalPath).completeBaseName()
            + QStringLiteral("-users-%1.sqlite").arg(index + 1);
    job->prepare(m_users.fileOf(externalId), tr("users of %1").arg(externalId), usersJournal);
}

void CustomerBatchRun::notSentUsers(int index, const QString& reason)
{
    m_outcomes[index].usersNote = reason;
}

void CustomerBatchRun::customerDone(int index)
{
    --m_inFlight;
    emit customerChanged(index);
    const int failed
        = m_journal.count(State::Failed) + m_journal.count(State::Rejected) + m_journal.count(State::Unknown);
    emit progress(m_journal.count(State::Provisioned), failed, m_journal.size());
    runNext();
}

void CustomerBatchRun::maybeFinish()
{
    if (m_phase != Phase::Running || m_ended || m_inFlight > 0 || (!m_queue.empty() && !m_cancelled)) {
        return;
    }
    m_ended = true;
    m_phase = Phase::Finished;
    emit phaseChanged(m_phase);
    emit finished(m_cancelled);
}

void CustomerBatchRun::cancel()
{
    if (m_ended || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (m_phase == Phase::Prepared) {
        m_ended = true;
        m_phase = Phase::Finished;
        emit phaseChanged(m_phase);
        emit finished(true);
        return;
    }
    for (const QPointer<BulkImportJob>& job : std::as_const(m_jobs)) {
        if (job) {
            job->cancel();
        }
    }
    for (const QPointer<api::ProvisioningPoller>& poller : std::as_const(m_pollers)) {
        if (poller) {
            poller->cancel();
        }
    }
    maybeFinish();
}

void CustomerBatchRun::fail(FailureKind kind, const QString& message)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    for (const QPointer<BulkImportJob>& job : std::as_const(m_jobs)) {
        if (job) {
            job->cancel();
        }
    }
    for (const QPointer<api::ProvisioningPoller>& poller : std::as_const(m_pollers)) {
        if (poller) {
            poller->cancel();
        }
    }
    m_phase = Phase::Failed;
    emit phaseChanged(m_phase);
    emit failed(kind, message);
}

CustomerBatchRun::Phase CustomerBatchRun::phase() const
{
    return m_phase;
}

const CustomerImportFile& CustomerBatchRun::customers() const
{
    return m_customers;
}

const CustomerUsersFile& CustomerBatchRun::users() const
{
    return m_users;
}

const ImportJournal& CustomerBatchRun::journal() const
{
    return m_journal;
}

bool CustomerBatchRun::isResumed() const
{
    return m_resumed;
}

int CustomerBatchRun::interruptedCustomers() const
{
    return m_interrupted;
}

CustomerBatchRun::CustomerOutcome CustomerBatchRun::customerOutcome(int index) const
{
    CustomerOutcome outcome = m_outcomes.value(index);
    const CustomerImportRow& row = m_customers.rows.at(index);
    outcome.index = index;
    outcome.line = row.line;
    outcome.externalId = row.customer.externalId;
    outcome.companyName = row.customer.customerInfo.name;
    outcome.users = static_cast<int>(m_users.rowsOf(row.customer.externalId).size());
    const auto entry = m_journal.isOpen() ? m_journal.entry(index) : std::nullopt;
    if (entry) {
        outcome.outcome = outcomeOf(entry->state);
        outcome.customerId = entry->subscriberId;
        if (outcome.status.isEmpty()) {
            outcome.status = entry->status;
        }
        outcome.httpStatus = entry->httpStatus;
        outcome.errorCode = entry->errorCode;
        if (outcome.message.isEmpty()) {
            outcome.message = entry->message;
        }
        outcome.trackingId = entry->trackingId;
    } else if (!row.isValid()) {
        outcome.outcome = ImportOutcome::Kind::Rejected;
        outcome.message = ImportProblem::joined(row.problems);
    }
    for (const UserOutcome& user : m_userOutcomes.value(index)) {
        if (user.row.outcome == ImportOutcome::Kind::Provisioned) {
            ++outcome.usersProvisioned;
        } else {
            ++outcome.usersNotProvisioned;
        }
    }
    return outcome;
}

QList<CustomerBatchRun::CustomerOutcome> CustomerBatchRun::customerOutcomes() const
{
    QList<CustomerOutcome> outcomes;
    for (const CustomerImportRow& row : m_customers.rows) {
        outcomes.append(customerOutcome(row.index));
    }
    return outcomes;
}

QList<CustomerBatchRun::UserOutcome> CustomerBatchRun::userOutcomes() const
{
    // Rows a users run reported, and the others with why they were not sent.
    QHash<int, UserOutcome> bySource;
    QHash<QString, int> customerIndex;
    for (const CustomerImportRow& row : m_customers.rows) {
        customerIndex.insert(row.customer.externalId.toCaseFolded(), row.index);
        for (const UserOutcome& user : m_userOutcomes.value(row.index)) {
            bySource.insert(user.row.index, user);
        }
    }
    QList<UserOutcome> outcomes;
    for (const CustomerUsersFile::Row& row : m_users.rows) {
        if (bySource.contains(row.index)) {
            outcomes.append(bySource.value(row.index));
            continue;
        }
        UserOutcome user;
        user.externalId = row.externalId;
        user.row.index = row.index;
        user.row.line = row.line;
        user.row.email = row.email;
        if (!row.problems.isEmpty()) {
            user.row.outcome = ImportOutcome::Kind::Rejected;
            user.row.message = ImportProblem::joined(row.problems);
            user.row.errorCode = row.problems.constFirst().ruleId;
        } else {
            const int customer = customerIndex.value(row.externalId.toCaseFolded(), -1);
            user.row.message = customer >= 0 ? m_outcomes.value(customer).usersNote : QString();
            if (user.row.message.isEmpty()) {
                user.row.message = tr("Not sent yet.");
            }
        }
        outcomes.append(user);
    }
    return outcomes;
}

int CustomerBatchRun::unsendableCustomers() const
{
    int count = 0;
    for (const CustomerImportRow& row : m_customers.rows) {
        const auto entry = m_journal.isOpen() ? m_journal.entry(row.index) : std::nullopt;
        const bool refused = entry ? entry->state == State::Rejected || entry->state == State::Failed : !row.isValid();
        count += refused ? 1 : 0;
    }
    return count;
}

int CustomerBatchRun::rejectedUsers() const
{
    int count = 0;
    for (const UserOutcome& user : userOutcomes()) {
        count += user.row.outcome == ImportOutcome::Kind::Rejected ? 1 : 0;
    }
    return count;
}

} // namespace onboarder::jobs
