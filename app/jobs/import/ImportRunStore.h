#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace onboarder::jobs {

// Where the users table of the Configure customer window keeps what it provisions: the rows as a CSV file beside
// the import journal of the same name, under the application data folder. A run that a crash, a kill or a cancel
// stopped is found again from these two files when the customer is opened next, and resumed through the journal
// without creating anyone twice.
class ImportRunStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunStore)

public:
    struct Run
    {
        QString sourcePath; // the rows, CSV
        QString journalPath; // the ImportJournal
        QString customerId;
        QString created; // ISO 8601, when the journal was bound
        int rows = 0;
        int provisioned = 0;
        int failed = 0; // failed or rejected
        int unknown = 0; // sent, outcome not known (incl. in flight when the run stopped)
        int notSent = 0; // valid rows not created yet
    };

    // Writes the rows' bytes atomically beside the journal BulkImportJob::defaultJournalPath() chooses for them.
    static std::optional<Run> save(const QByteArray& bytes, const QString& customerId, QString* error = nullptr);
    static QByteArray read(const Run& run, QString* error = nullptr);
    // Runs for this customer that sent creates and did not settle every row; newest first.
    static QList<Run> unfinished(const QString& customerId);
    // Reads a run's journal; nothing when the files are missing or the journal cannot be opened.
    static std::optional<Run> inspect(const QString& sourcePath);
    // Deletes both files (and the journal's SQLite companions).
    static void remove(const Run& run);
};

} // namespace onboarder::jobs
