#pragma once

#include "jobs/import/CsvDocument.h"
#include "jobs/import/ImportColumns.h"
#include "jobs/import/ImportRow.h"
#include "model/SubscriberBatchRules.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace onboarder::jobs {

// An import file read into subscribers: the CSV is decoded and split (CsvReader), the header mapped to fields
// (ImportColumns), each row turned into a model::Subscriber and the rows checked with model::SubscriberBatchRules,
// the rules of the users table. Every problem names its line and column. read() is a pure function of the bytes and
// the options: no network, no files, so the GUI can preview a file as it is chosen and the fuzz target can feed it
// anything; check() applies the rules again once the customer's packages, locations and users are known.
class SubscriberImportFile
{
    Q_DECLARE_TR_FUNCTIONS(SubscriberImportFile)

public:
    struct Options
    {
        QString customerId;
        // Region for national phone numbers ("070-123 45 67"): the customer's country, alpha-2.
        QString defaultRegion;
        // Package for rows whose package cell is empty or for files without a package column.
        QString defaultPackage;
        // Use the validator's suggested E.164 form for numbers a spreadsheet stripped of their "+" or wrote in
        // national form, instead of rejecting those rows.
        bool acceptSuggestedPhoneNumbers = false;
    };

    static SubscriberImportFile read(const QByteArray& bytes, const Options& options);
    // The users file a person chose, read with read(); nothing, with *whyNot saying why in a sentence, when it cannot
    // be opened or is not usable (no email column, say).
    static std::optional<SubscriberImportFile> readFile(const QString& path, const Options& options, QString* whyNot);
    // Typed rows (the users table) as if read from the file write() makes of them, without writing or parsing it:
    // the same rows, line numbers, cells and checks.
    static SubscriberImportFile fromSubscribers(const QList<model::Subscriber>& subscribers, const Options& options);
    // The subscribers as a UTF-8 CSV file that read() turns back into the same subscribers (locations by ID), so
    // users typed in the GUI go through the same journaled import as a file.
    static QByteArray write(const QList<model::Subscriber>& subscribers);

    // Checks every row again with the rules of this context (the customer's packages, locations and users), for
    // example after location names were resolved to IDs.
    void check(const model::SubscriberBatchRules::Context& context);
    // Location names in the file become the IDs of the customer's locations of that name (in any case); a name the
    // customer does not have stays as written, for the rules to name it.
    void resolveLocationNames(const QList<model::Location>& locations);
    // The context read() checks with: the customer and its country from the options, nothing else known.
    model::SubscriberBatchRules::Context baseContext() const;

    CsvDocument::Encoding encoding = CsvDocument::Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    ImportColumns columns;
    QList<ImportRow> rows;
    // Problems that stop the whole file: empty, no email column, a column named twice.
    QList<ImportProblem> fileProblems;
    Options options;

    bool isUsable() const
    {
        return fileProblems.isEmpty();
    }
    int invalidRowCount() const;

private:
    static QStringList writtenHeader();
    static QStringList writtenCells(const model::Subscriber& subscriber);
    void mapRow(ImportRow* row) const;
    void checkCells(ImportRow* row) const;
    void acceptSuggestions(ImportRow* row, const model::SubscriberBatchRules& rules) const;
    ImportProblem problemAt(const ImportRow& row, ImportColumns::Field field, const QString& message) const;
};

} // namespace onboarder::jobs
