#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/import/BulkImportJob.h"
#include "jobs/import/SubscriberBatch.h"
#include "jobs/import/SubscriberBatchPreparer.h"
#include "jobs/import/SubscriberBatchProvisioner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using onboarder::api::ApiSession;
using onboarder::api::StaticTokenProvider;
using onboarder::api::WholesaleClient;
using onboarder::jobs::BulkImportJob;
using onboarder::jobs::ImportOutcome;
using onboarder::testsupport::HttpResult;
using onboarder::testsupport::SandboxFixture;

// The bulk import against the real sandbox over loopback, with the faults a real API throws at it: a tight rate
// limit (429 + Retry-After) and random 502/503s. Whatever happens, every row ends provisioned or reported failed
// with its reason, and the sandbox holds each email exactly once.
class TestBulkImportJob : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRows = 1000;

    // 1,000 users: meetings users, calling users with an extension, and a few free-account owners who end
    // pending_user_migration.
    static QByteArray usersCsv(const QString& prefix, int rows)
    {
        QByteArray csv = "\xEF\xBB\xBF"
                         "Förnamn;Efternamn;E-postadress;Paket;Anknytning\r\n";
        for (int i = 0; i < rows; ++i) {
            const bool consumer = i % 50 == 0;
            const bool calling = !consumer && i % 3 == 0;
            const QString email = consumer ? QStringLiteral("%1-%2@consumer.example").arg(prefix).arg(i)
                                           : QStringLiteral("%1-%2@bulk.example").arg(prefix).arg(i);
            const QString line = QStringLiteral("Användare;Nummer %1;%2;%3;%4\r\n")
                                     .arg(i)
                                     .arg(email,
                                          calling ? QStringLiteral("Webex Calling") : QStringLiteral("webex_meetings"),
                                          calling ? QString::number(20000 + i) : QString());
            csv += line.toUtf8();
        }
        return csv;
    }

    // Sets up a provisioned customer through faults: after a failed create it is looked up first, since with lost
    // answers the sandbox may have acted.
    QString provisionedCustomer(SandboxFixture& sandbox, const QString& externalId)
    {
        QString templateId;
        for (int i = 0; i < 50 && templateId.isEmpty(); ++i) {
            const HttpResult list = sandbox.client().get(QStringLiteral("/sandbox/onboardingTemplates"));
            if (list.status == 200 && !list.json["items"].empty()) {
                templateId = QString::fromStdString(list.json["items"][0]["provisioningId"].get<std::string>());
            } else {
                QTest::qWait(200);
            }
        }
        if (templateId.isEmpty()) {
            return {};
        }
        const auto body = SandboxFixture::customerBody(templateId.toStdString(),
                                                       externalId.toStdString(),
                                                       (externalId + QStringLiteral("@admin.example")).toStdString(),
                                                       nlohmann::json::array({ "webex_calling", "webex_meetings" }));
        QString id;
        for (int i = 0; i < 50 && id.isEmpty(); ++i) {
            const HttpResult created = sandbox.client().post(QStringLiteral("/wholesale/customers"), body);
            if (created.status == 202) {
                const std::string url = created.json["url"].get<std::string>();
                id = QString::fromStdString(url.substr(url.rfind('/') + 1));
                continue;
            }
            const HttpResult found
                = sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=") + externalId);
            if (found.status == 200 && found.json["items"].size() == 1) {
                id = QString::fromStdString(found.json["items"][0].value("id", std::string()));
            } else {
                QTest::qWait(200);
            }
        }
        for (int i = 0; i < 200 && !id.isEmpty(); ++i) {
            const HttpResult customer = sandbox.client().get(QStringLiteral("/wholesale/customers/") + id);
            if (customer.status == 200 && customer.json.value("status", std::string()) == "provisioned") {
                return id;
            }
            QTest::qWait(100);
        }
        return {};
    }

    struct Run
    {
        QList<ImportOutcome> outcomes;
        BulkImportJob::Counts counts;
        int rateLimited = 0;
        int serverFaults = 0;
        QMap<QString, int> onServer; // email → how many subscribers the server holds with it
        QMap<QString, SandboxFixture::CreateCount> creates; // email → the creates that reached the server
    };

    // tokens: null for the sandbox's static token.
    void import(SandboxFixture& sandbox,
                const QString& customerId,
                const QByteArray& csv,
                int concurrency,
                Run* run,
                onboarder::api::TokenProvider* tokens = nullptr)
    {
        StaticTokenProvider staticTokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), tokens ? tokens : &staticTokens);
        WholesaleClient client(&session);
        QSignalSpy rateLimited(&session, &ApiSession::rateLimited);
        int faults = 0;
        connect(&session,
                &ApiSession::requestFinished,
                this,
                [&faults](const QByteArray&, const QUrl&, const QByteArray&, const onboarder::api::ApiResponse& r) {
                    faults += (r.httpStatus == 502 || r.httpStatus == 503 || r.attempts > 1) ? 1 : 0;
                });

        BulkImportJob job(&client);
        BulkImportJob::Options options;
        options.customerId = customerId;
        options.concurrency = concurrency;
        options.retryDelay = std::chrono::milliseconds(100);
        job.setOptions(options);
        QSignalSpy prepared(&job, &BulkImportJob::prepared);
        QSignalSpy finished(&job, &BulkImportJob::finished);
        QSignalSpy failed(&job, &BulkImportJob::failed);
        QSignalSpy progress(&job, &BulkImportJob::progress);
        job.prepare(csv,
                    QStringLiteral("users.csv"),
                    m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite")));
        QVERIFY2(prepared.wait(180000), failed.isEmpty() ? "no answer" : qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(job.counts().rejected, 0);
        job.provision();
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(failed.isEmpty());
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toInt() + last.at(1).toInt(), kRows);
        QCOMPARE(last.at(2).toInt(), kRows);

        run->outcomes = job.outcomes();
        run->counts = job.counts();
        run->rateLimited = static_cast<int>(rateLimited.size());
        run->serverFaults = faults;

        // Counted by the server itself, blind to its 409 rule: a create sent twice shows although refused.
        run->onServer = sandbox.records(QStringLiteral("subscriber"));
        run->creates = sandbox.creates(QStringLiteral("/wholesale/subscribers"));
    }

    // Every row provisioned exactly once or reported failed with its reason; nothing on the server that the report
    // does not name as provisioned.
    void verify(const Run& run, const QString& prefix)
    {
        QCOMPARE(run.outcomes.size(), kRows);
        int provisioned = 0;
        int pendingMigration = 0;
        for (const ImportOutcome& outcome : run.outcomes) {
            const QString email = outcome.email.toLower();
            if (outcome.outcome == ImportOutcome::Kind::Provisioned) {
                ++provisioned;
                QVERIFY(!outcome.subscriberId.isEmpty());
                QCOMPARE(run.onServer.value(email), 1);
                QCOMPARE(run.creates.value(email).reached, 1);
                if (email.endsWith(QLatin1String("@consumer.example"))) {
                    QCOMPARE(outcome.status, QStringLiteral("pending_user_migration"));
                    ++pendingMigration;
                } else {
                    QCOMPARE(outcome.status, QStringLiteral("provisioned"));
                }
            } else {
                QVERIFY2(outcome.outcome == ImportOutcome::Kind::Failed
                             || outcome.outcome == ImportOutcome::Kind::Unknown,
                         qPrintable(outcome.outcomeName()));
                QVERIFY2(!outcome.message.isEmpty(), qPrintable(email));
                // A failed row was not created behind the report's back.
                if (outcome.outcome == ImportOutcome::Kind::Failed) {
                    QCOMPARE(run.onServer.value(email), 0);
                }
            }
        }
        int ours = 0;
        for (auto it = run.onServer.cbegin(); it != run.onServer.cend(); ++it) {
            QCOMPARE(it.value(), 1);
            ours += it.key().startsWith(prefix) ? 1 : 0;
        }
        QCOMPARE(ours, provisioned);
        QCOMPARE(run.counts.provisioned, provisioned);
        QCOMPARE(run.counts.pendingUserMigration, pendingMigration);
        qInfo("%d of %d provisioned (%d pending user migration), %d failed or unknown; %d rate-limit pauses, %d "
              "5xx answers or retried requests",
              provisioned,
              kRows,
              pendingMigration,
              kRows - provisioned,
              run.rateLimited,
              run.serverFaults);
        // With three tries per row and the client's own lookup-and-resend, a 10 % fault rate leaves almost nothing.
        QVERIFY(provisioned >= kRows * 99 / 100);
    }

    QTemporaryDir m_dir;

