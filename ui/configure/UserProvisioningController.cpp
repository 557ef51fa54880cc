#include "ui/configure/UserProvisioningController.h"

#include "api/WholesaleClient.h"
#include "jobs/import/BulkImportJob.h"
#include "jobs/import/SubscriberBatch.h"
#include "jobs/import/SubscriberBatchPreparer.h"
#include "jobs/import/SubscriberImportFile.h"
#include "model/SubscriberBatchRules.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUserProvisioning, "onboarder.ui.users")

namespace onboarder::ui {

namespace {
api::ApiError orUnknown(const std::optional<api::ApiError>& error)
{
    return error.value_or(api::ApiError::make(api::ApiError::Kind::InvalidResponse,
                                              UserProvisioningController::tr("The server gave no answer.")));
}

// A row's outcome as the error the users tab shows: message, code, HTTP status and tracking ID as the API gave them.
api::ApiError errorOf(const jobs::ImportOutcome& outcome)
{
    api::ApiError error = api::ApiError::make(api::ApiError::Kind::Http, outcome.message, outcome.trackingId);
    error.httpStatus = outcome.httpStatus;
    if (!outcome.errorCode.isEmpty()) {
        error.errors.append({ outcome.message, outcome.errorCode });
    }
    return error;
}

} // namespace

UserProvisioningController::UserProvisioningController(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

// A run still under way stays in its journal as it is: the next opening of the customer offers to resume it.
UserProvisioningController::~UserProvisioningController() = default;

bool UserProvisioningController::isRunning() const
{
    return m_running;
}

bool UserProvisioningController::begin(Stage stage, const Rows& rows, int total)
{
    if (m_running || !m_client) {
        return false;
    }
    m_stage = stage;
    m_running = true;
    m_cancelled = false;
    m_tableRows.clear();
    for (const auto& entry : rows) {
        m_tableRows.append(entry.first);
    }
    emit started(m_stage, total);
    return true;
}

void UserProvisioningController::precheck(const Rows& rows)
{
    if (!begin(Stage::Precheck, rows, static_cast<int>(rows.size()))) {
        return;
    }
    QList<model::Subscriber> subscribers;
    for (const auto& [row, subscriber] : rows) {
        subscribers.append(subscriber);
        emit rowStarted(row);
    }
    if (subscribers.isEmpty()) {
        finishRun(false);
        return;
    }
    // Nothing is sent but checks: the journal lives as long as the check.
    m_reported.clear();
    m_checked = std::make_unique<jobs::SubscriberBatch>();
    m_preparer = new jobs::SubscriberBatchPreparer(m_client, m_checked.get(), this);
    jobs::SubscriberBatchPreparer::Options options;
    options.customerId = subscribers.constFirst().customerId;
    m_preparer->setOptions(options);
    connect(m_preparer, &jobs::SubscriberBatchPreparer::rowChecked, this, [this](int index) { reportRow(index); });
    connect(m_preparer, &jobs::SubscriberBatchPreparer::prepared, this, [this] {
        reportSettledRows();
        finishRun(m_cancelled);
    });
    connect(m_preparer, &jobs::SubscriberBatchPreparer::cancelled, this, [this] { finishRun(true); });
    connect(m_preparer, &jobs::SubscriberBatchPreparer::failed, this, [this](auto, const QString& message) {
        failRun(message);
    });
    m_preparer->prepare(subscribers, QStringLiteral(":memory:"));
}

const jobs::SubscriberBatch* UserProvisioningController::batch() const
{
    if (m_job) {
        return &m_job->batch();
    }
    return m_stage == Stage::Precheck ? m_checked.get() : nullptr;
}

void UserProvisioningController::provision(const Rows& rows)
{
    if (rows.isEmpty() || !begin(Stage::Provision, rows, static_cast<int>(rows.size()))) {
        return;
    }
    QList<model::Subscriber> subscribers;
    for (const auto& entry : rows) {
        subscribers.append(entry.second);
    }
    QString error;
    m_run = jobs::ImportRunStore::save(
        jobs::SubscriberImportFile::write(subscribers), subscribers.constFirst().customerId, &error);
    if (!m_run) {
        failRun(error);
        return;
    }
    runJob(m_run->customerId,
           [subscribers, path = m_run->journalPath](jobs::BulkImportJob* job) { job->prepare(subscribers, path); });
}

void UserProvisioningController::resume(const jobs::ImportRunStore::Run& run, int firstRow)
{
    Rows rows;
    for (int index = 0; index < run.rows; ++index) {
        rows.append({ firstRow + index, model::Subscriber() });
    }
    if (!begin(Stage::Provision, rows, run.rows)) {
        return;
    }
    m_run = run;
    QString error;
    const QByteArray bytes = jobs::ImportRunStore::read(run, &error);
    if (bytes.isEmpty()) {
        failRun(error);
        return;
    }
    runJob(run.customerId, [bytes, run](jobs::BulkImportJob* job) {
        job->prepare(bytes, QFileInfo(run.sourcePath).fileName(), run.journalPath);
    });
}

void UserProvisioningController::runJob(const QString& customerId,
                                        const std::function<void(jobs::BulkImportJob*)>& start)
{
    m_reported.clear();
    m_job = new jobs::BulkImportJob(m_client, this);
    jobs::BulkImportJob::Options options;
    options.customerId = customerId;
    // Rows this run's file already holds in the journal are never sent twice: created ones stay created, failed
    // ones are checked and tried again, uncertain ones are looked up first.
    options.resume = true;
    options.retryFailed = true;
    options.lookUpFirst = m_uncertainEmails;
    m_job->setOptions(options);
    connect(m_job, &jobs::BulkImportJob::rowSending, this, [this](int index) { emit rowStarted(tableRow(index)); });
    connect(m_job, &jobs::BulkImportJob::rowChecked, this, [this](int index) { reportRow(index); });
    connect(m_job, &jobs::BulkImportJob::rowFinished, this, [this](int index) { reportRow(index); });
    connect(m_job, &jobs::BulkImportJob::rowSettled, this, [this](int index) { reportRow(index, true); });
    connect(m_job, &jobs::BulkImportJob::prepared, this, [this] {
        reportSettledRows();
        if (m_cancelled) {
            m_job->cancel();
            return;
        }
        m_job->provision();
    });
    connect(m_job, &jobs::BulkImportJob::finished, this, &UserProvisioningController::finishRun);
    connect(m_job, &jobs::BulkImportJob::failed, this, [this](auto, const QString& message) { failRun(message); });
    start(m_job);
}

int UserProvisioningController::tableRow(int index) const
{
    return index >= 0 && index < m_tableRows.size() ? m_tableRows.at(index) : index;
}

// After the checks: rows the rules or the precheck refused, and rows an earlier run of the same rows already
// created.
void UserProvisioningController::reportSettledRows()
{
    if (const jobs::SubscriberBatch* rows = batch()) {
        for (const jobs::ImportOutcome& outcome : rows->outcomes()) {
            reportRow(outcome.index);
        }
    }
}

void UserProvisioningController::reportRow(int index, bool final)
{
    const jobs::SubscriberBatch* rows = batch();
    if (!rows || m_reported.contains(index) || index < 0 || index >= rows->file().rows.size()) {
        return;
    }
    using Kind = jobs::ImportOutcome::Kind;
    const jobs::ImportOutcome outcome = rows->outcome(index);
    const int row = tableRow(index);
    switch (outcome.outcome) {
    case Kind::Pending:
        // Passed the check, or not reached yet.
        if (m_stage == Stage::Precheck && rows->entry(index).prechecked) {
            m_reported.insert(index);
            emit rowPrechecked(row);
        }
        return;
    case Kind::Provisioned: {
        m_reported.insert(index);
        model::Subscriber subscriber = rows->file().rows.at(index).subscriber;
        subscriber.id = outcome.subscriberId;
        subscriber.status = model::SubscriberStatus::fromWire(outcome.status);
        qCInfo(lcUserProvisioning) << "user provisioned, status" << outcome.status;
        emit rowProvisioned(row, subscriber);
        return;
    }
    case Kind::Unknown:
        // The run looks it up when it ends: reporting it as failed now would leave a user who may exist in the
        // table as one to add again.
        if (!final) {
            return;
        }
        m_uncertainEmails.insert(model::SubscriberBatchRules::emailKey(outcome.email));
        break;
    case Kind::Failed:
    case Kind::Rejected:
        break;
    }
    m_reported.insert(index);
    emit rowFailed(row, errorOf(outcome));
}

void UserProvisioningController::failRun(const QString& message)
{
    // Every row not settled yet gets the reason: it is what stopped them.
    const api::ApiError error = api::ApiError::make(api::ApiError::Kind::Configuration, message);
    for (int index = 0; index < m_tableRows.size(); ++index) {
        if (!m_reported.contains(index)) {
            m_reported.insert(index);
            emit rowFailed(m_tableRows.at(index), error);
        }
    }
    finishRun(false);
}

void UserProvisioningController::finishRun(bool cancelled)
{
    if (const jobs::SubscriberBatch* rows = batch()) {
        // What the run left unknown (it was cancelled, or the lookups failed too) is reported now.
        for (const jobs::ImportOutcome& outcome : rows->outcomes()) {
            if (outcome.outcome == jobs::ImportOutcome::Kind::Unknown) {
                reportRow(outcome.index, true);
            } else {
                m_uncertainEmails.remove(model::SubscriberBatchRules::emailKey(outcome.email));
            }
        }
    }
    if (m_unsettledRun && m_uncertainEmails.isEmpty()) {
        // Its uncertain rows were all settled: its journal has nothing more to protect.
        jobs::ImportRunStore::remove(*m_unsettledRun);
        m_unsettledRun.reset();
    }
    if (m_run) {
        const auto state = jobs::ImportRunStore::inspect(m_run->sourcePath);
        if (!state || state->notSent + state->unknown == 0) {
            // Every row settled (or nothing was sent): the table shows the outcome, the files hold nothing more.
            jobs::ImportRunStore::remove(*m_run);
        } else {
            // Kept, to be offered again when the customer is next opened, until a later run settles it.
            m_unsettledRun = state;
        }
        m_run.reset();
    }
    if (m_job) {
        m_job->deleteLater();
        m_job.clear();
    }
    if (m_preparer) {
        // The checked rows stay until the next check: the preparer is still on the stack that reported its end.
        m_preparer->deleteLater();
        m_preparer.clear();
    }
    m_running = false;
    m_cancelled = false;
    emit finished(m_stage, cancelled);
}

void UserProvisioningController::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
    }
    if (m_preparer) {
        m_preparer->cancel();
    }
}

void UserProvisioningController::resendConsentEmail(int row, const QString& subscriberId)
{
    if (!m_client) {
        return;
    }
    m_client->resendConsentEmail(subscriberId, this, [this, row](const api::ApiResult<bool>& result) {
        if (result.ok()) {
            emit consentEmailSent(row);
        } else {
            emit consentEmailFailed(row, orUnknown(result.error));
        }
    });
}

} // namespace onboarder::ui
