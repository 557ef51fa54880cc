#include "SandboxFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using onboarder::testsupport::SandboxFixture;

// The real `onboarder-cli customers import --users` killed with SIGKILL at three points (the first customer creates in
// flight, half the customers created, users being added) and resumed each time: the end result is the same as an
// uninterrupted run, and the server holds every customer and user once, each from one create. The kill points are
// chosen by watching the journals the process writes, not by sleeping.
class TestCustomersImportCrash : public QObject
{
    Q_OBJECT

private:
    static constexpr int kCustomers = 12;
    static constexpr int kUsers = 8;

    static QString externalIdOf(const QString& prefix, int c)
    {
        return QStringLiteral("%1-%2").arg(prefix).arg(c);
    }

    static QString emailOf(const QString& prefix, int c, int u)
    {
        return QStringLiteral("u%1@%2-%3.example").arg(u).arg(prefix).arg(c);
    }

    QString writeFiles(const QString& prefix, QString* usersPath)
    {
        QByteArray customers = "Företagsnamn,Administratörens e-postadress,Externt kund-ID,Land,Språk,Onboardingmall,"
                               "Paket,Adress,Ort,Postnummer,Tidszon,Platsnamn\r\n";
        QByteArray users = "Externt kund-ID,Förnamn,Efternamn,E-postadress,Paket\r\n";
        for (int c = 0; c < kCustomers; ++c) {
            customers += QStringLiteral("Kraschbolaget %1 AB,admin@%2.example,%2,SE,sv_SE,%3,webex_meetings,"
                                        "Storgatan 1,Stockholm,111 22,Europe/Stockholm,Huvudkontor\r\n")
                             .arg(c)
                             .arg(externalIdOf(prefix, c), m_templateId)
                             .toUtf8();
            for (int u = 0; u < kUsers; ++u) {
                users += QStringLiteral("%1,Användare,%2,%3,webex_meetings\r\n")
                             .arg(externalIdOf(prefix, c))
                             .arg(u)
                             .arg(emailOf(prefix, c, u))
                             .toUtf8();
            }
        }
        const QString customersPath = m_dir.filePath(prefix + QStringLiteral("-customers.csv"));
        *usersPath = m_dir.filePath(prefix + QStringLiteral("-users.csv"));
        QFile customersFile(customersPath);
        QFile usersFile(*usersPath);
        if (!customersFile.open(QIODevice::WriteOnly) || !usersFile.open(QIODevice::WriteOnly)) {
            return {};
        }
        customersFile.write(customers);
        usersFile.write(users);
        return customersPath;
    }

