// /wholesale/customers over HTTP: lists, filters, paging, provisioning, validation, conflicts and the state machine.
#include "SandboxFixture.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <set>

using namespace onboarder::testsupport;
using nlohmann::json;

class TestCustomerHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsDemoCustomersInEveryStatus();
    void filtersByExternalIdStatusAndOrgId();
    void pagesWithLinkHeaders();
    void pageByPageEqualsTheWholeList();
    void aChangeBeforeThePageIsCountedAnew();
    void clampsMaxTo100();
    void rejectsBadPagingAndFilters();
    void getsWithAndWithoutLicenseInfo();
    void provisionsWithLocationAndUrl();
    void sampleBodiesOfTheDocsWork();
    void provisioningCreatesOrgLocationAndAdmin();
    void attachesExistingOrganization();
    void terminalStates_data();
    void terminalStates();
    void validationErrors_data();
    void validationErrors();
    void duplicateExternalIdIs409();
    void usedEmailIs409With10022();
    void updateReplacesPackagesThroughUpdating();
    void listShowsEveryChangeOfACustomer();
    void deleteGoesThroughDeletingTo404();
    void putAndDeleteOnDeletingAre409();
    void precheckSucceeds();
    void precheckFails();
    void subPartnerScopesLists();
    void unknownSubPartnerIs403();
    void listsSubPartners();

private:
    SandboxFixture m_sandbox;
};

void TestCustomerHandler::initTestCase()
{
    QVERIFY(m_sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 300)));
}

void TestCustomerHandler::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestCustomerHandler::listsDemoCustomersInEveryStatus()
{
    const HttpResult result = m_sandbox.client().get(QStringLiteral("/wholesale/customers"));
    QCOMPARE(result.status, 200);
    std::set<std::string> statuses;
    for (const auto& customer : result.json["items"]) {
        statuses.insert(customer["status"].get<std::string>());
        QVERIFY(customer["id"].is_string());
        QVERIFY(customer["address"].is_object());
        for (auto it = customer.begin(); it != customer.end(); ++it) {
            QVERIFY2(it.key().front() != '_', it.key().c_str());
        }
        const std::string status = customer["status"].get<std::string>();
        QCOMPARE(customer.contains("orgId"), status == "provisioned" || status == "provisioned_with_errors");
    }
    // Demo customers of sub-partners are not in the partner's own list; the rest cover these statuses.
    for (const char* status : { "provisioned", "provisioned_with_errors", "error" }) {
        QVERIFY2(statuses.count(status) == 1, status);
    }
}