private slots:
    // The two halves of the run on their own, as a run over many customers uses them for each: preparing checks
    // every row and sends no create; provisioning then creates each row once.
    void preparingSendsNoCreateAndProvisioningCreatesEachOnce()
    {
        using namespace onboarder::jobs;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options()));
        const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bulk-halves"));
        QVERIFY(!customerId.isEmpty());
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);

        SubscriberBatch batch;
        SubscriberBatchPreparer preparer(&client, &batch);
        SubscriberBatchPreparer::Options checks;
        checks.customerId = customerId;
        preparer.setOptions(checks);
        QSignalSpy prepared(&preparer, &SubscriberBatchPreparer::prepared);
        QSignalSpy refused(&preparer, &SubscriberBatchPreparer::failed);
        preparer.prepare(
            usersCsv(QStringLiteral("halves"), 30), QStringLiteral("users.csv"), QStringLiteral(":memory:"));
        QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty() || !refused.isEmpty(), 60000);
        QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().at(1).toString()));
        QCOMPARE(batch.counts().pending, 30);
        QVERIFY(sandbox.creates(QStringLiteral("/wholesale/subscribers")).isEmpty());

        SubscriberBatchProvisioner provisioner(&client, &batch);
        QSignalSpy finished(&provisioner, &SubscriberBatchProvisioner::finished);
        QSignalSpy failed(&provisioner, &SubscriberBatchProvisioner::failed);
        provisioner.provision();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(batch.counts().provisioned, 30);
        QStringList emails;
        for (const ImportOutcome& outcome : batch.outcomes()) {
            emails.append(outcome.email);
        }
        QCOMPARE(sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails),
                 QStringList());
    }

    void rateLimitAndServerErrors()
    {
        SandboxFixture sandbox;
        auto options = SandboxFixture::options(QStringLiteral("demo"), 100);
        options.rateLimitPerSecond = 100;
        options.failRate = 0.1;
        options.failSeed = 4711;
        QVERIFY(sandbox.start(options));
        const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bulk-rl"));
        QVERIFY(!customerId.isEmpty());

        Run run;
        import(sandbox, customerId, usersCsv(QStringLiteral("rl"), kRows), 4, &run);
        if (QTest::currentTestFailed()) {
            return;
        }
        verify(run, QStringLiteral("rl-"));
        QVERIFY(run.rateLimited > 0);
        QVERIFY(run.serverFaults > 0);
    }

    void cancelThenResume()
    {
        // Cancel lands the requests in flight and records them; a new job on the same journal finishes the rest.
        SandboxFixture sandbox;
        auto options = SandboxFixture::options(QStringLiteral("demo"), 100);
        options.latencyMs = 30;
        QVERIFY(sandbox.start(options));
        const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bulk-cancel"));
        QVERIFY(!customerId.isEmpty());
        const QByteArray csv = usersCsv(QStringLiteral("cx"), 120);
        const QString journal = m_dir.filePath(QStringLiteral("cancel.sqlite"));

        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        BulkImportJob::Options jobOptions;
        jobOptions.customerId = customerId;
        {
            BulkImportJob job(&client);
            job.setOptions(jobOptions);
            QSignalSpy prepared(&job, &BulkImportJob::prepared);
            QSignalSpy finished(&job, &BulkImportJob::finished);
            connect(&job, &BulkImportJob::rowFinished, &job, [&job](int) {
                if (job.counts().provisioned == 10) {
                    job.cancel();
                }
            });
            job.prepare(csv, QStringLiteral("users.csv"), journal);
            QVERIFY(prepared.wait(60000));
            job.provision();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.at(0).at(0).toBool(), true);
            QCOMPARE(job.phase(), BulkImportJob::Phase::Finished);
            const auto counts = job.counts();
            QVERIFY(counts.provisioned >= 10);
            QVERIFY(counts.provisioned < 120);
            // Nothing is left "sending": every request that went out was answered and recorded.
            QCOMPARE(job.journal().count(onboarder::jobs::ImportJournal::State::Sending), 0);
            QCOMPARE(counts.pending + counts.provisioned, 120);
        }
        {
            // Without resume the journal is refused.
            BulkImportJob again(&client);
            again.setOptions(jobOptions);
            QSignalSpy failed(&again, &BulkImportJob::failed);
            again.prepare(csv, QStringLiteral("users.csv"), journal);
            QVERIFY(failed.wait(30000));
            QCOMPARE(failed.at(0).at(0).value<BulkImportJob::FailureKind>(), BulkImportJob::FailureKind::Journal);
        }
        BulkImportJob resumed(&client);
        jobOptions.resume = true;
        resumed.setOptions(jobOptions);
        QSignalSpy prepared(&resumed, &BulkImportJob::prepared);
        QSignalSpy finished(&resumed, &BulkImportJob::finished);
        resumed.prepare(csv, QStringLiteral("users.csv"), journal);
        QVERIFY(prepared.wait(60000));
        QVERIFY(resumed.isResumed());
        resumed.provision();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(resumed.counts().provisioned, 120);
        for (const ImportOutcome& outcome : resumed.outcomes()) {
            const HttpResult found = sandbox.client().get(
                QStringLiteral("/wholesale/subscribers?customerId=%1&email=%2").arg(customerId, outcome.email));
            QCOMPARE(found.json["items"].size(), std::size_t(1));
        }
    }

    // A fifth of the creates are carried out and then answered 502/504: every row ends as the server holds it,
    // provisioned, each from exactly one create.
    void lostAnswersDuringTheImport()
    {
        SandboxFixture sandbox;
        auto options = SandboxFixture::options(QStringLiteral("demo"), 100);
        options.loseAnswerRate = 0.2;
        options.failSeed = 2020;
        QVERIFY(sandbox.start(options));
        const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bulk-lost"));
        QVERIFY(!customerId.isEmpty());

        Run run;
        import(sandbox, customerId, usersCsv(QStringLiteral("lx"), kRows), 4, &run);
        if (QTest::currentTestFailed()) {
            return;
        }
        verify(run, QStringLiteral("lx-"));
        QCOMPARE(run.counts.provisioned, kRows);
        QVERIFY(sandbox.answersLost(QStringLiteral("/wholesale/subscribers")) > 0);
    }

    // The access token lives 3 seconds and the import under a 100/s rate limit about 20: it expires several times
    // mid-run, is renewed with the refresh token each time, and every row is provisioned.
    void tokenExpiringMidImportIsRenewed()
    {
        SandboxFixture sandbox;
        auto options = SandboxFixture::options(QStringLiteral("demo"), 100);
        options.rateLimitPerSecond = 100;
        options.accessTokenLifetimeSecs = 3;
        options.oauthClients.insert(QStringLiteral("bulk-client"), QStringLiteral("bulk-secret"));
        QVERIFY(sandbox.start(options));
        const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bulk-token"));
        QVERIFY(!customerId.isEmpty());

        onboarder::api::OAuthTokenProvider tokens(
            sandbox.baseUrl(), QStringLiteral("bulk-client"), QStringLiteral("bulk-secret"));
        QNetworkAccessManager browser; // follows the sandbox's redirect to the provider's loopback handler
        tokens.setBrowserOpener([&browser](const QUrl& url) {
            QNetworkReply* reply = browser.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QSignalSpy signedIn(&tokens, &onboarder::api::OAuthTokenProvider::signInFinished);
        QSignalSpy tokensChanged(&tokens, &onboarder::api::OAuthTokenProvider::tokensChanged);
        tokens.signIn();
        QVERIFY(signedIn.wait(30000));
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
        const QString firstToken = tokens.accessToken();

        Run run;
        import(sandbox, customerId, usersCsv(QStringLiteral("tk"), kRows), 4, &run, &tokens);
        if (QTest::currentTestFailed()) {
            return;
        }
        verify(run, QStringLiteral("tk-"));
        QCOMPARE(run.counts.provisioned, kRows);
        QVERIFY(tokens.accessToken() != firstToken);
        QVERIFY2(tokensChanged.count() >= 3, qPrintable(QString::number(tokensChanged.count()))); // sign-in + renewals
    }

    void serverErrorsDuringTheImport()
    {
        SandboxFixture sandbox;
        auto options = SandboxFixture::options(QStringLiteral("demo"), 100);
        options.failRate = 0.1;
        options.failSeed = 1066;
        QVERIFY(sandbox.start(options));
        const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bulk-5xx"));
        QVERIFY(!customerId.isEmpty());

        Run run;
        import(sandbox, customerId, usersCsv(QStringLiteral("fx"), kRows), 8, &run);
        if (QTest::currentTestFailed()) {
            return;
        }
        verify(run, QStringLiteral("fx-"));
        QVERIFY(run.serverFaults > 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkImportJob)
#include "tst_BulkImportJob.moc"
