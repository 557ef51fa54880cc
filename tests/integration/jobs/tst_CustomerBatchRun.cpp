#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/import/CustomerBatchReport.h"
#include "jobs/import/CustomerBatchRun.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using onboarder::api::ApiSession;
using onboarder::api::StaticTokenProvider;
using onboarder::api::WholesaleClient;
using onboarder::jobs::CustomerBatchRun;
using onboarder::jobs::ImportOutcome;
using onboarder::testsupport::SandboxFixture;

// A batch of customers with their users, run by CustomerBatchRun against the real sandbox over loopback: checked
// before anything is sent, created once each under injected 502/503 answers, lost answers and a rate limit, followed
// to their terminal state, and their users added once each. Counted by the server (SandboxInspection), so anything
// sent twice shows even where the server's 409 rule refused the second create.
class TestCustomerBatchRun : public QObject
{
    Q_OBJECT

private:
    static QString externalIdOf(const QString& prefix, int c)
    {
        return QStringLiteral("%1-%2").arg(prefix).arg(c, 2, 10, QLatin1Char('0'));
    }

    static QString emailOf(const QString& prefix, int c, int u)
    {
        return QStringLiteral("user%1@%2-%3.example").arg(u).arg(prefix).arg(c);
    }

    static QByteArray customersCsv(const QString& prefix, int count, const QString& templateId)
    {
        QByteArray csv = "Company name,Administrator email,External customer ID,Country,Language,Onboarding "
                         "template,Packages,Address line 1,City,Postal code,Time zone,Location name\r\n";
        for (int c = 0; c < count; ++c) {
            csv += QStringLiteral("Batchbolaget %1 AB,admin@%2.example,%2,SE,sv_SE,%3,webex_calling;webex_meetings,"
                                  "Storgatan %4,Stockholm,111 22,Europe/Stockholm,Huvudkontor\r\n")
                       .arg(c)
                       .arg(externalIdOf(prefix, c), templateId)
                       .arg(c + 1)
                       .toUtf8();
        }
        return csv;
    }

    // Per customer: users on Meetings, and one on Calling at the customer's only location (left to default).
    static QByteArray usersCsv(const QString& prefix, int customers, int perCustomer)
    {
        QByteArray csv = "Customer external ID,First name,Last name,Email,Package,Extension\r\n";
        for (int c = 0; c < customers; ++c) {
            for (int u = 0; u < perCustomer; ++u) {
                const bool calling = u == 0;
                csv += QStringLiteral("%1,Användare,%2,%3,%4,%5\r\n")
                           .arg(externalIdOf(prefix, c))
                           .arg(u)
                           .arg(emailOf(prefix, c, u),
                                calling ? QStringLiteral("webex_calling") : QStringLiteral("webex_meetings"),
                                calling ? QStringLiteral("2001") : QString())
                           .toUtf8();
            }
        }
        return csv;
    }

    struct Run
    {
        bool prepared = false;
        bool finished = false;
        QString failure;
        QList<CustomerBatchRun::CustomerOutcome> customers;
        QList<CustomerBatchRun::UserOutcome> users;
        int requests = 0;
    };

    // One run as a user starts it: prepare, then start when `start` and everything passed.
    static Run runBatch(SandboxFixture& sandbox,
                        const QByteArray& customers,
                        const QByteArray& users,
                        const QString& journal,
                        bool resume,
                        bool start = true,
                        bool retryFailed = false)
    {
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        Run run;
        QObject::connect(&session, &ApiSession::requestFinished, &session, [&run] { ++run.requests; });
        CustomerBatchRun batch(&client);
        CustomerBatchRun::Options options;
        options.resume = resume;
        options.retryFailed = retryFailed;
        options.retryDelay = std::chrono::milliseconds(50);
        options.pollInterval = std::chrono::milliseconds(100);
        options.maxPollInterval = std::chrono::milliseconds(400);
        batch.setOptions(options);
        bool ended = false;
        QObject::connect(&batch, &CustomerBatchRun::prepared, &batch, [&] {
            run.prepared = true;
            if (start) {
                batch.start();
            } else {
                ended = true;
            }
        });
        QObject::connect(&batch, &CustomerBatchRun::finished, &batch, [&](bool) {
            run.finished = true;
            ended = true;
        });
        QObject::connect(&batch, &CustomerBatchRun::failed, &batch, [&](auto, const QString& message) {
            run.failure = message;
            ended = true;
        });
        batch.prepare(customers, QStringLiteral("customers.csv"), users, journal);
        if (!QTest::qWaitFor([&] { return ended; }, 300000)) {
            run.failure = QStringLiteral("the run did not end");
        }
        run.customers = batch.customerOutcomes();
        run.users = batch.userOutcomes();
        return run;
    }

