#include "jobs/import/CsvReader.h"

#include <QStringDecoder>

namespace onboarder::jobs {

namespace {

constexpr int kMaxProblems = 200;
constexpr int kDetectionRecords = 20;
constexpr qsizetype kDetectionChars = 64 * 1024;

// Windows-1252's printable characters in 0x80-0x9F (Excel's "CSV" on Windows); the five holes stay Latin-1.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++
            = byte >= 0x80 && byte <= 0x9F ? QChar(kWindows1252High[byte - 0x80]) : QChar(static_cast<char16_t>(byte));
    }
    return text;
}

void addProblem(CsvDocument* document, int line, int column, const QString& message)
{
    if (document->problems.size() < kMaxProblems) {
        document->problems.append({ line, column, message });
    } else if (document->problems.size() == kMaxProblems) {
        document->problems.append(
            { line, 0, CsvReader::tr("More problems follow; fix the ones above and read the file again.") });
    }
}

// A NUL is no spreadsheet's text: point at the first one, so the user can see where the file stops being text.
void reportNulCharacter(CsvDocument* document, const QString& text)
{
    const qsizetype at = text.indexOf(QChar(0));
    if (at < 0) {
        return;
    }
    // Lines counted as parse() counts them: LF, CRLF and a lone CR each end one.
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < at; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') && i + 1 < at && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    addProblem(document, line, column, CsvReader::tr("The file contains NUL characters; it may not be a text file."));
}

bool isBlank(const QStringList& fields)
{
    return fields.size() == 1 && fields.constFirst().trimmed().isEmpty();
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes, CsvDocument::Encoding* encoding)
{
    CsvDocument::Encoding chosen = CsvDocument::Encoding::Utf8;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        chosen = CsvDocument::Encoding::Utf8WithBom;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(bytes.mid(3));
        if (decoder.hasError()) {
            // A BOM followed by bytes that are not UTF-8: the BOM was pasted onto a Windows file.
            chosen = CsvDocument::Encoding::Windows1252;
            text = decodeWindows1252(bytes.mid(3));
        }
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        chosen = CsvDocument::Encoding::Utf16;
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder(bytes.mid(2));
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(bytes);
        if (decoder.hasError()) {
            chosen = CsvDocument::Encoding::Windows1252;
            text = decodeWindows1252(bytes);
        }
    }
    if (encoding) {
        *encoding = chosen;
    }
    return text;
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    const QString sample = text.left(kDetectionChars);
    QChar best = QLatin1Char(',');
    int bestConsistent = -1;
    int bestFields = 1;
    // Semicolon first: on a tie it wins over comma, since Swedish exports use it and commas then appear in names.
    for (const QChar candidate : { QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',') }) {
        const CsvDocument document = parse(sample, candidate);
        if (document.records.isEmpty()) {
            continue;
        }
        const int fields = static_cast<int>(document.records.constFirst().fields.size());
        if (fields < 2) {
            continue;
        }
        int consistent = 0;
        const int last = std::min(static_cast<int>(document.records.size()), kDetectionRecords);
        for (int i = 1; i < last; ++i) {
            consistent += document.records.at(i).fields.size() == fields ? 1 : 0;
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && fields > bestFields)) {
            best = candidate;
            bestConsistent = consistent;
            bestFields = fields;
        }
    }
    return best;
}

CsvDocument CsvReader::parse(const QString& text, QChar delimiter)
{
    CsvDocument document;
    document.delimiter = delimiter;

    QStringList fields;
    QString field;
    int line = 1;
    int column = 0; // of the character being read
    int recordLine = 1;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote has been read
    int quoteLine = 0;
    int quoteColumn = 0;
    bool strayReported = false;

    auto endField = [&] {
        fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(fields)) {
            document.records.append({ recordLine, fields });
        }
        fields.clear();
        strayReported = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        ++column;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                // A line break inside quotes belongs to the field; CRLF and CR become one LF.
                if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
                    ++i;
                }
                field.append(QLatin1Char('\n'));
                ++line;
                column = 0;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
            column = 0;
            recordLine = line;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            quoteLine = line;
            quoteColumn = column;
        } else {
            if (wasQuoted && !strayReported) {
                // "abc"def: keep the text, but say so, since the cell may not be what the user meant.
                addProblem(&document,
                           line,
                           column,
                           tr("Text after the closing quote of a quoted field; it was kept as part of the field."));
                strayReported = true;
            }
            field.append(c);
        }
    }
    if (quoted) {
        addProblem(&document,
                   quoteLine,
                   quoteColumn,
                   tr("A quoted field starts here but its closing quote is missing; the rest of the file was read "
                      "into this field."));
    }
    if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
        endRecord();
    }
    return document;
}

CsvDocument CsvReader::read(const QByteArray& bytes, QChar delimiter)
{
    CsvDocument::Encoding encoding = CsvDocument::Encoding::Utf8;
    const QString text = decode(bytes, &encoding);
    CsvDocument document = parse(text, delimiter);
    document.encoding = encoding;
    reportNulCharacter(&document, text);
    return document;
}

CsvDocument CsvReader::read(const QByteArray& bytes)
{
    CsvDocument::Encoding encoding = CsvDocument::Encoding::Utf8;
    const QString text = decode(bytes, &encoding);
    CsvDocument document = parse(text, detectDelimiter(text));
    document.encoding = encoding;
    reportNulCharacter(&document, text);
    return document;
}

QString CsvReader::formatRecord(const QStringList& fields, QChar delimiter)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields) {
        const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
            || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            out.append(field);
        }
    }
    return out.join(delimiter);
}

} // namespace onboarder::jobs
