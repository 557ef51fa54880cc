#include "jobs/import/ImportTable.h"

#include "jobs/import/CsvReader.h"

namespace onboarder::jobs {

QString ImportTable::normalized(const QString& header)
{
    QString out;
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
        }
    }
    return out;
}

QString ImportTable::columnLetters(int index)
{
    if (index < 0) {
        return {};
    }
    QString letters;
    int n = index + 1;
    while (n > 0) {
        const int rest = (n - 1) % 26;
        letters.prepend(QChar(QLatin1Char('A').unicode() + rest));
        n = (n - 1) / 26;
    }
    return letters;
}

ImportTable ImportTable::read(const QByteArray& bytes, const QList<Alias>& aliases, const FieldName& fieldName)
{
    ImportTable table;
    table.m_fieldName = fieldName;
    const CsvDocument document = CsvReader::read(bytes);
    table.encoding = document.encoding;
    table.delimiter = document.delimiter;
    if (document.records.isEmpty()) {
        return table;
    }

    table.header = document.records.constFirst().fields;
    table.headerLine = document.records.constFirst().line;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString cell = table.header.at(i).trimmed();
        const QString key = normalized(cell);
        int field = -1;
        for (const Alias& alias : aliases) {
            if (key == QString::fromUtf8(alias.name)) {
                field = alias.field;
                break;
            }
        }
        if (field < 0) {
            if (!cell.isEmpty()) {
                table.ignoredHeaders.append(cell);
            }
            continue;
        }
        if (table.columns.contains(field)) {
            const int first = table.columns.value(field);
            table.fileProblems.append({ table.headerLine,
                                        -1,
                                        {},
                                        tr("Columns %1 (\"%2\") and %3 (\"%4\") both hold the %5; keep one.")
                                            .arg(columnLetters(first),
                                                 table.header.at(first).trimmed(),
                                                 columnLetters(i),
                                                 cell,
                                                 fieldName(field)),
                                        QStringLiteral("import.columnTwice"),
                                        {} });
            continue;
        }
        table.columns.insert(field, i);
    }

    for (int i = 1; i < document.records.size(); ++i) {
        table.rows.append({ i - 1, document.records.at(i).line, document.records.at(i).fields, {} });
    }
    // The reader's own findings belong to the row whose lines they are in.
    for (const CsvDocument::Problem& problem : document.problems) {
        ImportProblem mapped { problem.line, -1, {}, problem.message, QStringLiteral("import.syntax"), {} };
        if (problem.column > 0) {
            mapped.message = tr("character %1: %2").arg(problem.column).arg(problem.message);
        }
        Row* owner = nullptr;
        for (Row& row : table.rows) {
            if (row.line > problem.line) {
                break;
            }
            owner = &row;
        }
        if (owner && problem.line > 0) {
            owner->problems.append(mapped);
        } else {
            table.fileProblems.append(mapped);
        }
    }
    return table;
}

QString ImportTable::headerOf(int field) const
{
    const int index = indexOf(field);
    return index >= 0 && index < header.size() ? header.at(index).trimmed() : QString();
}

QString ImportTable::cell(const Row& row, int field) const
{
    const int index = indexOf(field);
    return index >= 0 && index < row.fields.size() ? row.fields.at(index).trimmed() : QString();
}

ImportProblem ImportTable::problemAt(const Row& row, int field, const QString& message, const QString& ruleId) const
{
    ImportProblem problem;
    problem.line = row.line;
    problem.column = indexOf(field);
    problem.columnName = headerOf(field);
    problem.message
        = problem.column >= 0 || !m_fieldName ? message : m_fieldName(field) + QStringLiteral(": ") + message;
    problem.ruleId = ruleId;
    return problem;
}

} // namespace onboarder::jobs
