#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/calling/CallingSetupJournal.h"
#include "jobs/calling/LocationCallingSetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;
using onboarder::api::ApiSession;
using onboarder::api::StaticTokenProvider;
using onboarder::api::WholesaleClient;
using onboarder::jobs::CallingSetupJournal;
using onboarder::jobs::LocationCallingPlan;
using onboarder::jobs::LocationCallingSetup;
using onboarder::testsupport::HttpResult;
using onboarder::testsupport::SandboxFixture;

// A location's calling setup against the real sandbox: every step reaches the server, an interrupted setup resumes
// without repeating what its journal or the server shows done, and a refusal stops it with the reason.
class TestLocationCallingSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void setsUpALocationFromScratch();
    void resumesWithoutRepeatingDoneSteps();
    void refusalStopsAndKeepsTheJournal();
    void journalOfAnotherPlanIsRefused();
    void lostAnswersLeaveEachNumberAddedOnce();
    void unfinishedSetupsAreFoundWithTheirPlan();

private:
    // A new location of the French demo customer, without a PSTN connection.
    QString newLocation(const char* name);
    QString optionOfType(const QString& locationId, const std::string& type);
    // A plan for the location that connects it to the non-integrated CCP option.
    LocationCallingPlan connectingPlan(const QString& locationId);
    json numbersOf(const QString& locationId);
    QString connectionTypeOf(const QString& locationId);

    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    StaticTokenProvider* m_tokens = nullptr;
    ApiSession* m_session = nullptr;
    WholesaleClient* m_client = nullptr;
    QString m_orgId;
};

void TestLocationCallingSetup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(SandboxFixture::options()));
    m_tokens = new StaticTokenProvider(m_sandbox.token(), this);
    m_session = new ApiSession(m_sandbox.baseUrl(), m_tokens, this);
    m_client = new WholesaleClient(m_session, this);
    const HttpResult customer = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-fr-7001"));
    m_orgId = QString::fromStdString(customer.json["items"][0]["orgId"].get<std::string>());
}

void TestLocationCallingSetup::cleanupTestCase()
{
    m_sandbox.stop();
}

QString TestLocationCallingSetup::newLocation(const char* name)
{
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/locations?orgId=") + m_orgId,
                                                       { { "name", name },
                                                         { "timeZone", "Europe/Paris" },
                                                         { "preferredLanguage", "fr_fr" },
                                                         { "announcementLanguage", "fr_fr" },
                                                         { "address",
                                                           { { "address1", "3 Quai" },
                                                             { "city", "Nantes" },
                                                             { "state", "PDL" },
                                                             { "postalCode", "44000" },
                                                             { "country", "FR" } } } });
    return created.status == 201 ? QString::fromStdString(created.json["id"].get<std::string>()) : QString();
}

QString TestLocationCallingSetup::optionOfType(const QString& locationId, const std::string& type)
{
    const HttpResult options = m_sandbox.client().get(QStringLiteral("/telephony/pstn/locations/") + locationId
                                                      + QStringLiteral("/connectionOptions?orgId=") + m_orgId);
    for (const auto& option : options.json["items"]) {
        if (option["pstnConnectionType"] == type) {
            return QString::fromStdString(option["id"].get<std::string>());
        }
    }
    return {};
}

LocationCallingPlan TestLocationCallingSetup::connectingPlan(const QString& locationId)
{
    LocationCallingPlan plan;
    plan.orgId = m_orgId;
    plan.locationId = locationId;
    plan.connectionId = optionOfType(locationId, "NON_INTEGRATED_CCP");
    return plan;
}

json TestLocationCallingSetup::numbersOf(const QString& locationId)
{
    return m_sandbox.client()
        .get(QStringLiteral("/telephony/config/numbers?orgId=") + m_orgId + QStringLiteral("&locationId=") + locationId)
        .json["phoneNumbers"];
}

QString TestLocationCallingSetup::connectionTypeOf(const QString& locationId)
{
    const HttpResult connection = m_sandbox.client().get(QStringLiteral("/telephony/pstn/locations/") + locationId
                                                         + QStringLiteral("/connection?orgId=") + m_orgId);
    return connection.status == 200 ? QString::fromStdString(connection.json["pstnConnectionType"].get<std::string>())
                                    : QString();
}

