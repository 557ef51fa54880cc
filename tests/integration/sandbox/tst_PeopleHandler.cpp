// People, roles, organizations and partner admins, over HTTP, including the customer admin rules.
#include "SandboxFixture.h"

#include <QTest>

#include <set>

using namespace onboarder::testsupport;
using nlohmann::json;

class TestPeopleHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsRoles();
    void findsPeopleByEmailAndOrg();
    void getsPersonAndMe();
    void updatesNamesAndRoles();
    void refusesUnknownRole();
    void adminNeedsOrganizationPackageLevel();
    void primaryAdminKeepsFullAdmin();
    void organizations();
    void partnerAdmins();

private:
    json fullAdminRole();
    SandboxFixture m_sandbox;
};

void TestPeopleHandler::initTestCase()
{
    QVERIFY(m_sandbox.start(SandboxFixture::options()));
}

void TestPeopleHandler::cleanupTestCase()
{
    m_sandbox.stop();
}

json TestPeopleHandler::fullAdminRole()
{
    const HttpResult roles = m_sandbox.client().get(QStringLiteral("/roles"));
    for (const auto& role : roles.json["items"]) {
        if (role["name"] == "Full Administrator") {
            return role["id"];
        }
    }
    return {};
}

void TestPeopleHandler::listsRoles()
{
    const HttpResult result = m_sandbox.client().get(QStringLiteral("/roles"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json["items"].size() >= 5);
    QVERIFY(fullAdminRole().is_string());
}

void TestPeopleHandler::findsPeopleByEmailAndOrg()
{
    const HttpResult byEmail
        = m_sandbox.client().get(QStringLiteral("/people?email=maja.lindgren@kaffebryggeriet.example"));
    QCOMPARE(byEmail.status, 200);
    QCOMPARE(byEmail.json["items"].size(), std::size_t(1));
    const json person = byEmail.json["items"][0];
    QCOMPARE(person["displayName"].get<std::string>(), std::string("Maja Lindgren"));
    const QString orgId = QString::fromStdString(person["orgId"].get<std::string>());
    const HttpResult byOrg = m_sandbox.client().get(QStringLiteral("/people?orgId=") + orgId);
    QCOMPARE(byOrg.json["items"].size(), std::size_t(3));
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/people?email=nobody@nowhere.example")).json["items"].size(),
             std::size_t(0));
}

void TestPeopleHandler::getsPersonAndMe()
{
    const HttpResult me = m_sandbox.client().get(QStringLiteral("/people/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json["emails"][0].get<std::string>(), std::string("sara.lindqvist@partner.example"));
    const HttpResult person
        = m_sandbox.client().get(QStringLiteral("/people/") + QString::fromStdString(me.json["id"].get<std::string>()));
    QCOMPARE(person.status, 200);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/people/bm9wZQ")).status, 404);
}

void TestPeopleHandler::updatesNamesAndRoles()
{
    const HttpResult found
        = m_sandbox.client().get(QStringLiteral("/people?email=erik.svensson@kaffebryggeriet.example"));
    const QString id = QString::fromStdString(found.json["items"][0]["id"].get<std::string>());
    const HttpResult updated = m_sandbox.client().put(
        QStringLiteral("/people/") + id, { { "displayName", "Erik S." }, { "roles", { fullAdminRole() } } });
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json["displayName"].get<std::string>(), std::string("Erik S."));
    QVERIFY(updated.json["roles"][0] == fullAdminRole());
    QCOMPARE(m_sandbox.client().put(QStringLiteral("/people/") + id, { { "roles", json::array() } }).status, 200);
}

void TestPeopleHandler::refusesUnknownRole()
{
    const HttpResult found
        = m_sandbox.client().get(QStringLiteral("/people?email=erik.svensson@kaffebryggeriet.example"));
    const QString id = QString::fromStdString(found.json["items"][0]["id"].get<std::string>());
    QCOMPARE(m_sandbox.client().put(QStringLiteral("/people/") + id, { { "roles", { "not-a-role" } } }).status, 400);
    QCOMPARE(m_sandbox.client().put(QStringLiteral("/people/") + id, { { "emails", { "other@x.example" } } }).status,
             400);
}

void TestPeopleHandler::adminNeedsOrganizationPackageLevel()
{
    // Norrsken has webex_suite; a meetings-only user cannot become a full admin until upgraded.
    const HttpResult customer = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1002"));
    const std::string customerId = customer.json["items"][0]["id"].get<std::string>();
    const HttpResult created = m_sandbox.client().post(
        QStringLiteral("/wholesale/subscribers"),
        { { "customerId", customerId },
          { "email", "junior@norrsken.example" },
          { "packages", { "webex_meetings" } },
          { "provisioningParameters", { { "firstName", "Junior" }, { "lastName", "Arkitekt" } } } });
    QCOMPARE(created.status, 200);
    const QString personId = QString::fromStdString(created.json["personId"].get<std::string>());
    const HttpResult refused
        = m_sandbox.client().put(QStringLiteral("/people/") + personId, { { "roles", { fullAdminRole() } } });
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json["message"].get<std::string>().find("package level") != std::string::npos);
    const QString subscriberId = QString::fromStdString(created.json["id"].get<std::string>());
    QCOMPARE(m_sandbox.client()
                 .put(QStringLiteral("/wholesale/subscribers/") + subscriberId,
                      { { "packages", { "webex_suite" } }, { "provisioningParameters", { { "extension", "4100" } } } })
                 .status,
             200);
    QCOMPARE(m_sandbox.client().put(QStringLiteral("/people/") + personId, { { "roles", { fullAdminRole() } } }).status,
             200);
}

