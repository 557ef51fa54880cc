#include "api/WhenReady.h"

#include <QPromise>
#include <QTest>
#include <QThread>

#include <memory>

using onboarder::api::whenReady;

// Results of work on another thread brought back to an object's thread, and dropped when the object is gone.
class TestWhenReady : public QObject
{
    Q_OBJECT

private:
    // Finishes the promise with `value` from a thread of its own, as background work does.
    static void finishOnAnotherThread(QPromise<int>& promise, int value)
    {
        std::unique_ptr<QThread> worker(QThread::create([&promise, value] {
            promise.addResult(value);
            promise.finish();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
    }

private slots:
    void theResultComesOnTheContextsThread()
    {
        QPromise<int> promise;
        promise.start();
        QObject context;
        int calls = 0;
        int received = 0;
        QThread* calledOn = nullptr;
        whenReady(promise.future(), &context, [&](int value) {
            ++calls;
            received = value;
            calledOn = QThread::currentThread();
        });
        finishOnAnotherThread(promise, 42);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(received, 42);
        QCOMPARE(calledOn, context.thread());
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }

    void nothingIsCalledOnceTheContextIsGone()
    {
        // Qt 6.4's QFuture::then(context) asserts here: the context was destroyed before the work finished.
        QPromise<int> promise;
        promise.start();
        auto* context = new QObject;
        int calls = 0;
        whenReady(promise.future(), context, [&calls](int) { ++calls; });
        delete context;
        finishOnAnotherThread(promise, 7);
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void aFutureWithoutAResultCallsNothing()
    {
        QPromise<int> promise;
        promise.start();
        QObject context;
        int calls = 0;
        whenReady(promise.future(), &context, [&calls](int) { ++calls; });
        promise.future().cancel();
        promise.finish();
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestWhenReady)
#include "tst_WhenReady.moc"
