#include "SandboxFixture.h"
#include "jobs/import/CsvReader.h"
#include "model/DraftStore.h"
#include "model/WholesaleJson.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using onboarder::testsupport::SandboxFixture;

// onboarder-cli as a script runs it: the real executable, over HTTP, against a sandbox on loopback.
class TestOnboarderCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        nlohmann::json json() const
        {
            return nlohmann::json::parse(out.constBegin(), out.constEnd(), nullptr, false);
        }
    };

    // sandbox: the one the CLI talks to; the test case's own when null.
    Run cli(const QStringList& arguments, bool withToken = true, SandboxFixture* sandbox = nullptr)
    {
        SandboxFixture& server = sandbox ? *sandbox : m_sandbox;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("ONBOARDER_TOKEN"));
        if (withToken) {
            env.insert(QStringLiteral("ONBOARDER_TOKEN"), server.token());
        }
        process.setProcessEnvironment(env);
        QStringList all = { QStringLiteral("--base-url"), server.baseUrl().toString() };
        all += arguments;
        process.start(QStringLiteral(ONBOARDER_CLI_PATH), all);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString writePlan(const QString& externalId,
                      const QString& customerName = QStringLiteral("Testbolaget AB"),
                      SandboxFixture* sandbox = nullptr)
    {
        auto body = SandboxFixture::customerBody((sandbox ? *sandbox : m_sandbox).templateId().toStdString(),
                                                 externalId.toStdString(),
                                                 (externalId + QStringLiteral("@example.com")).toStdString(),
                                                 nlohmann::json::array({ "webex_calling" }));
        body["customerInfo"]["name"] = customerName.toStdString();
        onboarder::model::CustomerDraft draft;
        draft.customer = *onboarder::model::WholesaleJson::customerFromJson(body).value;
        draft.supportedLocationConfirmed = true;
        const QString path = m_home.filePath(externalId + QStringLiteral(".json"));
        const auto saved = onboarder::model::DraftStore::saveCustomerDraft(path, draft);
        return saved.ok() ? path : QString();
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_home.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return file.fileName();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The rows of a CSV file the CLI wrote, header first, read with the import's own reader.
    static QList<QStringList> csvRows(const QString& path)
    {
        QList<QStringList> rows;
        for (const auto& record : onboarder::jobs::CsvReader::read(readFile(path)).records) {
            rows.append(record.fields);
        }
        return rows;
    }

    // A provisioned customer of the demo data, to import users into.
    QString demoCustomerId()
    {
        const auto found = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
        return found.json["items"].empty() ? QString()
                                           : QString::fromStdString(found.json["items"][0].value("id", std::string()));
    }

    QTemporaryDir m_home;
    SandboxFixture m_sandbox;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 300)));
    }

    void roundTrip()
    {
        const QString plan = writePlan(QStringLiteral("cli-round-1"));
        QVERIFY(!plan.isEmpty());

        Run created = cli({ QStringLiteral("customers"),
                            QStringLiteral("create"),
                            QStringLiteral("--from"),
                            plan,
                            QStringLiteral("--wait") });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString customerId = QString::fromUtf8(created.out.trimmed());
        QVERIFY(!customerId.isEmpty());
        QVERIFY(created.err.contains("status: provisioning"));
        QVERIFY(created.err.contains("status: provisioned"));

        Run customer
            = cli({ QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("get"), customerId });
        QCOMPARE(customer.exitCode, 0);
        const QString orgId = QString::fromStdString(customer.json().value("orgId", std::string()));
        QVERIFY(!orgId.isEmpty());

        Run location = cli({ QStringLiteral("--json"),
                             QStringLiteral("locations"),
                             QStringLiteral("create"),
                             QStringLiteral("--org-id"),
                             orgId,
                             QStringLiteral("--name"),
                             QStringLiteral("Filial Göteborg"),
                             QStringLiteral("--address1"),
                             QStringLiteral("Avenyn 1"),
                             QStringLiteral("--city"),
                             QStringLiteral("Göteborg"),
                             QStringLiteral("--state"),
                             QStringLiteral("Västra Götaland"),
                             QStringLiteral("--postal-code"),
                             QStringLiteral("411 36"),
                             QStringLiteral("--country"),
                             QStringLiteral("SE"),
                             QStringLiteral("--timezone"),
                             QStringLiteral("Europe/Stockholm"),
                             QStringLiteral("--language"),
                             QStringLiteral("sv_se") });
        QVERIFY2(location.exitCode == 0, location.err.constData());
        const QString locationId = QString::fromStdString(location.json().value("id", std::string()));
        QVERIFY(!locationId.isEmpty());

        Run locations = cli({ QStringLiteral("locations"), QStringLiteral("list"), QStringLiteral("--org-id"), orgId });
        QCOMPARE(locations.exitCode, 0);
        QVERIFY(locations.out.contains("Filial G"));

        Run numbers = cli({ QStringLiteral("--json"),
                            QStringLiteral("numbers"),
                            QStringLiteral("list"),
                            QStringLiteral("--org-id"),
                            orgId,
                            QStringLiteral("--available") });
        QVERIFY2(numbers.exitCode == 0, numbers.err.constData());
        QVERIFY(numbers.json().contains("phoneNumbers"));

        Run user = cli({ QStringLiteral("--json"),
                         QStringLiteral("subscribers"),
                         QStringLiteral("create"),
                         QStringLiteral("--customer-id"),
                         customerId,
                         QStringLiteral("--email"),
                         QStringLiteral("cli.user@example.com"),
                         QStringLiteral("--package"),
                         QStringLiteral("webex_calling"),
                         QStringLiteral("--first-name"),
                         QStringLiteral("Cli"),
                         QStringLiteral("--last-name"),
                         QStringLiteral("User"),
                         QStringLiteral("--extension"),
                         QStringLiteral("3001"),
                         QStringLiteral("--location-id"),
                         locationId });
        QVERIFY2(user.exitCode == 0, user.err.constData());
        const QString subscriberId = QString::fromStdString(user.json().value("id", std::string()));
        QCOMPARE(QString::fromStdString(user.json().value("status", std::string())), QStringLiteral("provisioned"));

        Run users = cli(
            { QStringLiteral("subscribers"), QStringLiteral("list"), QStringLiteral("--customer-id"), customerId });
        QCOMPARE(users.exitCode, 0);
        QVERIFY(users.out.contains("cli.user@example.com"));

        QCOMPARE(cli({ QStringLiteral("subscribers"), QStringLiteral("delete"), subscriberId }).exitCode, 0);
        Run deleted
            = cli({ QStringLiteral("customers"), QStringLiteral("delete"), customerId, QStringLiteral("--wait") });
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(cli({ QStringLiteral("customers"), QStringLiteral("get"), customerId }).exitCode, 1);

        // Every change was recorded, with no token anywhere in what the program wrote.
        Run audit = cli({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list") }, false);
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.json().size() >= 4);
        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_sandbox.token().toUtf8()), qPrintable(file.fileName()));
        }
    }

    // A location's calling from the command line: options, connection, numbers (activated), main number.
    void callingOfALocation()
    {
        const auto customer = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-fr-7001"));
        const QString orgId = QString::fromStdString(customer.json["items"][0]["orgId"].get<std::string>());
        const auto created = m_sandbox.client().post(QStringLiteral("/locations?orgId=") + orgId,
                                                     { { "name", "Agence Lille" },
                                                       { "timeZone", "Europe/Paris" },
                                                       { "preferredLanguage", "fr_fr" },
                                                       { "announcementLanguage", "fr_fr" },
                                                       { "address",
                                                         { { "address1", "1 Place" },
                                                           { "city", "Lille" },
                                                           { "state", "HDF" },
                                                           { "postalCode", "59000" },
                                                           { "country", "FR" } } } });
        QCOMPARE(created.status, 201);
        const QString locationId = QString::fromStdString(created.json["id"].get<std::string>());
        const QStringList where = { QStringLiteral("--org-id"), orgId, QStringLiteral("--location-id"), locationId };

        Run options = cli(
            QStringList { QStringLiteral("--json"), QStringLiteral("locations"), QStringLiteral("connection-options") }
            + where);
        QVERIFY2(options.exitCode == 0, options.err.constData());
        const nlohmann::json listed = options.json();
        QVERIFY(listed["connection"].is_null());
        QString ccp;
        for (const auto& option : listed["items"]) {
            if (option["pstnConnectionType"] == "NON_INTEGRATED_CCP") {
                ccp = QString::fromStdString(option["id"].get<std::string>());
            }
        }
        QVERIFY(!ccp.isEmpty());

        const QStringList numbers = { QStringLiteral("+33320000100"), QStringLiteral("+33320000101") };
        Run early = cli(QStringList { QStringLiteral("numbers"), QStringLiteral("add") } + where + numbers);
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains("no PSTN connection"), early.err.constData());
        QVERIFY(early.err.contains("Tracking ID:"));

        Run connect
            = cli(QStringList { QStringLiteral("--json"), QStringLiteral("locations"), QStringLiteral("connect") }
                  + where + QStringList { QStringLiteral("--connection-id"), ccp });
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        QCOMPARE(connect.json()["steps"][0]["step"].get<std::string>(), std::string("connect"));

        // The same command again resumes the journal the refused run left: the numbers are added and activated.
        Run added = cli(QStringList { QStringLiteral("--json"), QStringLiteral("numbers"), QStringLiteral("add") }
                        + where + numbers);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(added.json()["steps"].size(), std::size_t(2)); // add, activate

        Run main
            = cli(QStringList { QStringLiteral("locations"), QStringLiteral("main-number") } + where
                  + QStringList {
                      QStringLiteral("--number"), numbers.at(1), QStringLiteral("--name"), QStringLiteral("Lille") });
        QVERIFY2(main.exitCode == 0, main.err.constData());

        const auto connection = m_sandbox.client().get(QStringLiteral("/telephony/pstn/locations/") + locationId
                                                       + QStringLiteral("/connection?orgId=") + orgId);
        QCOMPARE(connection.json["id"].get<std::string>(), ccp.toStdString());
        const auto inLocation = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?orgId=") + orgId
                                                       + QStringLiteral("&locationId=") + locationId);
        QCOMPARE(inLocation.json["phoneNumbers"].size(), std::size_t(2));
        for (const auto& number : inLocation.json["phoneNumbers"]) {
            QCOMPARE(number["state"].get<std::string>(), std::string("ACTIVE"));
            QCOMPARE(number["mainNumber"].get<bool>(), number["phoneNumber"] == numbers.at(1).toStdString());
        }

        // A number of another location is refused by the API: exit code 1 with its reason.
        Run foreign = cli(QStringList { QStringLiteral("locations"), QStringLiteral("main-number") } + where
                          + QStringList { QStringLiteral("--number"), QStringLiteral("+46313300100") });
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains("number of this location"), foreign.err.constData());
    }

    // The create's answer is lost every time: the CLI goes through the one look-up policy (CustomerLookUp), finds the
    // customer by its external ID, says so and succeeds; the server saw one create.
    void lostAnswerOfACustomerCreateIsLookedUp()
    {
        auto options = SandboxFixture::options();
        options.loseAnswerRate = 1.0;
        SandboxFixture losing;
        QVERIFY(losing.start(options));
        const QString plan = writePlan(QStringLiteral("cli-lost-1"), QStringLiteral("Tappade svaret AB"), &losing);
        QVERIFY(!plan.isEmpty());
        Run created = cli(
            { QStringLiteral("customers"), QStringLiteral("create"), QStringLiteral("--from"), plan }, true, &losing);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY2(created.err.contains("found by its external ID"), created.err.constData());
        QVERIFY(!created.out.trimmed().isEmpty());
        QCOMPARE(losing.notExactlyOnce(QStringLiteral("/wholesale/customers"),
                                       QStringLiteral("customer"),
                                       { QStringLiteral("cli-lost-1") }),
                 QStringList());
        QCOMPARE(losing.answersLost(QStringLiteral("/wholesale/customers")), 1);
    }

    void invalidPlanSendsNothing()
    {
        const QString plan = writePlan(QStringLiteral("cli-bad-1"), QStringLiteral("100% Pizza"));
        Run run = cli({ QStringLiteral("customers"), QStringLiteral("create"), QStringLiteral("--from"), plan });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("customerInfo.name"));
        Run list = cli({ QStringLiteral("--json"),
                         QStringLiteral("customers"),
                         QStringLiteral("list"),
                         QStringLiteral("--external-id"),
                         QStringLiteral("cli-bad-1") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json()["items"].size(), size_t(0));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << true << 0;
        QTest::newRow("command help") << QStringList {
            QStringLiteral("customers"), QStringLiteral("create"), QStringLiteral("--help")
        } << true << 0;
        QTest::newRow("unknown group") << QStringList { QStringLiteral("planets"), QStringLiteral("list") } << true
                                       << 2;
        QTest::newRow("unknown command") << QStringList { QStringLiteral("customers"), QStringLiteral("fly") } << true
                                         << 2;
        QTest::newRow("missing option") << QStringList { QStringLiteral("customers"), QStringLiteral("create") } << true
                                        << 2;
        QTest::newRow("no token") << QStringList { QStringLiteral("customers"), QStringLiteral("list") } << false << 3;
        QTest::newRow("api refuses") << QStringList {
            QStringLiteral("customers"), QStringLiteral("get"), QStringLiteral("nope")
        } << true << 1;
        QTest::newRow("bad number") << QStringList {
            QStringLiteral("numbers"),       QStringLiteral("add"), QStringLiteral("--org-id"),   QStringLiteral("o"),
            QStringLiteral("--location-id"), QStringLiteral("l"),   QStringLiteral("46701234567")
        } << true << 2;
        const QStringList where
            = { QStringLiteral("--org-id"), QStringLiteral("o"), QStringLiteral("--location-id"), QStringLiteral("l") };
        QTest::newRow("connect without a connection")
            << QStringList { QStringLiteral("locations"), QStringLiteral("connect") } + where << true << 2;
        QTest::newRow("connect with two connections")
            << QStringList { QStringLiteral("locations"), QStringLiteral("connect") } + where
                + QStringList { QStringLiteral("--trunk"),
                                QStringLiteral("t"),
                                QStringLiteral("--connection-id"),
                                QStringLiteral("c") }
            << true << 2;
        QTest::newRow("main number not E.164")
            << QStringList { QStringLiteral("locations"), QStringLiteral("main-number") } + where
                + QStringList { QStringLiteral("--number"), QStringLiteral("0701234567") }
            << true << 2;
        QTest::newRow("unknown number type") << QStringList { QStringLiteral("numbers"), QStringLiteral("add") } + where
                + QStringList { QStringLiteral("--type"), QStringLiteral("FAX"), QStringLiteral("+46701234567") }
                                             << true << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withToken);
        QFETCH(int, exitCode);
        const Run run = cli(arguments, withToken);
        QVERIFY2(run.exitCode == exitCode, (run.out + run.err).constData());
    }

    void waitEndingInErrorExitsFour()
    {
        // The sandbox ends customers whose externalId starts with sbx-error- in "error".
        const QString plan = writePlan(QStringLiteral("sbx-error-cli-1"));
        const Run run = cli({ QStringLiteral("customers"),
                              QStringLiteral("create"),
                              QStringLiteral("--from"),
                              plan,
                              QStringLiteral("--wait"),
                              QStringLiteral("--timeout"),
                              QStringLiteral("60") });
        QVERIFY2(run.exitCode == 4, (run.out + run.err).constData());
        QVERIFY2(run.err.contains("error"), run.err.constData());
    }

    void importDryRunChecksEverythingAndSendsNothing()
    {
        const QString customerId = demoCustomerId();
        QVERIFY(!customerId.isEmpty());
        const QString file = writeFile(QStringLiteral("dry.csv"),
                                       "First name,Last name,Email,Package\r\n"
                                       "Anna,Torr,dry-1@cli.example,webex_meetings\r\n"
                                       "Bo,Torr,dry-2@cli.example,webex_meetings\r\n");
        const QString report = m_home.filePath(QStringLiteral("dry-report.json"));
        const Run run = cli({ QStringLiteral("subscribers"),
                              QStringLiteral("import"),
                              file,
                              QStringLiteral("--customer"),
                              customerId,
                              QStringLiteral("--dry-run"),
                              QStringLiteral("--report"),
                              report });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("nothing was sent"), run.err.constData());
        // Every row was prechecked with the API, none created: counted by the server.
        const auto creates = m_sandbox.creates(QStringLiteral("/wholesale/subscribers"));
        const auto records = m_sandbox.records(QStringLiteral("subscriber"));
        for (const QString& email : { QStringLiteral("dry-1@cli.example"), QStringLiteral("dry-2@cli.example") }) {
            QCOMPARE(creates.value(email).reached, 0);
            QCOMPARE(records.value(email), 0);
        }
        // The report lists both rows, with their lines, as not provisioned.
        const auto written = nlohmann::json::parse(readFile(report).toStdString(), nullptr, false);
        QCOMPARE(written["rows"].size(), std::size_t(2));
        QCOMPARE(written["rows"][0].value("line", 0), 2);
        QCOMPARE(written["rows"][1].value("email", std::string()), std::string("dry-2@cli.example"));
        for (const auto& row : written["rows"]) {
            QVERIFY(row.value("outcome", std::string()) != "provisioned");
            QVERIFY(row.value("subscriberId", std::string()).empty());
        }
        // A dry run leaves no journal to resume.
        QVERIFY2(!run.err.contains("Journal:"), run.err.constData());
    }

    void importReportAndRejectedFilesSayWhatHappened()
    {
        const QString customerId = demoCustomerId();
        QVERIFY(!customerId.isEmpty());
        const QString file = writeFile(QStringLiteral("mixed.csv"),
                                       "First name,Last name,Email,Package\r\n"
                                       "Cecilia,Blandad,mixed-1@cli.example,webex_meetings\r\n"
                                       "Dan,Blandad,not-an-email,webex_meetings\r\n"
                                       "Eva,Blandad,mixed-3@cli.example,webex_meetings\r\n");
        const QString report = m_home.filePath(QStringLiteral("mixed-report.csv"));
        const QString rejected = m_home.filePath(QStringLiteral("mixed-rejected.csv"));
        const QStringList arguments = { QStringLiteral("subscribers"),
                                        QStringLiteral("import"),
                                        file,
                                        QStringLiteral("--customer"),
                                        customerId,
                                        QStringLiteral("--report"),
                                        report,
                                        QStringLiteral("--rejected"),
                                        rejected };

        // Without --skip-invalid an invalid row stops the import before anything is sent: exit 2.
        const Run refused = cli(
            arguments + QStringList { QStringLiteral("--journal"), m_home.filePath(QStringLiteral("m1.sqlite")) });
        QVERIFY2(refused.exitCode == 2, refused.err.constData());
        QCOMPARE(m_sandbox.records(QStringLiteral("subscriber")).value(QStringLiteral("mixed-1@cli.example")), 0);
        QList<QStringList> rows = csvRows(rejected);
        QCOMPARE(rows.size(), 2); // the header and the one row to fix
        QCOMPARE(rows.at(0).last(), QStringLiteral("error"));
        QCOMPARE(rows.at(1).mid(0, 4),
                 QStringList({ QStringLiteral("Dan"),
                               QStringLiteral("Blandad"),
                               QStringLiteral("not-an-email"),
                               QStringLiteral("webex_meetings") }));
        QVERIFY(!rows.at(1).last().isEmpty());

        // With it, the others are created; exit 1 because not every row was provisioned.
        const Run run = cli(arguments
                            + QStringList { QStringLiteral("--skip-invalid"),
                                            QStringLiteral("--journal"),
                                            m_home.filePath(QStringLiteral("m2.sqlite")) });
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QCOMPARE(
            m_sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"),
                                     QStringLiteral("subscriber"),
                                     { QStringLiteral("mixed-1@cli.example"), QStringLiteral("mixed-3@cli.example") }),
            QStringList());
        rows = csvRows(report);
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows.at(0);
        const auto column = [&header](const char* name) { return header.indexOf(QLatin1String(name)); };
        QVERIFY(column("outcome") >= 0 && column("subscriberId") >= 0 && column("email") >= 0
                && column("message") >= 0);
        QCOMPARE(rows.at(1).at(column("outcome")), QStringLiteral("provisioned"));
        QCOMPARE(rows.at(2).at(column("outcome")), QStringLiteral("rejected"));
        QCOMPARE(rows.at(3).at(column("outcome")), QStringLiteral("provisioned"));
        QVERIFY(!rows.at(2).at(column("message")).isEmpty());
        QVERIFY(rows.at(2).at(column("subscriberId")).isEmpty());
        // The subscriber IDs in the report are the server's.
        for (const int row : { 1, 3 }) {
            const auto found = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?email=")
                                                      + rows.at(row).at(column("email")));
            QCOMPARE(found.json["items"].size(), std::size_t(1));
            QCOMPARE(QString::fromStdString(found.json["items"][0].value("id", std::string())),
                     rows.at(row).at(column("subscriberId")));
        }
        QCOMPARE(csvRows(rejected).size(), 2);
    }

    void draftValidation()
    {
        const QString good = writePlan(QStringLiteral("cli-draft-ok"));
        Run ok = cli({ QStringLiteral("drafts"), QStringLiteral("validate"), good }, false);
        QCOMPARE(ok.exitCode, 0);
        const QString bad = writePlan(QStringLiteral("cli-draft-bad"), QStringLiteral("50% off"));
        Run problems
            = cli({ QStringLiteral("--json"), QStringLiteral("drafts"), QStringLiteral("validate"), bad }, false);
        QCOMPARE(problems.exitCode, 2);
        QCOMPARE(problems.json().value("valid", true), false);
        const QString request = m_home.filePath(QStringLiteral("request.json"));
        QCOMPARE(cli({ QStringLiteral("drafts"), QStringLiteral("export"), good, QStringLiteral("--output"), request },
                     false)
                     .exitCode,
                 0);
        QFile file(request);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("cli-draft-ok"));
    }
};

QTEST_GUILESS_MAIN(TestOnboarderCli)
#include "tst_OnboarderCli.moc"
