#include "api/SecretRedactor.h"
#include "connection/AuditDescription.h"

#include <QTest>

using onboarder::api::AuditDescription;
using onboarder::api::AuditEntry;
using onboarder::api::SecretRedactor;

class tst_AuditDescription : public QObject
{
    Q_OBJECT

private slots:
    void actions_data();
    void actions();
    void nameIsFoundInACutSummary();
    void outcomes_data();
    void outcomes();
    void customerOfARequest();
    void organizationOfARequest();
};

namespace {
AuditEntry entry(const QByteArray& method, const QString& path, const QByteArray& body)
{
    AuditEntry e;
    e.method = method;
    e.path = path;
    e.summary = SecretRedactor::summarizeBody(body);
    return e;
}
} // namespace

void tst_AuditDescription::actions_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("create customer (real base path)")
        << QByteArray("POST") << QStringLiteral("/v1/wholesale/customers")
        << QByteArray(R"({"provisioningId":"x","customerInfo":{"name":"Acme AB","primaryEmail":"a@acme.example"},)"
                      R"("provisioningParameters":{"calling":{"location":{"name":"HQ"}}}})")
        << QStringLiteral("Create customer “Acme AB”");
    QTest::newRow("precheck customer") << QByteArray("POST") << QStringLiteral("/wholesale/customers/validate")
                                       << QByteArray(R"({"customerInfo":{"name":"Nordic \"Cafe\""}})")
                                       << QStringLiteral("Precheck customer “Nordic \"Cafe\"”");
    QTest::newRow("update customer") << QByteArray("PUT") << QStringLiteral("/wholesale/customers/Y2lz")
                                     << QByteArray(R"({"packages":["webex_calling"]})")
                                     << QStringLiteral("Update customer packages");
    QTest::newRow("delete customer") << QByteArray("DELETE") << QStringLiteral("/wholesale/customers/Y2lz")
                                     << QByteArray() << QStringLiteral("Delete customer");
    QTest::newRow("add user with query") << QByteArray("POST")
                                         << QStringLiteral("/wholesale/subscribers?onBehalfOfSubPartnerOrgId=abc")
                                         << QByteArray(R"({"email":"sara@acme.example","package":"webex_meetings"})")
                                         << QStringLiteral("Add user sara@acme.example");
    QTest::newRow("precheck user") << QByteArray("POST") << QStringLiteral("/wholesale/subscribers/validate")
                                   << QByteArray(R"({"email":"sara@acme.example"})")
                                   << QStringLiteral("Precheck user sara@acme.example");
    QTest::newRow("remove user") << QByteArray("DELETE") << QStringLiteral("/wholesale/subscribers/abc") << QByteArray()
                                 << QStringLiteral("Remove user");
    QTest::newRow("consent") << QByteArray("POST") << QStringLiteral("/subscribers/abc/emails/consentMove")
                             << QByteArray("{}") << QStringLiteral("Resend the move consent email");
    QTest::newRow("add location") << QByteArray("POST") << QStringLiteral("/locations?orgId=o1")
                                  << QByteArray(R"({"name":"Stockholm HQ","timeZone":"Europe/Stockholm"})")
                                  << QStringLiteral("Add location “Stockholm HQ”");
    QTest::newRow("add numbers") << QByteArray("POST")
                                 << QStringLiteral("/telephony/config/locations/L1/numbers?orgId=o1")
                                 << QByteArray(R"({"phoneNumbers":["+46812345670","+46812345671"]})")
                                 << QStringLiteral("Add 2 phone number(s) to a location");
    QTest::newRow("pstn connection") << QByteArray("PUT")
                                     << QStringLiteral("/telephony/pstn/locations/L1/connection?orgId=o1")
                                     << QByteArray(R"({"id":"ccp-1"})")
                                     << QStringLiteral("Set the PSTN connection of a location");
    QTest::newRow("activate numbers") << QByteArray("PUT")
                                      << QStringLiteral("/telephony/config/locations/L1/numbers?orgId=o1")
                                      << QByteArray(R"({"phoneNumbers":["+46812345670","+46812345671"]})")
                                      << QStringLiteral("Activate 2 phone number(s) of a location");
    QTest::newRow("main number") << QByteArray("PUT") << QStringLiteral("/telephony/config/locations/L1?orgId=o1")
                                 << QByteArray(R"({"callingLineId":{"name":"HQ","phoneNumber":"+46812345670"}})")
                                 << QStringLiteral("Set the main number of a location to +46812345670");
    QTest::newRow("roles") << QByteArray("PUT") << QStringLiteral("/people/P1") << QByteArray(R"({"roles":["R1"]})")
                           << QStringLiteral("Change administrator roles");
    QTest::newRow("template") << QByteArray("POST") << QStringLiteral("/v1/sandbox/onboardingTemplates")
                              << QByteArray(R"({"name":"Sweden SMB"})")
                              << QStringLiteral("Create onboarding template “Sweden SMB”");
    QTest::newRow("unknown request keeps method and path")
        << QByteArray("PATCH") << QStringLiteral("/something/else") << QByteArray("{}")
        << QStringLiteral("PATCH /something/else");
}

