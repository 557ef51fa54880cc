#include "jobs/import/BulkImportJob.h"
#include "jobs/import/ImportJournal.h"
#include "jobs/import/ImportRunStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using onboarder::jobs::BulkImportJob;
using onboarder::jobs::ImportJournal;
using onboarder::jobs::ImportRunStore;

// The users table's runs on disk: the rows beside their journal, found again only while a run for the customer
// has rows left to settle, and removed with every companion file.
class TestImportRunStore : public QObject
{
    Q_OBJECT

private:
    // Binds the run's journal as the bulk import would and records `sent` rows as created, the rest pending.
    static void record(const ImportRunStore::Run& run, const QByteArray& bytes, int rows, int sent)
    {
        ImportJournal journal;
        QVERIFY(journal.open(run.journalPath));
        ImportJournal::Binding binding;
        binding.inputHash = ImportJournal::inputHash(bytes, run.customerId);
        binding.customerId = run.customerId;
        binding.fileName = QFileInfo(run.sourcePath).fileName();
        binding.rowCount = rows;
        QVERIFY(journal.bind(binding));
        QList<ImportJournal::Entry> entries;
        for (int i = 0; i < rows; ++i) {
            ImportJournal::Entry entry;
            entry.index = i;
            entry.line = i + 2;
            entry.email = QStringLiteral("user%1@example.com").arg(i);
            entries.append(entry);
        }
        QVERIFY(journal.addEntries(entries));
        for (int i = 0; i < sent; ++i) {
            ImportJournal::Entry entry = entries.at(i);
            QVERIFY(journal.setPrechecked(i, true));
            QVERIFY(journal.transition(entry, ImportJournal::State::Sending));
            if (i > 0) { // the first one is left in flight, as a killed run leaves it
                entry.subscriberId = QStringLiteral("sub-%1").arg(i);
                entry.status = QStringLiteral("provisioned");
                QVERIFY(journal.transition(entry, ImportJournal::State::Provisioned));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(BulkImportJob::journalFolder()).removeRecursively();
    }

    void savedRunIsOfferedUntilSettled()
    {
        const QByteArray bytes("First name,Last name,Email,Package\r\nA,B,user0@example.com,webex_meetings\r\n");
        const auto run = ImportRunStore::save(bytes, QStringLiteral("customer-1"));
        QVERIFY(run);
        QCOMPARE(run->journalPath, BulkImportJob::defaultJournalPath(bytes, QStringLiteral("customer-1")));
        QCOMPARE(ImportRunStore::read(*run), bytes);
        // Saved but not journaled (the app stopped before the check): nothing to resume.
        QVERIFY(ImportRunStore::unfinished(QStringLiteral("customer-1")).isEmpty());

        record(*run, bytes, 5, 3);
        const QList<ImportRunStore::Run> runs = ImportRunStore::unfinished(QStringLiteral("customer-1"));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().sourcePath, run->sourcePath);
        QCOMPARE(runs.constFirst().rows, 5);
        QCOMPARE(runs.constFirst().provisioned, 2);
        QCOMPARE(runs.constFirst().unknown, 1);
        QCOMPARE(runs.constFirst().notSent, 2);
        QVERIFY(!runs.constFirst().created.isEmpty());
        // Another customer's runs are not offered.
        QVERIFY(ImportRunStore::unfinished(QStringLiteral("customer-2")).isEmpty());

        ImportRunStore::remove(*run);
        QVERIFY(!QFileInfo::exists(run->sourcePath));
        QVERIFY(!QFileInfo::exists(run->journalPath));
        QVERIFY(!QFileInfo::exists(run->journalPath + QStringLiteral("-wal")));
        QVERIFY(ImportRunStore::unfinished(QStringLiteral("customer-1")).isEmpty());
    }

    void runThatOnlyCheckedIsNotOffered()
    {
        const QByteArray bytes("Email\r\nuser0@example.com\r\n");
        const auto run = ImportRunStore::save(bytes, QStringLiteral("customer-3"));
        QVERIFY(run);
        record(*run, bytes, 3, 0);
        const auto state = ImportRunStore::inspect(run->sourcePath);
        QVERIFY(state);
        QCOMPARE(state->notSent + state->unknown, 0);
        QVERIFY(ImportRunStore::unfinished(QStringLiteral("customer-3")).isEmpty());
        ImportRunStore::remove(*run);
    }

    void unwritableFolderIsReported()
    {
        const QString folder = BulkImportJob::journalFolder();
        QDir(folder).removeRecursively();
        // A file where the folder should be: nothing can be saved, and the message says where.
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!ImportRunStore::save("Email\r\nx@example.com\r\n", QStringLiteral("customer-4"), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
        QFile::remove(folder);
    }
};

QTEST_GUILESS_MAIN(TestImportRunStore)
#include "tst_ImportRunStore.moc"
