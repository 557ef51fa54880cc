#include "ui/configure/UserProvisioningController.h"

#include "api/WholesaleClient.h"
#include "jobs/import/BulkImportJob.h"
#include "jobs/import/SubscriberImportFile.h"

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

QString emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
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
    m_queue = rows;
    m_running = true;
    m_cancelled = false;
    emit started(m_stage, total);
    return true;
}

void UserProvisioningController::precheck(const Rows& rows)
{
    if (begin(Stage::Precheck, rows, static_cast<int>(rows.size()))) {
        precheckNext();
    }
}

void UserProvisioningController::precheckNext()
{
    while (m_prechecksInFlight < kPrecheckConcurrency && !m_queue.isEmpty() && !m_cancelled && m_client) {
        const auto [row, subscriber] = m_queue.takeFirst();
        ++m_prechecksInFlight;
        emit rowStarted(row);
        m_client->precheckSubscriber(
            subscriber, this, [this, row = row](const api::ApiResult<model::PrecheckResult>& result) {
                --m_prechecksInFlight;
                if (result.ok()) {
                    emit rowPrechecked(row, *result.value);
                } else {
                    emit rowFailed(row, orUnknown(result.error));
                }
                precheckNext();
            });
    }
    if (m_prechecksInFlight == 0 && (m_queue.isEmpty() || m_cancelled || !m_client)) {
        finish(m_cancelled && !m_queue.isEmpty());
    }
}

void UserProvisioningController::provision(const Rows& rows)
{
    if (!rows.isEmpty() && begin(Stage::Provision, rows, static_cast<int>(rows.size()))) {
        lookUpUncertainNext();
    }
}

// Users an earlier run sent without learning the outcome are looked up first: found ones are done, and only the
// others go into the new run, so a changed table never creates a user twice.
void UserProvisioningController::lookUpUncertainNext()
{
    if (m_cancelled || !m_client) {
        finish(true);
        return;
    }
    const auto uncertain = std::find_if(m_queue.cbegin(), m_queue.cend(), [this](const auto& entry) {
        return m_uncertainEmails.contains(emailKey(entry.second.email));
    });
    if (uncertain == m_queue.cend()) {
        startRun();
        return;
    }
    const auto [row, subscriber] = *uncertain;
    emit rowStarted(row);
    m_client->findSubscriber(
        subscriber.customerId,
        subscriber.email,
        this,
        [this, row = row, email = subscriber.email](const api::ApiResult<std::optional<model::Subscriber>>& result) {
            const auto at
                = std::find_if(m_queue.begin(), m_queue.end(), [row](const auto& e) { return e.first == row; });
            if (!result.ok()) {
                // Still not known: the row waits for the next try rather than risk a second user.
                if (at != m_queue.end()) {
                    m_queue.erase(at);
                }
                api::ApiError error = *result.error;
                error.message = tr("Not known whether an earlier request created this user, and the lookup failed: "
                                   "%1")
                                    .arg(error.message);
                emit rowFailed(row, error);
            } else {
                m_uncertainEmails.remove(emailKey(email));
                if (result.value->has_value()) {
                    if (at != m_queue.end()) {
                        m_queue.erase(at);
                    }
                    emit rowProvisioned(row, **result.value);
                }
            }
            lookUpUncertainNext();
        });
}

void UserProvisioningController::startRun()
{
    if (m_unsettledRun && m_uncertainEmails.isEmpty()) {
        // Its unsent rows are in this run if the user kept them, and its uncertain ones were all looked up above;
        // while one is still uncertain its journal stays, to be offered again when the customer is next opened.
        jobs::ImportRunStore::remove(*m_unsettledRun);
        m_unsettledRun.reset();
    }
    if (m_queue.isEmpty()) {
        finish(false);
        return;
    }
    QList<model::Subscriber> subscribers;
    m_tableRows.clear();
    for (const auto& [row, subscriber] : std::as_const(m_queue)) {
        m_tableRows.append(row);
        subscribers.append(subscriber);
    }
    m_queue.clear();
    const QByteArray bytes = jobs::SubscriberImportFile::write(subscribers);
    QString error;
    m_run = jobs::ImportRunStore::save(bytes, subscribers.constFirst().customerId, &error);
    if (!m_run) {
        failRun(error);
        return;
    }
    runJob(bytes);
}

void UserProvisioningController::resume(const jobs::ImportRunStore::Run& run, int firstRow)
{
    if (!begin(Stage::Provision, {}, run.rows)) {
        return;
    }
    m_tableRows.clear();
    for (int index = 0; index < run.rows; ++index) {
        m_tableRows.append(firstRow + index);
    }
    m_run = run;
    QString error;
    const QByteArray bytes = jobs::ImportRunStore::read(run, &error);
    if (bytes.isEmpty()) {
        failRun(error);
        return;
    }
    runJob(bytes);
}

