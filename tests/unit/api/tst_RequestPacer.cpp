#include "api/RequestPacer.h"

#include <QTest>

using onboarder::api::RequestPacer;
using Milliseconds = RequestPacer::Milliseconds;

// The pace learned from 429s, on a clock the test moves: no time passes but what the test says.
class TestRequestPacer : public QObject
{
    Q_OBJECT

private:
    struct Paced
    {
        double nowMs = 0;
        RequestPacer pacer { [this] { return nowMs; } };

        void answers(int count, double overMs)
        {
            for (int i = 0; i < count; ++i) {
                pacer.answered();
                nowMs += overMs / count;
            }
        }
    };

private slots:
    void nothingIsPacedBeforeA429()
    {
        Paced paced;
        paced.answers(500, 100);
        QVERIFY(!paced.pacer.rate());
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(paced.pacer.reserve(), Milliseconds(0));
        }
    }

    void aFirst429LearnsTheLastSecondsAnswers()
    {
        Paced paced;
        // A long quiet spell before does not count: 3 answers ten seconds ago, then a burst of 100 in 50 ms.
        paced.answers(3, 30);
        paced.nowMs += 10000;
        paced.answers(100, 50);
        paced.pacer.rateLimited(Milliseconds(1000));
        QCOMPARE(*paced.pacer.rate(), 100.0);
        // Nothing goes before the pause ends; then one request every 10 ms.
        QCOMPARE(paced.pacer.reserve(), Milliseconds(1000));
        QCOMPARE(paced.pacer.reserve(), Milliseconds(1010));
        QCOMPARE(paced.pacer.reserve(), Milliseconds(1020));
    }

    void theRateBetweenTwo429sIncludesThePause()
    {
        Paced paced;
        paced.answers(100, 50);
        paced.pacer.rateLimited(Milliseconds(1000));
        // The pause, then 300 answers in 2 s: 300 in the 3 s since the last 429.
        paced.nowMs += 1000;
        paced.answers(300, 2000);
        paced.pacer.rateLimited(Milliseconds(1000));
        QVERIFY(qAbs(*paced.pacer.rate() - 100.0) < 1.0);
    }

    void thePaceGrowsByHalfEachSecondWithoutA429()
    {
        Paced paced;
        paced.answers(20, 10);
        paced.pacer.rateLimited(Milliseconds(1000));
        QCOMPARE(*paced.pacer.rate(), 20.0);
        paced.nowMs += 1000; // the pause
        QCOMPARE(*paced.pacer.rate(), 20.0);
        paced.nowMs += 2000;
        QVERIFY(qAbs(*paced.pacer.rate() - 45.0) < 1e-6);
        // Turns that were given out stay where they were; a new one is spaced at today's rate.
        const Milliseconds first = paced.pacer.reserve();
        const Milliseconds second = paced.pacer.reserve();
        QCOMPARE(first, Milliseconds(0));
        QCOMPARE(second, Milliseconds(23)); // 1000 / 45, rounded up
    }

    void aMinuteWithoutA429EndsThePacing()
    {
        Paced paced;
        paced.answers(10, 10);
        paced.pacer.rateLimited(Milliseconds(1000));
        QVERIFY(paced.pacer.rate());
        paced.nowMs += 59000;
        QVERIFY(paced.pacer.rate());
        paced.nowMs += 2000;
        QVERIFY(!paced.pacer.rate());
        QCOMPARE(paced.pacer.reserve(), Milliseconds(0));
        QCOMPARE(paced.pacer.reserve(), Milliseconds(0));
    }

    void aPaceOutgrownByQuietIsLearnedAsAFirst()
    {
        Paced paced;
        paced.answers(100, 50);
        paced.pacer.rateLimited(Milliseconds(1000));
        // Ten quiet seconds, then a burst: counted over its last second, not over the quiet ones.
        paced.nowMs += 11000;
        paced.answers(80, 40);
        paced.pacer.rateLimited(Milliseconds(1000));
        QCOMPARE(*paced.pacer.rate(), 80.0);
    }

    void aServerThatLetsNothingThroughIsStillAskedNowAndThen()
    {
        Paced paced;
        paced.pacer.rateLimited(Milliseconds(2000));
        QCOMPARE(*paced.pacer.rate(), 0.5);
        QCOMPARE(paced.pacer.reserve(), Milliseconds(2000));
        QCOMPARE(paced.pacer.reserve(), Milliseconds(4000));
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_RequestPacer.moc"