void TestCustomerHandler::filtersByExternalIdStatusAndOrgId()
{
    HttpResult result = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    QCOMPARE(result.json["items"].size(), std::size_t(1));
    const json customer = result.json["items"][0];
    result = m_sandbox.client().get(QStringLiteral("/wholesale/customers?status=error&status=provisioned_with_errors"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["items"].size(), std::size_t(2));
    result = m_sandbox.client().get(QStringLiteral("/wholesale/customers?orgId=")
                                    + QString::fromStdString(customer["orgId"].get<std::string>()));
    QCOMPARE(result.json["items"].size(), std::size_t(1));
    QVERIFY(result.json["items"][0]["id"] == customer["id"]);
}

void TestCustomerHandler::pagesWithLinkHeaders()
{
    const HttpResult first = m_sandbox.client().get(QStringLiteral("/wholesale/customers?max=2&status=provisioned"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json["items"].size(), std::size_t(2));
    QVERIFY(first.link("prev").isEmpty());
    const QUrl next = first.link("next");
    QVERIFY(!next.isEmpty());
    QVERIFY(next.toString().startsWith(m_sandbox.baseUrl().toString()));
    QVERIFY(next.query().contains(QStringLiteral("status=provisioned")));
    QVERIFY(next.query().contains(QStringLiteral("offset=2")));
    const HttpResult second = m_sandbox.client().send("GET", next, {}, {});
    QCOMPARE(second.status, 200);
    QVERIFY(!second.json["items"].empty());
    QVERIFY(second.json["items"][0]["id"] != first.json["items"][0]["id"]);
    QVERIFY(!second.link("prev").isEmpty());
    QVERIFY(second.link("next").isEmpty());
}

namespace {

std::vector<std::string> idsOf(const HttpResult& result)
{
    std::vector<std::string> ids;
    for (const json& item : result.json["items"]) {
        ids.push_back(item["id"].get<std::string>());
    }
    return ids;
}

} // namespace

void TestCustomerHandler::pageByPageEqualsTheWholeList()
{
    // Each page resumes where the one before it stopped; together they must be the whole list, once each, in order.
    const std::vector<std::string> whole
        = idsOf(m_sandbox.client().get(QStringLiteral("/wholesale/customers?max=100")));
    QVERIFY(whole.size() > 6);
    std::vector<std::string> paged;
    QUrl next(m_sandbox.baseUrl().toString() + QStringLiteral("/wholesale/customers?max=3"));
    while (!next.isEmpty()) {
        const HttpResult page = m_sandbox.client().send("GET", next, {}, {});
        QCOMPARE(page.status, 200);
        const std::vector<std::string> ids = idsOf(page);
        paged.insert(paged.end(), ids.begin(), ids.end());
        next = page.link("next");
    }
    QVERIFY(paged == whole);
}

void TestCustomerHandler::aChangeBeforeThePageIsCountedAnew()
{
    // A customer of the first page leaves the filter before the second page is asked for: the second page is then
    // what a fresh count says it is, not where the first page stopped. Provisioning never ends here, so no status
    // changes on its own while the test looks.
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("demo"), 600000)));
    const QString provisioned = QStringLiteral("/wholesale/customers?status=provisioned&max=1");
    const std::vector<std::string> first = idsOf(sandbox.client().get(provisioned));
    QCOMPARE(first.size(), std::size_t(1));
    QCOMPARE(sandbox.client()
                 .put(QStringLiteral("/wholesale/customers/") + QString::fromStdString(first.front()),
                      { { "packages", { "webex_calling" } } })
                 .status,
             202);
    const std::vector<std::string> all
        = idsOf(sandbox.client().get(QStringLiteral("/wholesale/customers?status=provisioned&max=100")));
    QVERIFY(all.size() >= 2);
    QVERIFY(std::find(all.begin(), all.end(), first.front()) == all.end());
    const std::vector<std::string> second = idsOf(sandbox.client().get(provisioned + QStringLiteral("&offset=1")));
    QVERIFY(second == std::vector<std::string> { all[1] });
}

void TestCustomerHandler::clampsMaxTo100()
{
    const HttpResult result = m_sandbox.client().get(QStringLiteral("/wholesale/customers?max=500"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.link("first").query().contains(QStringLiteral("max=100")));
}

void TestCustomerHandler::rejectsBadPagingAndFilters()
{
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers?max=abc")).status, 400);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers?offset=-1")).status, 400);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers?status=happy")).status, 400);
}

void TestCustomerHandler::getsWithAndWithoutLicenseInfo()
{
    const HttpResult list = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    const QString id = QString::fromStdString(list.json["items"][0]["id"].get<std::string>());
    const HttpResult plain = m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + id);
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.json["resourceDetails"]["packages"][0].contains("licenseIds"));
    const HttpResult licensed = m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + id
                                                       + QStringLiteral("?includePackageLicenseInfo=true"));
    QCOMPARE(licensed.status, 200);
    QVERIFY(licensed.json["resourceDetails"]["packages"][0]["licenseIds"].is_array());
}

void TestCustomerHandler::provisionsWithLocationAndUrl()
{
    const HttpResult result = m_sandbox.client().post(
        QStringLiteral("/wholesale/customers"),
        SandboxFixture::customerBody(
            m_sandbox.templateId().toStdString(), "t-url-1", "owner@url.example", { "webex_calling" }));
    QCOMPARE(result.status, 202);
    const std::string url = result.json["url"].get<std::string>();
    QCOMPARE(result.header("Location").toStdString(), url);
    QVERIFY(QString::fromStdString(url).startsWith(m_sandbox.baseUrl().toString()
                                                   + QStringLiteral("/wholesale/customers/")));
    const HttpResult get = m_sandbox.client().send("GET", QUrl(QString::fromStdString(url)), {}, {});
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json["status"].get<std::string>(), std::string("provisioning"));
    QVERIFY(!get.json.contains("orgId"));
}

