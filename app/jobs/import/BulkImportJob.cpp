#include "jobs/import/BulkImportJob.h"

#include "api/WholesaleClient.h"
#include "jobs/import/SubscriberLookUp.h"
#include "model/PackageCatalog.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImport, "onboarder.jobs.import")

namespace onboarder::jobs {

using api::ApiError;
using api::ApiResult;
using State = ImportJournal::State;

namespace {

ImportJournal::Entry detailsOf(const ApiError& error)
{
    ImportJournal::Entry details;
    details.httpStatus = error.httpStatus;
    details.errorCode = error.firstErrorCode();
    details.message = error.message;
    details.trackingId = error.trackingId;
    return details;
}

QString problemsText(const QList<ImportProblem>& problems)
{
    QStringList texts;
    for (const ImportProblem& problem : problems) {
        texts.append(problem.toText());
    }
    return texts.join(QStringLiteral("; "));
}

ImportJournal::Entry foundDetails(const SubscriberLookUp::Result& found)
{
    ImportJournal::Entry details;
    details.subscriberId = found.subscriber.id;
    details.status = found.subscriber.status.toWire();
    details.trackingId = found.trackingId;
    details.message = BulkImportJob::tr("Found by email: an earlier request had created this user.");
    return details;
}

ImportOutcome::Kind kindOf(ImportJournal::State state)
{
    switch (state) {
    case State::Pending:
        return ImportOutcome::Kind::Pending;
    case State::Provisioned:
        return ImportOutcome::Kind::Provisioned;
    case State::Failed:
        return ImportOutcome::Kind::Failed;
    case State::Sending:
    case State::Unknown:
        return ImportOutcome::Kind::Unknown;
    case State::Rejected:
        return ImportOutcome::Kind::Rejected;
    }
    return ImportOutcome::Kind::Pending;
}

bool isFatal(const ApiError& error)
{
    return error.kind == ApiError::Kind::Configuration || error.kind == ApiError::Kind::Tls
        || (error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403));
}

} // namespace

BulkImportJob::BulkImportJob(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

BulkImportJob::~BulkImportJob() = default;

void BulkImportJob::setOptions(const Options& options)
{
    m_options = options;
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 32);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_options.precheckAttempts = std::max(1, m_options.precheckAttempts);
}

BulkImportJob::Options BulkImportJob::options() const
{
    return m_options;
}

QString BulkImportJob::journalFolder()
{
    const QString folder
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("imports"));
    QDir().mkpath(folder);
    return folder;
}

QString BulkImportJob::defaultJournalPath(const QByteArray& fileBytes, const QString& customerId)
{
    const QString name = QString::fromLatin1(ImportJournal::inputHash(fileBytes, customerId).left(24));
    return QDir(journalFolder()).filePath(name + QStringLiteral(".sqlite"));
}

BulkImportJob::Phase BulkImportJob::phase() const
{
    return m_phase;
}

bool BulkImportJob::isCancelled() const
{
    return m_cancelled;
}

const SubscriberImportFile& BulkImportJob::file() const
{
    return m_file;
}

const ImportJournal& BulkImportJob::journal() const
{
    return m_journal;
}

int BulkImportJob::interruptedRows() const
{
    return m_interrupted;
}

bool BulkImportJob::isResumed() const
{
    return m_resumed;
}

void BulkImportJob::setPhase(Phase phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        emit phaseChanged(phase);
    }
}

void BulkImportJob::fail(FailureKind kind, const QString& message)
{
    if (m_aborted) {
        return;
    }
    m_aborted = true;
    m_queue.clear();
    setPhase(Phase::Failed);
    qCInfo(lcImport).noquote() << "import stopped:" << message;
    // Queued, so a caller that connects after prepare() returns still hears about it.
    QMetaObject::invokeMethod(
        this, [this, kind, message] { emit failed(kind, message); }, Qt::QueuedConnection);
}

// Preparing ------------------------------------------------------------------------------------------------------

void BulkImportJob::prepare(const QByteArray& fileBytes, const QString& fileName, const QString& journalPath)
{
    m_fileBytes = fileBytes;
    m_fileName = fileName;
    m_typedRows.reset();
    start(ImportJournal::inputHash(fileBytes, m_options.customerId), journalPath);
}

