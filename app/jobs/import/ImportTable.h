#pragma once

#include "jobs/import/CsvDocument.h"
#include "jobs/import/ImportProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace onboarder::jobs {

// An import file split into its header, mapped to the fields of one kind of file, and its data rows, with the CSV
// reader's own findings (a quote never closed) attached to the row they are in. What every import file has in
// common, whatever its rows describe; the kind of file names its fields and the header cells that mean them.
class ImportTable
{
    Q_DECLARE_TR_FUNCTIONS(ImportTable)

public:
    // A header cell, normalized (see normalized()), and the field it names.
    struct Alias
    {
        const char* name; // UTF-8, letters and digits only, lower case
        int field;
    };
    struct Row
    {
        int index = 0; // 0-based among the data rows
        int line = 0; // 1-based line in the file
        QStringList fields; // the cells as read
        QList<ImportProblem> problems; // the reader's findings in this row
    };
    using FieldName = std::function<QString(int field)>;

    static ImportTable read(const QByteArray& bytes, const QList<Alias>& aliases, const FieldName& fieldName);
    // "E-postadress " → "epostadress": letters and digits only, lower case.
    static QString normalized(const QString& header);
    // Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA.
    static QString columnLetters(int index);

    bool isEmpty() const
    {
        return header.isEmpty();
    }
    bool has(int field) const
    {
        return columns.contains(field);
    }
    int indexOf(int field) const
    {
        return columns.value(field, -1);
    }
    // The header cell as written in the file, or empty.
    QString headerOf(int field) const;
    // The trimmed cell of a field in a row, or empty when the file has no such column.
    QString cell(const Row& row, int field) const;
    // A problem addressed to the field's column in the row, or to the row with the field named when the file has no
    // such column.
    ImportProblem problemAt(const Row& row, int field, const QString& message, const QString& ruleId = {}) const;

    CsvDocument::Encoding encoding = CsvDocument::Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    int headerLine = 0;
    QStringList header;
    QHash<int, int> columns; // field → 0-based column
    QStringList ignoredHeaders; // header cells no field matched; their columns are ignored
    // Problems of the header itself (two columns naming the same field) and reader findings outside any row.
    QList<ImportProblem> fileProblems;
    QList<Row> rows;

private:
    FieldName m_fieldName;
};

} // namespace onboarder::jobs