void TestCustomerHandler::sampleBodiesOfTheDocsWork()
{
    auto load = [](const char* name) {
        QFile file(testDataPath(QStringLiteral("sandbox/") + QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? json::parse(file.readAll().toStdString(), nullptr, false) : json();
    };
    const json customer = load("customer-provision.json");
    QVERIFY(customer.is_object());
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/wholesale/customers"), customer).status, 202);
    const json subscriber = load("subscriber-provision.json");
    QVERIFY(subscriber.is_object());
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/wholesale/subscribers"), subscriber).status, 200);
}

void TestCustomerHandler::provisioningCreatesOrgLocationAndAdmin()
{
    const QString id
        = m_sandbox.createCustomer(QStringLiteral("t-org-1"), QStringLiteral("admin@org1.example"), { "webex_suite" });
    QVERIFY(!id.isEmpty());
    const json done = m_sandbox.waitForTerminal(id);
    QCOMPARE(done["status"].get<std::string>(), std::string("provisioned"));
    const QString orgId = QString::fromStdString(done["orgId"].get<std::string>());
    const HttpResult org = m_sandbox.client().get(QStringLiteral("/organizations/") + orgId);
    QCOMPARE(org.status, 200);
    QCOMPARE(org.json["displayName"].get<std::string>(), std::string("Testbolaget AB"));
    const HttpResult locations = m_sandbox.client().get(QStringLiteral("/locations?orgId=") + orgId);
    QCOMPARE(locations.json["items"].size(), std::size_t(1));
    QCOMPARE(locations.json["items"][0]["name"].get<std::string>(), std::string("Huvudkontor"));
    QCOMPARE(locations.json["items"][0]["timeZone"].get<std::string>(), std::string("Europe/Stockholm"));
    const HttpResult people = m_sandbox.client().get(QStringLiteral("/people?email=admin@org1.example"));
    QCOMPARE(people.json["items"].size(), std::size_t(1));
    QCOMPARE(people.json["items"][0]["orgId"].get<std::string>(), orgId.toStdString());
    QVERIFY(!people.json["items"][0]["roles"].empty());
}

void TestCustomerHandler::attachesExistingOrganization()
{
    const HttpResult orgs = m_sandbox.client().get(QStringLiteral("/organizations"));
    std::string existing;
    std::string partner;
    for (const auto& org : orgs.json["items"]) {
        if (org["displayName"] == "Gamla Stan Konsult AB") {
            existing = org["id"].get<std::string>();
        }
        if (org["displayName"] == "Nordic Telecom Partner AB") {
            partner = org["id"].get<std::string>();
        }
    }
    QVERIFY(!existing.empty());
    json body = SandboxFixture::customerBody(
        m_sandbox.templateId().toStdString(), "t-attach-1", "unused@attach.example", { "webex_meetings" });
    body.erase("customerInfo"); // optional when attaching (§7.4)
    body.erase("provisioningParameters");
    body["orgId"] = partner;
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/wholesale/customers"), body).status, 400);
    std::string padded = existing; // padded IDs are accepted too
    while (padded.size() % 4 != 0) {
        padded += '=';
    }
    body["orgId"] = padded;
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/wholesale/customers"), body);
    QCOMPARE(created.status, 202);
    const std::string url = created.json["url"].get<std::string>();
    const json done = m_sandbox.waitForTerminal(QString::fromStdString(url.substr(url.rfind('/') + 1)));
    QCOMPARE(done["status"].get<std::string>(), std::string("provisioned"));
    QCOMPARE(done["orgId"].get<std::string>(), existing);
    body["externalId"] = "t-attach-2";
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/wholesale/customers"), body).status, 409);
}

void TestCustomerHandler::terminalStates_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("status");
    QTest::newRow("provisioned") << QStringLiteral("t-state-ok") << QStringLiteral("provisioned");
    QTest::newRow("with errors") << QStringLiteral("sbx-warn-t1") << QStringLiteral("provisioned_with_errors");
    QTest::newRow("error") << QStringLiteral("sbx-error-t1") << QStringLiteral("error");
    QTest::newRow("rpl review") << QStringLiteral("sbx-rpl-t1") << QStringLiteral("pending_rpl_review");
}

void TestCustomerHandler::terminalStates()
{
    QFETCH(QString, externalId);
    QFETCH(QString, status);
    const QString id = m_sandbox.createCustomer(externalId, externalId + QStringLiteral("@states.example"));
    QVERIFY(!id.isEmpty());
    const json done = m_sandbox.waitForTerminal(id);
    QCOMPARE(QString::fromStdString(done["status"].get<std::string>()), status);
    if (status == QLatin1String("provisioned_with_errors")) {
        const json package = done["resourceDetails"]["packages"][0];
        QCOMPARE(package["status"].get<std::string>(), std::string("error"));
        QCOMPARE(package["warnings"][0]["errorCode"].get<int>(), 2560);
        QVERIFY(done.contains("orgId"));
    } else if (status == QLatin1String("error")) {
        QVERIFY(done["errors"][0]["errorCode"].is_number());
        QVERIFY(!done.contains("orgId"));
    } else if (status == QLatin1String("provisioned")) {
        QVERIFY(done["orgId"].is_string());
    }
}

void TestCustomerHandler::validationErrors_data()
{
    QTest::addColumn<QByteArray>("patch"); // JSON merge patch applied to a valid body
    QTest::addColumn<QByteArray>("expected"); // part of an error description
    QTest::newRow("no provisioningId") << QByteArray(R"({"provisioningId":null})") << QByteArray("provisioningId");
    QTest::newRow("unknown provisioningId")
        << QByteArray(R"({"provisioningId":"MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw"})")
        << QByteArray("Unknown provisioningId");
    QTest::newRow("no packages") << QByteArray(R"({"packages":null})") << QByteArray("packages");
    QTest::newRow("unknown package") << QByteArray(R"({"packages":["webex_teleport"]})")
                                     << QByteArray("Unknown package");
    QTest::newRow("add-on alone") << QByteArray(R"({"packages":["attendant_console"]})") << QByteArray("requires");
    QTest::newRow("no externalId") << QByteArray(R"({"externalId":null})") << QByteArray("externalId");
    QTest::newRow("no address") << QByteArray(R"({"address":null})") << QByteArray("address");
    QTest::newRow("country of 3") << QByteArray(R"({"address":{"country":"SWE"}})") << QByteArray("country");
    QTest::newRow("long line") << QByteArray(
        R"({"address":{"addressLine1":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}})")
                               << QByteArray("50 characters");
    QTest::newRow("percent in name") << QByteArray(R"({"customerInfo":{"name":"100% Pizza"}})") << QByteArray("%");
    QTest::newRow("no customerInfo") << QByteArray(R"({"customerInfo":null})") << QByteArray("customerInfo");
    QTest::newRow("bad email") << QByteArray(R"({"customerInfo":{"primaryEmail":"nope"}})")
                               << QByteArray("primaryEmail");
    QTest::newRow("calling without location")
        << QByteArray(R"({"provisioningParameters":null})") << QByteArray("provisioningParameters.calling");
    QTest::newRow("bad time zone") << QByteArray(
        R"({"provisioningParameters":{"calling":{"location":{"timezone":"Mars/Olympus"}}}})")
                                   << QByteArray("time zone");
}

void TestCustomerHandler::validationErrors()
{
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, expected);
    json body = SandboxFixture::customerBody(
        m_sandbox.templateId().toStdString(), "t-valid-x", "valid@x.example", { "webex_calling" });
    body.merge_patch(json::parse(patch.toStdString()));
    const HttpResult result = m_sandbox.client().post(QStringLiteral("/wholesale/customers"), body);
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["trackingId"].is_string());
    QVERIFY2(result.json["errors"].dump().find(expected.toStdString()) != std::string::npos, result.body.constData());
}

