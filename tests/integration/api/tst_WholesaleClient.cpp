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
        QVERIFY(!created.value->recovered);

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

    void lostAnswerDoesNotDuplicateTheCustomer()
    {
        auto options = SandboxFixture::options();
        options.latencyMs = 800;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        WholesaleClient client(&session);
        const Customer plan = plannedCustomer(sandbox, QStringLiteral("ambiguous-1"));

        // The create times out on our side (ambiguous); the lookups that follow get time enough.
        session.setTimeout(std::chrono::milliseconds(300));
        ApiResult<WholesaleClient::Created> created;
        bool done = false;
        client.provisionCustomer(plan, this, [&](const auto& r) {
            created = r;
            done = true;
        });
        QTest::qWait(50);
        session.setTimeout(std::chrono::seconds(20));
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(created.ok(), describe(created.error).constData());
        QTest::qWait(1000); // anything still in flight lands
        QCOMPARE(customersWithExternalId(sandbox, QStringLiteral("ambiguous-1")), 1);
    }

    void injectedFailuresNeverDuplicateOrLose()
    {
        auto options = SandboxFixture::options();
        options.failRate = 0.3;
        options.failSeed = 11;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        session.retryPolicy().setBaseDelay(std::chrono::milliseconds(10));
        session.retryPolicy().setMaxAttempts(10);
        WholesaleClient client(&session);
        const QString templateId = templateIdOf(sandbox);
        QVERIFY(!templateId.isEmpty());
        int succeeded = 0;
        int failed = 0;
        for (int i = 0; i < 12; ++i) {
            const QString externalId = QStringLiteral("fault-%1").arg(i);
            const auto created = await<WholesaleClient::Created>(
                [&](auto cb) { client.provisionCustomer(plannedCustomer(templateId, externalId), this, cb); });
            const int count = customersWithExternalId(sandbox, externalId);
            QVERIFY2(count <= 1, qPrintable(externalId + QStringLiteral(" was created twice")));
            if (created.ok()) {
                ++succeeded;
                QCOMPARE(count, 1); // reported created: it is there
            } else {
                ++failed;
                QVERIFY(!created.error->message.isEmpty()); // reported failed: with a reason
            }
        }
        QVERIFY(succeeded > 0);
        qInfo("created %d, failed with a reason %d", succeeded, failed);
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
