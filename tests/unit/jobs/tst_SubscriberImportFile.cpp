#include "TestPaths.h"
#include "jobs/import/SubscriberImportFile.h"
#include "model/RuleIds.h"
#include "model/WebexId.h"

#include <QFile>
#include <QTemporaryDir>
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

using onboarder::jobs::ImportProblem;
using onboarder::jobs::SubscriberImportFile;

// Rows of an import file turned into subscribers and checked with the model's validator, problems addressed to
// line and column.
class TestSubscriberImportFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray data(const QString& name)
    {
        QFile file(onboarder::testsupport::testDataPath(QStringLiteral("import/") + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static SubscriberImportFile::Options options()
    {
        SubscriberImportFile::Options options;
        options.customerId = QStringLiteral("Y3VzdG9tZXI");
        options.defaultRegion = QStringLiteral("SE");
        return options;
    }
    static const ImportProblem* find(const QList<ImportProblem>& problems, const QString& ruleId)
    {
        for (const ImportProblem& problem : problems) {
            if (problem.ruleId == ruleId) {
                return &problem;
            }
        }
        return nullptr;
    }

private slots:
    void swedishFileWithMissingPlus()
    {
        const SubscriberImportFile file
            = SubscriberImportFile::read(data(QStringLiteral("swedish-excel.csv")), options());
        QVERIFY(file.isUsable());
        QCOMPARE(file.rows.size(), 2);
        const auto& first = file.rows.at(0);
        QCOMPARE(first.line, 2);
        QCOMPARE(first.subscriber.firstName, QStringLiteral("Åsa"));
        QCOMPARE(first.subscriber.email, QStringLiteral("asa.oberg@exempel.se"));
        QCOMPARE(first.subscriber.packages, strings({ "webex_calling" })); // from "Webex Calling"
        QCOMPARE(first.subscriber.customerId, QStringLiteral("Y3VzdG9tZXI"));
        QCOMPARE(first.locationName, QStringLiteral("Huvudkontor"));
        // 46701234567: a spreadsheet ate the "+". The row is refused with the fix offered.
        QVERIFY(!first.isValid());
        // With the customer's region the digits also read as a Swedish number written without "+"; either way the
        // fix is offered.
        const ImportProblem* plus = find(first.problems, QString(onboarder::model::RuleIds::kPhoneMissingPlus));
        if (!plus) {
            plus = find(first.problems, QString(onboarder::model::RuleIds::kPhoneNotE164));
        }
        QVERIFY(plus);
        QCOMPARE(plus->suggestion, QStringLiteral("+46701234567"));
        QCOMPARE(plus->line, 2);
        QCOMPARE(plus->column, 5);
        QCOMPARE(plus->columnName, QStringLiteral("Telefonnummer"));
        QVERIFY(plus->toText().startsWith(QStringLiteral("line 2, column F (Telefonnummer)")));

        QVERIFY(file.rows.at(1).isValid());
        QCOMPARE(file.rows.at(1).subscriber.firstName, QStringLiteral("Per; jr"));
    }

    void missingPlusWithoutRegion()
    {
        auto noRegion = options();
        noRegion.defaultRegion.clear();
        const SubscriberImportFile file = SubscriberImportFile::read(
            "Email;Paket;Telefonnummer\r\nx@exempel.se;webex_calling;46701234567\r\n", noRegion);
        const ImportProblem* plus
            = find(file.rows.at(0).problems, QString(onboarder::model::RuleIds::kPhoneMissingPlus));
        QVERIFY(plus);
        QCOMPARE(plus->suggestion, QStringLiteral("+46701234567"));
        QCOMPARE(plus->columnName, QStringLiteral("Telefonnummer"));
    }

    void acceptingTheSuggestedNumber()
    {
        auto withFixes = options();
        withFixes.acceptSuggestedPhoneNumbers = true;
        const SubscriberImportFile file
            = SubscriberImportFile::read(data(QStringLiteral("swedish-excel.csv")), withFixes);
        QVERIFY(file.rows.at(0).isValid());
        QCOMPARE(file.rows.at(0).subscriber.primaryPhoneNumber, QStringLiteral("+46701234567"));
        QCOMPARE(file.rows.at(0).corrections.size(), 1);
    }

    void raggedRowsAndMissingPackage()
    {
        const SubscriberImportFile file
            = SubscriberImportFile::read(data(QStringLiteral("quoted-ragged.csv")), options());
        QVERIFY(file.isUsable());
        QCOMPARE(file.rows.size(), 3);
        QVERIFY(file.rows.at(0).isValid());
        QCOMPARE(file.rows.at(0).subscriber.lastName, QStringLiteral("Lind,\nLundqvist"));
        // An extra cell: named by its column.
        QVERIFY(!file.rows.at(1).isValid());
        QCOMPARE(file.rows.at(1).problems.constFirst().column, 4);
        QCOMPARE(file.rows.at(1).problems.constFirst().line, 4);
        // A short row lacks its package.
        QVERIFY(!file.rows.at(2).isValid());
        QCOMPARE(file.rows.at(2).problems.constFirst().columnName, QStringLiteral("package"));

        auto withDefault = options();
        withDefault.defaultPackage = QStringLiteral("webex_meetings");
        const SubscriberImportFile defaulted
            = SubscriberImportFile::read(data(QStringLiteral("quoted-ragged.csv")), withDefault);
        QVERIFY(defaulted.rows.at(2).isValid());
    }

    void everyProblemOfARowAtOnce()
    {
        const QByteArray bytes = "Email;Package;Extension;Phone\n"
                                 "not-an-email;webex_calling;1;abc\n";
        const SubscriberImportFile file = SubscriberImportFile::read(bytes, options());
        QCOMPARE(file.rows.size(), 1);
        QStringList columns;
        for (const ImportProblem& problem : file.rows.at(0).problems) {
            columns.append(problem.columnName);
        }
        QVERIFY(columns.contains(QStringLiteral("Email")));
        QVERIFY(columns.contains(QStringLiteral("Extension")));
        QVERIFY(columns.contains(QStringLiteral("Phone")));
    }

    void duplicatesInTheFile()
    {
        const QByteArray bytes = "first name,last name,email,package,extension\n"
                                 "A,A,a@example.com,webex_calling,2001\n"
                                 "B,B,b@example.com,webex_calling,2001\n"
                                 "C,C,A@Example.com,webex_meetings,\n";
        const SubscriberImportFile file = SubscriberImportFile::read(bytes, options());
        QVERIFY(file.rows.at(0).isValid());
        QCOMPARE(file.rows.at(1).problems.size(), 1);
        // Rows are counted as the users table counts them, so both say the same.
        QCOMPARE(file.rows.at(1).problems.constFirst().message, QStringLiteral("The same extension as row 1."));
        QCOMPARE(file.rows.at(1).problems.constFirst().ruleId,
                 QString(onboarder::model::RuleIds::kBatchExtensionDuplicate));
        QCOMPARE(file.rows.at(1).problems.constFirst().columnName, QStringLiteral("extension"));
        QCOMPARE(file.rows.at(2).problems.size(), 1);
        QCOMPARE(file.rows.at(2).problems.constFirst().columnName, QStringLiteral("email"));
    }

    // A user needs a first and a last name, in a file as in the users table.
    void namesAreRequired()
    {
        const SubscriberImportFile file
            = SubscriberImportFile::read("email,package\na@example.com,webex_meetings\n", options());
        QCOMPARE(file.rows.size(), 1);
        QStringList fields;
        for (const ImportProblem& problem : file.rows.at(0).problems) {
            QCOMPARE(problem.ruleId, QString(onboarder::model::RuleIds::kRequired));
            fields.append(problem.message);
        }
        QCOMPARE(fields.size(), 2);
        QVERIFY2(fields.at(0).startsWith(QStringLiteral("First name"), Qt::CaseInsensitive), qPrintable(fields.at(0)));
    }

    void filesThatCannotBeImported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("Förnamn;E-postadress;Paket\r\n");
        QTest::newRow("no email column") << QByteArray("name;package\nAnna;webex_meetings\n");
        QTest::newRow("email twice") << QByteArray("email;e-post;package\na@x.se;a@x.se;webex_meetings\n");
        QTest::newRow("garbage") << QByteArray("\xFF\x00\x80\x81\"\"\"\n\r\x01", 10);
    }

    void filesThatCannotBeImported()
    {
        QFETCH(QByteArray, bytes);
        const SubscriberImportFile file = SubscriberImportFile::read(bytes, options());
        QVERIFY(!file.isUsable());
        QVERIFY(!file.fileProblems.constFirst().message.isEmpty());
        QVERIFY(file.rows.isEmpty());
    }

    // What the users table writes, read back: the same subscribers, also with the delimiter, quotes, a line break
    // and non-ASCII letters in the cells, and the location kept as its ID.
    void writtenRowsReadBackUnchanged()
    {
        using onboarder::model::Subscriber;
        Subscriber calling;
        calling.customerId = options().customerId;
        calling.firstName = QStringLiteral("Åsa, \"Lill-Åsa\"");
        calling.lastName = QStringLiteral("Öberg\nLund");
        calling.email = QStringLiteral("asa.oberg@example.com");
        calling.packages = QStringList { QStringLiteral("webex_calling") };
        calling.locationId = onboarder::model::WebexId::encode(QStringLiteral("LOCATION"), QStringLiteral("loc-1"));
        calling.primaryPhoneNumber = QStringLiteral("+46317001234");
        calling.extension = QStringLiteral("1234");
        Subscriber meetings;
        meetings.customerId = options().customerId;
        meetings.firstName = QStringLiteral("Bo");
        meetings.lastName = QStringLiteral("Ek");
        meetings.email = QStringLiteral("bo.ek@example.com");
        meetings.packages = QStringList { QStringLiteral("webex_meetings") };

        const QByteArray bytes = SubscriberImportFile::write({ calling, meetings });
        QVERIFY(bytes.startsWith("First name,Last name,Email,Package,Location,Phone number,Extension\r\n"));
        const SubscriberImportFile file = SubscriberImportFile::read(bytes, options());
        QVERIFY(file.isUsable());
        QCOMPARE(file.rows.size(), 2);
        QVERIFY(file.rows.at(0).locationName.isEmpty());
        QCOMPARE(file.rows.at(0).subscriber, calling);
        QCOMPARE(file.rows.at(1).subscriber, meetings);
        QVERIFY(file.rows.at(1).isValid());
        // The same rows give the same bytes, so the same users find the same journal again.
        QCOMPARE(SubscriberImportFile::write({ calling, meetings }), bytes);
    }

    void unclosedQuoteRejectsItsRow()
    {
        const SubscriberImportFile file = SubscriberImportFile::read("first name,last name,email,package\n"
                                                                     "A,A,a@example.com,webex_meetings\n"
                                                                     "B,B,\"b@example.com,webex_meetings\n",
                                                                     options());
        QCOMPARE(file.rows.size(), 2);
        QVERIFY(file.rows.at(0).isValid());
        QVERIFY(!file.rows.at(1).isValid());
        QCOMPARE(file.rows.at(1).problems.constFirst().line, 3);
    }

    // Rows of the users table become the rows write() and read() would make of them, without the bytes.
    void typedRowsAreTheWrittenFile()
    {
        using onboarder::model::Subscriber;
        Subscriber calling;
        calling.customerId = options().customerId;
        calling.firstName = QStringLiteral("Åsa");
        calling.lastName = QStringLiteral("Öberg\nLund");
        calling.email = QStringLiteral("asa.oberg@example.com");
        calling.packages = QStringList { QStringLiteral("webex_calling") };
        calling.locationId = onboarder::model::WebexId::encode(QStringLiteral("LOCATION"), QStringLiteral("loc-1"));
        calling.extension = QStringLiteral("1234");
        Subscriber again = calling;
        again.lastName = QStringLiteral("Ek");
        const QList<Subscriber> rows { calling, again };
        const SubscriberImportFile typed = SubscriberImportFile::fromSubscribers(rows, options());
        const SubscriberImportFile read = SubscriberImportFile::read(SubscriberImportFile::write(rows), options());
        QCOMPARE(typed.rows.size(), read.rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(typed.rows.at(i).line, read.rows.at(i).line);
            QCOMPARE(typed.rows.at(i).fields, read.rows.at(i).fields);
            QCOMPARE(typed.rows.at(i).subscriber, read.rows.at(i).subscriber);
            QCOMPARE(typed.rows.at(i).problems.size(), read.rows.at(i).problems.size());
        }
        QCOMPARE(typed.rows.at(1).problems.constFirst().ruleId,
                 QString(onboarder::model::RuleIds::kBatchEmailDuplicate));
    }
    // The file a person chose: read as read() reads its bytes, or a sentence that names the file and says why not.
    void readFileSaysWhyAFileCannotBeUsed()
    {
        QString whyNot;
        const std::optional<SubscriberImportFile> good = SubscriberImportFile::readFile(
            onboarder::testsupport::testDataPath(QStringLiteral("import/swedish-excel.csv")), options(), &whyNot);
        QVERIFY(good);
        QCOMPARE(good->rows.size(), 2);
        QVERIFY(whyNot.isEmpty());

        QTemporaryDir folder;
        const QString missing = folder.filePath(QStringLiteral("missing.csv"));
        QVERIFY(!SubscriberImportFile::readFile(missing, options(), &whyNot));
        QVERIFY2(whyNot.startsWith(QStringLiteral("Cannot read ")) && whyNot.contains(QStringLiteral("missing.csv")),
                 qPrintable(whyNot));

        QFile noEmail(folder.filePath(QStringLiteral("names.csv")));
        QVERIFY(noEmail.open(QIODevice::WriteOnly));
        noEmail.write("First name,Last name\nAda,Lovelace\n");
        noEmail.close();
        QVERIFY(!SubscriberImportFile::readFile(noEmail.fileName(), options(), &whyNot));
        QVERIFY2(whyNot.startsWith(QStringLiteral("names.csv cannot be imported: ")), qPrintable(whyNot));
        QVERIFY2(whyNot.size() > QStringLiteral("names.csv cannot be imported: ").size(), qPrintable(whyNot));
    }
};

QTEST_GUILESS_MAIN(TestSubscriberImportFile)
#include "tst_SubscriberImportFile.moc"