void TestCustomerHandler::duplicateExternalIdIs409()
{
    QVERIFY(!m_sandbox.createCustomer(QStringLiteral("t-dup-1"), QStringLiteral("first@dup.example")).isEmpty());
    const HttpResult result = m_sandbox.client().post(
        QStringLiteral("/wholesale/customers"),
        SandboxFixture::customerBody(
            m_sandbox.templateId().toStdString(), "t-dup-1", "second@dup.example", { "webex_calling" }));
    QCOMPARE(result.status, 409);
}

void TestCustomerHandler::usedEmailIs409With10022()
{
    const HttpResult result
        = m_sandbox.client().post(QStringLiteral("/wholesale/customers"),
                                  SandboxFixture::customerBody(m_sandbox.templateId().toStdString(),
                                                               "t-mail-1",
                                                               "anna.karlsson@kaffebryggeriet.example",
                                                               { "webex_calling" }));
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json["errors"][0]["errorCode"].get<int>(), 10022);
}

void TestCustomerHandler::updateReplacesPackagesThroughUpdating()
{
    const QString id = m_sandbox.createCustomer(
        QStringLiteral("t-upd-1"), QStringLiteral("owner@upd.example"), { "webex_calling", "webex_meetings" });
    QCOMPARE(m_sandbox.waitForTerminal(id)["status"].get<std::string>(), std::string("provisioned"));
    const HttpResult put = m_sandbox.client().put(QStringLiteral("/wholesale/customers/") + id,
                                                  { { "packages", { "webex_calling", "attendant_console" } } });
    QCOMPARE(put.status, 202);
    QVERIFY(put.json["url"].get<std::string>().find(id.toStdString()) != std::string::npos);
    const HttpResult during = m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + id);
    QCOMPARE(during.json["status"].get<std::string>(), std::string("updating"));
    const json done = m_sandbox.waitForTerminal(id);
    QCOMPARE(done["status"].get<std::string>(), std::string("provisioned"));
    QVERIFY(done["packages"] == json({ "webex_calling", "attendant_console" }));
    QCOMPARE(done["resourceDetails"]["packages"].size(), std::size_t(2));
    QCOMPARE(
        m_sandbox.client().put(QStringLiteral("/wholesale/customers/") + id, { { "packages", { "nope" } } }).status,
        400);
}