void TestLocationCallingSetup::setsUpALocationFromScratch()
{
    const QString locationId = newLocation("Nantes");
    QVERIFY(!locationId.isEmpty());
    LocationCallingPlan plan = connectingPlan(locationId);
    plan.numbers = QStringList { QStringLiteral("+33240000100"),
                                 QStringLiteral("+33240000101"),
                                 QStringLiteral("+33240000102") };
    plan.mainNumber = QStringLiteral("+33240000101");
    plan.callingLineName = QStringLiteral("Nantes");
    QCOMPARE(plan.steps().size(), 4);

    LocationCallingSetup setup(m_client);
    QSignalSpy started(&setup, &LocationCallingSetup::stepStarted);
    QSignalSpy finished(&setup, &LocationCallingSetup::stepFinished);
    QSignalSpy succeeded(&setup, &LocationCallingSetup::succeeded);
    QSignalSpy failed(&setup, &LocationCallingSetup::failed);
    const QString journal = m_dir.filePath(QStringLiteral("scratch.sqlite"));
    QString error;
    QVERIFY2(setup.start(plan, journal, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(started.size(), 4);
    QCOMPARE(finished.size(), 4);
    for (const auto& step : finished) {
        QVERIFY(!step.at(2).toBool()); // each one sent
    }
    QCOMPARE(connectionTypeOf(locationId), QStringLiteral("NON_INTEGRATED_CCP"));
    const json numbers = numbersOf(locationId);
    QCOMPARE(numbers.size(), std::size_t(3));
    for (const auto& number : numbers) {
        QCOMPARE(number["state"].get<std::string>(), std::string("ACTIVE"));
        QCOMPARE(number["mainNumber"].get<bool>(), number["phoneNumber"] == "+33240000101");
    }
    QVERIFY(!QFile::exists(journal)); // done: nothing left to resume
}

void TestLocationCallingSetup::resumesWithoutRepeatingDoneSteps()
{
    const QString locationId = newLocation("Rennes");
    QVERIFY(!locationId.isEmpty());
    LocationCallingPlan plan = connectingPlan(locationId);
    for (int i = 0; i < 105; ++i) {
        plan.numbers.append(QStringLiteral("+33299000%1").arg(100 + i));
    }
    plan.mainNumber = QStringLiteral("+33299000104");
    const auto steps = plan.steps();
    QCOMPARE(steps.size(), 6); // connect, 100 + 5 numbers, their activation in the same batches, main number

    // The run before: the connection was set (the server has since been given a local gateway, so setting it again
    // would show), and the first batch of numbers went out but its answer was lost.
    const QString journal = m_dir.filePath(QStringLiteral("resume.sqlite"));
    {
        CallingSetupJournal before;
        QVERIFY(before.open(journal));
        QVERIFY(before.bind(plan.hash()));
        QVERIFY(before.record(QStringLiteral("connect"), CallingSetupJournal::State::Done));
        QVERIFY(before.record(QStringLiteral("numbers-1"), CallingSetupJournal::State::Sending));
    }
    QCOMPARE(m_sandbox.client()
                 .put(QStringLiteral("/telephony/pstn/locations/") + locationId + QStringLiteral("/connection?orgId=")
                          + m_orgId,
                      { { "premiseRouteType", "TRUNK" }, { "premiseRouteId", "trunk-rennes" } })
                 .status,
             204);
    json firstBatch = json::array();
    for (const QString& number : steps.at(1).numbers) {
        firstBatch.push_back(number.toStdString());
    }
    QCOMPARE(m_sandbox.client()
                 .post(QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=")
                           + m_orgId,
                       { { "phoneNumbers", firstBatch } })
                 .status,
             200);

    LocationCallingSetup setup(m_client);
    QSignalSpy finished(&setup, &LocationCallingSetup::stepFinished);
    QSignalSpy succeeded(&setup, &LocationCallingSetup::succeeded);
    QSignalSpy failed(&setup, &LocationCallingSetup::failed);
    QString error;
    QVERIFY2(setup.start(plan, journal, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(finished.size(), 6);
    const QList<bool> alreadyDone = { true, true, false, false, false, false };
    for (int i = 0; i < finished.size(); ++i) {
        QCOMPARE(finished.at(i).at(2).toBool(), alreadyDone.at(i));
    }
    QCOMPARE(connectionTypeOf(locationId), QStringLiteral("LOCAL_GATEWAY")); // not set again
    const json numbers = numbersOf(locationId);
    QCOMPARE(numbers.size(), std::size_t(105)); // each once: the first batch was not sent again
    int mains = 0;
    for (const auto& number : numbers) {
        QCOMPARE(number["state"].get<std::string>(), std::string("ACTIVE"));
        mains += number["mainNumber"].get<bool>() ? 1 : 0;
    }
    QCOMPARE(mains, 1);
    QVERIFY(!QFile::exists(journal));
}

void TestLocationCallingSetup::refusalStopsAndKeepsTheJournal()
{
    const QString locationId = newLocation("Brest");
    QVERIFY(!locationId.isEmpty());
    LocationCallingPlan plan = connectingPlan(locationId);
    plan.numbers = QStringList { QStringLiteral("+33298000100") };
    plan.mainNumber = QStringLiteral("+33298000999"); // not a number of the location
    const QString journal = m_dir.filePath(QStringLiteral("refused.sqlite"));
    LocationCallingSetup setup(m_client);
    QSignalSpy succeeded(&setup, &LocationCallingSetup::succeeded);
    QSignalSpy failed(&setup, &LocationCallingSetup::failed);
    QVERIFY(setup.start(plan, journal));
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 30000);
    QCOMPARE(failed.size(), 1);
    const auto apiError = failed.first().at(0).value<onboarder::api::ApiError>();
    QCOMPARE(apiError.httpStatus, 400);
    QVERIFY(!apiError.trackingId.isEmpty());
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("+33298000999")));
    QVERIFY(QFile::exists(journal));
    CallingSetupJournal after;
    QVERIFY(after.open(journal));
    QCOMPARE(after.entry(QStringLiteral("numbers-1"))->state, CallingSetupJournal::State::Done);
    QCOMPARE(after.entry(QStringLiteral("main-number"))->state, CallingSetupJournal::State::Failed);
    QVERIFY(!after.entry(QStringLiteral("main-number"))->message.isEmpty());
}

void TestLocationCallingSetup::journalOfAnotherPlanIsRefused()
{
    LocationCallingPlan plan;
    plan.orgId = m_orgId;
    plan.locationId = QStringLiteral("somewhere");
    plan.mainNumber = QStringLiteral("+33298000100");
    const QString journal = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        CallingSetupJournal other;
        QVERIFY(other.open(journal));
        QVERIFY(other.bind("another-plan"));
    }
    LocationCallingSetup setup(m_client);
    QString error;
    QVERIFY(!setup.start(plan, journal, &error));
    QVERIFY2(error.contains(QStringLiteral("another setup")), qPrintable(error));
}

