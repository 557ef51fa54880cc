#include "api/AdaptiveConcurrency.h"

#include <QSignalSpy>
#include <QTest>

using onboarder::api::AdaptiveConcurrency;
using Milliseconds = AdaptiveConcurrency::Milliseconds;

// The bulk runs' concurrency as answers arrive: counted events, no clock.
class TestAdaptiveConcurrency : public QObject
{
    Q_OBJECT

private:
    // Answers of the same speed until the limit stops changing or `count` are given; returns the answers given.
    static int answer(AdaptiveConcurrency& concurrency, int count, Milliseconds latency)
    {
        for (int i = 0; i < count; ++i) {
            concurrency.answered(latency);
        }
        return count;
    }

private slots:
    void growsOnePerRoundWhileAnswersStayFast()
    {
        AdaptiveConcurrency concurrency;
        QCOMPARE(concurrency.limit(), 4);
        // A round is as many answers as are in flight: 4 answers at 4 make 5.
        answer(concurrency, 4, Milliseconds(50));
        QCOMPARE(concurrency.limit(), 5);
        answer(concurrency, 5, Milliseconds(52));
        QCOMPARE(concurrency.limit(), 6);
        // A slow server that answers every request in the same time takes the maximum.
        answer(concurrency, 2000, Milliseconds(50));
        QCOMPARE(concurrency.limit(), 32);
        QCOMPARE(concurrency.highestLimit(), 32);
    }

    void halvesOnceARoundOnTooManyRequests()
    {
        AdaptiveConcurrency concurrency;
        answer(concurrency, 2000, Milliseconds(20));
        QCOMPARE(concurrency.limit(), 32);
        QSignalSpy changed(&concurrency, &AdaptiveConcurrency::limitChanged);
        concurrency.rateLimited();
        QCOMPARE(concurrency.limit(), 16);
        // More 429s of the same burst, before a round of answers came back, count once.
        concurrency.rateLimited();
        concurrency.rateLimited();
        QCOMPARE(concurrency.limit(), 16);
        QCOMPARE(changed.size(), 1);
        answer(concurrency, 16, Milliseconds(20));
        concurrency.rateLimited();
        QCOMPARE(concurrency.limit(), 8);
    }

    void slowAnswersTakeItDownAndNeverBelowTheMinimum()
    {
        AdaptiveConcurrency concurrency;
        answer(concurrency, 200, Milliseconds(10));
        const int fast = concurrency.limit();
        QVERIFY(fast > 4);
        // One answer held up (a busy machine) is not congestion.
        concurrency.answered(Milliseconds(40));
        QVERIFY(concurrency.limit() >= fast);
        // Answers that stay more than three times slower than the fastest are: the server is queueing.
        answer(concurrency, 4, Milliseconds(40));
        QCOMPARE(concurrency.limit(), fast / 2);
        for (int round = 0; round < 20; ++round) {
            answer(concurrency, 40, Milliseconds(100));
        }
        QCOMPARE(concurrency.limit(), 1);
        // Up to three times the fastest on average still counts as fast.
        answer(concurrency, 20, Milliseconds(25));
        QVERIFY(concurrency.limit() > 1);
    }

    void settingsBoundIt()
    {
        AdaptiveConcurrency::Settings settings;
        settings.initial = 50;
        settings.maximum = 8;
        AdaptiveConcurrency concurrency(settings);
        QCOMPARE(concurrency.limit(), 8);
        answer(concurrency, 100, Milliseconds(5));
        QCOMPARE(concurrency.limit(), 8);
        concurrency.reset();
        QCOMPARE(concurrency.limit(), 8);
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveConcurrency)
#include "tst_AdaptiveConcurrency.moc"
