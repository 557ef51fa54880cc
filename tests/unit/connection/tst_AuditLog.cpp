#include "api/ApiRequest.h"
#include "api/ApiResponse.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "connection/AuditLog.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onboarder::api;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    static ApiResponse response(int status, const QString& trackingId)
    {
        ApiResponse r;
        r.httpStatus = status;
        r.trackingId = trackingId;
        r.durationMs = 42;
        if (status >= 400) {
            r.error = ApiError::fromHttpResponse(
                status, R"({"message":"Duplicate","errors":[{"description":"d","errorCode":10022}]})", trackingId);
        }
        return r;
    }

private slots:
    void recordsWritesAndCountsReads()
    {
        QTemporaryDir dir;
        AuditLog log;
        QString error;
        QVERIFY2(log.open(dir.filePath(QStringLiteral("audit.sqlite")), &error), qPrintable(error));

        const QUrl url(QStringLiteral("http://127.0.0.1:1/v1/wholesale/customers"));
        log.recordRequest(
            QStringLiteral("Demo"), "POST", url, R"({"externalId":"crm-1"})", response(202, QStringLiteral("T-1")));
        log.recordRequest(QStringLiteral("Demo"), "GET", url, {}, response(200, QStringLiteral("T-2")));
        log.recordRequest(QStringLiteral("Demo"), "GET", url, {}, response(200, QStringLiteral("T-3")));
        log.recordRequest(QStringLiteral("Other"), "DELETE", url, {}, response(409, QStringLiteral("T-4")));

        const auto all = log.entries({});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).method, QByteArray("DELETE")); // newest first
        QCOMPARE(all.at(0).errorCode, QStringLiteral("10022"));
        QCOMPARE(all.at(0).httpStatus, 409);
        QCOMPARE(all.at(1).trackingId, QStringLiteral("T-1"));
        QCOMPARE(all.at(1).path, QStringLiteral("/v1/wholesale/customers"));
        QVERIFY(all.at(1).summary.contains(QStringLiteral("crm-1")));
        QCOMPARE(all.at(1).durationMs, qint64(42));
        QCOMPARE(log.readCount(QStringLiteral("Demo")), qint64(2));
        QCOMPARE(log.readCount(QStringLiteral("Other")), qint64(0));

        AuditLog::Filter onlyDemo;
        onlyDemo.profile = QStringLiteral("Demo");
        QCOMPARE(log.entries(onlyDemo).size(), 1);
    }

    // The window opens the log only once its first list is shown: what was recorded before is written then, in order.
    void keepsWhatIsRecordedBeforeItOpens()
    {
        QTemporaryDir dir;
        const QUrl url(QStringLiteral("http://127.0.0.1:1/v1/wholesale/customers"));
        AuditLog log;
        log.keepRecordsUntilOpen();
        QSignalSpy added(&log, &AuditLog::entryAdded);
        log.recordRequest(QStringLiteral("Demo"), "GET", url, {}, response(200, QStringLiteral("T-1")));
        log.recordRequest(
            QStringLiteral("Demo"), "POST", url, R"({"externalId":"crm-1"})", response(202, QStringLiteral("T-2")));
        log.recordRequest(QStringLiteral("Demo"), "PATCH", url, {}, response(200, QStringLiteral("T-3")));
        QCOMPARE(added.count(), 0);
        QVERIFY(log.entries({}).isEmpty());

        QVERIFY(log.open(dir.filePath(QStringLiteral("audit.sqlite"))));
        const auto all = log.entries({});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).trackingId, QStringLiteral("T-3")); // newest first
        QCOMPARE(all.at(1).trackingId, QStringLiteral("T-2"));
        QCOMPARE(log.readCount(QStringLiteral("Demo")), qint64(1));
        QCOMPARE(added.count(), 2);
        // From now on it writes at once.
        log.recordRequest(QStringLiteral("Demo"), "DELETE", url, {}, response(204, QStringLiteral("T-4")));
        QCOMPARE(log.entries({}).size(), 3);
    }

    // Without being asked to keep them, records before open() are not written (a log that is never opened keeps
    // nothing in memory); and what was kept is dropped when the file cannot be opened.
    void keepsNothingUnlessAskedOrWhenOpenFails()
    {
        QTemporaryDir dir;
        const QUrl url(QStringLiteral("http://127.0.0.1:1/v1/x"));
        {
            AuditLog log;
            log.recordRequest(QStringLiteral("P"), "POST", url, {}, response(201, {}));
            QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
            QVERIFY(log.entries({}).isEmpty());
        }
        {
            AuditLog log;
            log.keepRecordsUntilOpen();
            log.recordRequest(QStringLiteral("P"), "POST", url, {}, response(201, {}));
            QFile blocker(dir.filePath(QStringLiteral("file")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            QString error;
            QVERIFY(!log.open(dir.filePath(QStringLiteral("file/audit.sqlite")), &error));
            QVERIFY(log.open(dir.filePath(QStringLiteral("b.sqlite"))));
            QVERIFY(log.entries({}).isEmpty());
        }
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            AuditLog log;
            QVERIFY(log.open(path));
            log.recordRequest(
                QStringLiteral("P"), "PUT", QUrl(QStringLiteral("http://127.0.0.1/v1/x")), {}, response(200, {}));
        }
        AuditLog again;
        QVERIFY(again.open(path));
        QCOMPARE(again.entries({}).size(), 1);
    }

    void keepsTheRunOfEachRequest()
    {
        // Requests started inside a RunScope carry its run into the log; the ones before and after do not. The
        // port refuses, so each request ends at once, and is still recorded.
        QTemporaryDir dir;
        AuditLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("audit.sqlite"))));
        StaticTokenProvider tokens(QStringLiteral("token"));
        ApiSession session(QUrl(QStringLiteral("http://127.0.0.1:1/v1")), &tokens);
        log.attach(&session, QStringLiteral("P"));
        QSignalSpy added(&log, &AuditLog::entryAdded);
        const QUrl url = session.urlFor(QStringLiteral("wholesale/subscribers"));
        session.send("POST", url, R"({"email":"before@example.com"})");
        {
            const ApiSession::RunScope run(&session, QStringLiteral("run-1"));
            QCOMPARE(session.currentRunId(), QStringLiteral("run-1"));
            ApiRequest* inRun = session.send("POST", url, R"({"email":"a@example.com"})");
            QCOMPARE(inRun->runId(), QStringLiteral("run-1"));
        }
        QVERIFY(session.currentRunId().isEmpty());
        session.send("POST", url, R"({"email":"after@example.com"})");
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 3, 10000);

        QStringList runs;
        for (const AuditEntry& entry : log.entries({})) { // newest first
            runs.prepend(entry.runId);
        }
        QCOMPARE(runs, QStringList({ QString(), QStringLiteral("run-1"), QString() }));
    }

    void migratesAVersionOneFile()
    {
        // A log as the first version wrote it: no run column, no schema version. It opens, keeps its entries (which
        // belong to no run), and takes runs from then on.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-one"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, profile TEXT NOT NULL, "
                "method TEXT NOT NULL, path TEXT NOT NULL, status INTEGER, tracking_id TEXT, duration_ms INTEGER, "
                "summary TEXT, error_code TEXT, error_message TEXT)")));
            QVERIFY(query.exec(QStringLiteral("CREATE INDEX audit_profile_time ON audit(profile, time)")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE read_counts (profile TEXT NOT NULL, day TEXT NOT NULL, "
                                              "count INTEGER NOT NULL, PRIMARY KEY(profile, day))")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO audit (time, profile, method, path, status, tracking_id, duration_ms, summary) VALUES "
                "('2026-11-23T12:00:00.000Z', 'Demo', 'POST', '/v1/wholesale/subscribers', 201, 'T-OLD', 7, "
                "'{\"email\":\"old@example.com\"}')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO read_counts VALUES ('Demo', '2026-11-23', 5)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version-one"));

        {
            AuditLog log;
            QString error;
            QVERIFY2(log.open(path, &error), qPrintable(error));
            const auto old = log.entries({});
            QCOMPARE(old.size(), 1);
            QCOMPARE(old.at(0).trackingId, QStringLiteral("T-OLD"));
            QCOMPARE(old.at(0).httpStatus, 201);
            QVERIFY(old.at(0).summary.contains(QStringLiteral("old@example.com")));
            QVERIFY(old.at(0).runId.isEmpty());
            QCOMPARE(log.readCount(QStringLiteral("Demo")), qint64(5));
            log.recordRequest(QStringLiteral("Demo"),
                              "POST",
                              QUrl(QStringLiteral("http://127.0.0.1/v1/wholesale/subscribers")),
                              {},
                              response(201, QStringLiteral("T-NEW")),
                              QStringLiteral("run-2"));
        }
        // Opened again, the file is of the current version already and keeps both entries.
        AuditLog again;
        QVERIFY(again.open(path));
        const auto both = again.entries({});
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).runId, QStringLiteral("run-2"));
        QCOMPARE(both.at(1).trackingId, QStringLiteral("T-OLD"));
        again.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check-version"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery version(QStringLiteral("SELECT value FROM meta WHERE key = 'schemaVersion'"), db);
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), AuditLog::kSchemaVersion);
    }

    void refusesAFileOfANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            AuditLog log;
            QVERIFY(log.open(path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schemaVersion'")
                                   .arg(AuditLog::kSchemaVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        AuditLog log;
        QString error;
        QVERIFY(!log.open(path, &error));
        QVERIFY(error.contains(QStringLiteral("newer version")));
        QVERIFY(!log.isOpen());
    }

    void secretsNeverReachTheDatabaseOrExports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        AuditLog log;
        QVERIFY(log.open(path));
        log.recordRequest(QStringLiteral("P"),
                          "POST",
                          QUrl(QStringLiteral("http://127.0.0.1/v1/access_token?code=CODE-SECRET-1")),
                          "grant_type=refresh_token&refresh_token=REFRESH-SECRET-2&client_secret=CLIENT-SECRET-3",
                          response(200, {}));
        log.recordRequest(QStringLiteral("P"),
                          "POST",
                          QUrl(QStringLiteral("http://127.0.0.1/v1/x")),
                          R"({"access_token":"ACCESS-SECRET-4"})",
                          response(400, {}));
        const auto entries = log.entries({});
        QVERIFY(AuditLog::exportCsv(entries, dir.filePath(QStringLiteral("audit.csv"))));
        QVERIFY(AuditLog::exportJson(entries, dir.filePath(QStringLiteral("audit.json"))));
        log.close();

        const QList<QByteArray> secrets = { "CODE-SECRET-1", "REFRESH-SECRET-2", "CLIENT-SECRET-3", "ACCESS-SECRET-4" };
        QDirIterator it(dir.path(), QDir::Files);
        int filesChecked = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray& secret : secrets) {
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName() + QStringLiteral(" holds a secret")));
            }
            ++filesChecked;
        }
        QVERIFY(filesChecked >= 3);
    }

    void exportsAreReadable()
    {
        QTemporaryDir dir;
        AuditEntry entry;
        entry.time = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        entry.profile = QStringLiteral("Demo, sandbox");
        entry.method = "POST";
        entry.path = QStringLiteral("/v1/wholesale/customers");
        entry.httpStatus = 202;
        entry.summary = QStringLiteral("=cmd|' /C calc'!A0");
        const QString csvPath = dir.filePath(QStringLiteral("a.csv"));
        QVERIFY(AuditLog::exportCsv({ entry }, csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("time,profile,method"));
        QVERIFY(text.contains("\"Demo, sandbox\""));
        QVERIFY(text.contains("'=cmd")); // a formula is neutralised for spreadsheets
        const QString jsonPath = dir.filePath(QStringLiteral("a.json"));
        QVERIFY(AuditLog::exportJson({ entry }, jsonPath));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().contains("\"status\": 202"));
    }

    void refusesUnwritableExport()
    {
        QString error;
        QVERIFY(!AuditLog::exportCsv({}, QStringLiteral("/nonexistent-dir/x/audit.csv"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