// Lost answers at 20 % for every create: a numbers step whose answer was lost is checked against the server, so each
// number is added once (counted on the server) and the setup ends done; the client itself sends each request once.
void TestLocationCallingSetup::lostAnswersLeaveEachNumberAddedOnce()
{
    auto options = SandboxFixture::options();
    options.loseAnswerRate = 0.2;
    options.failSeed = 24;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    StaticTokenProvider tokens(sandbox.token());
    ApiSession session(sandbox.baseUrl(), &tokens);
    WholesaleClient client(&session);
    json customers;
    for (int attempt = 0; attempt < 50 && customers.empty(); ++attempt) {
        const HttpResult found = sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
        if (found.status == 200) {
            customers = found.json["items"];
        }
    }
    QVERIFY(!customers.empty());
    const QString orgId = QString::fromStdString(customers[0]["orgId"].get<std::string>());
    const HttpResult locations = sandbox.client().get(QStringLiteral("/locations?orgId=") + orgId);
    QCOMPARE(locations.status, 200);
    const QString locationId = QString::fromStdString(locations.json["items"][0]["id"].get<std::string>());
    QStringList numbers;
    for (int i = 0; i < 15; ++i) {
        const QString number = QStringLiteral("+4631770%1").arg(1200 + i);
        numbers.append(number);
        LocationCallingPlan plan;
        plan.orgId = orgId;
        plan.locationId = locationId;
        plan.numbers = { number };
        plan.activate = false;
        LocationCallingSetup setup(&client);
        QSignalSpy succeeded(&setup, &LocationCallingSetup::succeeded);
        QSignalSpy failed(&setup, &LocationCallingSetup::failed);
        QVERIFY(setup.start(plan, m_dir.filePath(QStringLiteral("lost-%1.sqlite").arg(i))));
        QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(0).value<onboarder::api::ApiError>().message));
    }
    QCOMPARE(sandbox.notExactlyOnce(QStringLiteral("/numbers"), QStringLiteral("number"), numbers), QStringList());
    QVERIFY(sandbox.answersLost(QStringLiteral("/numbers")) > 0);
}

// A stopped setup's journal keeps its plan: it is found for its organization, and discarding it removes the journal.
void TestLocationCallingSetup::unfinishedSetupsAreFoundWithTheirPlan()
{
    QTemporaryDir folder;
    LocationCallingPlan plan;
    plan.orgId = m_orgId;
    plan.locationId = QStringLiteral("location-1");
    plan.numbers = { QStringLiteral("+33298000500"), QStringLiteral("+33298000501") };
    plan.mainNumber = QStringLiteral("+33298000501");
    plan.callingLineName = QStringLiteral("Quimper");
    const QString path
        = QDir(folder.path()).filePath(QFileInfo(LocationCallingSetup::defaultJournalPath(plan)).fileName());
    {
        CallingSetupJournal journal;
        QVERIFY(journal.open(path));
        QVERIFY(journal.bind(plan.hash()));
        QVERIFY(journal.setPlan(plan.toJson()));
        QVERIFY(journal.record(QStringLiteral("numbers-1"), CallingSetupJournal::State::Sending));
    }
    QVERIFY(LocationCallingSetup::unfinished(QStringLiteral("another-org"), folder.path()).isEmpty());
    const QList<LocationCallingPlan> found = LocationCallingSetup::unfinished(m_orgId, folder.path());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().hash(), plan.hash()); // the same plan, so it resumes with its journal
    QVERIFY(LocationCallingSetup::discard(plan, folder.path()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(LocationCallingSetup::unfinished(m_orgId, folder.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestLocationCallingSetup)
#include "tst_LocationCallingSetup.moc"