void BulkImportJob::prepare(const QList<model::Subscriber>& rows, const QString& journalPath)
{
    m_fileBytes.clear();
    m_fileName = tr("users table");
    m_typedRows = rows;
    // The rows as the run store keeps them: the same rows find the same journal, also from the stored file.
    start(ImportJournal::inputHash(SubscriberImportFile::write(rows), m_options.customerId), journalPath);
}

void BulkImportJob::start(const QByteArray& inputHash, const QString& journalPath)
{
    if (m_phase != Phase::Idle) {
        return;
    }
    m_inputHash = inputHash;
    setPhase(Phase::Preparing);
    if (!m_client) {
        fail(FailureKind::Api, tr("No connection."));
        return;
    }
    if (m_options.customerId.trimmed().isEmpty()) {
        fail(FailureKind::Input, tr("Choose the customer the users are imported into."));
        return;
    }
    QString error;
    if (!m_journal.open(journalPath, &error)) {
        fail(FailureKind::Journal, error);
        return;
    }
    if (m_journal.binding()) {
        ImportJournal::Binding wanted;
        wanted.inputHash = m_inputHash;
        if (!m_journal.bind(wanted, &error)) {
            fail(FailureKind::Journal, error);
            return;
        }
        // A journal that only recorded checks holds nothing to protect: the import simply starts again.
        if (m_journal.sentCount() > 0 && !m_options.resume && !m_options.retryFailed) {
            const auto binding = m_journal.binding();
            fail(FailureKind::Journal,
                 tr("This file was already imported for this customer (started %1; journal %2). Resume that import, "
                    "or retry its failed rows; nothing was sent.")
                     .arg(binding->created, m_journal.path()));
            return;
        }
    }
    loadCustomer();
}

void BulkImportJob::loadCustomer()
{
    m_client->getCustomer(m_options.customerId, this, [this](const ApiResult<model::Customer>& result) {
        if (m_cancelled) {
            setPhase(Phase::Finished);
            emit finished(true);
            return;
        }
        if (!result.ok()) {
            fail(FailureKind::Api,
                 tr("The customer %1 cannot be read:\n%2").arg(m_options.customerId, result.error->toSupportText()));
            return;
        }
        const model::Customer& customer = *result.value;
        const auto status = customer.status.value();
        if (status != model::CustomerStatus::Provisioned && status != model::CustomerStatus::ProvisionedWithErrors) {
            fail(FailureKind::Input,
                 tr("The customer is %1: users can be added once it is provisioned.")
                     .arg(customer.status.displayName()));
            return;
        }
        readFile(customer);
    });
}

void BulkImportJob::readFile(const model::Customer& customer)
{
    SubscriberImportFile::Options options;
    options.customerId = m_options.customerId;
    options.defaultRegion = customer.address.country;
    options.defaultPackage = m_options.defaultPackage;
    options.acceptSuggestedPhoneNumbers = m_options.acceptSuggestedPhoneNumbers;
    m_file = m_typedRows ? SubscriberImportFile::fromSubscribers(*m_typedRows, options)
                         : SubscriberImportFile::read(m_fileBytes, options);
    if (!m_file.isUsable()) {
        fail(FailureKind::Input, problemsText(m_file.fileProblems));
        return;
    }
    model::SubscriberBatchRules::Context context = m_file.baseContext();
    context.packages = model::SubscriberBatchRules::userPackages(customer.packages);
    const bool needsLocations = std::any_of(m_file.rows.cbegin(), m_file.rows.cend(), [](const ImportRow& row) {
        return !row.locationName.isEmpty() || model::PackageCatalog::includesCalling(row.subscriber.effectivePackage());
    });
    if (!needsLocations) {
        m_file.check(context);
        record();
        return;
    }
    m_client->listLocations(
        customer.orgId, this, [this, context](const ApiResult<QList<model::Location>>& result) mutable {
            if (!result.ok()) {
                fail(FailureKind::Api,
                     tr("The customer's locations cannot be read:\n%1").arg(result.error->toSupportText()));
                return;
            }
            m_file.resolveLocationNames(*result.value);
            context.locations = *result.value;
            m_file.check(context);
            record();
        });
}

