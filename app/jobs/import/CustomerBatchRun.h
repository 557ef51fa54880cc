#pragma once

#include "jobs/import/CustomerImportFile.h"
#include "jobs/import/CustomerUsersFile.h"
#include "jobs/import/ImportJournal.h"
#include "jobs/import/ImportOutcome.h"
#include "jobs/import/SubscriberBatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <optional>

namespace onboarder::api {
class ProvisioningPoller;
class WholesaleClient;
struct ApiError;
} // namespace onboarder::api

namespace onboarder::jobs {

class BulkImportJob;

// Onboards a batch of customers from a customers file and, optionally, a users file that names each user's customer
// by its external ID. prepare() checks everything before anything is sent: each customer row locally and with the
// customer precheck, its external ID against the customers that exist, each user row against its customer's
// packages and headquarters. start() then, a few customers at a time, creates each customer (through CustomerLookUp,
// the one policy after a create without an answer), follows it to a terminal state, and adds its users through the
// users run (BulkImportJob, with a journal of its own per customer). The batch's journal (an ImportJournal whose rows
// are customers keyed by external ID) records each create before it goes out, so a cancelled, crashed or killed run
// resumes without creating anything twice. Requests share the profile's rate limit. Never blocks.
class CustomerBatchRun : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Preparing, Prepared, Running, Finished, Failed };
    Q_ENUM(Phase)
    using FailureKind = SubscriberBatch::FailureKind;

    struct Options
    {
        int concurrency = 6; // customers on their way at once
        int userConcurrency = 0; // user requests in flight per customer; 0: as the profile's answers allow
        // Continue a journal in which creates were sent; without it such a journal is refused.
        bool resume = false;
        // Resume, and give failed and rejected customers (and users) another go.
        bool retryFailed = false;
        // Onboarding templates the rows may name; the sandbox's own templates are added when it has any.
        QList<CustomerImportFile::Template> templates;
        // The connection the journal belongs to (see defaultJournalPath): a journal of the same files through
        // another profile is refused, so customers created elsewhere are never taken as done here.
        QString scope;
        int maxAttempts = 3; // creates of one customer after transient failures, in one run
        int precheckAttempts = 5;
        std::chrono::milliseconds retryDelay { 500 };
        std::chrono::milliseconds pollInterval { 1000 };
        std::chrono::milliseconds maxPollInterval { 15000 };
        std::chrono::milliseconds provisioningTimeLimit { std::chrono::minutes(30) };
    };

    // How one customer of the batch ended, with its users counted.
    struct CustomerOutcome
    {
        int index = 0;
        int line = 0;
        QString externalId;
        QString companyName;
        ImportOutcome::Kind outcome = ImportOutcome::Kind::Pending; // of the create
        QString customerId;
        // The provisioning status once known: provisioning, provisioned, provisioned_with_errors or error.
        QString status;
        QStringList packageErrors; // "webex_calling: description", for provisioned_with_errors and error
        int httpStatus = 0;
        QString errorCode;
        QString message;
        QString trackingId;
        int users = 0;
        int usersProvisioned = 0;
        int usersNotProvisioned = 0;
        QString usersNote; // why its users were not (all) sent
    };

    // How one user of the users file ended: the users run's outcome, addressed to the users file's line.
    struct UserOutcome
    {
        QString externalId; // its customer
        ImportOutcome row;
    };

    explicit CustomerBatchRun(api::WholesaleClient* client, QObject* parent = nullptr);
    ~CustomerBatchRun() override;

    void setOptions(const Options& options);
    Options options() const;

    // customer-imports/<hash>.sqlite under the application data folder: the same files imported through the same
    // connection (scope: the profile's name, or its address) find their journal again; another profile gets its own.
    static QString
    defaultJournalPath(const QByteArray& customersBytes, const QByteArray& usersBytes, const QString& scope);

    // Reads and checks both files; ends with prepared() or failed(). usersBytes may be empty: no users file.
    void prepare(const QByteArray& customersBytes,
                 const QString& customersFileName,
                 const QByteArray& usersBytes,
                 const QString& journalPath);
    // Creates the customers prepare() found valid (and those of a resumed run that are not done), then their users;
    // ends with finished().
    void start();
    // No new request starts; those in flight land and are recorded, then finished(true).
    void cancel();

    Phase phase() const;
    const CustomerImportFile& customers() const;
    const CustomerUsersFile& users() const;
    const ImportJournal& journal() const;
    bool isResumed() const;
    int interruptedCustomers() const;
    QList<CustomerOutcome> customerOutcomes() const;
    CustomerOutcome customerOutcome(int index) const;
    QList<UserOutcome> userOutcomes() const;
    // Customers whose create may not be sent: rejected in the files or by a check, or failed.
    int unsendableCustomers() const;
    // User rows the checks refused (in the users file, or because their customer cannot be created).
    int rejectedUsers() const;

signals:
    void phaseChanged(onboarder::jobs::CustomerBatchRun::Phase phase);
    void checkProgress(int done, int total);
    void prepared();
    // Something of one customer changed: its create, its status or its users.
    void customerChanged(int index);
    void progress(int customersDone, int customersFailed, int total);
    void finished(bool cancelled);
    void failed(onboarder::jobs::CustomerBatchRun::FailureKind kind, const QString& message);

private:
    using State = ImportJournal::State;

    void fail(FailureKind kind, const QString& message);
    bool openJournal(const QByteArray& inputHash, const QString& journalPath);
    void fetchTemplatesThenRead(const QByteArray& customersBytes, const QByteArray& usersBytes);
    void readFiles(const QByteArray& customersBytes, const QByteArray& usersBytes);
    void checkNext();
    void checkExists(int index);
    void precheck(int index);
    // A check that met a transient failure goes again after a pause; false when it may not (no attempts left).
    bool checkAgainLater(int index, const api::ApiError& error);
    void checked(int index);
    bool move(int index, State to, ImportJournal::Entry details);

    void runNext();
    void advance(int index);
    void create(int index);
    void lookUpThenCreate(int index);
    void createFailed(int index, const api::ApiError& error);
    void retryLater(int index);
    void follow(int index);
    void addUsers(int index);
    void customerDone(int index);
    void maybeFinish();
    void notSentUsers(int index, const QString& reason);

    api::WholesaleClient* m_client = nullptr;
    Options m_options;
    Phase m_phase = Phase::Idle;
    QString m_journalPath;
    QString m_fileName;
    CustomerImportFile m_customers;
    CustomerUsersFile m_users;
    ImportJournal m_journal;
    QHash<int, CustomerOutcome> m_outcomes;
    QHash<int, QList<UserOutcome>> m_userOutcomes; // by customer row
    QHash<int, QPointer<BulkImportJob>> m_jobs; // users runs on their way, by customer row
    QHash<int, QPointer<api::ProvisioningPoller>> m_pollers;
    std::deque<int> m_queue;
    QHash<int, int> m_tries; // attempts this run, per customer
    int m_inFlight = 0;
    int m_checksDone = 0;
    int m_checksTotal = 0;
    int m_interrupted = 0;
    bool m_resumed = false;
    bool m_cancelled = false;
    bool m_ended = false;
    enum class Step { Exists, Precheck };
    QHash<int, Step> m_step; // the check a row waits for in prepare()
};

} // namespace onboarder::jobs