void TestPeopleHandler::primaryAdminKeepsFullAdmin()
{
    const HttpResult found = m_sandbox.client().get(QStringLiteral("/people?email=johan.ek@norrsken.example"));
    const QString id = QString::fromStdString(found.json["items"][0]["id"].get<std::string>());
    QCOMPARE(m_sandbox.client().put(QStringLiteral("/people/") + id, { { "roles", json::array() } }).status, 400);
}

void TestPeopleHandler::organizations()
{
    const HttpResult list = m_sandbox.client().get(QStringLiteral("/organizations"));
    QCOMPARE(list.status, 200);
    QVERIFY(list.json["items"].size() >= 5);
    const HttpResult customer = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    const QString orgId = QString::fromStdString(customer.json["items"][0]["orgId"].get<std::string>());
    const HttpResult org = m_sandbox.client().get(QStringLiteral("/organizations/") + orgId);
    QCOMPARE(org.status, 200);
    QCOMPARE(org.json["displayName"].get<std::string>(), std::string("Kaffebryggeriet Göteborg AB"));
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/organizations/Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8w")).status,
             404);
    // Not paginated, per the contract: one answer names the organization of every customer that has one.
    QVERIFY(list.link("next").isEmpty());
    const HttpResult paged = m_sandbox.client().get(QStringLiteral("/organizations?max=2"));
    QCOMPARE(paged.json["items"].size(), list.json["items"].size());
    std::set<std::string> listed;
    for (const auto& item : list.json["items"]) {
        listed.insert(item["id"].get<std::string>());
    }
    const HttpResult customers = m_sandbox.client().get(QStringLiteral("/wholesale/customers?max=100"));
    int withOrg = 0;
    for (const auto& item : customers.json["items"]) {
        if (item.contains("orgId")) {
            ++withOrg;
            QVERIFY2(listed.count(item["orgId"].get<std::string>()) == 1, item.dump().c_str());
        }
    }
    QVERIFY(withOrg >= 4);
}

void TestPeopleHandler::partnerAdmins()
{
    const HttpResult customer = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    const QString orgId = QString::fromStdString(customer.json["items"][0]["orgId"].get<std::string>());
    const HttpResult admins
        = m_sandbox.client().get(QStringLiteral("/partner/organizations/") + orgId + QStringLiteral("/partnerAdmins"));
    QCOMPARE(admins.status, 200);
    QCOMPARE(admins.json["items"].size(), std::size_t(2));
    QCOMPARE(admins.json["items"][0]["roleInCustomerOrg"].get<std::string>(), std::string("id_full_admin"));
}

QTEST_GUILESS_MAIN(TestPeopleHandler)
#include "tst_PeopleHandler.moc"