    static bool complete(const Run& run)
    {
        for (const auto& c : run.customers) {
            if (c.outcome != ImportOutcome::Kind::Provisioned || c.status != QLatin1String("provisioned")) {
                return false;
            }
        }
        for (const auto& u : run.users) {
            if (u.row.outcome != ImportOutcome::Kind::Provisioned) {
                return false;
            }
        }
        return true;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    // 20 customers × 10 users under 10 % injected 502/503, 20 % lost create answers and a rate limit: run, and run
    // again with resume while anything is unsettled, as a user would; then every customer and user is on the server
    // exactly once, reached by exactly one create, and the outcomes name the server's IDs.
    void batchUnderFaultsEndsOnceInTheServersState()
    {
        constexpr int kCustomers = 20;
        constexpr int kUsers = 10;
        SandboxFixture sandbox;
        auto options = SandboxFixture::options(QStringLiteral("demo"), 200);
        options.failRate = 0.1;
        options.loseAnswerRate = 0.2;
        options.failSeed = 18;
        options.rateLimitPerSecond = 150;
        QVERIFY(sandbox.start(options));
        const QByteArray customers = customersCsv(QStringLiteral("fault"), kCustomers, sandbox.templateId());
        const QByteArray users = usersCsv(QStringLiteral("fault"), kCustomers, kUsers);
        const QString journal = m_dir.filePath(QStringLiteral("faults.sqlite"));

        Run run = runBatch(sandbox, customers, users, journal, false);
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        QVERIFY(run.finished);
        // Whatever the faults did, every outcome is the server's real state: what is reported provisioned exists,
        // what is reported failed or not sent does not.
        const QMap<QString, int> customersHeld = sandbox.records(QStringLiteral("customer"));
        const QMap<QString, int> usersHeld = sandbox.records(QStringLiteral("subscriber"));
        for (const auto& c : run.customers) {
            if (c.outcome == ImportOutcome::Kind::Provisioned) {
                QCOMPARE(customersHeld.value(c.externalId.toLower()), 1);
            } else if (c.outcome != ImportOutcome::Kind::Unknown) {
                QCOMPARE(customersHeld.value(c.externalId.toLower()), 0);
            }
        }
        for (const auto& u : run.users) {
            if (u.row.outcome == ImportOutcome::Kind::Provisioned) {
                QCOMPARE(usersHeld.value(u.row.email.toLower()), 1);
            } else if (u.row.outcome != ImportOutcome::Kind::Unknown) {
                QCOMPARE(usersHeld.value(u.row.email.toLower()), 0);
            }
        }
        // What a transient fault left failed is given another go, as a user does with "retry failed".
        int runs = 1;
        while (!complete(run) && runs < 6) {
            run = runBatch(sandbox, customers, users, journal, true, true, /*retryFailed=*/true);
            QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
            ++runs;
        }
        qInfo("settled in %d run(s); the last sent %d requests", runs, run.requests);
        QVERIFY(complete(run));
        QVERIFY(sandbox.answersLost(QStringLiteral("/wholesale/customers")) > 0);
        QVERIFY(sandbox.answersLost(QStringLiteral("/wholesale/subscribers")) > 0);

        QStringList externalIds;
        QStringList emails;
        for (int c = 0; c < kCustomers; ++c) {
            externalIds.append(externalIdOf(QStringLiteral("fault"), c));
            for (int u = 0; u < kUsers; ++u) {
                emails.append(emailOf(QStringLiteral("fault"), c, u));
            }
        }
        const QStringList customersWrong
            = sandbox.notExactlyOnce(QStringLiteral("/wholesale/customers"), QStringLiteral("customer"), externalIds);
        QVERIFY2(customersWrong.isEmpty(), qPrintable(customersWrong.join(QLatin1Char('\n'))));
        const QStringList usersWrong
            = sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails);
        QVERIFY2(usersWrong.isEmpty(), qPrintable(usersWrong.join(QLatin1Char('\n'))));

        // The outcomes carry the server's IDs: each customer as the server knows it by its external ID.
        for (const auto& c : run.customers) {
            // The sandbox still injects its faults: ask until it answers.
            auto found = sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=") + c.externalId);
            for (int attempt = 0; attempt < 20 && found.status >= 500; ++attempt) {
                found = sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=") + c.externalId);
            }
            QCOMPARE(found.status, 200);
            QCOMPARE(found.json["items"].size(), 1U);
            QCOMPARE(QString::fromStdString(found.json["items"][0]["id"].get<std::string>()), c.customerId);
            QCOMPARE(c.users, kUsers);
            QCOMPARE(c.usersProvisioned, kUsers);
        }
        QCOMPARE(run.users.size(), kCustomers * kUsers);
    }

