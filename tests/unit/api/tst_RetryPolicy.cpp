#include "api/RetryPolicy.h"

#include <QTest>

using onboarder::api::RetryPolicy;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retriesOnlySafeMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");

        QTest::newRow("GET 502") << QByteArray("GET") << 502 << true;
        QTest::newRow("GET 503") << QByteArray("GET") << 503 << true;
        QTest::newRow("GET 504") << QByteArray("GET") << 504 << true;
        QTest::newRow("GET 500") << QByteArray("GET") << 500 << true;
        QTest::newRow("GET 429 waits in the rate limit gate") << QByteArray("GET") << 429 << false;
        QTest::newRow("GET 400") << QByteArray("GET") << 400 << false;
        QTest::newRow("GET 404") << QByteArray("GET") << 404 << false;
        QTest::newRow("POST 503 never blind") << QByteArray("POST") << 503 << false;
        QTest::newRow("PUT 502 never blind") << QByteArray("PUT") << 502 << false;
        QTest::newRow("DELETE 504 never blind") << QByteArray("DELETE") << 504 << false;
    }

    void retriesOnlySafeMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(bool, retry);
        RetryPolicy policy;
        QCOMPARE(policy.afterHttpStatus(method, status, 1).retry, retry);
    }

    void transportErrorsRetryReadsOnly()
    {
        RetryPolicy policy;
        QVERIFY(policy.afterTransportError("GET", 1).retry);
        QVERIFY(!policy.afterTransportError("POST", 1).retry);
    }

    void stopsAfterMaxAttempts()
    {
        RetryPolicy policy;
        policy.setMaxAttempts(3);
        QVERIFY(policy.afterHttpStatus("GET", 503, 1).retry);
        QVERIFY(policy.afterHttpStatus("GET", 503, 2).retry);
        QVERIFY(!policy.afterHttpStatus("GET", 503, 3).retry);
    }

    void backoffGrowsAndIsCapped()
    {
        RetryPolicy policy;
        policy.setBaseDelay(100ms);
        policy.setMaxDelay(1000ms);
        policy.setRandomSource([] { return 1.0; }); // upper end of the jitter range
        QCOMPARE(policy.backoff(1), 100ms);
        QCOMPARE(policy.backoff(2), 200ms);
        QCOMPARE(policy.backoff(3), 400ms);
        QCOMPARE(policy.backoff(4), 800ms);
        QCOMPARE(policy.backoff(5), 1000ms);
        QCOMPARE(policy.backoff(60), 1000ms);
    }

    void jitterSpreadsOverUpperHalf()
    {
        RetryPolicy policy;
        policy.setBaseDelay(1000ms);
        policy.setRandomSource([] { return 0.0; });
        QCOMPARE(policy.backoff(1), 500ms);
        policy.setRandomSource([] { return 0.5; });
        QCOMPARE(policy.backoff(1), 750ms);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_RetryPolicy.moc"
