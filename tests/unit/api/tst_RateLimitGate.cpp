#include "api/RateLimitGate.h"

#include <QSignalSpy>
#include <QTest>

using onboarder::api::RateLimitGate;
using namespace std::chrono_literals;

class TestRateLimitGate : public QObject
{
    Q_OBJECT

private slots:
    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("missing uses default") << QByteArray() << qint64(5000);
        QTest::newRow("garbage uses default") << QByteArray("soon") << qint64(5000);
        QTest::newRow("negative clamps to zero") << QByteArray("-3") << qint64(0);
        QTest::newRow("capped") << QByteArray("100000") << qint64(120000);
        QTest::newRow("http date") << QByteArray("Mon, 23 Nov 2026 10:00:30 GMT") << qint64(30000);
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        RateLimitGate gate;
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(gate.pauseFor(header, now).count(), expectedMs);
    }

    void pauseHoldsAndResumes()
    {
        RateLimitGate gate;
        QSignalSpy paused(&gate, &RateLimitGate::paused);
        QSignalSpy resumed(&gate, &RateLimitGate::resumed);
        QVERIFY(!gate.isPaused());
        gate.pause(1200ms);
        QVERIFY(gate.isPaused());
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.first().first().toInt(), 2);
        QVERIFY(gate.remaining() <= 1200ms);
        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 5000);
        QVERIFY(!gate.isPaused());
    }

    void shorterPauseNeverShortens()
    {
        // A minute against a tenth of a second: no machine is slow enough between two statements to blur them.
        RateLimitGate gate;
        QSignalSpy paused(&gate, &RateLimitGate::paused);
        QSignalSpy countdown(&gate, &RateLimitGate::countdown);
        gate.pause(60000ms);
        gate.pause(100ms);
        QVERIFY(gate.remaining() > 100ms);
        QCOMPARE(paused.count(), 1);
        QCOMPARE(countdown.count(), 0); // the shorter pause changed nothing, so it announced nothing
    }
};

QTEST_GUILESS_MAIN(TestRateLimitGate)
#include "tst_RateLimitGate.moc"
