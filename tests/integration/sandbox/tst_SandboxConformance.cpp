// Conformance: every happy-path answer of the sandbox validates against the schema of its operation in the
// reference OpenAPI files (read at test time). Wholesale objects are checked strictly (no undeclared fields).
#include "OpenApiSchemaChecker.h"
#include "SandboxFixture.h"
#include "TestPaths.h"

#include <QDir>
#include <QTest>

using namespace onboarder::testsupport;
using nlohmann::json;

class TestSandboxConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void happyPathsMatchTheSpecification();
    void checkerFindsProblems();

private:
    struct Call
    {
        QByteArray method;
        QString path; // below /v1, with query
        json body;
        int status;
    };
    void check(const Call& call);
    json fixedPrecheckSchema(const json& schema) const;

    SandboxFixture m_sandbox;
    OpenApiSchemaChecker m_checker;
    QStringList m_checked;
    QStringList m_problems;
};

void TestSandboxConformance::initTestCase()
{
    const QString folder = sharedPath(QStringLiteral("reference"));
    if (!QDir(folder).exists()) {
        QFAIL(qPrintable(
            folder
            + QStringLiteral(
                " is missing: the conformance test needs the shared reference folder beside the project root")));
    }
    QString error;
    QVERIFY2(m_checker.load(folder, &error), qPrintable(error));
    QVERIFY(m_sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 100)));
}

void TestSandboxConformance::cleanupTestCase()
{
    m_sandbox.stop();
}

json TestSandboxConformance::fixedPrecheckSchema(const json& schema) const
{
    // Known specification quirk (wholesale-api.md §3.8, §10): the schema types precheck `info` as an object
    // while every example (and Webex) sends an array of such objects. Accept the array form of that object.
    json fixed = schema;
    fixed["properties"]["info"]
        = { { "anyOf",
              json::array({ schema["properties"]["info"],
                            { { "type", "array" }, { "items", schema["properties"]["info"] } } }) } };
    return fixed;
}

void TestSandboxConformance::check(const Call& call)
{
    const HttpResult result = call.method == "GET" ? m_sandbox.client().get(call.path)
        : call.method == "POST"                    ? m_sandbox.client().post(call.path, call.body)
        : call.method == "PUT"                     ? m_sandbox.client().put(call.path, call.body)
                                                   : m_sandbox.client().del(call.path);
    const QString label
        = QString::fromLatin1(call.method) + QLatin1Char(' ') + call.path.section(QLatin1Char('?'), 0, 0);
    if (result.status != call.status) {
        m_problems.append(label
                          + QStringLiteral(": status %1, expected %2: %3")
                                .arg(result.status)
                                .arg(call.status)
                                .arg(QString::fromUtf8(result.body.left(300))));
        return;
    }
    const std::string path = call.path.section(QLatin1Char('?'), 0, 0).toStdString();
    const auto* operation = m_checker.find(call.method.toLower().toStdString(), path);
    if (!operation) {
        m_problems.append(label + QStringLiteral(": no operation in the specification"));
        return;
    }
    const json* schema = OpenApiSchemaChecker::responseSchema(*operation, call.status);
    QString name = QString::fromStdString(operation->operationId) + QStringLiteral(" (")
        + QString::fromStdString(operation->specFile) + QStringLiteral(")");
    if (!schema) {
        // The specification declares no body for this answer: there must be none.
        if (!result.body.isEmpty()) {
            m_problems.append(label + QStringLiteral(": body sent where the specification declares none"));
        }
        m_checked.append(name + QStringLiteral(" -> %1, no body").arg(call.status));
        return;
    }
    const json* resolved = schema;
    json patched;
    if (operation->pathTemplate.find("/validate") != std::string::npos) {
        const json& ref
            = (*operation->document)["components"]["schemas"][(*schema)["$ref"].get<std::string>().substr(21)];
        patched = fixedPrecheckSchema(ref);
        resolved = &patched;
    }
    const bool strict = operation->specFile == "webex-wholesale.openapi.json";
    const QStringList problems = m_checker.validate(result.json, *resolved, *operation->document, strict);
    for (const QString& problem : problems) {
        m_problems.append(label + QStringLiteral(": ") + problem);
    }
    m_checked.append(name + QStringLiteral(" -> %1").arg(call.status));
}

