// Injected faults over HTTP: rate limit (429 + Retry-After), random 502/503 (repeatable with a seed), latency.
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

void TestFaultInjector::latencyDelaysAnswersWithoutBlocking()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.latencyMs = 300;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    QElapsedTimer clock;
    clock.start();
    // Four requests in flight at once: all answered after about one latency, not four.
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 4; ++i) {
        replies.append(
            sandbox.client().start("GET", sandbox.client().url(QStringLiteral("/wholesale/customers")), {}, {}));
    }
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
        }
        QCOMPARE(SandboxTestClient::collect(reply).status, 200);
    }
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 280 && elapsed < 1100, qPrintable(QString::number(elapsed)));
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
