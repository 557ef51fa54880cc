#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace onboarder::jobs {

// A delimited text file as a spreadsheet exported it, decoded and split into records, with every problem the reader
// met addressed to its line and column so the user can find it in the file.
struct CsvDocument
{
    enum class Encoding {
        Utf8,
        Utf8WithBom,
        Utf16, // with a byte order mark; what "Unicode text" exports write
        Windows1252, // the fallback when the bytes are not valid UTF-8: Latin-1 plus the Windows punctuation
    };

    struct Record
    {
        int line = 0; // 1-based line where the record starts (a quoted field may span lines)
        QStringList fields;
    };

    struct Problem
    {
        int line = 0; // 1-based
        int column = 0; // 1-based character column in that line; 0 when the whole line is meant
        QString message;
    };

    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    // Non-empty records in file order; blank lines are dropped. The first one is normally the header.
    QList<Record> records;
    QList<Problem> problems;

    bool isEmpty() const
    {
        return records.isEmpty();
    }
};

} // namespace onboarder::jobs
