#include "SandboxFixture.h"
#include "api/OAuthTokenProvider.h"
#include "api/ProvisioningPoller.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "model/WholesaleJson.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace onboarder::api;
using onboarder::model::Customer;
using onboarder::model::Subscriber;
using onboarder::testsupport::SandboxFixture;

// The typed client against the real sandbox: the customer journey, prechecks, safe creates and OAuth refresh.
class TestWholesaleClient : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static ApiResult<T> await(const std::function<void(WholesaleClient::Callback<T>)>& start)
    {
        ApiResult<T> result;
        bool done = false;
        start([&](const ApiResult<T>& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000)) {
            result.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test gave up waiting"));
        }
        return result;
    }

    static QByteArray describe(const std::optional<ApiError>& error)
    {
        return error ? error->toSupportText().toUtf8() : QByteArray();
    }

    // The fixture's own client meets the injected faults too: read until the sandbox answers.
    static nlohmann::json getUntilOk(SandboxFixture& sandbox, const QString& path)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const auto result = sandbox.client().get(path);
            if (result.status == 200) {
                return result.json;
            }
        }
        return nlohmann::json::object();
    }

    static QString templateIdOf(SandboxFixture& sandbox)
    {
        const auto templates = getUntilOk(sandbox, QStringLiteral("/sandbox/onboardingTemplates"));
        return QString::fromStdString(
            templates.value("items", nlohmann::json::array()).at(0).value("provisioningId", std::string()));
    }

    Customer plannedCustomer(SandboxFixture& sandbox, const QString& externalId)
    {
        return plannedCustomer(templateIdOf(sandbox), externalId);
    }

    Customer plannedCustomer(const QString& templateId, const QString& externalId)
    {
        const auto body = SandboxFixture::customerBody(templateId.toStdString(),
                                                       externalId.toStdString(),
                                                       (externalId + QStringLiteral("@example.com")).toStdString(),
                                                       nlohmann::json::array({ "webex_calling" }));
        return *onboarder::model::WholesaleJson::customerFromJson(body).value;
    }

    // A sandbox that carries out every create and answers a fifth of them with a 502/504 instead (the answer lost
    // after the effect), repeatably.
    static onboarder::sandbox::SandboxOptions losingAnswers(quint32 seed)
    {
        auto options = SandboxFixture::options();
        options.loseAnswerRate = 0.2;
        options.failSeed = seed;
        return options;
    }

    static Subscriber meetingsUser(const QString& customerId, const QString& email, const QString& lastName)
    {
        Subscriber user;
        user.customerId = customerId;
        user.email = email;
        user.packages = QStringList { QStringLiteral("webex_meetings") };
        user.firstName = QStringLiteral("Test");
        user.lastName = lastName;
        return user;
    }

    // The ID and organization of a provisioned demo customer, and its first location.
    struct DemoOrg
    {
        QString customerId;
        QString orgId;
        QString locationId;
    };
    DemoOrg demoOrg(SandboxFixture& sandbox)
    {
        const auto customers = getUntilOk(sandbox, QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
        const auto customer = customers.value("items", nlohmann::json::array()).at(0);
        DemoOrg org { QString::fromStdString(customer.value("id", std::string())),
                      QString::fromStdString(customer.value("orgId", std::string())),
                      {} };
        const auto locations = getUntilOk(sandbox, QStringLiteral("/locations?orgId=") + org.orgId);
        org.locationId = QString::fromStdString(
            locations.value("items", nlohmann::json::array()).at(0).value("id", std::string()));
        return org;
    }

    int customersWithExternalId(SandboxFixture& sandbox, const QString& externalId)
    {
        const auto list = getUntilOk(sandbox, QStringLiteral("/wholesale/customers?externalId=") + externalId);
        return static_cast<int>(list.value("items", nlohmann::json::array()).size());
    }

private slots:
    void customerJourney()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 300)));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        const Customer plan = plannedCustomer(sandbox, QStringLiteral("journey-1"));

        const auto precheck
            = await<onboarder::model::PrecheckResult>([&](auto cb) { client.precheckCustomer(plan, this, cb); });
        QVERIFY2(precheck.ok(), describe(precheck.error).constData());
        QVERIFY(precheck.value->isSuccess());

        const auto created
            = await<WholesaleClient::Created>([&](auto cb) { client.provisionCustomer(plan, this, cb); });
        QVERIFY2(created.ok(), describe(created.error).constData());
        QVERIFY(!created.value->id.isEmpty());

        ProvisioningPoller poller(&session, created.value->url);
        poller.setInitialInterval(std::chrono::milliseconds(100));
        QSignalSpy finished(&poller, &ProvisioningPoller::finished);
        poller.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(poller.lastStatus(), QStringLiteral("provisioned"));

        const auto customer = await<Customer>([&](auto cb) { client.getCustomer(created.value->id, this, cb); });
        QVERIFY2(customer.ok(), describe(customer.error).constData());
        QCOMPARE(customer.value->externalId, QStringLiteral("journey-1"));
        QVERIFY(!customer.value->orgId.isEmpty());
        const QString orgId = customer.value->orgId;

        // The headquarters location exists, with numbers to choose from.
        const auto locations
            = await<QList<onboarder::model::Location>>([&](auto cb) { client.listLocations(orgId, this, cb); });
        QVERIFY2(locations.ok(), describe(locations.error).constData());
        QVERIFY(!locations.value->isEmpty());
        onboarder::model::Location renamed = locations.value->first();
        renamed.name = QStringLiteral("Huvudkontor Stockholm");
        const auto updated = await<bool>([&](auto cb) { client.updateLocation(orgId, renamed, this, cb); });
        QVERIFY2(updated.ok(), describe(updated.error).constData());
        const auto reread
            = await<onboarder::model::Location>([&](auto cb) { client.getLocation(orgId, renamed.id, this, cb); });
        QVERIFY2(reread.ok(), describe(reread.error).constData());
        QCOMPARE(reread.value->name, renamed.name);

        const auto numbers = await<onboarder::model::PhoneNumberList>(
            [&](auto cb) { client.listNumbers(orgId, locations.value->first().id, true, this, cb); });
        QVERIFY2(numbers.ok(), describe(numbers.error).constData());

        // A calling user with an extension.
        Subscriber user;
        user.customerId = created.value->id;
        user.email = QStringLiteral("anna.andersson@journey.example");
        user.packages = QStringList { QStringLiteral("webex_calling") };
        user.firstName = QStringLiteral("Anna");
        user.lastName = QStringLiteral("Andersson");
        user.extension = QStringLiteral("2001");
        user.locationId = locations.value->first().id;
        const auto userPrecheck
            = await<onboarder::model::PrecheckResult>([&](auto cb) { client.precheckSubscriber(user, this, cb); });
        QVERIFY2(userPrecheck.ok(), describe(userPrecheck.error).constData());
        const auto subscriber = await<Subscriber>([&](auto cb) { client.provisionSubscriber(user, this, cb); });
        QVERIFY2(subscriber.ok(), describe(subscriber.error).constData());
        QCOMPARE(subscriber.value->status.toWire(), QStringLiteral("provisioned"));

        const auto found = await<std::optional<Subscriber>>(
            [&](auto cb) { client.findSubscriber(created.value->id, user.email, this, cb); });
        QVERIFY(found.ok() && found.value->has_value());
        QCOMPARE((*found.value)->id, subscriber.value->id);

        // The same email again is a conflict with its code, message and tracking ID.
        const auto duplicate = await<Subscriber>([&](auto cb) { client.provisionSubscriber(user, this, cb); });
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error->httpStatus, 409);
        QCOMPARE(duplicate.error->firstErrorCode(), QStringLiteral("10022"));
        QVERIFY(!duplicate.error->trackingId.isEmpty());

        const auto removed = await<bool>([&](auto cb) { client.deleteSubscriber(subscriber.value->id, this, cb); });
        QVERIFY2(removed.ok(), describe(removed.error).constData());
        const auto deleted = await<QUrl>([&](auto cb) { client.deleteCustomer(created.value->id, this, cb); });
        QVERIFY2(deleted.ok(), describe(deleted.error).constData());
    }

    void invalidCustomerIsRefusedWithReasons()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options()));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        Customer plan = plannedCustomer(sandbox, QStringLiteral("bad-1"));
        plan.customerInfo.name = QStringLiteral("100% Pizza");
        const auto created
            = await<WholesaleClient::Created>([&](auto cb) { client.provisionCustomer(plan, this, cb); });
        QVERIFY(!created.ok());
        QCOMPARE(created.error->httpStatus, 400);
        QVERIFY(!created.error->message.isEmpty());
        QCOMPARE(customersWithExternalId(sandbox, QStringLiteral("bad-1")), 0);
    }

    // The client sends a customer or subscriber create once and decides nothing: a lost answer is reported as the
    // failure it is (what follows is jobs::CustomerLookUp's and jobs::SubscriberLookUp's, tested in tst_CreateLookUp),
    // and nothing is sent twice.
    void customerAndSubscriberCreatesAreSentOnce()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(losingAnswers(21)));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        const QString templateId = templateIdOf(sandbox);
        QStringList externalIds;
        int lost = 0;
        for (int i = 0; i < 15; ++i) {
            const QString externalId = QStringLiteral("once-customer-%1").arg(i);
            externalIds.append(externalId);
            const auto created = await<WholesaleClient::Created>(
                [&](auto cb) { client.provisionCustomer(plannedCustomer(templateId, externalId), this, cb); });
            if (!created.ok()) {
                QVERIFY2(created.error->isAmbiguous(), describe(created.error).constData());
                ++lost;
            }
        }
        QCOMPARE(
            sandbox.notExactlyOnce(QStringLiteral("/wholesale/customers"), QStringLiteral("customer"), externalIds),
            QStringList());
        QVERIFY(lost > 0);
        QCOMPARE(lost, sandbox.answersLost(QStringLiteral("/wholesale/customers")));

        const DemoOrg org = demoOrg(sandbox);
        QStringList emails;
        lost = 0;
        for (int i = 0; i < 15; ++i) {
            const Subscriber user
                = meetingsUser(org.customerId, QStringLiteral("once-user-%1@once.example").arg(i), QString::number(i));
            emails.append(user.email);
            const auto created = await<Subscriber>([&](auto cb) { client.provisionSubscriber(user, this, cb); });
            lost += created.ok() ? 0 : 1;
        }
        QCOMPARE(sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails),
                 QStringList());
        QCOMPARE(lost, sandbox.answersLost(QStringLiteral("/wholesale/subscribers")));
    }

    // Location and template creates too are sent once and report a lost answer as the failure it is; what follows is
    // jobs::LocationLookUp's and jobs::TemplateLookUp's (tst_CreateLookUp).
    void locationAndTemplateCreatesAreSentOnce()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(losingAnswers(23)));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        const DemoOrg org = demoOrg(sandbox);
        const auto existing = await<onboarder::model::Location>(
            [&](auto cb) { client.getLocation(org.orgId, org.locationId, this, cb); });
        QVERIFY2(existing.ok(), describe(existing.error).constData());
        QStringList names;
        int lost = 0;
        for (int i = 0; i < 15; ++i) {
            onboarder::model::Location branch = *existing.value;
            branch.id.clear();
            branch.name = QStringLiteral("Filial %1").arg(i);
            branch.announcementLanguage = QStringLiteral("sv_se");
            branch.address.stateOrProvince = QStringLiteral("Stockholm");
            names.append(branch.name);
            const auto created = await<QString>([&](auto cb) { client.createLocation(org.orgId, branch, this, cb); });
            if (!created.ok()) {
                QVERIFY2(created.error->isAmbiguous(), describe(created.error).constData());
                ++lost;
            }
        }
        QCOMPARE(sandbox.notExactlyOnce(QStringLiteral("/locations"), QStringLiteral("location"), names),
                 QStringList());
        QVERIFY(lost > 0);
        QCOMPARE(lost, sandbox.answersLost(QStringLiteral("/locations")));

        const auto templates = await<QList<onboarder::model::OnboardingTemplate>>(
            [&](auto cb) { client.listSandboxTemplates(this, cb); });
        QVERIFY2(templates.ok() && !templates.value->isEmpty(), describe(templates.error).constData());
        names.clear();
        lost = 0;
        for (int i = 0; i < 15; ++i) {
            onboarder::model::OnboardingTemplate plan = templates.value->first();
            plan.provisioningId.clear();
            plan.name = QStringLiteral("Sent once template %1").arg(i);
            names.append(plan.name);
            const auto created = await<onboarder::model::OnboardingTemplate>(
                [&](auto cb) { client.createSandboxTemplate(plan, this, cb); });
            if (!created.ok()) {
                QVERIFY2(created.error->isAmbiguous(), describe(created.error).constData());
                ++lost;
            }
        }
        QCOMPARE(
            sandbox.notExactlyOnce(QStringLiteral("/sandbox/onboardingTemplates"), QStringLiteral("template"), names),
            QStringList());
        QCOMPARE(lost, sandbox.answersLost(QStringLiteral("/sandbox/onboardingTemplates")));
    }

    // The count can fail: a client that sends each create twice is caught, although the 409 rule keeps the server
    // at one record each and would show the second only as a failed create.
    void doubleSendingClientIsCaught()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options()));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        const DemoOrg org = demoOrg(sandbox);
        QStringList emails;
        for (int i = 0; i < 3; ++i) {
            const Subscriber user
                = meetingsUser(org.customerId, QStringLiteral("twice-%1@double.example").arg(i), QString::number(i));
            emails.append(user.email);
            // The bug on purpose: the create goes out twice.
            const auto first = await<Subscriber>([&](auto cb) { client.provisionSubscriber(user, this, cb); });
            const auto second = await<Subscriber>([&](auto cb) { client.provisionSubscriber(user, this, cb); });
            QVERIFY(first.ok());
            QVERIFY(!second.ok());
        }
        const QMap<QString, int> records = sandbox.records(QStringLiteral("subscriber"));
        for (const QString& email : emails) {
            QCOMPARE(records.value(email), 1); // what counting records alone would see
        }
        const QStringList caught
            = sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails);
        QCOMPARE(caught.size(), 3);
        QVERIFY2(caught.constFirst().contains(QStringLiteral("2 creates")), qPrintable(caught.constFirst()));
        // And a clean client passes the same check.
        const Subscriber once
            = meetingsUser(org.customerId, QStringLiteral("once@double.example"), QStringLiteral("Once"));
        QVERIFY(await<Subscriber>([&](auto cb) { client.provisionSubscriber(once, this, cb); }).ok());
        QCOMPARE(sandbox.notExactlyOnce(
                     QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), { once.email }),
                 QStringList());
    }

    // A location's calling from scratch: connection options, the connection, numbers, activation, main number.
    void callingSetupOfALocation()
    {
        using namespace onboarder::model;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options()));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        const auto customers = getUntilOk(sandbox, QStringLiteral("/wholesale/customers?externalId=crm-fr-7001"));
        const QString orgId = QString::fromStdString(customers["items"][0]["orgId"].get<std::string>());
        const auto locations = await<QList<Location>>([&](auto cb) { client.listLocations(orgId, this, cb); });
        QVERIFY2(locations.ok(), describe(locations.error).constData());
        const QString locationId = locations.value->first().id;

        const auto none
            = await<PstnConnectionOption>([&](auto cb) { client.pstnConnection(orgId, locationId, this, cb); });
        QCOMPARE(none.error->httpStatus, 404);
        const QStringList numbers { QStringLiteral("+33140200801"), QStringLiteral("+33140200802") };
        const auto early = await<bool>([&](auto cb) { client.addNumbers(orgId, locationId, numbers, this, cb); });
        QCOMPARE(early.error->httpStatus, 400); // no PSTN connection yet
        QVERIFY(!early.error->trackingId.isEmpty());

        const auto options = await<QList<PstnConnectionOption>>(
            [&](auto cb) { client.pstnConnectionOptions(orgId, locationId, this, cb); });
        QVERIFY2(options.ok(), describe(options.error).constData());
        QString ccp;
        for (const PstnConnectionOption& option : *options.value) {
            if (option.allowsAddingNumbers()) {
                ccp = option.id;
            }
        }
        QVERIFY(!ccp.isEmpty());
        const auto set = await<bool>([&](auto cb) { client.setPstnConnection(orgId, locationId, ccp, this, cb); });
        QVERIFY2(set.ok(), describe(set.error).constData());
        const auto connection
            = await<PstnConnectionOption>([&](auto cb) { client.pstnConnection(orgId, locationId, this, cb); });
        QVERIFY2(connection.ok(), describe(connection.error).constData());
        QCOMPARE(connection.value->id, ccp);
        QCOMPARE(connection.value->connectionType, QStringLiteral("NON_INTEGRATED_CCP"));

        const auto added = await<bool>([&](auto cb) { client.addNumbers(orgId, locationId, numbers, this, cb); });
        QVERIFY2(added.ok(), describe(added.error).constData());
        const auto activated
            = await<bool>([&](auto cb) { client.activateNumbers(orgId, locationId, numbers, this, cb); });
        QVERIFY2(activated.ok(), describe(activated.error).constData());
        const auto main = await<bool>([&](auto cb) {
            client.setMainNumber(orgId, locationId, QStringLiteral("Paris"), numbers.at(1), this, cb);
        });
        QVERIFY2(main.ok(), describe(main.error).constData());
        const auto listed
            = await<PhoneNumberList>([&](auto cb) { client.listNumbers(orgId, locationId, false, this, cb); });
        QVERIFY2(listed.ok(), describe(listed.error).constData());
        int mains = 0;
        for (const PhoneNumber& number : listed.value->phoneNumbers) {
            if (number.mainNumber.value_or(false)) {
                ++mains;
                QCOMPARE(number.phoneNumber, numbers.at(1));
                QCOMPARE(number.state, QStringLiteral("ACTIVE"));
            }
        }
        QCOMPARE(mains, 1);

        // A number of another location is refused with the reason and a tracking ID.
        const auto foreign = await<bool>([&](auto cb) {
            client.setMainNumber(orgId, locationId, QString(), QStringLiteral("+46313300100"), this, cb);
        });
        QCOMPARE(foreign.error->httpStatus, 400);
        QVERIFY(foreign.error->message.contains(QStringLiteral("number of this location")));
        QVERIFY(!foreign.error->trackingId.isEmpty());

        // A local gateway is set by its route.
        const auto gateway = await<bool>([&](auto cb) {
            client.setPremisesPstnConnection(
                orgId, locationId, QStringLiteral("TRUNK"), QStringLiteral("trunk-paris"), this, cb);
        });
        QVERIFY2(gateway.ok(), describe(gateway.error).constData());
        const auto reread
            = await<PstnConnectionOption>([&](auto cb) { client.pstnConnection(orgId, locationId, this, cb); });
        QCOMPARE(reread.value->connectionType, QStringLiteral("LOCAL_GATEWAY"));
    }

    void expiredTokenIsRefreshedThroughOAuth()
    {
        auto options = SandboxFixture::options();
        options.accessTokenLifetimeSecs = 1;
        options.oauthClients.insert(QStringLiteral("client-1"), QStringLiteral("secret-1"));
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));

        // The whole authorization-code flow: the "browser" follows the sandbox's redirect to our loopback handler.
        OAuthTokenProvider tokens(sandbox.baseUrl(), QStringLiteral("client-1"), QStringLiteral("secret-1"));
        QNetworkAccessManager browser;
        tokens.setBrowserOpener([&browser](const QUrl& url) {
            QNetworkReply* reply = browser.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QSignalSpy signedIn(&tokens, &OAuthTokenProvider::signInFinished);
        QSignalSpy tokensChanged(&tokens, &OAuthTokenProvider::tokensChanged);
        tokens.signIn();
        QVERIFY(signedIn.wait(30000));
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
        QVERIFY(!tokens.accessToken().isEmpty());
        QVERIFY(tokens.canRefresh());
        const QString firstToken = tokens.accessToken();

        QTest::qWait(1500); // the access token expires
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        const auto roles = await<QList<onboarder::model::Role>>([&](auto cb) { client.listRoles(this, cb); });
        QVERIFY2(roles.ok(), describe(roles.error).constData());
        QVERIFY(tokens.accessToken() != firstToken);
        QVERIFY(tokensChanged.count() >= 2); // sign-in, then the refresh
    }
};

QTEST_GUILESS_MAIN(TestWholesaleClient)
#include "tst_WholesaleClient.moc"
