#include "jobs/import/ImportJournal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using onboarder::jobs::ImportJournal;
using State = ImportJournal::State;

// The import journal on a real SQLite file: which state changes it allows, what a resume does with it, and that it
// belongs to one input only.
class TestImportJournal : public QObject
{
    Q_OBJECT

private:
    QString path(const QString& name) const
    {
        return m_dir.filePath(name);
    }
    static ImportJournal::Binding binding(const QByteArray& bytes, const QString& customer)
    {
        ImportJournal::Binding binding;
        binding.inputHash = ImportJournal::inputHash(bytes, customer);
        binding.customerId = customer;
        binding.fileName = QStringLiteral("users.csv");
        binding.rowCount = 3;
        return binding;
    }
    static QList<ImportJournal::Entry> threeRows()
    {
        QList<ImportJournal::Entry> entries;
        for (int i = 0; i < 3; ++i) {
            ImportJournal::Entry entry;
            entry.index = i;
            entry.line = i + 2;
            entry.email = QStringLiteral("user%1@example.com").arg(i);
            entry.state = i == 2 ? State::Rejected : State::Pending;
            entries.append(entry);
        }
        return entries;
    }

    QTemporaryDir m_dir;

private slots:
    void transitions()
    {
        // The life of a row: pending → sending → provisioned, with unknown for answers that never came.
        QVERIFY(ImportJournal::isAllowed(State::Pending, State::Sending));
        QVERIFY(ImportJournal::isAllowed(State::Sending, State::Provisioned));
        QVERIFY(ImportJournal::isAllowed(State::Sending, State::Unknown));
        QVERIFY(ImportJournal::isAllowed(State::Unknown, State::Provisioned)); // found by email
        QVERIFY(ImportJournal::isAllowed(State::Unknown, State::Sending)); // not found: send again
        QVERIFY(ImportJournal::isAllowed(State::Failed, State::Pending)); // retry failed rows
        QVERIFY(!ImportJournal::isAllowed(State::Provisioned, State::Sending));
        QVERIFY(!ImportJournal::isAllowed(State::Provisioned, State::Pending));
        QVERIFY(!ImportJournal::isAllowed(State::Pending, State::Provisioned)); // never without a request
        QVERIFY(!ImportJournal::isAllowed(State::Rejected, State::Sending)); // never without a new check
        QVERIFY(!ImportJournal::isAllowed(State::Failed, State::Sending));
        for (State state :
             { State::Pending, State::Sending, State::Provisioned, State::Failed, State::Unknown, State::Rejected }) {
            QCOMPARE(ImportJournal::stateFromName(ImportJournal::stateName(state)), std::optional<State>(state));
        }
    }