void BulkImportJob::record()
{
    QString error;
    if (!m_journal.binding()) {
        ImportJournal::Binding binding;
        binding.inputHash = m_inputHash;
        binding.customerId = m_options.customerId;
        binding.fileName = m_fileName;
        binding.rowCount = static_cast<int>(m_file.rows.size());
        if (!m_journal.bind(binding, &error)) {
            fail(FailureKind::Journal, error);
            return;
        }
    }
    if (m_journal.size() == 0) {
        QList<ImportJournal::Entry> entries;
        for (const ImportRow& row : m_file.rows) {
            ImportJournal::Entry entry;
            entry.index = row.index;
            entry.line = row.line;
            entry.email = row.subscriber.email;
            entry.state = row.isValid() ? State::Pending : State::Rejected;
            if (!row.isValid()) {
                entry.message = problemsText(row.problems);
                entry.errorCode = row.problems.constFirst().ruleId;
            }
            entries.append(entry);
        }
        if (!m_journal.addEntries(entries, &error)) {
            fail(FailureKind::Journal, error);
            return;
        }
    } else {
        m_resumed = m_journal.sentCount() > 0;
        if (m_journal.size() != m_file.rows.size()) {
            fail(FailureKind::Journal,
                 tr("The import journal %1 has %2 rows but the file has %3.")
                     .arg(m_journal.path())
                     .arg(m_journal.size())
                     .arg(m_file.rows.size()));
            return;
        }
        m_interrupted = m_journal.recoverInterrupted();
        // Without sends the earlier run only checked rows: everything is checked again.
        if (m_options.retryFailed || !m_resumed) {
            m_journal.resetFailed();
        }
        qCInfo(lcImport) << "resuming an import:" << m_interrupted << "rows were in flight";
        // Rows reset for another try are checked again like new ones.
        for (const ImportJournal::Entry& entry : m_journal.entries()) {
            if (entry.index < 0 || entry.index >= m_file.rows.size()) {
                fail(FailureKind::Journal,
                     tr("The import journal %1 is damaged: it names row %2.")
                         .arg(m_journal.path())
                         .arg(entry.index + 1));
                return;
            }
            const ImportRow& row = m_file.rows.at(entry.index);
            if (entry.state == State::Pending && !row.isValid()) {
                ImportJournal::Entry details = entry;
                details.message = problemsText(row.problems);
                details.errorCode = row.problems.constFirst().ruleId;
                if (!m_journal.transition(details, State::Rejected, &error)) {
                    fail(FailureKind::Journal, error);
                    return;
                }
            }
        }
    }
    m_entries.clear();
    for (const ImportJournal::Entry& entry : m_journal.entries()) {
        m_entries.insert(entry.index, entry);
        if (entry.state == State::Pending && !entry.prechecked) {
            m_queue.push_back(entry.index);
        }
    }
    std::sort(m_queue.begin(), m_queue.end());
    m_precheckTotal = static_cast<int>(m_queue.size());
    m_precheckDone = 0;
    emit precheckProgress(0, m_precheckTotal);
    precheckNext();
}

void BulkImportJob::precheckNext()
{
    while (m_inFlight < m_options.concurrency && !m_queue.empty() && !m_cancelled && !m_aborted) {
        const int index = m_queue.front();
        m_queue.pop_front();
        precheckRow(index);
    }
    maybeFinish();
}

