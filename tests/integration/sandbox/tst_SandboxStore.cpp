// Persistence and seeds: state survives a restart with a data folder, provisioning resumes after a restart,
// and large:N seeds and lists quickly.
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace onboarder::sandbox;
using namespace onboarder::testsupport;
using nlohmann::json;

class TestSandboxStore : public QObject
{
    Q_OBJECT

private slots:
    void restartKeepsState();
    void provisioningCompletesAfterRestart();
    void memoryModeForgets();
    void seedIsOnlyAppliedToANewDataFolder();
    void largeSeedSeedsAndListsQuickly();
    void largeSeedPersistsAndReloads();
};

void TestSandboxStore::restartKeepsState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options = SandboxFixture::options(QStringLiteral("demo"), 100);
    options.dataDir = dir.path();
    QString customerId;
    QString subscriberId;
    QString templateId;
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        customerId = sandbox.createCustomer(QStringLiteral("persist-1"), QStringLiteral("owner@persist.example"));
        QCOMPARE(sandbox.waitForTerminal(customerId)["status"].get<std::string>(), std::string("provisioned"));
        const HttpResult sub = sandbox.client().post(QStringLiteral("/wholesale/subscribers"),
                                                     { { "customerId", customerId.toStdString() },
                                                       { "email", "user@persist.example" },
                                                       { "packages", { "webex_calling" } },
                                                       { "provisioningParameters", { { "extension", "3001" } } } });
        QCOMPARE(sub.status, 200);
        subscriberId = QString::fromStdString(sub.json["id"].get<std::string>());
        const HttpResult tpl = sandbox.client().post(QStringLiteral("/sandbox/onboardingTemplates"),
                                                     { { "name", "Persisted" }, { "countryCode", "SE" } });
        templateId = QString::fromStdString(tpl.json["provisioningId"].get<std::string>());
        sandbox.stop();
    }
    SandboxFixture again;
    QVERIFY(again.start(options));
    const HttpResult customer = again.client().get(QStringLiteral("/wholesale/customers/") + customerId);
    QCOMPARE(customer.status, 200);
    QCOMPARE(customer.json["status"].get<std::string>(), std::string("provisioned"));
    QCOMPARE(again.client().get(QStringLiteral("/wholesale/subscribers/") + subscriberId).status, 200);
    QCOMPARE(again.client().get(QStringLiteral("/sandbox/onboardingTemplates/") + templateId).status, 200);
    QCOMPARE(again.client().get(QStringLiteral("/people?email=user@persist.example")).json["items"].size(),
             std::size_t(1));
    // Demo data was not seeded twice.
    QCOMPARE(again.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001")).json["items"].size(),
             std::size_t(1));
    // Conflicts still hold after the reload (indexes rebuilt).
    QCOMPARE(again.client()
                 .post(QStringLiteral("/wholesale/customers"),
                       SandboxFixture::customerBody(
                           templateId.toStdString(), "persist-1", "x@persist.example", { "webex_calling" }))
                 .status,
             409);
}

void TestSandboxStore::provisioningCompletesAfterRestart()
{
    QTemporaryDir dir;
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"), 1500);
    options.dataDir = dir.path();
    QString customerId;
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        customerId = sandbox.createCustomer(QStringLiteral("resume-1"), QStringLiteral("owner@resume.example"));
        QVERIFY(!customerId.isEmpty());
        QCOMPARE(sandbox.client()
                     .get(QStringLiteral("/wholesale/customers/") + customerId)
                     .json["status"]
                     .get<std::string>(),
                 std::string("provisioning"));
        sandbox.stop(); // before the delay has passed
    }
    SandboxFixture again;
    QVERIFY(again.start(options));
    const json done = again.waitForTerminal(customerId, 10000);
    QCOMPARE(done["status"].get<std::string>(), std::string("provisioned"));
    QVERIFY(done["orgId"].is_string());
}

void TestSandboxStore::memoryModeForgets()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        QCOMPARE(
            sandbox.client()
                .post(QStringLiteral("/sandbox/onboardingTemplates"), { { "name", "Gone" }, { "countryCode", "SE" } })
                .status,
            201);
    }
    SandboxFixture again;
    QVERIFY(again.start(options));
    QCOMPARE(again.client().get(QStringLiteral("/sandbox/onboardingTemplates")).json["items"].size(), std::size_t(0));
}

void TestSandboxStore::seedIsOnlyAppliedToANewDataFolder()
{
    QTemporaryDir dir;
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.dataDir = dir.path();
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
    }
    options.seed = QStringLiteral("demo");
    SandboxFixture again;
    QVERIFY(again.start(options));
    QCOMPARE(again.client().get(QStringLiteral("/wholesale/customers")).json["items"].size(), std::size_t(0));
}

void TestSandboxStore::largeSeedSeedsAndListsQuickly()
{
    // The bounds are sanity checks far above what an idle two-core machine needs (about 2 s to seed, 0.1 s to
    // list); the measured times are reported.
    QElapsedTimer clock;
    clock.start();
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("large:20000"))));
    const qint64 seedMs = clock.elapsed();
    clock.restart();
    const HttpResult first = sandbox.client().get(QStringLiteral("/wholesale/customers?max=100"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json["items"].size(), std::size_t(100));
    const HttpResult last = sandbox.client().get(QStringLiteral("/wholesale/customers?offset=19950&max=100"));
    QCOMPARE(last.json["items"].size(), std::size_t(50));
    QVERIFY(last.link("next").isEmpty());
    const HttpResult errors = sandbox.client().get(QStringLiteral("/wholesale/customers?status=error&max=100"));
    QCOMPARE(errors.json["items"].size(), std::size_t(100));
    const HttpResult subscribers = sandbox.client().get(QStringLiteral("/wholesale/subscribers?max=100"));
    QCOMPARE(subscribers.json["items"].size(), std::size_t(100));
    const qint64 listMs = clock.elapsed();
    qInfo("large:20000 in memory: seeded and started in %lld ms, four list calls in %lld ms", seedMs, listMs);
    QVERIFY2(seedMs < 120000, qPrintable(QString::number(seedMs)));
    QVERIFY2(listMs < 20000, qPrintable(QString::number(listMs)));
}

void TestSandboxStore::largeSeedPersistsAndReloads()
{
    QTemporaryDir dir;
    SandboxOptions options = SandboxFixture::options(QStringLiteral("large:20000"));
    options.dataDir = dir.path();
    QElapsedTimer clock;
    clock.start();
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        qInfo("large:20000 with a data folder: seeded, stored and started in %lld ms", clock.elapsed());
    }
    clock.restart();
    SandboxFixture again;
    QVERIFY(again.start(options));
    qInfo("large:20000 reloaded from disk in %lld ms", clock.elapsed());
    QCOMPARE(again.client().get(QStringLiteral("/wholesale/customers?offset=19999")).json["items"].size(),
             std::size_t(1));
    QCOMPARE(again.client().get(QStringLiteral("/wholesale/customers?externalId=large-119999")).json["items"].size(),
             std::size_t(1));
}

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_SandboxStore.moc"