    QStringList importArguments(const QString& customers,
                                const QString& users,
                                const QString& journal,
                                const QString& report,
                                bool resume) const
    {
        QStringList arguments = { QStringLiteral("--base-url"),
                                  m_sandbox.baseUrl().toString(),
                                  QStringLiteral("customers"),
                                  QStringLiteral("import"),
                                  customers,
                                  QStringLiteral("--users"),
                                  users,
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

    // Rows in each state of one journal, read as another program would while the import writes (WAL readers never
    // block the writer).
    static QMap<QString, int> journalStates(const QString& journal)
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

    // The customers' journal and, summed, the users' journals beside it.
    struct Watch
    {
        QMap<QString, int> customers;
        QMap<QString, int> users;
    };

    static Watch watch(const QString& journal)
    {
        Watch w;
        w.customers = journalStates(journal);
        const QFileInfo info(journal);
        const QStringList userJournals
            = QDir(info.path()).entryList({ info.completeBaseName() + QStringLiteral("-users-*.sqlite") }, QDir::Files);
        for (const QString& name : userJournals) {
            const auto states = journalStates(info.path() + QLatin1Char('/') + name);
            for (auto it = states.cbegin(); it != states.cend(); ++it) {
                w.users[it.key()] += it.value();
            }
        }
        return w;
    }

    Watch
    runAndKill(const QStringList& arguments, const QString& journal, const std::function<bool(const Watch&)>& when)
    {
        QProcess process;
        startCli(&process, arguments);
        if (!process.waitForStarted(30000)) {
            qWarning("onboarder-cli did not start");
            return {};
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 180000) {
            if (process.state() == QProcess::NotRunning) {
                qWarning("the import ended before the kill point: %s", process.readAllStandardError().constData());
                return {};
            }
            if (when(watch(journal))) {
                process.kill(); // SIGKILL: no cleanup, no flush
                process.waitForFinished(30000);
                return watch(journal);
            }
            QTest::qWait(10);
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
        if (!process.waitForFinished(300000)) {
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

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QString m_templateId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto options = SandboxFixture::options(QStringLiteral("demo"), 300);
        // Every answer takes 40 ms, so requests are in flight whenever the journals are looked at.
        options.latencyMs = 40;
        QVERIFY(m_sandbox.start(options));
        m_templateId = m_sandbox.templateId();
        QVERIFY(!m_templateId.isEmpty());
    }

    void killedThreeTimesThenResumed()
    {
        // The uninterrupted run to compare with.
        QString baselineUsers;
        const QString baseline = writeFiles(QStringLiteral("base"), &baselineUsers);
        const QString baselineReport = m_dir.filePath(QStringLiteral("base.json"));
        QByteArray err;
        QCOMPARE(
            runToEnd(importArguments(
                         baseline, baselineUsers, m_dir.filePath(QStringLiteral("base.sqlite")), baselineReport, false),
                     &err),
            0);

        QString users;
        const QString customers = writeFiles(QStringLiteral("kill"), &users);
        const QString journal = m_dir.filePath(QStringLiteral("kill.sqlite"));
        const QString report = m_dir.filePath(QStringLiteral("kill.json"));
        int leftInFlight = 0;

        // 1. The first customer creates on their way.
        Watch w = runAndKill(importArguments(customers, users, journal, report, false), journal, [](const Watch& s) {
            return s.customers.value(QStringLiteral("sending")) > 0;
        });
        QVERIFY(!w.customers.isEmpty());
        leftInFlight += w.customers.value(QStringLiteral("sending"));

        // 2. Half the customers created, more on their way.
        w = runAndKill(importArguments(customers, users, journal, report, true), journal, [](const Watch& s) {
            return s.customers.value(QStringLiteral("provisioned")) >= kCustomers / 2
                && s.customers.value(QStringLiteral("sending")) > 0;
        });
        QVERIFY(!w.customers.isEmpty());
        leftInFlight += w.customers.value(QStringLiteral("sending"));

        // 3. Users being added.
        w = runAndKill(importArguments(customers, users, journal, report, true), journal, [](const Watch& s) {
            return s.users.value(QStringLiteral("provisioned")) >= kUsers
                && s.users.value(QStringLiteral("sending")) > 0;
        });
        QVERIFY(!w.customers.isEmpty());
        leftInFlight += w.users.value(QStringLiteral("sending"));
        QVERIFY2(leftInFlight > 0, "no kill caught a create in flight");

        // Without --resume the journal is refused and nothing is sent.
        QProcess refused;
        startCli(&refused, importArguments(customers, users, journal, report, false));
        QVERIFY(refused.waitForFinished(60000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("--resume"));

        // 4. Resumed to the end.
        QCOMPARE(runToEnd(importArguments(customers, users, journal, report, true), &err), 0);

        // The same result as the uninterrupted run, customer by customer and user by user.
        const nlohmann::json expected = readJson(baselineReport);
        const nlohmann::json actual = readJson(report);
        QCOMPARE(actual["customers"].size(), std::size_t(kCustomers));
        QCOMPARE(expected["customers"].size(), std::size_t(kCustomers));
        for (int c = 0; c < kCustomers; ++c) {
            const auto& want = expected["customers"][c];
            const auto& got = actual["customers"][c];
            QCOMPARE(got.value("outcome", std::string()), want.value("outcome", std::string()));
            QCOMPARE(got.value("status", std::string()), std::string("provisioned"));
            QCOMPARE(got["users"].size(), want["users"].size());
            for (std::size_t u = 0; u < got["users"].size(); ++u) {
                QCOMPARE(got["users"][u].value("outcome", std::string()), std::string("provisioned"));
                QCOMPARE(got["users"][u].value("line", 0), want["users"][u].value("line", 0));
            }
        }

        QStringList externalIds;
        QStringList emails;
        for (int c = 0; c < kCustomers; ++c) {
            externalIds.append(externalIdOf(QStringLiteral("kill"), c));
            for (int u = 0; u < kUsers; ++u) {
                emails.append(emailOf(QStringLiteral("kill"), c, u));
            }
        }
        QCOMPARE(
            m_sandbox.notExactlyOnce(QStringLiteral("/wholesale/customers"), QStringLiteral("customer"), externalIds),
            QStringList());
        QCOMPARE(
            m_sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails),
            QStringList());
        qInfo("%d creates left in flight by the kills", leftInFlight);
    }

    void dryRunSendsNothingAndProblemsExitWithUsage()
    {
        QString users;
        const QString customers = writeFiles(QStringLiteral("dry"), &users);
        QByteArray err;
        QStringList arguments = importArguments(customers,
                                                users,
                                                m_dir.filePath(QStringLiteral("dry.sqlite")),
                                                m_dir.filePath(QStringLiteral("dry.csv")),
                                                false);
        arguments.append(QStringLiteral("--dry-run"));
        QCOMPARE(runToEnd(arguments, &err), 0);
        QVERIFY2(err.contains("nothing was sent"), err.constData());
        QVERIFY(!m_sandbox.creates(QStringLiteral("/wholesale/customers")).contains(QStringLiteral("dry-0")));
        QFile report(m_dir.filePath(QStringLiteral("dry.csv")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(report.readAll().count("\r\n"), 1 + kCustomers + kCustomers * kUsers);

        // A user naming a customer the file does not have: exit 2, nothing sent.
        QFile usersFile(users);
        QVERIFY(usersFile.open(QIODevice::Append));
        usersFile.write("okänd-1,Ulla,Okänd,ulla@dry.example,webex_meetings\r\n");
        usersFile.close();
        arguments.removeLast();
        QCOMPARE(runToEnd(arguments, &err), 2);
        QVERIFY2(err.contains("okänd-1"), err.constData());
        QVERIFY(!m_sandbox.creates(QStringLiteral("/wholesale/customers")).contains(QStringLiteral("dry-0")));
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestCustomersImportCrash)
#include "tst_CustomersImportCrash.moc"
