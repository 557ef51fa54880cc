#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/CustomerStatusTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace onboarder;
using jobs::CustomerStatusTracker;
using model::Customer;
using model::CustomerStatus;

// The tracker against the in-process sandbox: real HTTP, real provisioning state machine.
class tst_CustomerStatusTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void followsEachTriggerToItsSettledState_data();
    void followsEachTriggerToItsSettledState();
    void boundsTheNumberPolledAtOnce();
    void reportsDeletedCustomersAsGone();
    void settledCustomersAreNotTracked();
    void cancelStopsFollowing();

private:
    CustomerStatusTracker* makeTracker();

    testsupport::SandboxFixture m_sandbox;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    int m_serial = 0;
};

void tst_CustomerStatusTracker::initTestCase()
{
    QVERIFY(m_sandbox.start(testsupport::SandboxFixture::options(QStringLiteral("empty"), 300)));
    m_tokens = new api::StaticTokenProvider(m_sandbox.token(), this);
    m_session = new api::ApiSession(m_sandbox.baseUrl(), m_tokens, this);
    m_client = new api::WholesaleClient(m_session, this);
}

void tst_CustomerStatusTracker::cleanupTestCase()
{
    delete m_client;
    delete m_session;
    m_sandbox.stop();
}

CustomerStatusTracker* tst_CustomerStatusTracker::makeTracker()
{
    auto* tracker = new CustomerStatusTracker(m_client, this);
    tracker->setInitialInterval(std::chrono::milliseconds(50));
    tracker->setMaxInterval(std::chrono::milliseconds(200));
    return tracker;
}

void tst_CustomerStatusTracker::followsEachTriggerToItsSettledState_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("expected");
    QTest::newRow("provisioned") << QStringLiteral("crm-") << int(CustomerStatus::Provisioned);
    QTest::newRow("with errors") << QStringLiteral("sbx-warn-") << int(CustomerStatus::ProvisionedWithErrors);
    QTest::newRow("error") << QStringLiteral("sbx-error-") << int(CustomerStatus::Error);
    QTest::newRow("compliance hold") << QStringLiteral("sbx-rpl-") << int(CustomerStatus::PendingRplReview);
}

void tst_CustomerStatusTracker::followsEachTriggerToItsSettledState()
{
    QFETCH(QString, prefix);
    QFETCH(int, expected);
    ++m_serial;
    const QString id = m_sandbox.createCustomer(prefix + QString::number(m_serial),
                                                QStringLiteral("admin%1@tracker.example").arg(m_serial));
    QVERIFY(!id.isEmpty());
    auto* tracker = makeTracker();
    QSignalSpy changed(tracker, &CustomerStatusTracker::customerChanged);
    QSignalSpy finished(tracker, &CustomerStatusTracker::customerFinished);
    tracker->track(id);
    QVERIFY(tracker->isTracking(id));
    QVERIFY(finished.wait(20000));
    const auto settled = finished.at(0).at(0).value<Customer>();
    QCOMPARE(settled.id, id);
    QCOMPARE(int(settled.status.value()), expected);
    QVERIFY(!changed.isEmpty());
    // The first change seen is the transitional state or already the settled one, never anything else.
    const auto first = changed.at(0).at(0).value<Customer>();
    QVERIFY(first.status == CustomerStatus::Provisioning || first.status == settled.status);
    QVERIFY(!tracker->isTracking(id));
    if (expected == CustomerStatus::ProvisionedWithErrors) {
        QVERIFY(!settled.packageDetails.isEmpty());
        bool warned = false;
        for (const auto& detail : settled.packageDetails) {
            for (const auto& warning : detail.warnings) {
                warned = warned || warning.errorCode == QLatin1String("2560");
            }
        }
        QVERIFY2(warned, "provisioned_with_errors carries warning 2560");
    }
    if (expected == CustomerStatus::Error) {
        QVERIFY(!settled.errors.isEmpty());
    }
    delete tracker;
}