void BulkImportJob::precheckRow(int index)
{
    ++m_inFlight;
    m_client->precheckSubscriber(
        m_file.rows.at(index).subscriber, this, [this, index](const ApiResult<model::PrecheckResult>& result) {
            --m_inFlight;
            if (m_aborted) {
                return;
            }
            if (result.ok()) {
                if (result.value->isSuccess()) {
                    QString error;
                    if (!m_journal.setPrechecked(index, true, &error)) {
                        fail(FailureKind::Journal, error);
                        return;
                    }
                    m_entries[index].prechecked = true;
                } else {
                    ImportJournal::Entry details;
                    details.message = result.value->info.isEmpty() ? result.value->message
                                                                   : result.value->info.constFirst().description;
                    details.errorCode
                        = result.value->info.isEmpty() ? QString() : result.value->info.constFirst().infoCode;
                    details.trackingId = result.trackingId;
                    if (!move(index, State::Rejected, details)) {
                        return;
                    }
                }
            } else {
                const ApiError& error = *result.error;
                if (isFatal(error)) {
                    fail(FailureKind::Api, error.toSupportText());
                    return;
                }
                if (error.isTransient()) {
                    const int attempt = ++m_attempts[index];
                    if (attempt < m_options.precheckAttempts && !m_cancelled) {
                        ++m_waitingRetries;
                        QTimer::singleShot(m_options.retryDelay * attempt, this, [this, index] {
                            --m_waitingRetries;
                            if (!m_cancelled && !m_aborted) {
                                m_queue.push_front(index);
                            }
                            precheckNext();
                        });
                        return;
                    }
                    ImportJournal::Entry details = detailsOf(error);
                    details.message
                        = tr("The precheck failed %n time(s); last: %1", nullptr, attempt).arg(error.message);
                    if (!move(index, State::Failed, details)) {
                        return;
                    }
                } else if (!move(index, State::Rejected, detailsOf(error))) {
                    return;
                }
            }
            ++m_precheckDone;
            emit rowChecked(index);
            emit precheckProgress(m_precheckDone, m_precheckTotal);
            precheckNext();
        });
}

// Provisioning ---------------------------------------------------------------------------------------------------

void BulkImportJob::provision()
{
    if (m_phase != Phase::Prepared) {
        return;
    }
    setPhase(Phase::Provisioning);
    m_attempts.clear();
    m_queue.clear();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const ImportJournal::Entry& entry = it.value();
        if ((entry.state == State::Pending && entry.prechecked) || entry.state == State::Unknown) {
            m_queue.push_back(entry.index);
        }
    }
    std::sort(m_queue.begin(), m_queue.end());
    m_toSend = static_cast<int>(m_queue.size());
    m_doneThisRun = 0;
    m_clock.start();
    qCInfo(lcImport) << "provisioning" << m_toSend << "rows," << m_options.concurrency << "at a time";
    emitProgress();
    // Always asynchronous, also when there is nothing to send.
    QMetaObject::invokeMethod(this, &BulkImportJob::provisionNext, Qt::QueuedConnection);
}

void BulkImportJob::provisionNext()
{
    while (m_inFlight < m_options.concurrency && !m_queue.empty() && !m_cancelled && !m_aborted) {
        const int index = m_queue.front();
        m_queue.pop_front();
        sendRow(index);
    }
    maybeFinish();
}

void BulkImportJob::sendRow(int index)
{
    ++m_inFlight;
    const bool uncertain
        = m_options.lookUpFirst.contains(model::SubscriberBatchRules::emailKey(m_file.rows.at(index).subscriber.email));
    if (m_entries.value(index).state == State::Unknown || (uncertain && m_attempts.value(index) == 0)) {
        lookUp(index);
    } else {
        create(index);
    }
}

void BulkImportJob::lookUp(int index)
{
    // The create may have happened: find the user by email before anything is sent again.
    SubscriberLookUp::lookUp(m_client, m_file.rows.at(index).subscriber, this, [this, index](const auto& found) {
        if (m_aborted) {
            --m_inFlight;
            return;
        }
        switch (found.verdict) {
        case SubscriberLookUp::Verdict::Exists:
            --m_inFlight;
            if (move(index, State::Provisioned, foundDetails(found))) {
                rowDone(index);
            }
            return;
        case SubscriberLookUp::Verdict::Absent:
            create(index);
            return;
        case SubscriberLookUp::Verdict::StillUnknown:
            break;
        }
        --m_inFlight;
        ++m_attempts[index];
        if (move(index, State::Unknown, detailsOf(*found.error))) {
            retryOrGiveUp(index, *found.error, true);
        }
    });
}

