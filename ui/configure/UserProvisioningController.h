#pragma once

#include "api/ApiError.h"
#include "jobs/import/ImportOutcome.h"
#include "jobs/import/ImportRunStore.h"
#include "model/PrecheckResult.h"
#include "model/Subscriber.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

namespace onboarder::api {
class WholesaleClient;
}
namespace onboarder::jobs {
class BulkImportJob;
}

namespace onboarder::ui {

// Checks and provisions planned users: rows in (each with the table row it came from), per-row progress and outcome
// out, cancel. Provisioning goes through the journaled bulk import (jobs::BulkImportJob): the rows are kept as a
// CSV file beside the journal (jobs::ImportRunStore), so a run stopped by a crash is resumed from the journal when
// the customer is opened again, and a user whose create may have happened is looked up by email before anything
// is sent again.
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
    // POST /wholesale/subscribers/validate for every row, a few at a time; nothing is created.
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
    void rowPrechecked(int row, const onboarder::model::PrecheckResult& result);
    // The subscriber as the API returned it; its status is provisioned or pending_user_migration.
    void rowProvisioned(int row, const onboarder::model::Subscriber& subscriber);
    void rowFailed(int row, const onboarder::api::ApiError& error);
    void finished(onboarder::ui::UserProvisioningController::Stage stage, bool cancelled);
    void consentEmailSent(int row);
    void consentEmailFailed(int row, const onboarder::api::ApiError& error);

private:
    // Starts a stage unless one is running; emits started() with the number of rows it covers.
    bool begin(Stage stage, const Rows& rows, int total);
    void precheckNext();
    void lookUpUncertainNext();
    void startRun();
    void runJob(const QByteArray& bytes);
    void reportSettledRows();
    void reportRow(int index);
    void resolveUnknownNext();
    void failRun(const QString& message);
    void finishRun(bool cancelled);
    void completeRun(bool cancelled);
    void finish(bool cancelled);
    int tableRow(int index) const;

    // As many as the bulk import sends at once, under the same shared rate limit.
    static constexpr int kPrecheckConcurrency = 4;

    QPointer<api::WholesaleClient> m_client;
    Stage m_stage = Stage::Precheck;
    int m_prechecksInFlight = 0;
    Rows m_queue;
    bool m_running = false;
    bool m_cancelled = false;

    // The provisioning run: its files, the job, and which table row each of the file's rows is.
    QPointer<jobs::BulkImportJob> m_job;
    std::optional<jobs::ImportRunStore::Run> m_run;
    QList<int> m_tableRows;
    QSet<int> m_reported;
    // Rows the run ended without knowing the outcome of; looked up by email when it ends.
    QList<jobs::ImportOutcome> m_unknownRows;
    bool m_cancelledRun = false;
    // Emails whose create was sent without a known outcome; looked up before they are sent in another run.
    QSet<QString> m_uncertainEmails;
    // A run of this window that stopped with rows unsettled; superseded (its files removed) by the next run.
    std::optional<jobs::ImportRunStore::Run> m_unsettledRun;
};

} // namespace onboarder::ui
