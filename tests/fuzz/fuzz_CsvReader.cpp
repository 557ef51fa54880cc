// Fuzzes the bulk import's readers: the CSV/TSV reader over any bytes and the subscriber file built on it. Besides
// not crashing, what the reader splits must be written back and split again into the same fields, and every problem
// must point at a line, so a user can always find and fix it.
#include "FuzzSupport.h"
#include "jobs/import/CsvReader.h"
#include "jobs/import/SubscriberImportFile.h"

using onboarder::jobs::CsvDocument;
using onboarder::jobs::CsvReader;
using onboarder::jobs::SubscriberImportFile;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = onboarder::fuzz::bytesOf(data, size);
    const CsvDocument document = CsvReader::read(bytes);
    int previousLine = 0;
    for (const CsvDocument::Record& record : document.records) {
        if (record.line <= previousLine) {
            onboarder::fuzz::fail("csv", QStringLiteral("records out of line order at line %1").arg(record.line));
        }
        previousLine = record.line;
    }
    for (const CsvDocument::Problem& problem : document.problems) {
        if (problem.line < 1 || problem.message.isEmpty()) {
            onboarder::fuzz::fail("csv", QStringLiteral("a problem without a line or a message"));
        }
    }
    if (document.problems.isEmpty()) {
        QString text;
        for (const CsvDocument::Record& record : document.records) {
            text += CsvReader::formatRecord(record.fields, document.delimiter) + QLatin1Char('\n');
        }
        const CsvDocument again = CsvReader::parse(text, document.delimiter);
        if (again.records.size() != document.records.size()) {
            onboarder::fuzz::fail("csv", QStringLiteral("written records split into a different number of records"));
        }
        for (qsizetype i = 0; i < again.records.size(); ++i) {
            if (again.records.at(i).fields != document.records.at(i).fields) {
                onboarder::fuzz::fail("csv", QStringLiteral("record %1 changed when written and read again").arg(i));
            }
        }
    }

    SubscriberImportFile::Options options;
    options.customerId = QStringLiteral("customer-1");
    options.defaultRegion = QStringLiteral("SE");
    const SubscriberImportFile file = SubscriberImportFile::read(bytes, options);
    if (!file.isUsable() && file.rows.isEmpty() && file.fileProblems.isEmpty()) {
        onboarder::fuzz::fail("import file", QStringLiteral("unusable without a reason"));
    }
    return 0;
}