void BulkImportJob::create(int index)
{
    if (m_cancelled || m_aborted) {
        // Cancelled while looking up: the row stays as the journal has it.
        --m_inFlight;
        maybeFinish();
        return;
    }
    if (!move(index, State::Sending, ImportJournal::Entry())) {
        --m_inFlight;
        return;
    }
    ++m_attempts[index];
    emit rowSending(index);
    m_client->provisionSubscriber(
        m_file.rows.at(index).subscriber, this, [this, index](const ApiResult<model::Subscriber>& result) {
            --m_inFlight;
            if (result.ok()) {
                ImportJournal::Entry details;
                details.subscriberId = result.value->id;
                details.status = result.value->status.toWire();
                details.trackingId = result.trackingId;
                if (move(index, State::Provisioned, details)) {
                    rowDone(index);
                }
                return;
            }
            const ApiError& failure = *result.error;
            if (isFatal(failure)) {
                move(index, State::Pending, detailsOf(failure));
                fail(FailureKind::Api, failure.toSupportText());
                return;
            }
            if (failure.isTransient()) {
                const bool ambiguous = SubscriberLookUp::needsLookUp(failure);
                if (move(index, ambiguous ? State::Unknown : State::Pending, detailsOf(failure))) {
                    retryOrGiveUp(index, failure, ambiguous);
                }
                return;
            }
            if (move(index, State::Failed, detailsOf(failure))) {
                rowDone(index);
            }
        });
}

void BulkImportJob::retryOrGiveUp(int index, const ApiError& error, bool ambiguous)
{
    const int attempt = m_attempts.value(index);
    if (attempt < m_options.maxAttempts && !m_cancelled && !m_aborted) {
        ++m_waitingRetries;
        QTimer::singleShot(m_options.retryDelay * attempt, this, [this, index] {
            --m_waitingRetries;
            if (!m_cancelled && !m_aborted) {
                m_queue.push_front(index);
            }
            provisionNext();
        });
        return;
    }
    if (m_cancelled || m_aborted) {
        maybeFinish();
        return;
    }
    ImportJournal::Entry details = detailsOf(error);
    if (ambiguous) {
        details.message = tr("Not known whether the user was created (%1). Resuming the import looks the email up "
                             "before sending again.")
                              .arg(error.message);
        if (move(index, State::Unknown, details)) {
            rowDone(index);
        }
        return;
    }
    details.message = tr("Gave up after %n attempt(s): %1", nullptr, attempt).arg(error.message);
    if (move(index, State::Failed, details)) {
        rowDone(index);
    }
}

void BulkImportJob::rowDone(int index)
{
    ++m_doneThisRun;
    emit rowFinished(index);
    emitProgress();
    provisionNext();
}

void BulkImportJob::maybeFinish()
{
    if (m_aborted || m_inFlight > 0 || m_waitingRetries > 0) {
        return;
    }
    if (!m_queue.empty() && !m_cancelled) {
        return;
    }
    if (m_phase == Phase::Preparing) {
        if (m_cancelled) {
            setPhase(Phase::Finished);
            emit finished(true);
            return;
        }
        setPhase(Phase::Prepared);
        emit prepared();
    } else if (m_phase == Phase::Provisioning) {
        if (!m_cancelled && !m_settled) {
            settleUnknown();
            return;
        }
        setPhase(Phase::Finished);
        qCInfo(lcImport) << "import finished in" << m_clock.elapsed() << "ms" << (m_cancelled ? "(cancelled)" : "");
        emit finished(m_cancelled);
    }
}

// The run gave up on these rows without knowing whether their users were created; with the rate limit and the
// server's trouble behind it, one lookup each settles most of them before the run ends.
void BulkImportJob::settleUnknown()
{
    m_settled = true;
    QList<int> unknown;
    for (const ImportJournal::Entry& entry : std::as_const(m_entries)) {
        if (entry.state == State::Unknown) {
            unknown.append(entry.index);
        }
    }
    std::sort(unknown.begin(), unknown.end());
    for (int index : std::as_const(unknown)) {
        ++m_inFlight;
        SubscriberLookUp::lookUp(m_client, m_file.rows.at(index).subscriber, this, [this, index](const auto& found) {
            --m_inFlight;
            if (m_aborted) {
                return;
            }
            bool moved = true;
            if (found.verdict == SubscriberLookUp::Verdict::Exists) {
                moved = move(index, State::Provisioned, foundDetails(found));
            } else if (found.verdict == SubscriberLookUp::Verdict::Absent) {
                ImportJournal::Entry details = m_entries.value(index);
                details.message = tr("Not created: the request failed without an answer, and no user with this "
                                     "email exists. Check and add it again.");
                moved = move(index, State::Failed, details);
            }
            if (moved) {
                emit rowSettled(index);
            }
            maybeFinish();
        });
    }
    maybeFinish();
}

