#pragma once

#include "jobs/import/CsvDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace onboarder::jobs {

// Reads CSV and TSV files the way spreadsheets write them: UTF-8 with or without a byte order mark, UTF-16 with one,
// Windows-1252/Latin-1 when the bytes are not valid UTF-8; comma, semicolon (Swedish locales) or tab, detected from
// the first lines; RFC 4180 quoting with delimiters, quotes and line breaks inside quoted fields; CRLF, LF or CR.
// A pure function of the bytes: it never fails and never crashes, whatever it is given; what it could not read
// cleanly is listed in the document's problems.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static CsvDocument read(const QByteArray& bytes);
    // Reads with a known delimiter instead of detecting one.
    static CsvDocument read(const QByteArray& bytes, QChar delimiter);

    // Decodes the bytes as read() does and tells which encoding it chose.
    static QString decode(const QByteArray& bytes, CsvDocument::Encoding* encoding);
    // The delimiter read() would choose for this text.
    static QChar detectDelimiter(const QString& text);
    // Splits decoded text with the given delimiter.
    static CsvDocument parse(const QString& text, QChar delimiter);

    // Writes one record: fields quoted when they contain the delimiter, a quote or a line break.
    static QString formatRecord(const QStringList& fields, QChar delimiter);
};

} // namespace onboarder::jobs
