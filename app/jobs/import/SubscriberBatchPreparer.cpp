#include "jobs/import/SubscriberBatchPreparer.h"

#include "api/ApiSession.h"
#include "api/WholesaleClient.h"
#include "model/PackageCatalog.h"

#include <QTimer>

#include <algorithm>

namespace onboarder::jobs {

using api::ApiError;
using api::ApiResult;
using State = ImportJournal::State;

SubscriberBatchPreparer::SubscriberBatchPreparer(api::WholesaleClient* client, SubscriberBatch* batch, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_batch(batch)
{
}

SubscriberBatchPreparer::~SubscriberBatchPreparer() = default;

void SubscriberBatchPreparer::setOptions(const Options& options)
{
    m_options = options;
    m_options.concurrency = std::clamp(m_options.concurrency, 0, 32);
    m_options.precheckAttempts = std::max(1, m_options.precheckAttempts);
}

SubscriberBatchPreparer::Options SubscriberBatchPreparer::options() const
{
    return m_options;
}

int SubscriberBatchPreparer::interruptedRows() const
{
    return m_interrupted;
}

bool SubscriberBatchPreparer::isResumed() const
{
    return m_resumed;
}

void SubscriberBatchPreparer::fail(FailureKind kind, const QString& message)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    m_queue.clear();
    qCInfo(lcImport).noquote() << "import stopped:" << message;
    // Queued, so a caller that connects after prepare() returns still hears about it.
    QMetaObject::invokeMethod(
        this, [this, kind, message] { emit failed(kind, message); }, Qt::QueuedConnection);
}

void SubscriberBatchPreparer::prepare(const QByteArray& fileBytes, const QString& fileName, const QString& journalPath)
{
    m_fileBytes = fileBytes;
    m_fileName = fileName;
    m_typedRows.reset();
    start(ImportJournal::inputHash(fileBytes, m_options.customerId), journalPath);
}

void SubscriberBatchPreparer::prepare(const QList<model::Subscriber>& rows, const QString& journalPath)
{
    m_fileBytes.clear();
    m_fileName = tr("users table");
    m_typedRows = rows;
    // The rows as the run store keeps them: the same rows find the same journal, also from the stored file.
    start(ImportJournal::inputHash(SubscriberImportFile::write(rows), m_options.customerId), journalPath);
}

void SubscriberBatchPreparer::start(const QByteArray& inputHash, const QString& journalPath)
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_inputHash = inputHash;
    if (!m_client || !m_batch) {
        fail(FailureKind::Api, tr("No connection."));
        return;
    }
    if (m_options.customerId.trimmed().isEmpty()) {
        fail(FailureKind::Input, tr("Choose the customer the users are imported into."));
        return;
    }
    ImportJournal& journal = m_batch->journal();
    QString error;
    if (!journal.open(journalPath, &error)) {
        fail(FailureKind::Journal, error);
        return;
    }
    if (journal.binding()) {
        ImportJournal::Binding wanted;
        wanted.inputHash = m_inputHash;
        if (!journal.bind(wanted, &error)) {
            fail(FailureKind::Journal, error);
            return;
        }
        // A journal that only recorded checks holds nothing to protect: the import simply starts again.
        if (journal.sentCount() > 0 && !m_options.resume && !m_options.retryFailed) {
            const auto binding = journal.binding();
            fail(FailureKind::Journal,
                 tr("This file was already imported for this customer (started %1; journal %2). Resume that import, "
                    "or retry its failed rows; nothing was sent.")
                     .arg(binding->created, journal.path()));
            return;
        }
    }
    loadCustomer();
}

void SubscriberBatchPreparer::loadCustomer()
{
    m_client->getCustomer(m_options.customerId, this, [this](const ApiResult<model::Customer>& result) {
        if (m_cancelled) {
            maybeFinish();
            return;
        }
        if (!result.ok()) {
            fail(FailureKind::Api,
                 tr("The customer %1 cannot be read:\n%2").arg(m_options.customerId, result.error->toSupportText()));
            return;
        }
        const model::Customer& customer = *result.value;
        if (!customer.status.acceptsUsers()) {
            fail(FailureKind::Input,
                 tr("The customer is %1: users can be added once it is provisioned.")
                     .arg(customer.status.displayName()));
            return;
        }
        readInput(customer);
    });
}