void BulkImportJob::cancel()
{
    if (m_phase == Phase::Prepared) {
        m_cancelled = true;
        setPhase(Phase::Finished);
        emit finished(true);
        return;
    }
    if (m_phase != Phase::Preparing && m_phase != Phase::Provisioning) {
        return;
    }
    m_cancelled = true;
    m_queue.clear();
    // During the customer read nothing is counted in flight; its callback ends the job.
    if (m_inFlight > 0 || m_waitingRetries > 0 || !m_entries.isEmpty() || m_phase == Phase::Provisioning) {
        maybeFinish();
    }
}

// Bookkeeping ----------------------------------------------------------------------------------------------------

bool BulkImportJob::move(int index, State to, ImportJournal::Entry details)
{
    details.index = index;
    QString error;
    if (!m_journal.transition(details, to, &error)) {
        fail(FailureKind::Journal, error);
        return false;
    }
    ImportJournal::Entry& entry = m_entries[index];
    entry.state = to;
    entry.subscriberId = details.subscriberId;
    entry.status = details.status;
    entry.httpStatus = details.httpStatus;
    entry.errorCode = details.errorCode;
    entry.message = details.message;
    entry.trackingId = details.trackingId;
    return true;
}

BulkImportJob::Counts BulkImportJob::counts() const
{
    Counts counts;
    counts.total = static_cast<int>(m_entries.size());
    for (const ImportJournal::Entry& entry : m_entries) {
        switch (entry.state) {
        case State::Rejected:
            ++counts.rejected;
            break;
        case State::Pending:
            ++counts.pending;
            break;
        case State::Provisioned:
            ++counts.provisioned;
            counts.pendingUserMigration += entry.status == QLatin1String("pending_user_migration") ? 1 : 0;
            break;
        case State::Failed:
            ++counts.failed;
            break;
        case State::Sending:
        case State::Unknown:
            ++counts.unknown;
            break;
        }
    }
    return counts;
}

void BulkImportJob::emitProgress()
{
    const Counts c = counts();
    const int total = c.total - c.rejected;
    const int remaining = total - c.provisioned - c.failed - c.unknown;
    int eta = -1;
    if (m_doneThisRun > 0 && m_clock.isValid()) {
        eta = static_cast<int>(m_clock.elapsed() * std::max(0, remaining) / m_doneThisRun / 1000);
    }
    emit progress(c.provisioned, c.failed + c.unknown, total, eta);
}

QList<ImportOutcome> BulkImportJob::outcomes() const
{
    QList<ImportOutcome> result;
    result.reserve(m_file.rows.size());
    for (const ImportRow& row : m_file.rows) {
        result.append(outcome(row.index));
    }
    return result;
}

ImportOutcome BulkImportJob::outcome(int index) const
{
    ImportOutcome outcome;
    if (index < 0 || index >= m_file.rows.size()) {
        return outcome;
    }
    const ImportRow& row = m_file.rows.at(index);
    const ImportJournal::Entry entry = m_entries.value(row.index);
    outcome.index = row.index;
    outcome.line = row.line;
    outcome.email = row.subscriber.email;
    outcome.firstName = row.subscriber.firstName;
    outcome.lastName = row.subscriber.lastName;
    outcome.package = row.subscriber.effectivePackage();
    outcome.outcome = kindOf(entry.state);
    outcome.subscriberId = entry.subscriberId;
    outcome.status = entry.status;
    outcome.httpStatus = entry.httpStatus;
    outcome.errorCode = entry.errorCode;
    outcome.message = entry.message;
    outcome.trackingId = entry.trackingId;
    return outcome;
}

} // namespace onboarder::jobs