void TestSandboxConformance::happyPathsMatchTheSpecification()
{
    SandboxTestClient& client = m_sandbox.client();
    const std::string templateId = m_sandbox.templateId().toStdString();
    const HttpResult kaffe = client.get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    const QString customerId = QString::fromStdString(kaffe.json["items"][0]["id"].get<std::string>());
    const QString orgId = QString::fromStdString(kaffe.json["items"][0]["orgId"].get<std::string>());
    const QString locationId = QString::fromStdString(
        client.get(QStringLiteral("/locations?orgId=") + orgId).json["items"][0]["id"].get<std::string>());
    const HttpResult subscribers = client.get(QStringLiteral("/wholesale/subscribers?customerId=") + customerId);
    const QString subscriberId = QString::fromStdString(subscribers.json["items"][0]["id"].get<std::string>());
    const QString personId = QString::fromStdString(subscribers.json["items"][0]["personId"].get<std::string>());
    const QString newCustomer = m_sandbox.createCustomer(
        QStringLiteral("conf-1"), QStringLiteral("owner@conf.example"), { "webex_suite", "webex_meetings" });
    QVERIFY(!newCustomer.isEmpty());
    const json warned = m_sandbox.waitForTerminal(
        m_sandbox.createCustomer(QStringLiteral("sbx-warn-conf"), QStringLiteral("owner@warn.example")));
    QCOMPARE(warned["status"].get<std::string>(), std::string("provisioned_with_errors"));
    const json failed = m_sandbox.waitForTerminal(
        m_sandbox.createCustomer(QStringLiteral("sbx-error-conf"), QStringLiteral("owner@fail.example")));
    QCOMPARE(failed["status"].get<std::string>(), std::string("error"));
    const QString failedId = QString::fromStdString(failed["id"].get<std::string>());
    const HttpResult pending = client.post(QStringLiteral("/wholesale/subscribers"),
                                           { { "customerId", customerId.toStdString() },
                                             { "email", "someone@consumer.example" },
                                             { "packages", { "webex_calling" } },
                                             { "provisioningParameters", { { "extension", "5001" } } } });
    QCOMPARE(pending.status, 202);

    const std::vector<Call> calls = {
        { "GET", QStringLiteral("/wholesale/customers?max=100"), {}, 200 },
        { "GET",
          QStringLiteral("/wholesale/customers/") + customerId + QStringLiteral("?includePackageLicenseInfo=true"),
          {},
          200 },
        { "GET", QStringLiteral("/wholesale/customers/") + failedId, {}, 200 },
        { "POST",
          QStringLiteral("/wholesale/customers"),
          SandboxFixture::customerBody(templateId, "conf-2", "owner2@conf.example", { "webex_calling" }),
          202 },
        { "POST",
          QStringLiteral("/wholesale/customers/validate"),
          { { "address", { { "addressLine1", "Storgatan 1" }, { "city", "Lund" }, { "country", "SE" } } },
            { "customerInfo", { { "primaryEmail", "pre@conf.example" } } } },
          200 },
        { "GET", QStringLiteral("/wholesale/subPartners"), {}, 200 },
        { "GET", QStringLiteral("/wholesale/subscribers?max=100"), {}, 200 },
        { "GET", QStringLiteral("/wholesale/subscribers/") + subscriberId, {}, 200 },
        { "POST",
          QStringLiteral("/wholesale/subscribers"),
          { { "customerId", customerId.toStdString() },
            { "email", "conf.user@kaffebryggeriet.example" },
            { "packages", { "webex_calling" } },
            { "provisioningParameters",
              { { "firstName", "Conf" }, { "lastName", "User" }, { "extension", "5002" } } } },
          200 },
        { "POST",
          QStringLiteral("/wholesale/subscribers"),
          { { "customerId", customerId.toStdString() },
            { "email", "other@consumer.example" },
            { "package", "webex_calling" },
            { "provisioningParameters", { { "extension", "5003" } } } },
          202 },
        { "PUT",
          QStringLiteral("/wholesale/subscribers/") + subscriberId,
          { { "packages", { "webex_calling" } } },
          200 },
        { "POST",
          QStringLiteral("/wholesale/subscribers/validate"),
          { { "customerId", customerId.toStdString() }, { "email", "new.one@kaffebryggeriet.example" } },
          200 },
        { "POST",
          QStringLiteral("/subscribers/") + QString::fromStdString(pending.json["id"].get<std::string>())
              + QStringLiteral("/emails/consentMove"),
          json::object(),
          204 },
        { "GET", QStringLiteral("/locations?orgId=") + orgId, {}, 200 },
        { "GET", QStringLiteral("/locations/") + locationId + QStringLiteral("?orgId=") + orgId, {}, 200 },
        { "POST",
          QStringLiteral("/locations?orgId=") + orgId,
          { { "name", "Conformance" },
            { "timeZone", "Europe/Stockholm" },
            { "preferredLanguage", "sv_se" },
            { "announcementLanguage", "sv_se" },
            { "address",
              { { "address1", "Väg 1" },
                { "city", "Mölndal" },
                { "state", "O" },
                { "postalCode", "431 30" },
                { "country", "SE" } } } },
          201 },
        { "PUT",
          QStringLiteral("/locations/") + locationId + QStringLiteral("?orgId=") + orgId,
          { { "notes", "checked" } },
          204 },
        { "GET", QStringLiteral("/telephony/config/numbers?orgId=") + orgId, {}, 200 },
        { "POST",
          QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=") + orgId,
          { { "phoneNumbers", { "+46313300900" } } },
          200 },
        { "PUT",
          QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=") + orgId,
          { { "phoneNumbers", { "+46313300900" } } },
          204 },
        { "GET",
          QStringLiteral("/telephony/pstn/locations/") + locationId + QStringLiteral("/connectionOptions?orgId=")
              + orgId,
          {},
          200 },
        { "GET",
          QStringLiteral("/telephony/pstn/locations/") + locationId + QStringLiteral("/connection?orgId=") + orgId,
          {},
          200 },
        { "PUT",
          QStringLiteral("/telephony/pstn/locations/") + locationId + QStringLiteral("/connection?orgId=") + orgId,
          { { "premiseRouteType", "TRUNK" }, { "premiseRouteId", "trunk-9" } },
          204 },
        { "GET", QStringLiteral("/people?orgId=") + orgId, {}, 200 },
        { "GET", QStringLiteral("/people/") + personId, {}, 200 },
        { "GET", QStringLiteral("/people/me"), {}, 200 },
        { "PUT", QStringLiteral("/people/") + personId, { { "displayName", "Checked Person" } }, 200 },
        { "GET", QStringLiteral("/roles"), {}, 200 },
        { "GET", QStringLiteral("/organizations"), {}, 200 },
        { "GET", QStringLiteral("/organizations/") + orgId, {}, 200 },
        { "GET", QStringLiteral("/partner/organizations/") + orgId + QStringLiteral("/partnerAdmins"), {}, 200 },
        { "PUT",
          QStringLiteral("/wholesale/customers/") + customerId,
          { { "packages", { "webex_calling", "webex_meetings" } } },
          202 },
        { "DELETE", QStringLiteral("/wholesale/subscribers/") + subscriberId, {}, 204 },
        { "DELETE", QStringLiteral("/wholesale/customers/") + newCustomer, {}, 202 },
    };
    for (const Call& call : calls) {
        check(call);
    }
    for (const QString& checked : m_checked) {
        qInfo().noquote() << "checked" << checked;
    }
    qInfo("%lld operations checked, %lld problems",
          static_cast<long long>(m_checked.size()),
          static_cast<long long>(m_problems.size()));
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    QVERIFY(m_checked.size() >= 30);
}

