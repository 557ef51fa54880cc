// /wholesale/subscribers over HTTP: provisioning (200 and 202), lists, updates, removal, precheck, consent move.
#include "SandboxFixture.h"

#include <QDateTime>
#include <QTest>

using namespace onboarder::testsupport;
using nlohmann::json;

class TestSubscriberHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void provisionsAndReturnsLocation();
    void freeConsumerAccountIsPending();
    void consentMoveProvisionsPendingSubscriber();
    void consentMoveOnProvisionedIs409();
    void listFilters();
    void listSortsAndPages();
    void listRejectsBadParameters();
    void getsAndMisses();
    void updateChangesPackage();
    void adminCannotBeDowngraded();
    void deleteIs204ThenGone();
    void emailInUseIs409With10022();
    void nonProvisionedCustomerIs409();
    void validationErrors_data();
    void validationErrors();
    void numberInUseIs409();
    void precheck();

private:
    json body(const std::string& email, const json& params) const;
    SandboxFixture m_sandbox;
    std::string m_customerId;
    std::string m_locationId;
    std::string m_orgId;
};

void TestSubscriberHandler::initTestCase()
{
    QVERIFY(m_sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 200)));
    const HttpResult customer = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    m_customerId = customer.json["items"][0]["id"].get<std::string>();
    m_orgId = customer.json["items"][0]["orgId"].get<std::string>();
    const HttpResult locations
        = m_sandbox.client().get(QStringLiteral("/locations?orgId=") + QString::fromStdString(m_orgId));
    m_locationId = locations.json["items"][0]["id"].get<std::string>();
}

void TestSubscriberHandler::cleanupTestCase()
{
    m_sandbox.stop();
}

json TestSubscriberHandler::body(const std::string& email, const json& params) const
{
    return { { "customerId", m_customerId },
             { "email", email },
             { "packages", { "webex_calling" } },
             { "provisioningParameters", params } };
}

void TestSubscriberHandler::provisionsAndReturnsLocation()
{
    const HttpResult result = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"),
                                                      body("nils.ek@kaffebryggeriet.example",
                                                           { { "firstName", "Nils" },
                                                             { "lastName", "Ek" },
                                                             { "extension", "2001" },
                                                             { "locationId", m_locationId } }));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["status"].get<std::string>(), std::string("provisioned"));
    QVERIFY(result.json["personId"].is_string());
    QCOMPARE(result.json["externalCustomerId"].get<std::string>(), std::string("crm-se-1001"));
    QVERIFY(result.json["packages"] == json({ "webex_calling" }));
    const QByteArray location = result.header("Location");
    QVERIFY(location.endsWith(QByteArray::fromStdString(result.json["id"].get<std::string>())));
    const HttpResult person = m_sandbox.client().get(
        QStringLiteral("/people/") + QString::fromStdString(result.json["personId"].get<std::string>()));
    QCOMPARE(person.status, 200);
    QCOMPARE(person.json["extension"].get<std::string>(), std::string("2001"));
}

void TestSubscriberHandler::freeConsumerAccountIsPending()
{
    const HttpResult result = m_sandbox.client().post(
        QStringLiteral("/wholesale/subscribers"), body("erik.johansson@gmail.example", { { "extension", "2002" } }));
    QCOMPARE(result.status, 202);
    QCOMPARE(result.json["status"].get<std::string>(), std::string("pending_user_migration"));
    QVERIFY(!result.json.contains("personId"));
    QVERIFY(!result.header("Location").isEmpty());
}

void TestSubscriberHandler::consentMoveProvisionsPendingSubscriber()
{
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"),
                                                       body("someone@consumer.example", { { "extension", "2003" } }));
    QCOMPARE(created.status, 202);
    const QString id = QString::fromStdString(created.json["id"].get<std::string>());
    const HttpResult consent = m_sandbox.client().post(
        QStringLiteral("/subscribers/") + id + QStringLiteral("/emails/consentMove"), json::object());
    QCOMPARE(consent.status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(
        QString::fromStdString(
            m_sandbox.client().get(QStringLiteral("/wholesale/subscribers/") + id).json.value("status", std::string())),
        QStringLiteral("provisioned"),
        10000);
    QVERIFY(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers/") + id).json["personId"].is_string());
}

void TestSubscriberHandler::consentMoveOnProvisionedIs409()
{
    const HttpResult list = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?status=provisioned&max=1"));
    const QString id = QString::fromStdString(list.json["items"][0]["id"].get<std::string>());
    QCOMPARE(m_sandbox.client()
                 .post(QStringLiteral("/subscribers/") + id + QStringLiteral("/emails/consentMove"), json::object())
                 .status,
             409);
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/subscribers/bm9wZQ/emails/consentMove"), json::object()).status,
             404);
}