void TestCustomerHandler::listShowsEveryChangeOfACustomer()
{
    // A list renders each customer once and keeps the text until the customer changes: each change must show, and
    // a listed customer must read as it does on its own.
    auto listed = [this](const char* externalId) {
        const HttpResult result
            = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=") + QLatin1String(externalId));
        return result.json["items"].size() == 1 ? result.json["items"][0] : json();
    };
    const QString id = m_sandbox.createCustomer(QStringLiteral("t-list-1"), QStringLiteral("owner@list1.example"));
    QCOMPARE(listed("t-list-1")["status"].get<std::string>(), std::string("provisioning"));
    QCOMPARE(m_sandbox.waitForTerminal(id)["status"].get<std::string>(), std::string("provisioned"));
    json customer = listed("t-list-1");
    QCOMPARE(customer["status"].get<std::string>(), std::string("provisioned"));
    QVERIFY(customer.contains("orgId"));
    QVERIFY(customer == m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + id).json);
    QCOMPARE(m_sandbox.client()
                 .put(QStringLiteral("/wholesale/customers/") + id,
                      { { "packages", { "webex_meetings" } }, { "externalId", "t-list-2" } })
                 .status,
             202);
    QVERIFY(listed("t-list-1").is_null());
    customer = listed("t-list-2");
    QCOMPARE(customer["status"].get<std::string>(), std::string("updating"));
    QVERIFY(customer["packages"] == json({ "webex_meetings" }));
    QVERIFY(!customer.contains("orgId"));
    m_sandbox.waitForTerminal(id);
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/wholesale/customers/") + id).status, 202);
    QCOMPARE(listed("t-list-2")["status"].get<std::string>(), std::string("deleting"));
    QTRY_VERIFY_WITH_TIMEOUT(listed("t-list-2").is_null(), 10000);
    // Those that stay as they are (a customer in flight may move on between the two calls).
    const HttpResult settled = m_sandbox.client().get(
        QStringLiteral("/wholesale/customers?max=100&status=provisioned,provisioned_with_errors,error"));
    QVERIFY(!settled.json["items"].empty());
    for (const json& item : settled.json["items"]) {
        const QString itemId = QString::fromStdString(item["id"].get<std::string>());
        QVERIFY(item == m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + itemId).json);
    }
}

void TestCustomerHandler::deleteGoesThroughDeletingTo404()
{
    const QString id = m_sandbox.createCustomer(QStringLiteral("t-del-1"), QStringLiteral("owner@del.example"));
    QCOMPARE(m_sandbox.waitForTerminal(id)["status"].get<std::string>(), std::string("provisioned"));
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/wholesale/customers/") + id).status, 202);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + id).json["status"].get<std::string>(),
             std::string("deleting"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + id).status, 404, 10000);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/people?email=owner@del.example")).json["items"].size(),
             std::size_t(0));
}

void TestCustomerHandler::putAndDeleteOnDeletingAre409()
{
    const QString id = m_sandbox.createCustomer(QStringLiteral("t-del-2"), QStringLiteral("owner@del2.example"));
    QCOMPARE(m_sandbox.waitForTerminal(id)["status"].get<std::string>(), std::string("provisioned"));
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/wholesale/customers/") + id).status, 202);
    QCOMPARE(m_sandbox.client().del(QStringLiteral("/wholesale/customers/") + id).status, 409);
    QCOMPARE(m_sandbox.client()
                 .put(QStringLiteral("/wholesale/customers/") + id, { { "packages", { "webex_calling" } } })
                 .status,
             409);
}

