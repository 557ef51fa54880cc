#pragma once

#include "jobs/import/ImportJournal.h"
#include "jobs/import/ImportOutcome.h"
#include "jobs/import/SubscriberImportFile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <deque>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace onboarder::api {
class WholesaleClient;
struct ApiError;
} // namespace onboarder::api

namespace onboarder::model {
struct Customer;
} // namespace onboarder::model

namespace onboarder::jobs {

// Adds a customer's users, from a CSV/TSV file (`onboarder-cli subscribers import`) or the rows of the users table:
// the one provisioning run of both. prepare() reads the input, checks every row with model::SubscriberBatchRules
// and the API's precheck and records each row in the journal; provision() then creates the valid rows, a few at a
// time under the profile's shared rate limit, recording each row's state before and after its request. A stopped
// or killed import resumes from the journal; a row whose create may have happened is looked up by email
// (SubscriberLookUp) before it is sent again and when the run ends, so no user is ever created twice.
// Never blocks: everything arrives through signals; cancel() stops sending and lets requests in flight land.
class BulkImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Preparing, Prepared, Provisioning, Finished, Failed };
    Q_ENUM(Phase)

    enum class FailureKind {
        Input, // the file or the options cannot be used; nothing was sent
        Journal, // the journal cannot be used, or belongs to another input
        Api, // the API refused or could not be reached for something every row needs
    };
    Q_ENUM(FailureKind)

    struct Options
    {
        QString customerId;
        int concurrency = 4; // requests in flight at once
        QString defaultPackage;
        bool acceptSuggestedPhoneNumbers = false;
        // Continue a journal in which creates were sent; without it such a journal is refused, so an import is
        // never resumed by accident.
        bool resume = false;
        // Resume, and give failed and rejected rows another go.
        bool retryFailed = false;
        // Emails (SubscriberBatchRules::emailKey) an earlier run sent without learning the outcome: looked up before
        // they are sent.
        QSet<QString> lookUpFirst;
        // Creates per row in one run when the answers are transient failures (5xx, timeouts, 429 given up on).
        int maxAttempts = 3;
        // Prechecks per row in one run when the answers are transient failures.
        int precheckAttempts = 5;
        std::chrono::milliseconds retryDelay { 500 };
    };

    struct Counts
    {
        int total = 0;
        int rejected = 0;
        int pending = 0; // valid, not created (yet)
        int provisioned = 0; // incl. pendingUserMigration
        int pendingUserMigration = 0;
        int failed = 0;
        int unknown = 0;
    };

    explicit BulkImportJob(api::WholesaleClient* client, QObject* parent = nullptr);
    ~BulkImportJob() override;

    void setOptions(const Options& options);
    Options options() const;

    // imports/<hash>.sqlite under the application data folder: the same file for the same customer finds its
    // journal again.
    static QString defaultJournalPath(const QByteArray& fileBytes, const QString& customerId);
    // The folder of those journals, created when missing.
    static QString journalFolder();

    // Reads and checks the file; ends with prepared() or failed().
    void prepare(const QByteArray& fileBytes, const QString& fileName, const QString& journalPath);
    // The same for rows typed in the users table: checked with the same rules, without a file in between.
    void prepare(const QList<model::Subscriber>& rows, const QString& journalPath);
    // Creates the rows prepare() found valid (and rows of a resumed import that are not done); ends with finished().
    void provision();
    // Stops starting requests; requests in flight land and are recorded, then finished(true).
    void cancel();

    Phase phase() const;
    bool isCancelled() const;
    const SubscriberImportFile& file() const;
    const ImportJournal& journal() const;
    QList<ImportOutcome> outcomes() const;
    // One row's outcome; index is the row's 0-based position among the file's data rows.
    ImportOutcome outcome(int index) const;
    Counts counts() const;
    // Rows a stopped run left in flight, found by this resume.
    int interruptedRows() const;
    // True when prepare() continued an existing journal.
    bool isResumed() const;

signals:
    void phaseChanged(onboarder::jobs::BulkImportJob::Phase phase);
    void precheckProgress(int done, int total);
    // A row's precheck ended: passed (still pending) or refused (rejected).
    void rowChecked(int index);
    void prepared();
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
    void failed(onboarder::jobs::BulkImportJob::FailureKind kind, const QString& message);

private:
    void setPhase(Phase phase);
    void fail(FailureKind kind, const QString& message);
    void start(const QByteArray& inputHash, const QString& journalPath);
    void loadCustomer();
    // Reads the input and checks it with what the customer knows: its packages and, for calling users, its locations.
    void readFile(const model::Customer& customer);
    void record();
    void precheckNext();
    void precheckRow(int index);
    void finishPrecheckRow();
    void provisionNext();
    void sendRow(int index);
    void lookUp(int index);
    void create(int index);
    void rowDone(int index);
    void retryOrGiveUp(int index, const api::ApiError& error, bool ambiguous);
    void maybeFinish();
    void settleUnknown();
    void emitProgress();
    bool move(int index, ImportJournal::State to, ImportJournal::Entry details);

    QPointer<api::WholesaleClient> m_client;
    Options m_options;
    Phase m_phase = Phase::Idle;
    QByteArray m_fileBytes;
    std::optional<QList<model::Subscriber>> m_typedRows;
    QString m_fileName;
    QByteArray m_inputHash;
    SubscriberImportFile m_file;
    ImportJournal m_journal;
    QHash<int, ImportJournal::Entry> m_entries;
    std::deque<int> m_queue;
    QHash<int, int> m_attempts; // this run's tries per row
    int m_inFlight = 0;
    int m_waitingRetries = 0;
    int m_precheckTotal = 0;
    int m_precheckDone = 0;
    int m_interrupted = 0;
    bool m_resumed = false;
    bool m_cancelled = false;
    bool m_aborted = false;
    bool m_settled = false; // the rows left unknown were looked up once at the end of the run
    QElapsedTimer m_clock;
    int m_doneThisRun = 0;
    int m_toSend = 0;
};

} // namespace onboarder::jobs