void TestSubscriberHandler::listFilters()
{
    const QString customer = QString::fromStdString(m_customerId);
    HttpResult result = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?customerId=") + customer);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json["items"].size() >= 3);
    for (const auto& item : result.json["items"]) {
        QCOMPARE(item["customerId"].get<std::string>(), m_customerId);
    }
    result
        = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?email=ERIK.SVENSSON@kaffebryggeriet.example"));
    QCOMPARE(result.json["items"].size(), std::size_t(1));
    const QString personId = QString::fromStdString(result.json["items"][0]["personId"].get<std::string>());
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?personId=") + personId).json["items"].size(),
             std::size_t(1));
    result = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?externalCustomerId=crm-fr-7001"));
    QCOMPARE(result.json["items"].size(), std::size_t(2));
    result = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?status=pending_user_migration"));
    QVERIFY(!result.json["items"].empty());
    const qint64 future = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    result = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?after=") + QString::number(future));
    QCOMPARE(result.json["items"].size(), std::size_t(0));
    result = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?lastStatusChange=2020-01-01T00:00:00Z"));
    QVERIFY(!result.json["items"].empty());
}

void TestSubscriberHandler::listSortsAndPages()
{
    const HttpResult asc
        = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?sortBy=created&sortOrder=ASC&max=3"));
    const HttpResult desc
        = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?sortBy=created&sortOrder=desc&max=100"));
    QCOMPARE(asc.status, 200);
    QCOMPARE(asc.json["items"].size(), std::size_t(3));
    QVERIFY(!asc.link("next").isEmpty());
    const auto& all = desc.json["items"];
    for (std::size_t i = 1; i < all.size(); ++i) {
        QVERIFY(all[i - 1]["created"].get<std::string>() >= all[i]["created"].get<std::string>());
    }
    const HttpResult byChange
        = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?sortBy=lastStatusChange"));
    QCOMPARE(byChange.status, 200);
    const HttpResult page2 = m_sandbox.client().send("GET", asc.link("next"), {}, {});
    QCOMPARE(page2.status, 200);
    QVERIFY(page2.json["items"][0]["id"] != asc.json["items"][0]["id"]);
}

void TestSubscriberHandler::listRejectsBadParameters()
{
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?sortBy=name")).status, 400);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?sortOrder=UP")).status, 400);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?after=yesterday")).status, 400);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?max=0")).status, 400);
}

void TestSubscriberHandler::getsAndMisses()
{
    const HttpResult list = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?max=1"));
    const QString id = QString::fromStdString(list.json["items"][0]["id"].get<std::string>());
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers/") + id).status, 200);
    QCOMPARE(
        m_sandbox.client().get(QStringLiteral("/wholesale/subscribers/Y2lzY29zcGFyazovL3VzL1NVQlNDUklCRVIvMA")).status,
        404);
}

void TestSubscriberHandler::updateChangesPackage()
{
    const HttpResult created = m_sandbox.client().post(
        QStringLiteral("/wholesale/subscribers"),
        { { "customerId", m_customerId },
          { "email", "meet.only@kaffebryggeriet.example" },
          { "package", "webex_meetings" },
          { "provisioningParameters", { { "firstName", "Meet" }, { "lastName", "Only" } } } });
    QCOMPARE(created.status, 200);
    const QString id = QString::fromStdString(created.json["id"].get<std::string>());
    // Moving to a calling package needs a number or extension.
    QCOMPARE(m_sandbox.client()
                 .put(QStringLiteral("/wholesale/subscribers/") + id, { { "packages", { "webex_calling" } } })
                 .status,
             400);
    const HttpResult updated = m_sandbox.client().put(
        QStringLiteral("/wholesale/subscribers/") + id,
        { { "packages", { "webex_calling" } }, { "provisioningParameters", { { "extension", "2010" } } } });
    QCOMPARE(updated.status, 200);
    QVERIFY(updated.json["packages"] == json({ "webex_calling" }));
    QCOMPARE(m_sandbox.client()
                 .put(QStringLiteral("/wholesale/subscribers/") + id,
                      { { "package", "webex_calling" }, { "packages", { "webex_calling" } } })
                 .status,
             400);
}

void TestSubscriberHandler::adminCannotBeDowngraded()
{
    const HttpResult admin
        = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?email=johan.ek@norrsken.example"));
    QCOMPARE(admin.json["items"].size(), std::size_t(1));
    QVERIFY(admin.json["items"][0]["packages"] == json({ "webex_suite" }));
    const QString id = QString::fromStdString(admin.json["items"][0]["id"].get<std::string>());
    const HttpResult result = m_sandbox.client().put(QStringLiteral("/wholesale/subscribers/") + id,
                                                     { { "packages", { "webex_meetings" } } });
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["message"].get<std::string>().find("administrator") != std::string::npos);
}

void TestSubscriberHandler::deleteIs204ThenGone()
{
    const HttpResult created
        = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"),
                                  body("gone.soon@kaffebryggeriet.example", { { "extension", "2020" } }));
    QCOMPARE(created.status, 200);
    const QString id = QString::fromStdString(created.json["id"].get<std::string>());
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/wholesale/subscribers/") + id).status, 204);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subscribers/") + id).status, 404);
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/wholesale/subscribers/") + id).status, 404);
}

