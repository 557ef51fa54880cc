#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/ProvisioningPoller.h"
#include "api/TokenProvider.h"

#include <QSignalSpy>
#include <QTest>

using namespace onboarder::api;
using onboarder::testsupport::SandboxFixture;

// Following a customer the sandbox is provisioning until it settles, and a deleted one until it is gone.
class TestProvisioningPoller : public QObject
{
    Q_OBJECT

private slots:
    void followsToATerminalState_data()
    {
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<QString>("terminal");
        QTest::newRow("provisioned") << QStringLiteral("poll-ok-1") << QStringLiteral("provisioned");
        QTest::newRow("with errors") << QStringLiteral("sbx-warn-poll-2") << QStringLiteral("provisioned_with_errors");
        QTest::newRow("error") << QStringLiteral("sbx-error-poll-3") << QStringLiteral("error");
        QTest::newRow("compliance hold") << QStringLiteral("sbx-rpl-poll-4") << QStringLiteral("pending_rpl_review");
    }

    void followsToATerminalState()
    {
        QFETCH(QString, externalId);
        QFETCH(QString, terminal);
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 600)));
        const QString id = sandbox.createCustomer(externalId, externalId + QStringLiteral("@example.com"));
        QVERIFY(!id.isEmpty());

        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        ProvisioningPoller poller(&session, session.urlFor(QStringLiteral("wholesale/customers/") + id));
        poller.setInitialInterval(std::chrono::milliseconds(100));
        QStringList seen;
        connect(&poller, &ProvisioningPoller::statusChanged, this, [&](const QString& status, const nlohmann::json&) {
            seen.append(status);
        });
        QSignalSpy finished(&poller, &ProvisioningPoller::finished);
        poller.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).value<ProvisioningPoller::Outcome>(), ProvisioningPoller::Outcome::Terminal);
        QCOMPARE(poller.lastStatus(), terminal);
        QCOMPARE(seen.first(), QStringLiteral("provisioning"));
        QCOMPARE(seen.last(), terminal);
        QVERIFY(poller.polls() >= 2);
    }

    void deletedCustomerEndsGone()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 200)));
        const QString id = sandbox.createCustomer(QStringLiteral("poll-del"), QStringLiteral("del@example.com"));
        QVERIFY(!id.isEmpty());
        sandbox.waitForTerminal(id);
        QCOMPARE(sandbox.client().del(QStringLiteral("/wholesale/customers/") + id).status, 202);

        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        ProvisioningPoller poller(&session, session.urlFor(QStringLiteral("wholesale/customers/") + id));
        poller.setInitialInterval(std::chrono::milliseconds(100));
        QSignalSpy finished(&poller, &ProvisioningPoller::finished);
        poller.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).value<ProvisioningPoller::Outcome>(), ProvisioningPoller::Outcome::Gone);
    }

    void cancelStopsPolling()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 60000)));
        const QString id = sandbox.createCustomer(QStringLiteral("poll-cancel"), QStringLiteral("c@example.com"));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        ProvisioningPoller poller(&session, session.urlFor(QStringLiteral("wholesale/customers/") + id));
        poller.setInitialInterval(std::chrono::milliseconds(50));
        QSignalSpy changed(&poller, &ProvisioningPoller::statusChanged);
        QSignalSpy finished(&poller, &ProvisioningPoller::finished);
        poller.start();
        QVERIFY(changed.wait(10000));
        poller.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<ProvisioningPoller::Outcome>(), ProvisioningPoller::Outcome::Cancelled);
        const int polls = poller.polls();
        QTest::qWait(400);
        QCOMPARE(poller.polls(), polls);
    }
};

QTEST_GUILESS_MAIN(TestProvisioningPoller)
#include "tst_ProvisioningPoller.moc"