void SubscriberBatchPreparer::readInput(const model::Customer& customer)
{
    SubscriberImportFile::Options options;
    options.customerId = m_options.customerId;
    options.defaultRegion = customer.address.country;
    options.defaultPackage = m_options.defaultPackage;
    options.acceptSuggestedPhoneNumbers = m_options.acceptSuggestedPhoneNumbers;
    SubscriberImportFile& file = m_batch->file();
    file = m_typedRows ? SubscriberImportFile::fromSubscribers(*m_typedRows, options)
                       : SubscriberImportFile::read(m_fileBytes, options);
    if (!file.isUsable()) {
        fail(FailureKind::Input, ImportProblem::joined(file.fileProblems));
        return;
    }
    model::SubscriberBatchRules::Context context = file.baseContext();
    context.packages = model::SubscriberBatchRules::userPackages(customer.packages);
    const bool needsLocations = std::any_of(file.rows.cbegin(), file.rows.cend(), [](const ImportRow& row) {
        return !row.locationName.isEmpty() || model::PackageCatalog::includesCalling(row.subscriber.effectivePackage());
    });
    if (!needsLocations) {
        file.check(context);
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
            m_batch->file().resolveLocationNames(*result.value);
            context.locations = *result.value;
            m_batch->file().check(context);
            record();
        });
}

void SubscriberBatchPreparer::record()
{
    if (m_cancelled) {
        maybeFinish();
        return;
    }
    ImportJournal& journal = m_batch->journal();
    QString error;
    if (!journal.binding()) {
        ImportJournal::Binding binding;
        binding.inputHash = m_inputHash;
        binding.customerId = m_options.customerId;
        binding.fileName = m_fileName;
        binding.rowCount = static_cast<int>(m_batch->file().rows.size());
        if (!journal.bind(binding, &error)) {
            fail(FailureKind::Journal, error);
            return;
        }
    }
    if (!(journal.size() == 0 ? recordNew() : continueJournal())) {
        return;
    }
    m_batch->load();
    m_checking = true;
    for (const ImportJournal::Entry& entry : m_batch->entries()) {
        if (entry.state == State::Pending && !entry.prechecked) {
            m_queue.push_back(entry.index);
        }
    }
    m_precheckTotal = static_cast<int>(m_queue.size());
    m_precheckDone = 0;
    emit precheckProgress(0, m_precheckTotal);
    precheckNext();
}

// The first record of every row: valid rows wait for their precheck, the others are rejected with their problems.
bool SubscriberBatchPreparer::recordNew()
{
    QList<ImportJournal::Entry> entries;
    for (const ImportRow& row : m_batch->file().rows) {
        ImportJournal::Entry entry;
        entry.index = row.index;
        entry.line = row.line;
        entry.email = row.subscriber.email;
        entry.state = row.isValid() ? State::Pending : State::Rejected;
        if (!row.isValid()) {
            entry.message = ImportProblem::joined(row.problems);
            entry.errorCode = row.problems.constFirst().ruleId;
        }
        entries.append(entry);
    }
    QString error;
    if (!m_batch->journal().addEntries(entries, &error)) {
        fail(FailureKind::Journal, error);
        return false;
    }
    return true;
}

// A journal of the same input: rows in flight when it stopped become unknown, rows given another go are checked
// again like new ones.
bool SubscriberBatchPreparer::continueJournal()
{
    ImportJournal& journal = m_batch->journal();
    const SubscriberImportFile& file = m_batch->file();
    m_resumed = journal.sentCount() > 0;
    if (journal.size() != file.rows.size()) {
        fail(FailureKind::Journal,
             tr("The import journal %1 has %2 rows but the file has %3.")
                 .arg(journal.path())
                 .arg(journal.size())
                 .arg(file.rows.size()));
        return false;
    }
    m_interrupted = journal.recoverInterrupted();
    // Without sends the earlier run only checked rows: everything is checked again.
    if (m_options.retryFailed || !m_resumed) {
        journal.resetFailed();
    }
    qCInfo(lcImport) << "resuming an import:" << m_interrupted << "rows were in flight";
    QString error;
    for (const ImportJournal::Entry& entry : journal.entries()) {
        if (entry.index < 0 || entry.index >= file.rows.size()) {
            fail(FailureKind::Journal,
                 tr("The import journal %1 is damaged: it names row %2.").arg(journal.path()).arg(entry.index + 1));
            return false;
        }
        const ImportRow& row = file.rows.at(entry.index);
        if (entry.state == State::Pending && !row.isValid()) {
            ImportJournal::Entry details = entry;
            details.message = ImportProblem::joined(row.problems);
            details.errorCode = row.problems.constFirst().ruleId;
            if (!journal.transition(details, State::Rejected, &error)) {
                fail(FailureKind::Journal, error);
                return false;
            }
        }
    }
    return true;
}