void tst_CustomerStatusTracker::boundsTheNumberPolledAtOnce()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ++m_serial;
        ids.append(m_sandbox.createCustomer(QStringLiteral("crm-bound-%1").arg(m_serial),
                                            QStringLiteral("bound%1@tracker.example").arg(m_serial)));
        QVERIFY(!ids.last().isEmpty());
    }
    auto* tracker = makeTracker();
    tracker->setMaxConcurrent(2);
    QSignalSpy finished(tracker, &CustomerStatusTracker::customerFinished);
    int maxActive = 0;
    connect(tracker, &CustomerStatusTracker::customerChanged, this, [&] {
        maxActive = qMax(maxActive, tracker->activeCount());
    });
    for (const QString& id : ids) {
        tracker->track(id);
    }
    tracker->track(ids.first()); // twice: still followed once
    QCOMPARE(tracker->activeCount(), 2);
    QCOMPARE(tracker->queuedCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 30000);
    QVERIFY(maxActive <= 2);
    QStringList settled;
    for (const auto& args : finished) {
        settled.append(args.at(0).value<Customer>().id);
        QCOMPARE(args.at(0).value<Customer>().status, CustomerStatus(CustomerStatus::Provisioned));
    }
    settled.sort();
    ids.sort();
    QCOMPARE(settled, ids);
    QCOMPARE(tracker->activeCount(), 0);
    delete tracker;
}

void tst_CustomerStatusTracker::reportsDeletedCustomersAsGone()
{
    ++m_serial;
    const QString id = m_sandbox.createCustomer(QStringLiteral("crm-gone-%1").arg(m_serial),
                                                QStringLiteral("gone%1@tracker.example").arg(m_serial));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sandbox.waitForTerminal(id).value("status", std::string()), std::string("provisioned"));
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/wholesale/customers/") + id).status, 202);
    auto* tracker = makeTracker();
    QSignalSpy gone(tracker, &CustomerStatusTracker::customerGone);
    QSignalSpy finished(tracker, &CustomerStatusTracker::customerFinished);
    tracker->track(id);
    QVERIFY(gone.wait(20000));
    QCOMPARE(gone.at(0).at(0).toString(), id);
    QCOMPARE(finished.count(), 0);
    delete tracker;
}

void tst_CustomerStatusTracker::settledCustomersAreNotTracked()
{
    auto* tracker = makeTracker();
    Customer customer;
    customer.id = QStringLiteral("some-id");
    customer.status = CustomerStatus::Provisioned;
    QVERIFY(!tracker->trackIfTransitional(customer));
    customer.status = CustomerStatus::PendingRplReview;
    QVERIFY(!tracker->trackIfTransitional(customer));
    QCOMPARE(tracker->activeCount(), 0);
    QVERIFY(CustomerStatusTracker::needsTracking(CustomerStatus::Updating));
    QVERIFY(CustomerStatusTracker::needsTracking(CustomerStatus::Deleting));
    QVERIFY(!CustomerStatusTracker::needsTracking(CustomerStatus::Error));
    delete tracker;
}

void tst_CustomerStatusTracker::cancelStopsFollowing()
{
    ++m_serial;
    const QString id = m_sandbox.createCustomer(QStringLiteral("sbx-rpl-cancel-%1").arg(m_serial),
                                                QStringLiteral("cancel%1@tracker.example").arg(m_serial));
    auto* tracker = makeTracker();
    tracker->setMaxConcurrent(1);
    tracker->track(id);
    tracker->track(QStringLiteral("queued-id"));
    QCOMPARE(tracker->queuedCount(), 1);
    QSignalSpy finished(tracker, &CustomerStatusTracker::customerFinished);
    tracker->cancel(QStringLiteral("queued-id"));
    tracker->cancel(id);
    QVERIFY(!tracker->isTracking(id));
    QCOMPARE(tracker->activeCount(), 0);
    QCOMPARE(tracker->queuedCount(), 0);
    QTest::qWait(500);
    QCOMPARE(finished.count(), 0);
    delete tracker;
}

QTEST_GUILESS_MAIN(tst_CustomerStatusTracker)
#include "tst_CustomerStatusTracker.moc"
