#pragma once

#include "api/ApiError.h"
#include "jobs/import/ImportOutcome.h"
#include "jobs/import/ImportRunStore.h"
#include "model/Subscriber.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace onboarder::api {
class WholesaleClient;
}
namespace onboarder::jobs {
class BulkImportJob;
class SubscriberBatch;
class SubscriberBatchPreparer;
} // namespace onboarder::jobs

namespace onboarder::ui {

// Checks and provisions planned users: rows in (each with the table row it came from), per-row progress and outcome
// out, cancel. A thin adapter over the one provisioning run that `onboarder-cli subscribers import` uses: Check runs
// its preparing half alone (jobs::SubscriberBatchPreparer: rules and precheck) with an in-memory journal; Add runs
// it whole (jobs::BulkImportJob),
// with the rows kept beside the journal (jobs::ImportRunStore), so a run stopped by a crash is resumed from the
// journal when the customer is opened again. What follows a create without an answer is the run's to decide.
class UserProvisioningController : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Precheck, Provision };
    using Rows = QList<QPair<int, model::Subscriber>>;

    // The client is not owned.
    explicit UserProvisioningController(api::WholesaleClient* client, QObject* parent = nullptr);
    ~UserProvisioningController() override;

    bool isRunning() const;
    // Checks every row with the rules and POST /wholesale/subscribers/validate, a few at a time; nothing is created.
    void precheck(const Rows& rows);
    // Checks every row again and creates them, a few at a time under the profile's rate limit, journaled.
    void provision(const Rows& rows);
    // Continues a run that stopped before it finished; its rows are the table's rows from firstRow on, in the
    // order of the run's file. Rows it already created are reported as provisioned without a request.
    void resume(const jobs::ImportRunStore::Run& run, int firstRow);
    // No further row starts; requests under way still report their outcome (they may already have been carried out).
    void cancel();
    // POST /subscribers/{id}/emails/consentMove for a user waiting in pending_user_migration.
    void resendConsentEmail(int row, const QString& subscriberId);

signals:
    void started(onboarder::ui::UserProvisioningController::Stage stage, int rows);
    void rowStarted(int row);
    void rowPrechecked(int row);
    // The subscriber as the API returned it; its status is provisioned or pending_user_migration.
    void rowProvisioned(int row, const onboarder::model::Subscriber& subscriber);
    void rowFailed(int row, const onboarder::api::ApiError& error);
    void finished(onboarder::ui::UserProvisioningController::Stage stage, bool cancelled);
    void consentEmailSent(int row);
    void consentEmailFailed(int row, const onboarder::api::ApiError& error);

private:
    // Starts a stage unless one is running; emits started() with the number of rows it covers.
    bool begin(Stage stage, const Rows& rows, int total);
    // A run of the job over the table rows in m_tableRows; start() hands it its input.
    void runJob(const QString& customerId, const std::function<void(jobs::BulkImportJob*)>& start);
    // The batch of the check or the run under way, if any.
    const jobs::SubscriberBatch* batch() const;
    void reportSettledRows();
    // final: a row still unknown is reported as failed rather than waited for.
    void reportRow(int index, bool final = false);
    void failRun(const QString& message);
    void finishRun(bool cancelled);
    int tableRow(int index) const;

    QPointer<api::WholesaleClient> m_client;
    Stage m_stage = Stage::Precheck;
    bool m_running = false;
    bool m_cancelled = false;

    // The check: its rows and its preparing half.
    std::unique_ptr<jobs::SubscriberBatch> m_checked;
    QPointer<jobs::SubscriberBatchPreparer> m_preparer;
    // The run: its files (for Add), the job, and which table row each of its rows is.
    QPointer<jobs::BulkImportJob> m_job;
    std::optional<jobs::ImportRunStore::Run> m_run;
    QList<int> m_tableRows;
    QSet<int> m_reported;
    // Emails whose create was sent without a known outcome; the next run looks them up before sending them.
    QSet<QString> m_uncertainEmails;
    // A run of this window that stopped with rows unsettled; superseded (its files removed) once none is uncertain.
    std::optional<jobs::ImportRunStore::Run> m_unsettledRun;
};

} // namespace onboarder::ui