    void recordsStatesOnDisk()
    {
        const QString file = path(QStringLiteral("states.sqlite"));
        {
            ImportJournal journal;
            QVERIFY(journal.open(file));
            QVERIFY(!journal.binding());
            QVERIFY(journal.bind(binding("a,b", QStringLiteral("C1"))));
            QVERIFY(journal.addEntries(threeRows()));
            QCOMPARE(journal.size(), 3);
            QCOMPARE(journal.sentCount(), 0);

            ImportJournal::Entry row = *journal.entry(0);
            QVERIFY(journal.transition(row, State::Sending)); // counts an attempt
            row.subscriberId = QStringLiteral("S1");
            row.status = QStringLiteral("pending_user_migration");
            row.trackingId = QStringLiteral("T1");
            QVERIFY(journal.transition(row, State::Provisioned));
            QString error;
            QVERIFY(!journal.transition(row, State::Sending, &error));
            QVERIFY(error.contains(QStringLiteral("provisioned")));
            QVERIFY(!journal.transition(*journal.entry(2), State::Sending));
            QVERIFY(journal.setPrechecked(1, true));
        }
        // Reopened: everything is there.
        ImportJournal journal;
        QVERIFY(journal.open(file));
        const auto row = journal.entry(0);
        QCOMPARE(row->state, State::Provisioned);
        QCOMPARE(row->subscriberId, QStringLiteral("S1"));
        QCOMPARE(row->status, QStringLiteral("pending_user_migration"));
        QCOMPARE(row->trackingId, QStringLiteral("T1"));
        QCOMPARE(row->attempts, 1);
        QVERIFY(journal.entry(1)->prechecked);
        QCOMPARE(journal.count(State::Provisioned), 1);
        QCOMPARE(journal.sentCount(), 1);
        QCOMPARE(journal.binding()->customerId, QStringLiteral("C1"));
        QCOMPARE(journal.binding()->rowCount, 3);
        QVERIFY(!journal.binding()->created.isEmpty());

        // Written with WAL and full sync.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery mode(db);
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void resumeBookkeeping()
    {
        ImportJournal journal;
        QVERIFY(journal.open(path(QStringLiteral("resume.sqlite"))));
        QVERIFY(journal.bind(binding("x", QStringLiteral("C1"))));
        QVERIFY(journal.addEntries(threeRows()));
        // Row 0 was in flight when the process died; row 1 failed.
        QVERIFY(journal.transition(*journal.entry(0), State::Sending));
        ImportJournal::Entry failed = *journal.entry(1);
        QVERIFY(journal.transition(failed, State::Sending));
        failed.httpStatus = 409;
        failed.message = QStringLiteral("The extension is taken.");
        QVERIFY(journal.transition(failed, State::Failed));

        QCOMPARE(journal.recoverInterrupted(), 1);
        QCOMPARE(journal.entry(0)->state, State::Unknown);
        QVERIFY(!journal.entry(0)->message.isEmpty());
        QCOMPARE(journal.count(State::Sending), 0);
        QCOMPARE(journal.recoverInterrupted(), 0);

        // Retry failed rows only: failed and rejected rows are checked anew; the unknown one keeps its lookup.
        QCOMPARE(journal.resetFailed(), 2);
        QCOMPARE(journal.entry(1)->state, State::Pending);
        QVERIFY(journal.entry(1)->message.isEmpty());
        QCOMPARE(journal.entry(1)->httpStatus, 0);
        QVERIFY(!journal.entry(1)->prechecked);
        QCOMPARE(journal.entry(2)->state, State::Pending);
        QCOMPARE(journal.entry(0)->state, State::Unknown);
    }

    void boundToItsInput()
    {
        const QString file = path(QStringLiteral("bound.sqlite"));
        {
            ImportJournal journal;
            QVERIFY(journal.open(file));
            QVERIFY(journal.bind(binding("email\na@x.se\n", QStringLiteral("C1"))));
        }
        ImportJournal journal;
        QVERIFY(journal.open(file));
        QVERIFY(journal.bind(binding("email\na@x.se\n", QStringLiteral("C1"))));
        QString error;
        QVERIFY(!journal.bind(binding("email\nb@x.se\n", QStringLiteral("C1")), &error));
        QVERIFY(error.contains(QStringLiteral("users.csv")));
        QVERIFY(error.contains(QStringLiteral("C1")));
        QVERIFY(!journal.bind(binding("email\na@x.se\n", QStringLiteral("C2"))));
        QVERIFY(ImportJournal::inputHash("a", QStringLiteral("C1"))
                != ImportJournal::inputHash("a", QStringLiteral("C2")));
        QCOMPARE(ImportJournal::inputHash("a", QStringLiteral("C1")),
                 ImportJournal::inputHash("a", QStringLiteral("C1")));
    }

    void refusesNewerSchemaAndUnwritablePaths()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            ImportJournal journal;
            QVERIFY(journal.open(file));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schemaVersion', '99')")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        }
        ImportJournal journal;
        QString error;
        QVERIFY(!journal.open(file, &error));
        QVERIFY(error.contains(QStringLiteral("newer")));
        QVERIFY(!journal.open(path(QStringLiteral("no/such/folder/j.sqlite")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportJournal)
#include "tst_ImportJournal.moc"
