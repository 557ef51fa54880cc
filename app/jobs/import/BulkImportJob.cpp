#include "jobs/import/BulkImportJob.h"

#include "api/WholesaleClient.h"

namespace onboarder::jobs {

BulkImportJob::BulkImportJob(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_preparer(new SubscriberBatchPreparer(client, &m_batch, this))
{
    connect(m_preparer, &SubscriberBatchPreparer::precheckProgress, this, &BulkImportJob::precheckProgress);
    connect(m_preparer, &SubscriberBatchPreparer::rowChecked, this, &BulkImportJob::rowChecked);
    connect(m_preparer, &SubscriberBatchPreparer::prepared, this, [this] {
        setPhase(Phase::Prepared);
        emit prepared();
    });
    connect(m_preparer, &SubscriberBatchPreparer::cancelled, this, [this] { end(true); });
    connect(m_preparer, &SubscriberBatchPreparer::failed, this, &BulkImportJob::stop);
}

BulkImportJob::~BulkImportJob() = default;

void BulkImportJob::setOptions(const Options& options)
{
    m_options = options;
    SubscriberBatchPreparer::Options checks;
    checks.customerId = options.customerId;
    checks.concurrency = options.concurrency;
    checks.defaultPackage = options.defaultPackage;
    checks.acceptSuggestedPhoneNumbers = options.acceptSuggestedPhoneNumbers;
    checks.resume = options.resume;
    checks.retryFailed = options.retryFailed;
    checks.precheckAttempts = options.precheckAttempts;
    checks.retryDelay = options.retryDelay;
    m_preparer->setOptions(checks);
}

BulkImportJob::Options BulkImportJob::options() const
{
    return m_options;
}

QString BulkImportJob::defaultJournalPath(const QByteArray& fileBytes, const QString& customerId)
{
    return SubscriberBatch::defaultJournalPath(fileBytes, customerId);
}

QString BulkImportJob::journalFolder()
{
    return SubscriberBatch::journalFolder();
}

void BulkImportJob::prepare(const QByteArray& fileBytes, const QString& fileName, const QString& journalPath)
{
    if (m_phase == Phase::Idle) {
        setPhase(Phase::Preparing);
        m_preparer->prepare(fileBytes, fileName, journalPath);
    }
}

void BulkImportJob::prepare(const QList<model::Subscriber>& rows, const QString& journalPath)
{
    if (m_phase == Phase::Idle) {
        setPhase(Phase::Preparing);
        m_preparer->prepare(rows, journalPath);
    }
}

void BulkImportJob::provision()
{
    if (m_phase != Phase::Prepared) {
        return;
    }
    setPhase(Phase::Provisioning);
    m_provisioner = new SubscriberBatchProvisioner(m_client, &m_batch, this);
    SubscriberBatchProvisioner::Options creates;
    creates.concurrency = m_options.concurrency;
    creates.lookUpFirst = m_options.lookUpFirst;
    creates.maxAttempts = m_options.maxAttempts;
    creates.retryDelay = m_options.retryDelay;
    m_provisioner->setOptions(creates);
    connect(m_provisioner, &SubscriberBatchProvisioner::progress, this, &BulkImportJob::progress);
    connect(m_provisioner, &SubscriberBatchProvisioner::rowSending, this, &BulkImportJob::rowSending);
    connect(m_provisioner, &SubscriberBatchProvisioner::rowFinished, this, &BulkImportJob::rowFinished);
    connect(m_provisioner, &SubscriberBatchProvisioner::rowSettled, this, &BulkImportJob::rowSettled);
    connect(m_provisioner, &SubscriberBatchProvisioner::finished, this, &BulkImportJob::end);
    connect(m_provisioner, &SubscriberBatchProvisioner::failed, this, &BulkImportJob::stop);
    m_provisioner->provision();
}

void BulkImportJob::cancel()
{
    switch (m_phase) {
    case Phase::Preparing:
        m_cancelled = true;
        m_preparer->cancel();
        return;
    case Phase::Prepared:
        m_cancelled = true;
        end(true);
        return;
    case Phase::Provisioning:
        m_cancelled = true;
        m_provisioner->cancel();
        return;
    case Phase::Idle:
    case Phase::Finished:
    case Phase::Failed:
        return;
    }
}

void BulkImportJob::setPhase(Phase phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        emit phaseChanged(phase);
    }
}

void BulkImportJob::end(bool cancelled)
{
    setPhase(Phase::Finished);
    emit finished(cancelled);
}

void BulkImportJob::stop(FailureKind kind, const QString& message)
{
    setPhase(Phase::Failed);
    emit failed(kind, message);
}

BulkImportJob::Phase BulkImportJob::phase() const
{
    return m_phase;
}

bool BulkImportJob::isCancelled() const
{
    return m_cancelled;
}

const SubscriberBatch& BulkImportJob::batch() const
{
    return m_batch;
}

const SubscriberImportFile& BulkImportJob::file() const
{
    return m_batch.file();
}

const ImportJournal& BulkImportJob::journal() const
{
    return m_batch.journal();
}

QList<ImportOutcome> BulkImportJob::outcomes() const
{
    return m_batch.outcomes();
}

ImportOutcome BulkImportJob::outcome(int index) const
{
    return m_batch.outcome(index);
}

BulkImportJob::Counts BulkImportJob::counts() const
{
    return m_batch.counts();
}

int BulkImportJob::interruptedRows() const
{
    return m_preparer->interruptedRows();
}

bool BulkImportJob::isResumed() const
{
    return m_preparer->isResumed();
}

} // namespace onboarder::jobs
