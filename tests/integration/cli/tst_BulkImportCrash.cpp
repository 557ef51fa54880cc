#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using onboarder::testsupport::SandboxFixture;

// The real `onboarder-cli subscribers import` killed with SIGKILL at three points (before the first answers, in the
// middle with requests in flight, near the end) and resumed each time: the end result is the same as an uninterrupted
// run, no user is created twice and none is lost. The kill points are chosen by watching the journal the process
// writes, not by sleeping.
class TestBulkImportCrash : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRows = 150;

    static QString emailOf(const QString& prefix, int i)
    {
        return QStringLiteral("%1-%2@%3")
            .arg(prefix)
            .arg(i)
            .arg(i % 10 == 0 ? QStringLiteral("consumer.example") : QStringLiteral("crash.example"));
    }

    static QByteArray usersCsv(const QString& prefix)
    {
        QByteArray csv = "First name,Last name,Email,Package,Extension\r\n";
        for (int i = 0; i < kRows; ++i) {
            const bool consumer = i % 10 == 0;
            const bool calling = !consumer && i % 3 == 0;
            const QString email = emailOf(prefix, i);
            csv += QStringLiteral("User,%1,%2,%3,%4\r\n")
                       .arg(i)
                       .arg(email,
                            calling ? QStringLiteral("webex_calling") : QStringLiteral("webex_meetings"),
                            calling ? QString::number(40000 + i) : QString())
                       .toUtf8();
        }
        return csv;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return file.fileName();
    }

    QStringList importArguments(const QString& file,
                                const QString& customerId,
                                const QString& journal,
                                const QString& report,
                                bool resume) const
    {
        QStringList arguments = { QStringLiteral("--base-url"),
                                  m_sandbox.baseUrl().toString(),
                                  QStringLiteral("subscribers"),
                                  QStringLiteral("import"),
                                  file,
                                  QStringLiteral("--customer"),
                                  customerId,
                                  QStringLiteral("--journal"),
                                  journal,
                                  QStringLiteral("--report"),
                                  report };
        if (resume) {
            arguments.append(QStringLiteral("--resume"));
        }
        return arguments;
    }

    void startCli(QProcess* process, const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("ONBOARDER_TOKEN"), m_sandbox.token());
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(ONBOARDER_CLI_PATH), arguments);
    }

    // Rows in each journal state, read the way another program would while the import writes (WAL readers never
    // block the writer). Empty while the journal does not exist yet.
    QMap<QString, int> journalStates(const QString& journal)
    {
        QMap<QString, int> states;
        if (!QFile::exists(journal)) {
            return states;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
            db.setDatabaseName(journal);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT state, COUNT(*) FROM rows GROUP BY state"))) {
                    while (query.next()) {
                        states.insert(query.value(0).toString(), query.value(1).toInt());
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("watch"));
        return states;
    }

    // Runs the import and kills it with SIGKILL as soon as `killWhen` holds for the journal; returns the states the
    // journal was left in.
    QMap<QString, int> runAndKill(const QStringList& arguments,
                                  const QString& journal,
                                  const std::function<bool(const QMap<QString, int>&)>& killWhen)
    {
        QProcess process;
        startCli(&process, arguments);
        if (!process.waitForStarted(30000)) {
            qWarning("onboarder-cli did not start");
            return {};
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 120000) {
            if (process.state() == QProcess::NotRunning) {
                qWarning("the import ended before the kill point: %s", process.readAllStandardError().constData());
                return {};
            }
            if (killWhen(journalStates(journal))) {
                process.kill(); // SIGKILL: no cleanup, no flush, nothing the program can do about it
                process.waitForFinished(30000);
                return journalStates(journal);
            }
            QTest::qWait(15);
        }
        process.kill();
        process.waitForFinished(30000);
        qWarning("the kill point was never reached");
        return {};
    }

    int runToEnd(const QStringList& arguments, QByteArray* err)
    {
        QProcess process;
        startCli(&process, arguments);
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static nlohmann::json readJson(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QByteArray bytes = file.readAll();
        return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    }

    QString customer(const QString& externalId)
    {
        // Both packages of the file: a user gets one of the customer's packages.
        const QString id = m_sandbox.createCustomer(externalId,
                                                    externalId + QStringLiteral("@admin.example"),
                                                    nlohmann::json::array({ "webex_calling", "webex_meetings" }));
        if (id.isEmpty() || m_sandbox.waitForTerminal(id).value("status", std::string()) != "provisioned") {
            return {};
        }
        return id;
    }

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto options = SandboxFixture::options(QStringLiteral("demo"), 200);
        // Every answer takes 60 ms, so several creates are in flight whenever the journal is looked at.
        options.latencyMs = 60;
        QVERIFY(m_sandbox.start(options));
    }

    void killedThreeTimesThenResumed()
    {
        const QString baselineCustomer = customer(QStringLiteral("crash-base"));
        const QString crashedCustomer = customer(QStringLiteral("crash-kill"));
        QVERIFY(!baselineCustomer.isEmpty());
        QVERIFY(!crashedCustomer.isEmpty());

        // The uninterrupted run to compare with.
        const QString baselineFile = writeFile(QStringLiteral("baseline.csv"), usersCsv(QStringLiteral("base")));
        const QString baselineReport = m_dir.filePath(QStringLiteral("baseline.json"));
        QByteArray err;
        QCOMPARE(runToEnd(importArguments(baselineFile,
                                          baselineCustomer,
                                          m_dir.filePath(QStringLiteral("baseline.sqlite")),
                                          baselineReport,
                                          false),
                          &err),
                 0);

        const QString file = writeFile(QStringLiteral("users.csv"), usersCsv(QStringLiteral("kill")));
        const QString journal = m_dir.filePath(QStringLiteral("kill.sqlite"));
        const QString report = m_dir.filePath(QStringLiteral("kill.json"));
        int leftInFlight = 0;

        // 1. Early: as soon as the first creates are on their way.
        auto states = runAndKill(importArguments(file, crashedCustomer, journal, report, false),
                                 journal,
                                 [](const QMap<QString, int>& s) { return s.value(QStringLiteral("sending")) > 0; });
        QVERIFY(!states.isEmpty());
        QVERIFY(states.value(QStringLiteral("provisioned")) < kRows / 4);
        leftInFlight += states.value(QStringLiteral("sending"));

        // 2. Mid-way, with requests in flight.
        states = runAndKill(
            importArguments(file, crashedCustomer, journal, report, true), journal, [](const QMap<QString, int>& s) {
                return s.value(QStringLiteral("provisioned")) >= kRows / 2 && s.value(QStringLiteral("sending")) > 0;
            });
        QVERIFY(!states.isEmpty());
        leftInFlight += states.value(QStringLiteral("sending"));

        // 3. Near the end.
        states = runAndKill(
            importArguments(file, crashedCustomer, journal, report, true), journal, [](const QMap<QString, int>& s) {
                return s.value(QStringLiteral("provisioned")) >= kRows * 9 / 10;
            });
        QVERIFY(!states.isEmpty());
        QVERIFY(states.value(QStringLiteral("provisioned")) < kRows);
        leftInFlight += states.value(QStringLiteral("sending"));
        QVERIFY2(leftInFlight > 0, "no kill caught a request in flight");

        // Without --resume the journal is refused, and nothing is sent.
        QProcess refused;
        startCli(&refused, importArguments(file, crashedCustomer, journal, report, false));
        QVERIFY(refused.waitForFinished(60000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("--resume"));

        // 4. Resumed to the end.
        QCOMPARE(runToEnd(importArguments(file, crashedCustomer, journal, report, true), &err), 0);
        QVERIFY(err.contains("were in flight"));

        // Same result as the uninterrupted run, row by row.
        const nlohmann::json expected = readJson(baselineReport);
        const nlohmann::json actual = readJson(report);
        QCOMPARE(actual["rows"].size(), std::size_t(kRows));
        QCOMPARE(expected["rows"].size(), std::size_t(kRows));
        int recovered = 0;
        for (int i = 0; i < kRows; ++i) {
            const auto& want = expected["rows"][i];
            const auto& got = actual["rows"][i];
            QCOMPARE(got.value("outcome", std::string()), std::string("provisioned"));
            QCOMPARE(got.value("outcome", std::string()), want.value("outcome", std::string()));
            QCOMPARE(got.value("status", std::string()), want.value("status", std::string()));
            QCOMPARE(got.value("line", 0), want.value("line", 0));
            QVERIFY(!got.value("subscriberId", std::string()).empty());
            recovered += got.value("message", std::string()).find("Found by email") != std::string::npos ? 1 : 0;
        }
        // Creates that reached the server before a kill were found again, not sent twice.
        QVERIFY(recovered > 0);
        QCOMPARE(actual["summary"].value("provisioned", 0), kRows);

        // The sandbox holds each user exactly once, each from one create: counted by the server itself, so a row
        // sent again after a kill would show even though the 409 rule refused it.
        QStringList emails;
        for (int i = 0; i < kRows; ++i) {
            emails.append(emailOf(QStringLiteral("kill"), i));
        }
        QCOMPARE(
            m_sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails),
            QStringList());
        qInfo("%d rows left in flight by the kills; %d found again by email", leftInFlight, recovered);
    }

    void resumingWithAnotherFileIsRefused()
    {
        const QString journal = m_dir.filePath(QStringLiteral("kill.sqlite"));
        const QString other = writeFile(QStringLiteral("other.csv"), usersCsv(QStringLiteral("other")));
        QProcess process;
        startCli(
            &process,
            importArguments(
                other, QStringLiteral("Y3VzdG9tZXI"), journal, m_dir.filePath(QStringLiteral("other.json")), true));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("belongs to another import"), err.constData());
        QVERIFY(err.contains("users.csv"));
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestBulkImportCrash)
#include "tst_BulkImportCrash.moc"
