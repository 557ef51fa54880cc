#pragma once

#include "jobs/import/CsvDocument.h"
#include "jobs/import/ImportColumns.h"
#include "jobs/import/ImportRow.h"

#include <QByteArray>
#include <QCoreApplication>

namespace onboarder::jobs {

// An import file read into subscribers: the CSV is decoded and split (CsvReader), the header mapped to fields
// (ImportColumns), each row turned into a model::Subscriber and checked with the model's SubscriberValidator, plus
// what only the file as a whole shows (the same email, number or extension twice). Every problem names its line and
// column. A pure function of the bytes and the options: no network, no files, so the GUI can preview a file as it
// is chosen and the fuzz target can feed it anything.
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
    // The subscribers as a UTF-8 CSV file that read() turns back into the same subscribers (locations by ID), so
    // users typed in the GUI go through the same journaled import as a file.
    static QByteArray write(const QList<model::Subscriber>& subscribers);

    // Checks one row again, for example after its location name was resolved to an ID.
    void revalidate(ImportRow* row) const;

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
    void mapRow(ImportRow* row) const;
    void validate(ImportRow* row) const;
    void checkDuplicates();
    ImportProblem problemAt(const ImportRow& row, ImportColumns::Field field, const QString& message) const;
};

} // namespace onboarder::jobs