void TestSubscriberHandler::emailInUseIs409With10022()
{
    const HttpResult result
        = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"),
                                  body("maja.lindgren@kaffebryggeriet.example", { { "extension", "2030" } }));
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json["errors"][0]["errorCode"].get<int>(), 10022);
}

void TestSubscriberHandler::nonProvisionedCustomerIs409()
{
    const HttpResult pending = m_sandbox.client().get(QStringLiteral("/wholesale/customers?status=error"));
    json request = body("user@error.example", { { "extension", "2040" } });
    request["customerId"] = pending.json["items"][0]["id"];
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"), request).status, 409);
}

void TestSubscriberHandler::validationErrors_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::newRow("no email") << QByteArray(R"({"email":null})");
    QTest::newRow("bad email") << QByteArray(R"({"email":"nope"})");
    QTest::newRow("no customerId") << QByteArray(R"({"customerId":null})");
    QTest::newRow("unknown customer") << QByteArray(R"({"customerId":"Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvMA"})");
    QTest::newRow("no params") << QByteArray(R"({"provisioningParameters":null})");
    QTest::newRow("both package fields") << QByteArray(R"({"package":"webex_calling"})");
    QTest::newRow("neither package field") << QByteArray(R"({"packages":null})");
    QTest::newRow("two packages") << QByteArray(R"({"packages":["webex_calling","webex_meetings"]})");
    QTest::newRow("unknown package") << QByteArray(R"({"packages":["common_area_calling"]})");
    QTest::newRow("calling without number") << QByteArray(R"({"provisioningParameters":{"extension":null}})");
    QTest::newRow("bad number") << QByteArray(R"({"provisioningParameters":{"primaryPhoneNumber":"0701234567"}})");
    QTest::newRow("foreign number") << QByteArray(
        R"({"provisioningParameters":{"primaryPhoneNumber":"+46850500203"}})");
    QTest::newRow("bad extension") << QByteArray(R"({"provisioningParameters":{"extension":"x1"}})");
    QTest::newRow("foreign location") << QByteArray(
        R"({"provisioningParameters":{"locationId":"Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzA"}})");
}

void TestSubscriberHandler::validationErrors()
{
    QFETCH(QByteArray, patch);
    json request = body("valid.user@kaffebryggeriet.example", { { "firstName", "V" }, { "extension", "2050" } });
    request.merge_patch(json::parse(patch.toStdString()));
    const HttpResult result = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"), request);
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["errors"].is_array());
    QVERIFY(result.json["trackingId"].is_string());
}

void TestSubscriberHandler::numberInUseIs409()
{
    const HttpResult numbers = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?available=false&orgId=")
                                                      + QString::fromStdString(m_orgId));
    QVERIFY(!numbers.json["phoneNumbers"].empty());
    const std::string taken = numbers.json["phoneNumbers"][0]["phoneNumber"].get<std::string>();
    const HttpResult result
        = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"),
                                  body("number.clash@kaffebryggeriet.example", { { "primaryPhoneNumber", taken } }));
    QCOMPARE(result.status, 409);
    const HttpResult free = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?available=true&orgId=")
                                                   + QString::fromStdString(m_orgId));
    const std::string number = free.json["phoneNumbers"][0]["phoneNumber"].get<std::string>();
    const HttpResult ok
        = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"),
                                  body("number.ok@kaffebryggeriet.example", { { "primaryPhoneNumber", number } }));
    QCOMPARE(ok.status, 200);
    const HttpResult after
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?phoneNumber=")
                                 + QString::fromStdString(number).replace(QLatin1Char('+'), QStringLiteral("%2B"))
                                 + QStringLiteral("&orgId=") + QString::fromStdString(m_orgId));
    QVERIFY(after.json["phoneNumbers"][0]["owner"]["id"] == ok.json["personId"]);
}

void TestSubscriberHandler::precheck()
{
    HttpResult result
        = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers/validate"),
                                  { { "customerId", m_customerId }, { "email", "brand.new@kaffebryggeriet.example" } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["info"][0]["infoCode"].get<int>(), 100);
    const HttpResult templates = m_sandbox.client().get(QStringLiteral("/sandbox/onboardingTemplates"));
    result = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers/validate"),
                                     { { "provisioningId", templates.json["items"][0]["provisioningId"] },
                                       { "customerInfo", { { "primaryEmail", "owner@future.example" } } },
                                       { "email", "user@future.example" },
                                       { "packages", { "webex_meetings" } } });
    QCOMPARE(result.status, 200);
    result = m_sandbox.client().post(
        QStringLiteral("/wholesale/subscribers/validate"),
        { { "customerId", m_customerId }, { "email", "maja.lindgren@kaffebryggeriet.example" } });
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json["errors"][0]["errorCode"].get<int>(), 10022);
    result = m_sandbox.client().post(QStringLiteral("/wholesale/subscribers/validate"), { { "email", "x@y.example" } });
    QCOMPARE(result.status, 400);
}

QTEST_GUILESS_MAIN(TestSubscriberHandler)
#include "tst_SubscriberHandler.moc"