void tst_AuditDescription::actions()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(AuditDescription::action(entry(method, path, body)), expected);
}

void tst_AuditDescription::nameIsFoundInACutSummary()
{
    // Long bodies are cut by the redactor, which leaves invalid JSON: the name must still be found.
    QByteArray body = R"({"customerInfo":{"name":"Long Name AB"},"packages":[)";
    for (int i = 0; i < 200; ++i) {
        body += R"("webex_calling",)";
    }
    body += R"("webex_meetings"]})";
    const AuditEntry e = entry("POST", QStringLiteral("/wholesale/customers"), body);
    QVERIFY(e.summary.endsWith(QStringLiteral("…")));
    QCOMPARE(AuditDescription::action(e), QStringLiteral("Create customer “Long Name AB”"));
}

void tst_AuditDescription::outcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accepted") << 202 << QString() << QString() << QStringLiteral("Accepted, in progress");
    QTest::newRow("done") << 201 << QString() << QString() << QStringLiteral("Done");
    QTest::newRow("failed with code") << 400 << QStringLiteral("4003") << QStringLiteral("Email already in use")
                                      << QStringLiteral("Failed (HTTP 400): Email already in use (code 4003)");
    QTest::newRow("failed bare") << 503 << QString() << QString() << QStringLiteral("Failed (HTTP 503)");
    QTest::newRow("no answer") << 0 << QString() << QStringLiteral("Connection refused")
                               << QStringLiteral("No answer: Connection refused");
}

void tst_AuditDescription::outcomes()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    AuditEntry e;
    e.httpStatus = status;
    e.errorCode = code;
    e.errorMessage = message;
    QCOMPARE(AuditDescription::outcome(e), expected);
}

void tst_AuditDescription::customerOfARequest()
{
    // From the path of a customer request, from the body of a user request, none for a precheck of a new customer.
    QCOMPARE(AuditDescription::customerId(entry("PUT", QStringLiteral("/v1/wholesale/customers/Y2lzQ1"), "{}")),
             QStringLiteral("Y2lzQ1"));
    const AuditEntry user = entry("POST",
                                  QStringLiteral("/wholesale/subscribers"),
                                  R"({"customerId":"Y2lzQ2","email":"anna@kund.example","package":"webex_calling"})");
    QCOMPARE(AuditDescription::customerId(user), QStringLiteral("Y2lzQ2"));
    QVERIFY(AuditDescription::isUserProvisioning(user));
    QVERIFY(
        AuditDescription::customerId(entry("POST", QStringLiteral("/wholesale/customers/validate"), "{}")).isEmpty());
    QVERIFY(!AuditDescription::isUserProvisioning(entry("POST", QStringLiteral("/wholesale/customers"), "{}")));
}

void tst_AuditDescription::organizationOfARequest()
{
    // Locations and numbers name the organization in the query; the people API in the body; a customer request
    // names none.
    QCOMPARE(AuditDescription::orgId(entry("POST", QStringLiteral("/v1/locations?orgId=T3JnMQ%3D%3D"), "{}")),
             QStringLiteral("T3JnMQ=="));
    QCOMPARE(AuditDescription::orgId(
                 entry("PUT", QStringLiteral("/v1/telephony/config/locations/TG9j/numbers?orgId=T3Jn&x=1"), "{}")),
             QStringLiteral("T3Jn"));
    QCOMPARE(AuditDescription::orgId(entry("PUT", QStringLiteral("/v1/people/UGVy"), R"({"orgId":"T3JnMg"})")),
             QStringLiteral("T3JnMg"));
    QVERIFY(AuditDescription::orgId(entry("PUT", QStringLiteral("/v1/wholesale/customers/Y2lz"), "{}")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuditDescription)
#include "tst_AuditDescription.moc"
