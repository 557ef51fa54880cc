#pragma once

#include "jobs/import/SubscriberBatch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <deque>

namespace onboarder::api {
class WholesaleClient;
struct ApiError;
} // namespace onboarder::api

namespace onboarder::jobs {

// The creating half of adding a customer's users: sends the creates of a prepared batch (rows that passed their
// precheck, and rows an earlier run left unknown), a few at a time under the profile's shared rate limit, recording
// each row's state in the journal before and after its request. Transient failures are retried; a row whose create
// may have happened is looked up by email (SubscriberLookUp) before it is sent again and once more when the run
// ends, so no user is ever created twice. Never blocks; cancel() stops sending and lets requests in flight land.
class SubscriberBatchProvisioner : public QObject
{
    Q_OBJECT

public:
    using FailureKind = SubscriberBatch::FailureKind;

    struct Options
    {
        int concurrency = 0; // requests in flight at once; 0: as many as the profile's answers allow
        // Emails (SubscriberBatchRules::emailKey) an earlier run sent without learning the outcome: looked up before
        // they are sent.
        QSet<QString> lookUpFirst;
        // Creates per row in one run when the answers are transient failures (5xx, timeouts, 429 given up on).
        int maxAttempts = 3;
        std::chrono::milliseconds retryDelay { 500 };
    };

    // Neither the client nor the batch is owned; the batch outlives the run.
    SubscriberBatchProvisioner(api::WholesaleClient* client, SubscriberBatch* batch, QObject* parent = nullptr);
    ~SubscriberBatchProvisioner() override;

    void setOptions(const Options& options);
    Options options() const;

    // Creates the batch's rows that are ready; ends with finished() or failed(). Always asynchronous.
    void provision();
    // Stops starting requests; requests in flight land and are recorded, then finished(true).
    void cancel();

signals:
    // done: rows provisioned; failed: rows that failed or whose outcome is unknown; total: rows to provision.
    // etaSeconds is -1 until it can be estimated.
    void progress(int done, int failed, int total, int etaSeconds);
    // The create of a row is about to be sent (the journal holds it as "sending").
    void rowSending(int index);
    void rowFinished(int index);
    // A row the run ended without knowing about was looked up when it ended: provisioned, failed (not created), or
    // still unknown when the lookup failed too.
    void rowSettled(int index);
    void finished(bool cancelled);
    void failed(onboarder::jobs::SubscriberBatch::FailureKind kind, const QString& message);

private:
    void fail(FailureKind kind, const QString& message);
    void provisionNext();
    void sendRow(int index);
    void lookUp(int index);
    void create(int index);
    void rowDone(int index);
    void retryOrGiveUp(int index, const api::ApiError& error, bool ambiguous);
    void maybeFinish();
    void settleUnknown();
    void emitProgress();
    bool move(int index, ImportJournal::State to, const ImportJournal::Entry& details);

    QPointer<api::WholesaleClient> m_client;
    SubscriberBatch* m_batch = nullptr;
    Options m_options;
    std::deque<int> m_queue;
    QHash<int, int> m_attempts; // this run's tries per row
    int m_inFlight = 0;
    int m_waitingRetries = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_aborted = false; // failed() was emitted or is on its way
    bool m_finished = false;
    bool m_settled = false; // the rows left unknown were looked up once at the end of the run
    QElapsedTimer m_clock;
    int m_doneThisRun = 0;
};

} // namespace onboarder::jobs
