#include "TestPaths.h"
#include "jobs/import/CsvReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}
} // namespace

using onboarder::jobs::CsvDocument;
using onboarder::jobs::CsvReader;

// The reader against files as spreadsheets write them, and against input that is not a spreadsheet at all.
class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QByteArray data(const QString& name)
    {
        QFile file(onboarder::testsupport::testDataPath(QStringLiteral("import/") + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void swedishExcelExport()
    {
        const CsvDocument document = CsvReader::read(data(QStringLiteral("swedish-excel.csv")));
        QCOMPARE(document.encoding, CsvDocument::Encoding::Utf8WithBom);
        QCOMPARE(document.delimiter, QLatin1Char(';'));
        QVERIFY(document.problems.isEmpty());
        QCOMPARE(document.records.size(), 3);
        // The BOM is not part of the first header cell.
        QCOMPARE(document.records.at(0).fields.constFirst(), QStringLiteral("Förnamn"));
        QCOMPARE(document.records.at(1).fields.at(0), QStringLiteral("Åsa"));
        QCOMPARE(document.records.at(1).fields.at(1), QStringLiteral("Öberg"));
        // The quoted cell keeps its semicolon; CRLF is not left at the end of the last cell.
        QCOMPARE(document.records.at(2).fields.at(0), QStringLiteral("Per; jr"));
        QCOMPARE(document.records.at(2).fields.size(), 7);
        QCOMPARE(document.records.at(2).fields.last(), QString());
        QCOMPARE(document.records.at(2).line, 3);
    }

    void latin1Fallback()
    {
        const CsvDocument document = CsvReader::read(data(QStringLiteral("latin1.csv")));
        QCOMPARE(document.encoding, CsvDocument::Encoding::Windows1252);
        QCOMPARE(document.delimiter, QLatin1Char(';'));
        QCOMPARE(document.records.at(0).fields.at(0), QStringLiteral("Förnamn"));
        QCOMPARE(document.records.at(1).fields.at(0), QStringLiteral("Göran"));
        QCOMPARE(document.records.at(1).fields.at(1), QStringLiteral("Åkesson"));
        QCOMPARE(document.records.at(2).fields.at(0), QStringLiteral("Rémy"));
        // 0x80 is the euro sign in Windows-1252, which is what such files really are.
        QCOMPARE(document.records.at(2).fields.at(1), QStringLiteral("€uro"));
    }

    void nulCharacterIsPointedAt()
    {
        // Line 3 (CRLF, then a lone CR), column 4: where the file stops being text.
        const CsvDocument document = CsvReader::read(QByteArray("a;b\r\nc;d\re;f", 12) + QByteArray(1, '\0') + "g\n");
        QCOMPARE(document.problems.size(), 1);
        QCOMPARE(document.problems.constFirst().line, 3);
        QCOMPARE(document.problems.constFirst().column, 4);
        QVERIFY(document.problems.constFirst().message.contains(QStringLiteral("NUL")));
    }

    void tabSeparated()
    {
        const CsvDocument document = CsvReader::read(data(QStringLiteral("tab.tsv")));
        QCOMPARE(document.delimiter, QLatin1Char('\t'));
        QCOMPARE(document.encoding, CsvDocument::Encoding::Utf8);
        QCOMPARE(document.records.size(), 3);
        QCOMPARE(document.records.at(1).fields,
                 strings({ "Anna", "Anderson", "anna@example.com", "webex_calling", "3001" }));
    }

    void quotesLineBreaksAndRaggedRows()
    {
        const CsvDocument document = CsvReader::read(data(QStringLiteral("quoted-ragged.csv")));
        QCOMPARE(document.delimiter, QLatin1Char(','));
        QVERIFY(document.problems.isEmpty());
        QCOMPARE(document.records.size(), 4);
        QCOMPARE(document.records.at(1).fields.at(0), QStringLiteral("Lisa \"LJ\""));
        // CRLF inside quotes becomes one line break in the cell.
        QCOMPARE(document.records.at(1).fields.at(1), QStringLiteral("Lind,\nLundqvist"));
        QCOMPARE(document.records.at(1).line, 2);
        // The next record starts on line 4 because the quoted cell spanned two lines.
        QCOMPARE(document.records.at(2).line, 4);
        QCOMPARE(document.records.at(2).fields.size(), 5);
        QCOMPARE(document.records.at(3).fields.size(), 3);
    }

    void utf16WithBom()
    {
        const QString text = QStringLiteral("Email\tPackage\r\nåsa@exempel.se\twebex_meetings\r\n");
        QByteArray bytes("\xFF\xFE");
        for (const QChar c : text) {
            bytes.append(static_cast<char>(c.unicode() & 0xFF));
            bytes.append(static_cast<char>(c.unicode() >> 8));
        }
        const CsvDocument document = CsvReader::read(bytes);
        QCOMPARE(document.encoding, CsvDocument::Encoding::Utf16);
        QCOMPARE(document.delimiter, QLatin1Char('\t'));
        QCOMPARE(document.records.at(1).fields.at(0), QStringLiteral("åsa@exempel.se"));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r");
        QTest::newRow("no final newline") << QByteArray("a,b\r\n1,2\r\n3,4");
        QTest::newRow("blank lines") << QByteArray("a,b\r\n\r\n1,2\r\n\r\n3,4\r\n\r\n");
    }

    void lineEndings()
    {
        QFETCH(QByteArray, bytes);
        const CsvDocument document = CsvReader::read(bytes);
        QCOMPARE(document.records.size(), 3);
        QCOMPARE(document.records.at(2).fields, strings({ "3", "4" }));
    }

    void problemsNameLineAndColumn()
    {
        const CsvDocument unclosed = CsvReader::read("email,package\nx@example.com,\"webex_meetings\n");
        QCOMPARE(unclosed.problems.size(), 1);
        QCOMPARE(unclosed.problems.at(0).line, 2);
        QCOMPARE(unclosed.problems.at(0).column, 15);

        const CsvDocument stray = CsvReader::read("email,package\n\"x@example.com\"oops,webex_meetings\n");
        QCOMPARE(stray.problems.size(), 1);
        QCOMPARE(stray.problems.at(0).line, 2);
        QCOMPARE(stray.problems.at(0).column, 16);
        QCOMPARE(stray.records.at(1).fields.at(0), QStringLiteral("x@example.comoops"));
    }

    void emptyInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines") << QByteArray("\r\n\n  \r\n");
    }

    void emptyInput()
    {
        QFETCH(QByteArray, bytes);
        const CsvDocument document = CsvReader::read(bytes);
        QVERIFY(document.isEmpty());
    }

    void garbageNeverCrashes()
    {
        // Random bytes and the characters the parser treats specially, in every mix: it must finish with some
        // document and keep its invariants (every record has a field, lines grow).
        QRandomGenerator random(20240501);
        const QByteArray special("\",;\t\r\n\xEF\xBB\xBF\xFF\xFE\x00\x80", 14);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes;
            const int size = static_cast<int>(random.bounded(200));
            for (int i = 0; i < size; ++i) {
                bytes.append(random.bounded(2) ? special.at(static_cast<int>(random.bounded(special.size())))
                                               : static_cast<char>(random.bounded(256)));
            }
            const CsvDocument document = CsvReader::read(bytes);
            int lastLine = 0;
            for (const CsvDocument::Record& record : document.records) {
                QVERIFY(!record.fields.isEmpty());
                QVERIFY(record.line > lastLine);
                lastLine = record.line;
            }
        }
        const CsvDocument nul = CsvReader::read(QByteArray("a,b\n\x00\x01,2\n", 10));
        QVERIFY(!nul.problems.isEmpty());
    }

    void formatRecordRoundTrips()
    {
        const QStringList fields = strings({ "plain", "semi;colon", "quote\"d", "line\nbreak", " padded", "" });
        for (const QChar delimiter : { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') }) {
            const QString line = CsvReader::formatRecord(fields, delimiter);
            const CsvDocument document = CsvReader::parse(line + QStringLiteral("\r\n"), delimiter);
            QCOMPARE(document.records.size(), 1);
            QCOMPARE(document.records.at(0).fields, fields);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_CsvReader.moc"
