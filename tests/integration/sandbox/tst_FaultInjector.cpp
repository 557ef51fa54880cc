// Injected faults over HTTP: rate limit (429 + Retry-After), random 502/503 (repeatable with a seed), answers lost
// after the create was carried out, latency.
#include "SandboxFixture.h"
#include "sandbox/FaultInjector.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace onboarder::sandbox;
using namespace onboarder::testsupport;

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void rateLimitAnswers429WithRetryAfter();
    void rateLimitRefills();
    void failRateOneFailsEveryApiCall();
    void failSeedIsRepeatable();
    void failRateSparesOAuth();
    void loseAnswerRateOneCarriesOutEveryCreate();
    void lostAnswersLeaveReadsAndPrechecksAlone();
    void loseAnswerSeedIsRepeatable();
    void loseAnswerDrawsNothingWhenOff();
    void latencyDelaysAnswersWithoutBlocking();
    void bucketUnit();
};

void TestFaultInjector::rateLimitAnswers429WithRetryAfter()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.rateLimitPerSecond = 5;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    int ok = 0;
    HttpResult limited;
    for (int i = 0; i < 12; ++i) {
        const HttpResult result = sandbox.client().get(QStringLiteral("/wholesale/customers"));
        if (result.status == 200) {
            ++ok;
        } else if (result.status == 429) {
            limited = result;
        }
    }
    QVERIFY2(ok >= 5 && ok < 12, qPrintable(QString::number(ok)));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QVERIFY(limited.json["trackingId"].is_string());
}

void TestFaultInjector::rateLimitRefills()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.rateLimitPerSecond = 2;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    HttpResult last;
    for (int i = 0; i < 5; ++i) {
        last = sandbox.client().get(QStringLiteral("/wholesale/customers"));
    }
    QCOMPARE(last.status, 429);
    QTest::qWait(last.header("Retry-After").toInt() * 1000 + 100);
    QCOMPARE(sandbox.client().get(QStringLiteral("/wholesale/customers")).status, 200);
}

void TestFaultInjector::failRateOneFailsEveryApiCall()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.failRate = 1.0;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    QSet<int> statuses;
    for (int i = 0; i < 20; ++i) {
        const HttpResult result = sandbox.client().get(QStringLiteral("/wholesale/customers"));
        statuses.insert(result.status);
        QVERIFY(result.json["message"].is_string());
        if (result.status == 503) {
            QCOMPARE(result.header("Retry-After"), QByteArray("1"));
        }
    }
    QCOMPARE(statuses, QSet<int>({ 502, 503 }));
}

void TestFaultInjector::failSeedIsRepeatable()
{
    auto run = [](quint32 seed) {
        SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
        options.failRate = 0.5;
        options.failSeed = seed;
        SandboxFixture sandbox;
        if (!sandbox.start(options)) {
            return QList<int>();
        }
        QList<int> statuses;
        for (int i = 0; i < 16; ++i) {
            statuses.append(sandbox.client().get(QStringLiteral("/wholesale/customers")).status);
        }
        return statuses;
    };
    const QList<int> first = run(42);
    QCOMPARE(first.size(), 16);
    QCOMPARE(run(42), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(502) || first.contains(503));
}

void TestFaultInjector::failRateSparesOAuth()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.failRate = 1.0;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    const HttpResult result
        = sandbox.client().send("GET",
                                sandbox.client().url(QStringLiteral(
                                    "/authorize?client_id=c&response_type=code&redirect_uri=http://127.0.0.1:9/cb")),
                                {},
                                {},
                                false);
    QCOMPARE(result.status, 302);
}

void TestFaultInjector::loseAnswerRateOneCarriesOutEveryCreate()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("demo"));
    options.loseAnswerRate = 1.0;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    const std::string templateId = sandbox.templateId().toStdString();
    QSet<int> statuses;
    QStringList externalIds;
    for (int i = 0; i < 12; ++i) {
        const QString externalId = QStringLiteral("lost-%1").arg(i);
        externalIds.append(externalId);
        const HttpResult result
            = sandbox.client().post(QStringLiteral("/wholesale/customers"),
                                    SandboxFixture::customerBody(templateId,
                                                                 externalId.toStdString(),
                                                                 externalId.toStdString() + "@lost.example",
                                                                 nlohmann::json::array({ "webex_calling" })));
        statuses.insert(result.status);
        QVERIFY(result.json["message"].is_string());
        QVERIFY(result.json["trackingId"].is_string());
        QVERIFY(result.header("Location").isEmpty()); // nothing of the real answer leaks through
    }
    QCOMPARE(statuses, QSet<int>({ 502, 504 }));
    // Every one of them was carried out, once, and the server knows which answers it lost.
    QCOMPARE(sandbox.notExactlyOnce(QStringLiteral("/wholesale/customers"), QStringLiteral("customer"), externalIds),
             QStringList());
    for (const SandboxFixture::CreateCount& count : sandbox.creates(QStringLiteral("/wholesale/customers"))) {
        QCOMPARE(count.answersLost, 1);
    }
    const HttpResult lookup = sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=lost-3"));
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json["items"].size(), std::size_t(1));
}

