#pragma once

#include "jobs/import/SubscriberBatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <optional>

namespace onboarder::api {
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::model {
struct Customer;
} // namespace onboarder::model

namespace onboarder::jobs {

// The checking half of adding a customer's users: reads the input (a CSV/TSV file or the rows of the users table),
// checks every row with model::SubscriberBatchRules against what the customer has (packages, locations) and with the
// API's precheck, a few at a time, and records each row's verdict in the batch's journal. Sends no create. A journal
// of the same input is continued: rows a stopped run left in flight become unknown, so they are looked up, never
// sent blindly. Never blocks: everything arrives through signals.
class SubscriberBatchPreparer : public QObject
{
    Q_OBJECT

public:
    using FailureKind = SubscriberBatch::FailureKind;

    struct Options
    {
        QString customerId;
        int concurrency = 0; // prechecks in flight at once; 0: as many as the profile's answers allow
        QString defaultPackage;
        bool acceptSuggestedPhoneNumbers = false;
        // Continue a journal in which creates were sent; without it such a journal is refused, so an import is
        // never resumed by accident.
        bool resume = false;
        // Resume, and give failed and rejected rows another go.
        bool retryFailed = false;
        // Prechecks per row when the answers are transient failures.
        int precheckAttempts = 5;
        std::chrono::milliseconds retryDelay { 500 };
    };

    // Neither the client nor the batch is owned; the batch outlives the preparer's work.
    SubscriberBatchPreparer(api::WholesaleClient* client, SubscriberBatch* batch, QObject* parent = nullptr);
    ~SubscriberBatchPreparer() override;

    void setOptions(const Options& options);
    Options options() const;

    // Reads and checks the file; ends with prepared(), cancelled() or failed().
    void prepare(const QByteArray& fileBytes, const QString& fileName, const QString& journalPath);
    // The same for rows typed in the users table: checked with the same rules, without a file in between.
    void prepare(const QList<model::Subscriber>& rows, const QString& journalPath);
    // No further precheck starts; those in flight land and are recorded, then cancelled().
    void cancel();

    // Rows a stopped run left in flight, found by this preparation.
    int interruptedRows() const;
    // True when the journal continued held rows an earlier run sent.
    bool isResumed() const;

signals:
    void precheckProgress(int done, int total);
    // A row's precheck ended: passed (still pending) or refused (rejected).
    void rowChecked(int index);
    void prepared();
    void cancelled();
    void failed(onboarder::jobs::SubscriberBatch::FailureKind kind, const QString& message);

private:
    void fail(FailureKind kind, const QString& message);
    void start(const QByteArray& inputHash, const QString& journalPath);
    void loadCustomer();
    // Reads the input and checks it with what the customer knows: its packages and, for calling users, its locations.
    void readInput(const model::Customer& customer);
    void record();
    bool recordNew();
    bool continueJournal();
    void precheckNext();
    void precheckRow(int index);
    void rowPrecheckDone(int index);
    bool move(int index, ImportJournal::State to, const ImportJournal::Entry& details);
    void maybeFinish();

    QPointer<api::WholesaleClient> m_client;
    SubscriberBatch* m_batch = nullptr;
    Options m_options;
    QByteArray m_fileBytes;
    std::optional<QList<model::Subscriber>> m_typedRows;
    QString m_fileName;
    QByteArray m_inputHash;
    std::deque<int> m_queue;
    QHash<int, int> m_attempts;
    int m_inFlight = 0;
    int m_waitingRetries = 0;
    int m_precheckTotal = 0;
    int m_precheckDone = 0;
    int m_interrupted = 0;
    bool m_started = false;
    bool m_checking = false; // the rows are in the journal and their prechecks run
    bool m_resumed = false;
    bool m_cancelled = false;
    bool m_ended = false; // prepared(), cancelled() or failed() was emitted or is on its way
};

} // namespace onboarder::jobs
