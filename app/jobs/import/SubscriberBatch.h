#pragma once

#include "jobs/import/ImportJournal.h"
#include "jobs/import/ImportOutcome.h"
#include "jobs/import/SubscriberImportFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace onboarder::api {
class WholesaleClient;
struct ApiError;
} // namespace onboarder::api

namespace onboarder::jobs {

// One customer's users on their way in: the rows as read and checked, and the journal that records each row's state.
// SubscriberBatchPreparer fills it (no API writes), SubscriberBatchProvisioner creates its valid rows; the outcome of
// each row is read from here. Not copyable: it owns the open journal.
class SubscriberBatch
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(SubscriberBatch)

public:
    enum class FailureKind {
        Input, // the file or the options cannot be used; nothing was sent
        Journal, // the journal cannot be used, or belongs to another input
        Api, // the API refused or could not be reached for something every row needs
    };
    Q_ENUM(FailureKind)

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

    SubscriberBatch() = default;
    SubscriberBatch(const SubscriberBatch&) = delete;
    SubscriberBatch& operator=(const SubscriberBatch&) = delete;

    // imports/<hash>.sqlite under the application data folder: the same input for the same customer finds its
    // journal again.
    static QString defaultJournalPath(const QByteArray& fileBytes, const QString& customerId);
    // The folder of those journals, created when missing.
    static QString journalFolder();

    // The journal's details of a failed request: status, code, message and tracking ID.
    static ImportJournal::Entry detailsOf(const api::ApiError& error);
    // Requests a run keeps in flight: the fixed number it was given, or with 0 what the profile's answers allow now
    // (api::AdaptiveConcurrency).
    static int inFlightLimit(int fixedConcurrency, api::WholesaleClient* client);
    // A failure every later request would meet too (no access, no TLS, a broken profile): the run stops.
    static bool stopsTheRun(const api::ApiError& error);

    SubscriberImportFile& file();
    const SubscriberImportFile& file() const;
    ImportJournal& journal();
    const ImportJournal& journal() const;

    // Reads every row's record from the journal into memory.
    void load();
    ImportJournal::Entry entry(int index) const;
    QList<ImportJournal::Entry> entries() const;
    // Moves a row in the journal and in memory; false with the journal's message when it cannot be written.
    bool move(int index, ImportJournal::State to, ImportJournal::Entry details, QString* error);
    // Marks a row as passing the API's precheck.
    bool setPrechecked(int index, QString* error);

    Counts counts() const;
    QList<ImportOutcome> outcomes() const;
    // Stamped on the batch's requests (ApiSession::RunScope), so the audit log shows the run as one entry.
    QString runId() const
    {
        return m_runId;
    }
    // One row's outcome; index is the row's 0-based position among the input's data rows.
    ImportOutcome outcome(int index) const;

private:
    SubscriberImportFile m_file;
    ImportJournal m_journal;
    QHash<int, ImportJournal::Entry> m_entries;
    const QString m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace onboarder::jobs