void UserProvisioningController::runJob(const QByteArray& bytes)
{
    m_reported.clear();
    m_unknownRows.clear();
    m_job = new jobs::BulkImportJob(m_client, this);
    jobs::BulkImportJob::Options options;
    options.customerId = m_run->customerId;
    // Rows this run's file already holds in the journal are never sent twice: created ones stay created, failed
    // ones are checked and tried again, uncertain ones are looked up first.
    options.resume = true;
    options.retryFailed = true;
    m_job->setOptions(options);
    connect(m_job, &jobs::BulkImportJob::rowSending, this, [this](int index) { emit rowStarted(tableRow(index)); });
    connect(m_job, &jobs::BulkImportJob::rowFinished, this, &UserProvisioningController::reportRow);
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
    m_job->prepare(bytes, QFileInfo(m_run->sourcePath).fileName(), m_run->journalPath);
}

int UserProvisioningController::tableRow(int index) const
{
    return index >= 0 && index < m_tableRows.size() ? m_tableRows.at(index) : index;
}

// After the checks: rows the check refused, and rows an earlier run of the same file already created.
void UserProvisioningController::reportSettledRows()
{
    for (const jobs::ImportOutcome& outcome : m_job->outcomes()) {
        if (outcome.outcome == QLatin1String("rejected") || outcome.outcome == QLatin1String("provisioned")) {
            reportRow(outcome.index);
        }
    }
}

void UserProvisioningController::reportRow(int index)
{
    if (!m_job || m_reported.contains(index) || index < 0 || index >= m_job->file().rows.size()) {
        return;
    }
    m_reported.insert(index);
    const jobs::ImportOutcome outcome = m_job->outcome(index);
    const int row = tableRow(index);
    if (outcome.outcome == QLatin1String("provisioned")) {
        model::Subscriber subscriber = m_job->file().rows.at(index).subscriber;
        subscriber.id = outcome.subscriberId;
        subscriber.status = model::SubscriberStatus::fromWire(outcome.status);
        qCInfo(lcUserProvisioning) << "user provisioned, status" << outcome.status;
        emit rowProvisioned(row, subscriber);
        return;
    }
    if (outcome.outcome == QLatin1String("unknown")) {
        // Decided once the run is over, by email: reporting it as failed now would leave a user who may exist in
        // the table as one to add again.
        m_unknownRows.append(outcome);
        return;
    }
    emit rowFailed(row, errorOf(outcome));
}

// The run gave up on these rows without knowing whether their users were created; with the rate limit and the
// server's trouble behind it, one lookup each settles most of them.
void UserProvisioningController::resolveUnknownNext()
{
    if (m_unknownRows.isEmpty() || !m_client) {
        for (const jobs::ImportOutcome& outcome : std::as_const(m_unknownRows)) {
            m_uncertainEmails.insert(emailKey(outcome.email));
            emit rowFailed(tableRow(outcome.index), errorOf(outcome));
        }
        m_unknownRows.clear();
        completeRun(m_cancelledRun);
        return;
    }
    const jobs::ImportOutcome outcome = m_unknownRows.constFirst();
    m_client->findSubscriber(
        m_run->customerId,
        outcome.email,
        this,
        [this, outcome](const api::ApiResult<std::optional<model::Subscriber>>& result) {
            m_unknownRows.removeFirst();
            const int row = tableRow(outcome.index);
            if (!result.ok()) {
                m_uncertainEmails.insert(emailKey(outcome.email));
                emit rowFailed(row, errorOf(outcome));
            } else if (result.value->has_value()) {
                emit rowProvisioned(row, **result.value);
            } else {
                api::ApiError error = errorOf(outcome);
                error.message = tr("Not created: the request failed without an answer (%1), and no user with this "
                                   "email exists. Check and add it again.")
                                    .arg(outcome.message);
                emit rowFailed(row, error);
            }
            resolveUnknownNext();
        });
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
    if (!m_unknownRows.isEmpty() && m_run) {
        m_cancelledRun = cancelled;
        resolveUnknownNext();
        return;
    }
    completeRun(cancelled);
}

void UserProvisioningController::completeRun(bool cancelled)
{
    if (m_run) {
        const auto state = jobs::ImportRunStore::inspect(m_run->sourcePath);
        // Rows the lookups settled are still "unknown" in the journal; only those that stayed uncertain count.
        int uncertain = 0;
        if (state && m_job) {
            for (const jobs::ImportOutcome& outcome : m_job->outcomes()) {
                uncertain += outcome.outcome == QLatin1String("unknown")
                        && m_uncertainEmails.contains(emailKey(outcome.email))
                    ? 1
                    : 0;
            }
        }
        if (!state || state->notSent + uncertain == 0) {
            // Every row settled (or nothing was sent): the table shows the outcome, the files hold nothing more.
            jobs::ImportRunStore::remove(*m_run);
        } else {
            m_unsettledRun = state;
        }
        m_run.reset();
    }
    if (m_job) {
        m_job->deleteLater();
        m_job.clear();
    }
    finish(cancelled);
}

void UserProvisioningController::finish(bool cancelled)
{
    m_queue.clear();
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
