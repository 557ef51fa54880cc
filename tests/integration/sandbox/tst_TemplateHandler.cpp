// /sandbox/onboardingTemplates (a sandbox-only API) and its link to customer provisioning.
#include "SandboxFixture.h"

#include <QTest>
#include <QUuid>

using namespace onboarder::testsupport;
using nlohmann::json;

class TestTemplateHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoSeedHasTemplates();
    void createsListsGetsAndDeletes();
    void provisioningIdIsBase64OfUuid();
    void customerProvisioningNeedsKnownProvisioningId();
    void validation_data();
    void validation();
    void duplicateNameIs409();

private:
    SandboxFixture m_sandbox;
};

void TestTemplateHandler::initTestCase()
{
    QVERIFY(m_sandbox.start(SandboxFixture::options(QStringLiteral("empty"))));
}

void TestTemplateHandler::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestTemplateHandler::demoSeedHasTemplates()
{
    SandboxFixture demo;
    QVERIFY(demo.start(SandboxFixture::options(QStringLiteral("demo"))));
    const HttpResult result = demo.client().get(QStringLiteral("/sandbox/onboardingTemplates"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["items"].size(), std::size_t(3));
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/sandbox/onboardingTemplates")).json["items"].size(),
             std::size_t(0));
}

void TestTemplateHandler::createsListsGetsAndDeletes()
{
    const json body = { { "name", "Sverige Calling" },
                        { "countryCode", "SE" },
                        { "defaultEmailLanguage", "sv_SE" },
                        { "authMethod", "WEBEX" },
                        { "commonSettings", { { "allowAdminInviteEmailsOnAttach", true } } } };
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/sandbox/onboardingTemplates"), body);
    QCOMPARE(created.status, 201);
    const QString id = QString::fromStdString(created.json["provisioningId"].get<std::string>());
    QVERIFY(created.header("Location").endsWith(id.toUtf8()));
    QCOMPARE(created.json["name"].get<std::string>(), std::string("Sverige Calling"));
    const HttpResult list = m_sandbox.client().get(QStringLiteral("/sandbox/onboardingTemplates"));
    QCOMPARE(list.json["items"].size(), std::size_t(1));
    const HttpResult got = m_sandbox.client().get(QStringLiteral("/sandbox/onboardingTemplates/") + id);
    QCOMPARE(got.status, 200);
    QVERIFY(got.json["commonSettings"]["allowAdminInviteEmailsOnAttach"].get<bool>());
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/sandbox/onboardingTemplates/") + id).status, 204);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/sandbox/onboardingTemplates/") + id).status, 404);
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/sandbox/onboardingTemplates/") + id).status, 404);
}

void TestTemplateHandler::provisioningIdIsBase64OfUuid()
{
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/sandbox/onboardingTemplates"),
                                                       { { "name", "UUID check" }, { "countryCode", "US" } });
    const QByteArray id = QByteArray::fromStdString(created.json["provisioningId"].get<std::string>());
    const QUuid uuid(QByteArray::fromBase64(id, QByteArray::Base64UrlEncoding));
    QVERIFY(!uuid.isNull());
}

void TestTemplateHandler::customerProvisioningNeedsKnownProvisioningId()
{
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/sandbox/onboardingTemplates"),
                                                       { { "name", "For customers" }, { "countryCode", "SE" } });
    const std::string id = created.json["provisioningId"].get<std::string>();
    HttpResult result = m_sandbox.client().post(
        QStringLiteral("/wholesale/customers"),
        SandboxFixture::customerBody(id, "tpl-cust-1", "owner@tpl.example", { "webex_calling" }));
    QCOMPARE(result.status, 202);
    QCOMPARE(
        m_sandbox.client().del(QStringLiteral("/sandbox/onboardingTemplates/") + QString::fromStdString(id)).status,
        204);
    result = m_sandbox.client().post(
        QStringLiteral("/wholesale/customers"),
        SandboxFixture::customerBody(id, "tpl-cust-2", "owner2@tpl.example", { "webex_calling" }));
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["message"].get<std::string>().find("provisioningId") != std::string::npos);
}

void TestTemplateHandler::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no name") << QByteArray(R"({"countryCode":"SE"})");
    QTest::newRow("bad country") << QByteArray(R"({"name":"x","countryCode":"Sweden"})");
    QTest::newRow("bad auth") << QByteArray(R"({"name":"x","countryCode":"SE","authMethod":"LDAP"})");
    QTest::newRow("saml without entity") << QByteArray(
        R"({"name":"x","countryCode":"SE","authMethod":"PARTNER_SAML"})");
    QTest::newRow("settings not object") << QByteArray(R"({"name":"x","countryCode":"SE","callSettings":[]})");
}

void TestTemplateHandler::validation()
{
    QFETCH(QByteArray, body);
    const HttpResult result
        = m_sandbox.client().post(QStringLiteral("/sandbox/onboardingTemplates"), json::parse(body.toStdString()));
    QCOMPARE(result.status, 400);
}

void TestTemplateHandler::duplicateNameIs409()
{
    const json body = { { "name", "Twice" }, { "countryCode", "NO" } };
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/sandbox/onboardingTemplates"), body).status, 201);
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/sandbox/onboardingTemplates"), body).status, 409);
}

QTEST_GUILESS_MAIN(TestTemplateHandler)
#include "tst_TemplateHandler.moc"
