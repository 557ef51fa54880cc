#pragma once

#include "jobs/import/SubscriberBatch.h"
#include "jobs/import/SubscriberBatchPreparer.h"
#include "jobs/import/SubscriberBatchProvisioner.h"

#include <QObject>
#include <QSet>

#include <chrono>

namespace onboarder::api {
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::jobs {

// Adds a customer's users, from a CSV/TSV file (`onboarder-cli subscribers import`) or the rows of the users table:
// the one provisioning run of both, composed of its two halves over one SubscriberBatch. prepare() runs
// SubscriberBatchPreparer (rules, precheck, journal; nothing created), provision() runs SubscriberBatchProvisioner
// (journaled creates, retries, look-ups). A stopped or killed import resumes from the journal. Never blocks.
class BulkImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Preparing, Prepared, Provisioning, Finished, Failed };
    Q_ENUM(Phase)

    using FailureKind = SubscriberBatch::FailureKind;
    using Counts = SubscriberBatch::Counts;

    // The options of both halves.
    struct Options
    {
        QString customerId;
        int concurrency = 0; // requests in flight at once; 0: as many as the profile's answers allow
        QString defaultPackage;
        bool acceptSuggestedPhoneNumbers = false;
        bool resume = false; // see SubscriberBatchPreparer::Options
        bool retryFailed = false;
        QSet<QString> lookUpFirst; // see SubscriberBatchProvisioner::Options
        int maxAttempts = 3;
        int precheckAttempts = 5;
        std::chrono::milliseconds retryDelay { 500 };
    };

    explicit BulkImportJob(api::WholesaleClient* client, QObject* parent = nullptr);
    ~BulkImportJob() override;

    void setOptions(const Options& options);
    Options options() const;

    static QString defaultJournalPath(const QByteArray& fileBytes, const QString& customerId);
    static QString journalFolder();

    // Reads and checks the input; ends with prepared() or failed() (finished(true) when cancelled).
    void prepare(const QByteArray& fileBytes, const QString& fileName, const QString& journalPath);
    void prepare(const QList<model::Subscriber>& rows, const QString& journalPath);
    // Creates the rows prepare() found valid (and rows of a resumed import that are not done); ends with finished().
    void provision();
    // Stops starting requests; requests in flight land and are recorded, then finished(true).
    void cancel();

    Phase phase() const;
    bool isCancelled() const;
    const SubscriberBatch& batch() const;
    const SubscriberImportFile& file() const;
    const ImportJournal& journal() const;
    QList<ImportOutcome> outcomes() const;
    ImportOutcome outcome(int index) const;
    Counts counts() const;
    int interruptedRows() const;
    bool isResumed() const;

signals:
    void phaseChanged(onboarder::jobs::BulkImportJob::Phase phase);
    void precheckProgress(int done, int total);
    void rowChecked(int index);
    void prepared();
    void progress(int done, int failed, int total, int etaSeconds);
    void rowSending(int index);
    void rowFinished(int index);
    void rowSettled(int index);
    void finished(bool cancelled);
    void failed(onboarder::jobs::SubscriberBatch::FailureKind kind, const QString& message);

private:
    void setPhase(Phase phase);
    void end(bool cancelled);
    void stop(FailureKind kind, const QString& message);

    api::WholesaleClient* m_client = nullptr;
    Options m_options;
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
    SubscriberBatch m_batch;
    SubscriberBatchPreparer* m_preparer = nullptr;
    SubscriberBatchProvisioner* m_provisioner = nullptr;
};

} // namespace onboarder::jobs
