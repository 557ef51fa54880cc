#include "SandboxFixture.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using onboarder::testsupport::SandboxFixture;

// `onboarder-cli subscribers import` where some rows pass the precheck and then have their create refused for a
// lasting reason (the sandbox refuses new users of one email domain): the import reports exactly those rows as
// failed. Once the refusal is lifted (the sandbox restarted on the same data without it), `--retry-failed` on the
// same journal creates exactly those rows, each once, and sends nothing for the rows already provisioned. Counted
// by the server (SandboxInspection), so a row sent twice shows even where the 409 rule refused it.
class TestRetryFailedImport : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRows = 20;

    static bool refused(int i)
    {
        return i % 4 == 1;
    }

    static QString emailOf(int i)
    {
        return QStringLiteral("retry-%1@%2")
            .arg(i)
            .arg(refused(i) ? QStringLiteral("refused.example") : QStringLiteral("kept.example"));
    }

    static QByteArray usersCsv()
    {
        QByteArray csv = "First name,Last name,Email,Package\r\n";
        for (int i = 0; i < kRows; ++i) {
            csv += QStringLiteral("User,%1,%2,webex_meetings\r\n").arg(i).arg(emailOf(i)).toUtf8();
        }
        return csv;
    }

    onboarder::sandbox::SandboxOptions sandboxOptions(bool refusing) const
    {
        auto options = SandboxFixture::options(QStringLiteral("demo"), 200);
        options.dataDir = m_dir.filePath(QStringLiteral("sandbox-data"));
        if (refusing) {
            options.refuseCreatesForEmails = QStringLiteral("@refused\\.example$");
        }
        return options;
    }

    QStringList importArguments(bool retryFailed, const QString& report) const
    {
        QStringList arguments = { QStringLiteral("--base-url"),
                                  m_sandbox.baseUrl().toString(),
                                  QStringLiteral("subscribers"),
                                  QStringLiteral("import"),
                                  m_file,
                                  QStringLiteral("--customer"),
                                  m_customerId,
                                  QStringLiteral("--journal"),
                                  m_dir.filePath(QStringLiteral("journal.sqlite")),
                                  QStringLiteral("--report"),
                                  report };
        if (retryFailed) {
            arguments << QStringLiteral("--resume") << QStringLiteral("--retry-failed");
        }
        return arguments;
    }

    int runCli(const QStringList& arguments, QByteArray* err)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("ONBOARDER_TOKEN"), m_sandbox.token());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONBOARDER_CLI_PATH), arguments);
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

    // Every write the server answered since it started: method, path and natural key.
    QList<nlohmann::json> writes()
    {
        const auto result = m_sandbox.client().get(QStringLiteral("/sandbox/inspection/writes"));
        QList<nlohmann::json> items;
        for (const nlohmann::json& item : result.json["items"]) {
            items.append(item);
        }
        return items;
    }

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QString m_file;
    QString m_customerId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(sandboxOptions(true)));
        m_customerId = m_sandbox.createCustomer(QStringLiteral("retry-failed"),
                                                QStringLiteral("retry-failed@admin.example"),
                                                nlohmann::json::array({ "webex_calling", "webex_meetings" }));
        QVERIFY(!m_customerId.isEmpty());
        QCOMPARE(m_sandbox.waitForTerminal(m_customerId).value("status", std::string()), std::string("provisioned"));
        QFile file(m_dir.filePath(QStringLiteral("users.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(usersCsv()) > 0);
        m_file = file.fileName();
    }

    void refusedRowsAreRetriedOnceAndTheOthersLeftAlone()
    {
        QStringList refusedEmails;
        QStringList keptEmails;
        for (int i = 0; i < kRows; ++i) {
            (refused(i) ? refusedEmails : keptEmails).append(emailOf(i));
        }

        // 1. The import: the refused rows passed the precheck, their creates were refused, the run says so.
        const QString firstReport = m_dir.filePath(QStringLiteral("first.json"));
        QByteArray err;
        QCOMPARE(runCli(importArguments(false, firstReport), &err), 1);
        const nlohmann::json first = readJson(firstReport);
        QCOMPARE(first["rows"].size(), std::size_t(kRows));
        for (int i = 0; i < kRows; ++i) {
            QCOMPARE(first["rows"][i].value("outcome", std::string()),
                     std::string(refused(i) ? "failed" : "provisioned"));
        }
        QCOMPARE(first["summary"].value("failed", 0), static_cast<int>(refusedEmails.size()));
        const auto firstCreates = m_sandbox.creates(QStringLiteral("/wholesale/subscribers"));
        for (const QString& email : refusedEmails) {
            QCOMPARE(firstCreates.value(email).reached, 1);
            QCOMPARE(firstCreates.value(email).carriedOut, 0);
        }
        QCOMPARE(m_sandbox.notExactlyOnce(
                     QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), keptEmails),
                 QStringList());

        // 2. The refusal is lifted: the same server data, without the fault (and with a ledger of its own).
        m_sandbox.stop();
        QVERIFY(m_sandbox.start(sandboxOptions(false)));

        // 3. --retry-failed creates the failed rows, and only them, each once.
        const QString retryReport = m_dir.filePath(QStringLiteral("retry.json"));
        QCOMPARE(runCli(importArguments(true, retryReport), &err), 0);
        const nlohmann::json retried = readJson(retryReport);
        QCOMPARE(retried["rows"].size(), std::size_t(kRows));
        for (int i = 0; i < kRows; ++i) {
            QCOMPARE(retried["rows"][i].value("outcome", std::string()), std::string("provisioned"));
        }
        QCOMPARE(retried["summary"].value("provisioned", 0), kRows);
        QCOMPARE(m_sandbox.notExactlyOnce(
                     QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), refusedEmails),
                 QStringList());
        // The rows provisioned by the first run: held once, and not written to again (no create, update or removal;
        // a precheck changes nothing).
        const QSet<QString> kept(keptEmails.begin(), keptEmails.end());
        for (const nlohmann::json& write : writes()) {
            const QString key = QString::fromStdString(write.value("key", std::string()));
            const QString path = QString::fromStdString(write.value("path", std::string()));
            QVERIFY2(!kept.contains(key) || path.endsWith(QLatin1String("/validate")),
                     qPrintable(QString::fromStdString(write.dump())));
        }
        const QMap<QString, int> held = m_sandbox.records(QStringLiteral("subscriber"));
        for (int i = 0; i < kRows; ++i) {
            QCOMPARE(held.value(emailOf(i)), 1);
        }
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestRetryFailedImport)
#include "tst_RetryFailedImport.moc"