    // Every problem is shown before anything is sent: a row the validator refuses, an external ID that exists,
    // a user naming no customer of the batch, an email given to two customers, a package the customer lacks.
    void everyProblemIsFoundBeforeAnythingIsSent()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 200)));
        QVERIFY(
            !sandbox.createCustomer(QStringLiteral("check-exists"), QStringLiteral("exists@check.example")).isEmpty());
        const QString templateId = sandbox.templateId();
        QByteArray customers = customersCsv(QStringLiteral("check"), 2, templateId);
        customers += QStringLiteral("Finns redan AB,admin@exists.example,check-exists,SE,sv_SE,%1,webex_meetings,"
                                    "Storgatan 9,Stockholm,111 22,Europe/Stockholm,Huvudkontor\r\n")
                         .arg(templateId)
                         .toUtf8();
        customers += "Utan adress AB,not-an-email,check-bad,SE,sv_SE,,webex_meetings,,,,,\r\n";
        QByteArray users = "Customer external ID,First name,Last name,Email,Package\r\n"
                           "check-00,Anna,Ek,anna@check.example,webex_meetings\r\n"
                           "check-01,Anna,Ek,anna@check.example,webex_meetings\r\n"
                           "check-99,Bo,Al,bo@check.example,webex_meetings\r\n"
                           "check-00,Cilla,Berg,cilla@check.example,webex_suite\r\n"
                           "check-01,Dan,Ros,dan@check.example,webex_meetings\r\n";

        const Run run = runBatch(
            sandbox, customers, users, m_dir.filePath(QStringLiteral("check.sqlite")), false, /*start=*/false);
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        QVERIFY(run.prepared);
        QCOMPARE(run.customers.size(), 4);
        QCOMPARE(run.customers.at(0).outcome, ImportOutcome::Kind::Pending);
        QCOMPARE(run.customers.at(1).outcome, ImportOutcome::Kind::Pending);
        QCOMPARE(run.customers.at(2).outcome, ImportOutcome::Kind::Rejected);
        QCOMPARE(run.customers.at(2).errorCode, QStringLiteral("customer.externalId.exists"));
        QCOMPARE(run.customers.at(3).outcome, ImportOutcome::Kind::Rejected);
        QVERIFY(!run.customers.at(3).message.isEmpty());

        QCOMPARE(run.users.size(), 5);
        QCOMPARE(run.users.at(0).row.outcome, ImportOutcome::Kind::Pending);
        QCOMPARE(run.users.at(1).row.outcome, ImportOutcome::Kind::Rejected);
        QCOMPARE(run.users.at(1).row.errorCode, QStringLiteral("batch.user.emailInTwoCustomers"));
        QVERIFY(run.users.at(1).row.message.contains(QLatin1String("check-00")));
        QCOMPARE(run.users.at(2).row.outcome, ImportOutcome::Kind::Rejected);
        QCOMPARE(run.users.at(2).row.errorCode, QStringLiteral("batch.user.customerUnknown"));
        QCOMPARE(run.users.at(3).row.outcome, ImportOutcome::Kind::Rejected);
        QCOMPARE(run.users.at(3).row.line, 5);
        QCOMPARE(run.users.at(4).row.outcome, ImportOutcome::Kind::Pending);

        // Nothing was created: only the customer made by the test reached the server's create.
        QCOMPARE(sandbox.creates(QStringLiteral("/wholesale/customers")).size(), 1);
        QVERIFY(sandbox.creates(QStringLiteral("/wholesale/subscribers")).isEmpty());
    }

    // A customer whose provisioning ends in error keeps its users unsent, with the reason; one provisioned with
    // errors is reported per package, and its users are added.
    void customerInErrorKeepsItsUsersUnsent()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 200)));
        const QString templateId = sandbox.templateId();
        QByteArray customers = "Company name,Administrator email,External customer ID,Country,Language,Onboarding "
                               "template,Packages,Address line 1,City,Postal code,Time zone,Location name\r\n";
        for (const char* id : { "sbx-error-1", "sbx-warn-1", "plain-1" }) {
            customers += QStringLiteral("Bolaget %1 AB,admin@%1.example,%1,SE,sv_SE,%2,webex_calling;webex_meetings,"
                                        "Storgatan 1,Stockholm,111 22,Europe/Stockholm,Huvudkontor\r\n")
                             .arg(QString::fromLatin1(id), templateId)
                             .toUtf8();
        }
        const QByteArray users = "Customer external ID,First name,Last name,Email,Package\r\n"
                                 "sbx-error-1,Eva,Fel,eva@error.example,webex_meetings\r\n"
                                 "sbx-warn-1,Vera,Varning,vera@warn.example,webex_meetings\r\n"
                                 "plain-1,Per,Plan,per@plain.example,webex_meetings\r\n";
        const Run run = runBatch(sandbox, customers, users, m_dir.filePath(QStringLiteral("error.sqlite")), false);
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        QVERIFY(run.finished);
        QCOMPARE(run.customers.at(0).status, QStringLiteral("error"));
        QCOMPARE(run.customers.at(1).status, QStringLiteral("provisioned_with_errors"));
        QVERIFY(!run.customers.at(1).packageErrors.isEmpty());
        QVERIFY(run.customers.at(1).packageErrors.constFirst().startsWith(QLatin1String("webex_calling: ")));
        QCOMPARE(run.customers.at(2).status, QStringLiteral("provisioned"));

        QCOMPARE(run.users.at(0).row.outcome, ImportOutcome::Kind::Pending);
        QVERIFY(run.users.at(0).row.message.contains(QLatin1String("error")));
        QCOMPARE(run.users.at(1).row.outcome, ImportOutcome::Kind::Provisioned);
        QCOMPARE(run.users.at(2).row.outcome, ImportOutcome::Kind::Provisioned);
        QVERIFY(
            !sandbox.creates(QStringLiteral("/wholesale/subscribers")).contains(QStringLiteral("eva@error.example")));

        // The report holds every customer and user with outcome, IDs and reasons.
        const nlohmann::json report = onboarder::jobs::CustomerBatchReport::toJson(run.customers, run.users);
        QCOMPARE(report["customers"].size(), 3U);
        QCOMPARE(report["customers"][0]["users"][0]["outcome"].get<std::string>(), std::string("pending"));
        QCOMPARE(report["customers"][2]["users"][0]["subscriberId"].get<std::string>().empty(), false);
    }

    // A user refused for a lasting reason is reported failed and its customer stays provisioned; once the cause is
    // gone (the sandbox restarted on its data without the refusal), "retry failed" adds exactly that user and sends
    // nothing for the others.
    void retryFailedSendsOnlyWhatFailed()
    {
        QTemporaryDir data;
        auto options = SandboxFixture::options(QStringLiteral("demo"), 200);
        options.dataDir = data.path();
        options.refuseCreatesForEmails = QStringLiteral("@refused\\.example$");
        const QString journal = m_dir.filePath(QStringLiteral("retry.sqlite"));
        QByteArray customers;
        const QByteArray users = "Customer external ID,First name,Last name,Email,Package\r\n"
                                 "retry-00,Kim,Kvar,kim@kept.example,webex_meetings\r\n"
                                 "retry-00,Rut,Nej,rut@refused.example,webex_meetings\r\n"
                                 "retry-01,Lo,Kvar,lo@kept.example,webex_meetings\r\n";
        {
            SandboxFixture sandbox;
            QVERIFY(sandbox.start(options));
            customers = customersCsv(QStringLiteral("retry"), 2, sandbox.templateId());
            const Run run = runBatch(sandbox, customers, users, journal, false);
            QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
            QCOMPARE(run.users.at(0).row.outcome, ImportOutcome::Kind::Provisioned);
            QCOMPARE(run.users.at(1).row.outcome, ImportOutcome::Kind::Failed);
            QCOMPARE(run.users.at(2).row.outcome, ImportOutcome::Kind::Provisioned);
            QCOMPARE(run.customers.at(0).status, QStringLiteral("provisioned"));
            sandbox.stop();
        }
        options.refuseCreatesForEmails.clear();
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        const Run retried = runBatch(sandbox, customers, users, journal, true, true, /*retryFailed=*/true);
        QVERIFY2(retried.failure.isEmpty(), qPrintable(retried.failure));
        QVERIFY(complete(retried));
        // Since the restart the server saw one create: the user that had failed. No customer was sent again.
        const auto creates = sandbox.creates(QStringLiteral("/wholesale/subscribers"));
        QCOMPARE(creates.size(), 1);
        QCOMPARE(creates.value(QStringLiteral("rut@refused.example")).carriedOut, 1);
        QVERIFY(sandbox.creates(QStringLiteral("/wholesale/customers")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerBatchRun)
#include "tst_CustomerBatchRun.moc"
