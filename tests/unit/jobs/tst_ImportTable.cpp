#include "jobs/import/ImportTable.h"

#include <QTest>

using onboarder::jobs::ImportTable;

namespace {
enum Field { Name, Email };

const QList<ImportTable::Alias> kAliases { { "name", Name }, { "namn", Name }, { "email", Email }, { "epost", Email } };

QString fieldName(int field)
{
    return field == Name ? QStringLiteral("name") : QStringLiteral("email");
}
} // namespace

// The part every import file shares: the header mapped to fields, data rows, and the reader's findings attached to
// the row they are in.
class TestImportTable : public QObject
{
    Q_OBJECT

private slots:
    void headerCellsAreMatchedWithoutCaseSpacesOrPunctuation()
    {
        const ImportTable table
            = ImportTable::read(QByteArrayLiteral("E-post;Namn ;Notes\nada@example.com;Ada\n"), kAliases, fieldName);
        QCOMPARE(table.indexOf(Email), 0);
        QCOMPARE(table.indexOf(Name), 1);
        QCOMPARE(table.headerOf(Name), QStringLiteral("Namn"));
        QCOMPARE(table.ignoredHeaders, QStringList { QStringLiteral("Notes") });
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.cell(table.rows.at(0), Name), QStringLiteral("Ada"));
        QCOMPARE(table.rows.at(0).line, 2);
        QVERIFY(table.fileProblems.isEmpty());
    }

    void aFieldNamedTwiceIsAProblemOfTheFile()
    {
        const ImportTable table
            = ImportTable::read(QByteArrayLiteral("Name,Email,Namn\nAda,ada@example.com,Ada\n"), kAliases, fieldName);
        QCOMPARE(table.fileProblems.size(), 1);
        QCOMPARE(table.fileProblems.at(0).ruleId, QStringLiteral("import.columnTwice"));
        QVERIFY(table.fileProblems.at(0).message.contains(QStringLiteral("A (\"Name\") and C (\"Namn\")")));
        QCOMPARE(table.indexOf(Name), 0);
    }

    void readerFindingsBelongToTheirRow()
    {
        const ImportTable table = ImportTable::read(
            QByteArrayLiteral("Name,Email\nAda,ada@example.com\n\"Bo,bo@example.com\n"), kAliases, fieldName);
        QCOMPARE(table.rows.size(), 2);
        QVERIFY(table.rows.at(0).problems.isEmpty());
        QVERIFY(!table.rows.at(1).problems.isEmpty());
        QCOMPARE(table.rows.at(1).problems.at(0).ruleId, QStringLiteral("import.syntax"));
    }

    void problemsNameTheColumnOrTheField()
    {
        const ImportTable table = ImportTable::read(QByteArrayLiteral("Email\nada@example.com\n"), kAliases, fieldName);
        const auto inColumn = table.problemAt(table.rows.at(0), Email, QStringLiteral("bad"), QStringLiteral("r"));
        QCOMPARE(inColumn.column, 0);
        QCOMPARE(inColumn.columnName, QStringLiteral("Email"));
        QCOMPARE(inColumn.message, QStringLiteral("bad"));
        const auto noColumn = table.problemAt(table.rows.at(0), Name, QStringLiteral("required"));
        QCOMPARE(noColumn.column, -1);
        QCOMPARE(noColumn.message, QStringLiteral("name: required"));
    }

    void emptyInputHasNoHeader()
    {
        QVERIFY(ImportTable::read({}, kAliases, fieldName).isEmpty());
        QVERIFY(ImportTable::read(QByteArrayLiteral("\n\n"), kAliases, fieldName).isEmpty());
    }

    void columnLetters()
    {
        QCOMPARE(ImportTable::columnLetters(0), QStringLiteral("A"));
        QCOMPARE(ImportTable::columnLetters(25), QStringLiteral("Z"));
        QCOMPARE(ImportTable::columnLetters(26), QStringLiteral("AA"));
        QCOMPARE(ImportTable::columnLetters(-1), QString());
    }
};

QTEST_GUILESS_MAIN(TestImportTable)
#include "tst_ImportTable.moc"