void TestCustomerHandler::precheckSucceeds()
{
    const json minimal
        = { { "address", { { "addressLine1", "Storgatan 1" }, { "city", "Lund" }, { "country", "SE" } } },
            { "customerInfo", { { "primaryEmail", "new.owner@precheck.example" } } } };
    HttpResult result = m_sandbox.client().post(QStringLiteral("/wholesale/customers/validate"), minimal);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["message"].get<std::string>(), std::string("success"));
    QCOMPARE(result.json["info"][0]["infoCode"].get<int>(), 100);
    result = m_sandbox.client().post(
        QStringLiteral("/wholesale/customers/validate"),
        SandboxFixture::customerBody(
            m_sandbox.templateId().toStdString(), "t-pre-full", "full@precheck.example", { "webex_calling" }));
    QCOMPARE(result.status, 200);
}

void TestCustomerHandler::precheckFails()
{
    HttpResult result = m_sandbox.client().post(QStringLiteral("/wholesale/customers/validate"),
                                                { { "customerInfo", { { "primaryEmail", "x@y.example" } } } });
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["trackingId"].is_string());
    result = m_sandbox.client().post(
        QStringLiteral("/wholesale/customers/validate"),
        { { "address", { { "addressLine1", "Storgatan 1" }, { "city", "Lund" }, { "country", "SE" } } },
          { "customerInfo", { { "primaryEmail", "johan.ek@norrsken.example" } } } });
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json["errors"][0]["errorCode"].get<int>(), 10022);
}

void TestCustomerHandler::subPartnerScopesLists()
{
    const HttpResult subPartners
        = m_sandbox.client().get(QStringLiteral("/wholesale/subPartners?provisioningState=active"));
    QCOMPARE(subPartners.json["items"].size(), std::size_t(1));
    const QString subPartner = QString::fromStdString(subPartners.json["items"][0]["orgId"].get<std::string>());
    const QString scope = QStringLiteral("onBehalfOfSubPartnerOrgId=") + subPartner;
    const HttpResult scoped = m_sandbox.client().get(QStringLiteral("/wholesale/customers?") + scope);
    QCOMPARE(scoped.status, 200);
    QCOMPARE(scoped.json["items"].size(), std::size_t(2));
    // A customer created on behalf of the sub-partner shows only in its scope.
    json body = SandboxFixture::customerBody(
        m_sandbox.templateId().toStdString(), "t-sub-1", "owner@sub.example", { "webex_calling" });
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/wholesale/customers?") + scope, body);
    QCOMPARE(created.status, 202);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=t-sub-1")).json["items"].size(),
             std::size_t(0));
    QCOMPARE(
        m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=t-sub-1&") + scope).json["items"].size(),
        std::size_t(1));
    // Another sub-partner's customer is not found in this scope.
    const HttpResult own = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    const QString ownId = QString::fromStdString(own.json["items"][0]["id"].get<std::string>());
    QCOMPARE(
        m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + ownId + QStringLiteral("?") + scope).status,
        404);
}

void TestCustomerHandler::unknownSubPartnerIs403()
{
    const HttpResult result = m_sandbox.client().get(
        QStringLiteral("/wholesale/customers?onBehalfOfSubPartnerOrgId=Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8w"));
    QCOMPARE(result.status, 403);
    const HttpResult subPartners
        = m_sandbox.client().get(QStringLiteral("/wholesale/subPartners?provisioningState=suspended"));
    const QString suspended = QString::fromStdString(subPartners.json["items"][0]["orgId"].get<std::string>());
    const HttpResult write = m_sandbox.client().post(
        QStringLiteral("/wholesale/customers?onBehalfOfSubPartnerOrgId=") + suspended,
        SandboxFixture::customerBody(
            m_sandbox.templateId().toStdString(), "t-susp", "s@susp.example", { "webex_calling" }));
    QCOMPARE(write.status, 403);
}

void TestCustomerHandler::listsSubPartners()
{
    const HttpResult result = m_sandbox.client().get(QStringLiteral("/wholesale/subPartners"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["items"].size(), std::size_t(2));
    QVERIFY(result.json["items"][0]["subscriptionId"].is_string());
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/subPartners?provisioningState=gone")).status, 400);
}

QTEST_GUILESS_MAIN(TestCustomerHandler)
#include "tst_CustomerHandler.moc"