void SubscriberBatchPreparer::precheckNext()
{
    while (m_inFlight < SubscriberBatch::inFlightLimit(m_options.concurrency, m_client) && !m_queue.empty()
           && !m_cancelled && !m_ended) {
        const int index = m_queue.front();
        m_queue.pop_front();
        precheckRow(index);
    }
    maybeFinish();
}

void SubscriberBatchPreparer::precheckRow(int index)
{
    ++m_inFlight;
    const api::ApiSession::RunScope run(m_client->session(), m_batch->runId());
    m_client->precheckSubscriber(
        m_batch->file().rows.at(index).subscriber, this, [this, index](const ApiResult<model::PrecheckResult>& result) {
            --m_inFlight;
            if (m_ended) {
                return;
            }
            if (result.ok()) {
                if (result.value->isSuccess()) {
                    QString error;
                    if (!m_batch->setPrechecked(index, &error)) {
                        fail(FailureKind::Journal, error);
                        return;
                    }
                } else {
                    const auto& info = result.value->info;
                    ImportJournal::Entry details;
                    details.message = info.isEmpty() ? result.value->message : info.constFirst().description;
                    details.errorCode = info.isEmpty() ? QString() : info.constFirst().infoCode;
                    details.trackingId = result.trackingId;
                    if (!move(index, State::Rejected, details)) {
                        return;
                    }
                }
                rowPrecheckDone(index);
                return;
            }
            const ApiError& error = *result.error;
            if (SubscriberBatch::stopsTheRun(error)) {
                fail(FailureKind::Api, error.toSupportText());
                return;
            }
            if (!error.isTransient()) {
                if (move(index, State::Rejected, SubscriberBatch::detailsOf(error))) {
                    rowPrecheckDone(index);
                }
                return;
            }
            const int attempt = ++m_attempts[index];
            if (attempt < m_options.precheckAttempts && !m_cancelled) {
                ++m_waitingRetries;
                QTimer::singleShot(m_options.retryDelay * attempt, this, [this, index] {
                    --m_waitingRetries;
                    if (!m_cancelled && !m_ended) {
                        m_queue.push_front(index);
                    }
                    precheckNext();
                });
                return;
            }
            ImportJournal::Entry details = SubscriberBatch::detailsOf(error);
            details.message = tr("The precheck failed %n time(s); last: %1", nullptr, attempt).arg(error.message);
            if (move(index, State::Failed, details)) {
                rowPrecheckDone(index);
            }
        });
}

void SubscriberBatchPreparer::rowPrecheckDone(int index)
{
    ++m_precheckDone;
    emit rowChecked(index);
    emit precheckProgress(m_precheckDone, m_precheckTotal);
    precheckNext();
}

bool SubscriberBatchPreparer::move(int index, State to, const ImportJournal::Entry& details)
{
    QString error;
    if (!m_batch->move(index, to, details, &error)) {
        fail(FailureKind::Journal, error);
        return false;
    }
    return true;
}

void SubscriberBatchPreparer::maybeFinish()
{
    if (m_ended || m_inFlight > 0 || m_waitingRetries > 0) {
        return;
    }
    if (m_cancelled) {
        m_ended = true;
        emit cancelled();
        return;
    }
    if (m_checking && m_queue.empty()) {
        m_ended = true;
        emit prepared();
    }
}

void SubscriberBatchPreparer::cancel()
{
    if (!m_started || m_ended || m_cancelled) {
        return;
    }
    m_cancelled = true;
    m_queue.clear();
    // While the customer or its locations are read nothing is counted in flight; that answer ends the preparation.
    if (m_checking) {
        maybeFinish();
    }
}

} // namespace onboarder::jobs