void TestSandboxConformance::checkerFindsProblems()
{
    // The checker itself must catch wrong shapes, or the test above proves nothing.
    const auto* operation = m_checker.find("get", "/wholesale/customers/abc");
    QVERIFY(operation);
    QCOMPARE(operation->operationId, std::string("Get a Wholesale Customer"));
    const json* schema = OpenApiSchemaChecker::responseSchema(*operation, 200);
    QVERIFY(schema);
    const json good = { { "id", "x" }, { "status", "provisioned" }, { "packages", { "webex_calling" } } };
    QVERIFY(m_checker.validate(good, *schema, *operation->document, true).isEmpty());
    QCOMPARE(m_checker.validate({ { "status", "bogus" } }, *schema, *operation->document, true).size(), 1);
    QCOMPARE(m_checker.validate({ { "orgId", 5 } }, *schema, *operation->document, true).size(), 1);
    QCOMPARE(m_checker.validate({ { "packages", { "webex_teleport" } } }, *schema, *operation->document, true).size(),
             1);
    QCOMPARE(m_checker.validate({ { "name", "undeclared" } }, *schema, *operation->document, true).size(), 1);
    QVERIFY(m_checker.validate({ { "name", "undeclared" } }, *schema, *operation->document, false).isEmpty());
    QCOMPARE(m_checker.validate(json::array(), *schema, *operation->document, false).size(), 1);
    const json location
        = { { "id", "l" }, { "name", "n" }, { "timeZone", "t" }, { "address", { { "address1", "a" } } } };
    const auto* get = m_checker.find("get", "/locations/xyz");
    QVERIFY(get);
    const QStringList missing
        = m_checker.validate(location, *OpenApiSchemaChecker::responseSchema(*get, 200), *get->document, false);
    QCOMPARE(missing.size(), 4); // city, country, postalCode and state are required in the address
    const json combined = { { "anyOf", json::array({ { { "type", "string" } }, { { "type", "integer" } } }) } };
    QVERIFY(m_checker.validate(3, combined, json::object(), false).isEmpty());
    QCOMPARE(m_checker.validate(true, combined, json::object(), false).size(), 1);
    const json exclusive = { { "oneOf", json::array({ { { "type", "number" } }, { { "type", "integer" } } }) } };
    QCOMPARE(m_checker.validate(3, exclusive, json::object(), false).size(), 1);
    const json nullable = { { "type", "string" }, { "nullable", true } };
    QVERIFY(m_checker.validate(nullptr, nullable, json::object(), false).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxConformance)
#include "tst_SandboxConformance.moc"