void TestFaultInjector::lostAnswersLeaveReadsAndPrechecksAlone()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("demo"));
    options.loseAnswerRate = 1.0;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(sandbox.client().get(QStringLiteral("/wholesale/customers")).status, 200);
    }
    const nlohmann::json body
        = { { "address", { { "addressLine1", "Storgatan 1" }, { "city", "Lund" }, { "country", "SE" } } },
            { "customerInfo", { { "primaryEmail", "vd@lundabageri.example" } } } };
    QCOMPARE(sandbox.client().post(QStringLiteral("/wholesale/customers/validate"), body).status, 200);
    // A refused create did nothing, so there is no answer to lose.
    QCOMPARE(sandbox.client().post(QStringLiteral("/wholesale/customers"), nlohmann::json::object()).status, 400);
}

void TestFaultInjector::loseAnswerSeedIsRepeatable()
{
    auto run = [](quint32 seed) {
        SandboxOptions options = SandboxFixture::options(QStringLiteral("demo"));
        options.loseAnswerRate = 0.5;
        options.failSeed = seed;
        SandboxFixture sandbox;
        if (!sandbox.start(options)) {
            return QList<int>();
        }
        const std::string templateId = sandbox.templateId().toStdString();
        QList<int> statuses;
        for (int i = 0; i < 16; ++i) {
            const std::string externalId = "seeded-" + std::to_string(i);
            statuses.append(sandbox.client()
                                .post(QStringLiteral("/wholesale/customers"),
                                      SandboxFixture::customerBody(templateId,
                                                                   externalId,
                                                                   externalId + "@seed.example",
                                                                   nlohmann::json::array({ "webex_meetings" })))
                                .status);
        }
        return statuses;
    };
    const QList<int> first = run(7);
    QCOMPARE(first.size(), 16);
    QCOMPARE(run(7), first);
    QVERIFY(first.contains(202));
    QVERIFY(first.contains(502) || first.contains(504));
}

void TestFaultInjector::loseAnswerDrawsNothingWhenOff()
{
    // The same seed gives the same 502/503 sequence whether or not answers may be lost (no creates here).
    FaultInjector plain(0, 0.5, 3u);
    FaultInjector losing(0, 0.5, 3u, 0.0);
    for (int i = 0; i < 50; ++i) {
        QVERIFY(!losing.lostAnswer());
        const auto a = plain.randomFailure();
        const auto b = losing.randomFailure();
        QCOMPARE(a.has_value(), b.has_value());
        QCOMPARE(a ? a->status : 0, b ? b->status : 0);
    }
    FaultInjector always(0, 0, 3u, 1.0);
    QSet<int> statuses;
    for (int i = 0; i < 50; ++i) {
        const auto lost = always.lostAnswer();
        QVERIFY(lost.has_value());
        QCOMPARE(lost->retryAfterSecs, 0);
        statuses.insert(lost->status);
    }
    QCOMPARE(statuses, QSet<int>({ 502, 504 }));
}

void TestFaultInjector::latencyDelaysAnswersWithoutBlocking()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.latencyMs = 300;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    auto timeOf = [&sandbox](int inFlight) {
        QElapsedTimer clock;
        clock.start();
        QList<QNetworkReply*> replies;
        for (int i = 0; i < inFlight; ++i) {
            replies.append(
                sandbox.client().start("GET", sandbox.client().url(QStringLiteral("/wholesale/customers")), {}, {}));
        }
        for (QNetworkReply* reply : replies) {
            if (!reply->isFinished()) {
                QSignalSpy finished(reply, &QNetworkReply::finished);
                finished.wait(10000);
            }
            if (SandboxTestClient::collect(reply).status != 200) {
                return qint64(-1);
            }
        }
        return clock.elapsed();
    };
    const qint64 one = timeOf(1);
    const qint64 four = timeOf(4);
    QVERIFY(one >= 0 && four >= 0);
    // The latency is a floor the server keeps; then four in flight take about one latency, not four: compared
    // with one request in the same run rather than with a fixed time, so a busy machine does not fail it.
    QVERIFY2(one >= options.latencyMs, qPrintable(QString::number(one)));
    QVERIFY2(four < 2 * one, qPrintable(QStringLiteral("one %1 ms, four %2 ms").arg(one).arg(four)));
}

void TestFaultInjector::bucketUnit()
{
    FaultInjector none(0, 0, std::nullopt);
    for (int i = 0; i < 100; ++i) {
        QVERIFY(!none.rateLimit());
        QVERIFY(!none.randomFailure());
    }
    FaultInjector bucket(3, 0, 1u);
    QVERIFY(!bucket.rateLimit());
    QVERIFY(!bucket.rateLimit());
    QVERIFY(!bucket.rateLimit());
    const auto fault = bucket.rateLimit();
    QVERIFY(fault.has_value());
    QCOMPARE(fault->status, 429);
    QCOMPARE(fault->retryAfterSecs, 1);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_FaultInjector.moc"
