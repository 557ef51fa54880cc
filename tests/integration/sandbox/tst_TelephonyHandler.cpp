// Locations, phone numbers and PSTN connections of a customer organization, over HTTP.
#include "SandboxFixture.h"

#include <QTest>

using namespace onboarder::testsupport;
using nlohmann::json;

class TestTelephonyHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsAndGetsLocations();
    void createsAndUpdatesLocation();
    void locationValidationAndConflicts();
    void unknownOrgIs404();
    void listsNumbersWithCounts();
    void filtersAvailableNumbers();
    void addsNumbersToNonIntegratedPstn();
    void refusesNumbersForCiscoCallingPlan();
    void limitsMobileNumbersTo20();
    void numberValidation();
    void activatesAndRemovesNumbers();
    void pstnOptionsAndConnection();
    void pstnConnectionRefusesUnknownOption();
    void numbersNeedAPstnConnection();
    void mobileNumbersOnAnyConnectionOfferingThem();
    void mobileNumbersAreNotActivatedHere();
    void mainNumberIsAnActiveNumberOfTheLocation();

private:
    QString locationOf(const char* externalId, QString* orgId);
    // A new location of the customer's organization, connected to the option of that type unless it is empty.
    QString newLocation(const char* externalId, const char* name, const std::string& connectionType, QString* orgId);
    QString numbersPath(const QString& locationId, const QString& orgId) const;
    SandboxFixture m_sandbox;
};

void TestTelephonyHandler::initTestCase()
{
    QVERIFY(m_sandbox.start(SandboxFixture::options()));
}

void TestTelephonyHandler::cleanupTestCase()
{
    m_sandbox.stop();
}

QString TestTelephonyHandler::locationOf(const char* externalId, QString* orgId)
{
    const HttpResult customer
        = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=") + QString::fromLatin1(externalId));
    *orgId = QString::fromStdString(customer.json["items"][0]["orgId"].get<std::string>());
    const HttpResult locations = m_sandbox.client().get(QStringLiteral("/locations?orgId=") + *orgId);
    return QString::fromStdString(locations.json["items"][0]["id"].get<std::string>());
}

QString TestTelephonyHandler::newLocation(const char* externalId,
                                          const char* name,
                                          const std::string& connectionType,
                                          QString* orgId)
{
    locationOf(externalId, orgId);
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/locations?orgId=") + *orgId,
                                                       { { "name", name },
                                                         { "timeZone", "Europe/Paris" },
                                                         { "preferredLanguage", "fr_fr" },
                                                         { "announcementLanguage", "fr_fr" },
                                                         { "address",
                                                           { { "address1", "2 Rue" },
                                                             { "city", "Lyon" },
                                                             { "state", "ARA" },
                                                             { "postalCode", "69001" },
                                                             { "country", "FR" } } } });
    if (created.status != 201) {
        return {};
    }
    const QString id = QString::fromStdString(created.json["id"].get<std::string>());
    if (connectionType.empty()) {
        return id;
    }
    const QString base = QStringLiteral("/telephony/pstn/locations/") + id;
    const HttpResult options = m_sandbox.client().get(base + QStringLiteral("/connectionOptions?orgId=") + *orgId);
    for (const auto& option : options.json["items"]) {
        if (option["pstnConnectionType"] == connectionType
            && m_sandbox.client()
                    .put(base + QStringLiteral("/connection?orgId=") + *orgId, { { "id", option["id"] } })
                    .status
                == 204) {
            return id;
        }
    }
    return {};
}

QString TestTelephonyHandler::numbersPath(const QString& locationId, const QString& orgId) const
{
    return QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=") + orgId;
}

void TestTelephonyHandler::listsAndGetsLocations()
{
    QString orgId;
    const QString locationId = locationOf("crm-se-1001", &orgId);
    const HttpResult location
        = m_sandbox.client().get(QStringLiteral("/locations/") + locationId + QStringLiteral("?orgId=") + orgId);
    QCOMPARE(location.status, 200);
    QCOMPARE(location.json["name"].get<std::string>(), std::string("Head Office"));
    QCOMPARE(location.json["address"]["city"].get<std::string>(), std::string("Göteborg"));
    QCOMPARE(location.json["timeZone"].get<std::string>(), std::string("Europe/Stockholm"));
    QCOMPARE(location.json["orgId"].get<std::string>(), orgId.toStdString());
    const HttpResult byName = m_sandbox.client().get(QStringLiteral("/locations?name=head&orgId=") + orgId);
    QCOMPARE(byName.json["items"].size(), std::size_t(1));
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/locations?name=nowhere&orgId=") + orgId).json["items"].size(),
             std::size_t(0));
}

void TestTelephonyHandler::createsAndUpdatesLocation()
{
    QString orgId;
    locationOf("crm-se-1001", &orgId);
    const json body = { { "name", "Lager Hisingen" },
                        { "timeZone", "Europe/Stockholm" },
                        { "preferredLanguage", "sv_se" },
                        { "announcementLanguage", "sv_se" },
                        { "address",
                          { { "address1", "Hamngatan 2" },
                            { "city", "Göteborg" },
                            { "state", "O" },
                            { "postalCode", "417 05" },
                            { "country", "SE" } } } };
    const HttpResult created = m_sandbox.client().post(QStringLiteral("/locations?orgId=") + orgId, body);
    QCOMPARE(created.status, 201);
    const QString id = QString::fromStdString(created.json["id"].get<std::string>());
    QVERIFY(!id.isEmpty());
    const HttpResult updated
        = m_sandbox.client().put(QStringLiteral("/locations/") + id + QStringLiteral("?orgId=") + orgId,
                                 { { "name", "Lager Hisingen 2" }, { "address", { { "address2", "Port 4" } } } });
    QCOMPARE(updated.status, 204);
    const HttpResult got
        = m_sandbox.client().get(QStringLiteral("/locations/") + id + QStringLiteral("?orgId=") + orgId);
    QCOMPARE(got.json["name"].get<std::string>(), std::string("Lager Hisingen 2"));
    QCOMPARE(got.json["address"]["address2"].get<std::string>(), std::string("Port 4"));
    QCOMPARE(got.json["address"]["city"].get<std::string>(), std::string("Göteborg"));
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/locations?orgId=") + orgId).json["items"].size(), std::size_t(2));
}

void TestTelephonyHandler::locationValidationAndConflicts()
{
    QString orgId;
    locationOf("crm-fr-7001", &orgId);
    HttpResult result
        = m_sandbox.client().post(QStringLiteral("/locations?orgId=") + orgId, { { "name", "Only a name" } });
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["errors"].size() >= 4);
    result = m_sandbox.client().post(QStringLiteral("/locations?orgId=") + orgId,
                                     { { "name", "Head Office" },
                                       { "timeZone", "Europe/Paris" },
                                       { "preferredLanguage", "fr_fr" },
                                       { "announcementLanguage", "fr_fr" },
                                       { "address",
                                         { { "address1", "1 Rue" },
                                           { "city", "Paris" },
                                           { "state", "IDF" },
                                           { "postalCode", "75001" },
                                           { "country", "FR" } } } });
    QCOMPARE(result.status, 409);
    result = m_sandbox.client().put(QStringLiteral("/locations/bm9wZQ?orgId=") + orgId, { { "name", "x" } });
    QCOMPARE(result.status, 404);
}

void TestTelephonyHandler::unknownOrgIs404()
{
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/locations?orgId=Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8w")).status,
             404);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?orgId=bad")).status, 404);
}

void TestTelephonyHandler::listsNumbersWithCounts()
{
    QString orgId;
    const QString locationId = locationOf("crm-se-1001", &orgId);
    const HttpResult result = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?orgId=") + orgId
                                                     + QStringLiteral("&locationId=") + locationId);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["phoneNumbers"].size(), std::size_t(8));
    QCOMPARE(result.json["count"]["total"].get<int>(), 8);
    QCOMPARE(result.json["count"]["assigned"].get<int>() + result.json["count"]["unAssigned"].get<int>(), 8);
    const json first = result.json["phoneNumbers"][0];
    QVERIFY(first["mainNumber"].get<bool>());
    QCOMPARE(first["location"]["id"].get<std::string>(), locationId.toStdString());
    QCOMPARE(first["state"].get<std::string>(), std::string("ACTIVE"));
}

void TestTelephonyHandler::filtersAvailableNumbers()
{
    QString orgId;
    locationOf("crm-se-1001", &orgId);
    const HttpResult free
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?available=true&orgId=") + orgId);
    const HttpResult taken
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?available=false&orgId=") + orgId);
    QVERIFY(!free.json["phoneNumbers"].empty());
    QVERIFY(!taken.json["phoneNumbers"].empty());
    for (const auto& number : free.json["phoneNumbers"]) {
        QVERIFY(!number.contains("owner"));
    }
    for (const auto& number : taken.json["phoneNumbers"]) {
        QCOMPARE(number["owner"]["type"].get<std::string>(), std::string("PEOPLE"));
    }
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?available=maybe&orgId=") + orgId).status,
             400);
}

void TestTelephonyHandler::addsNumbersToNonIntegratedPstn()
{
    QString orgId;
    const QString locationId = locationOf("crm-se-1001", &orgId);
    const QString path
        = QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=") + orgId;
    const HttpResult added = m_sandbox.client().post(path,
                                                     { { "phoneNumbers", { "+46313300200", "+46313300201" } },
                                                       { "numberType", "DID" },
                                                       { "numberUsageType", "NONE" },
                                                       { "state", "INACTIVE" } });
    QCOMPARE(added.status, 200);
    const HttpResult list
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?state=INACTIVE&orgId=") + orgId);
    QCOMPARE(list.json["phoneNumbers"].size(), std::size_t(2));
    QCOMPARE(m_sandbox.client().post(path, { { "phoneNumbers", { "+46313300200" } } }).status, 409);
}

void TestTelephonyHandler::refusesNumbersForCiscoCallingPlan()
{
    QString orgId;
    const QString locationId = locationOf("crm-se-1002", &orgId);
    const HttpResult result = m_sandbox.client().post(QStringLiteral("/telephony/config/locations/") + locationId
                                                          + QStringLiteral("/numbers?orgId=") + orgId,
                                                      { { "phoneNumbers", { "+46850500299" } } });
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["message"].get<std::string>().find("Cisco Calling Plan") != std::string::npos);
}

void TestTelephonyHandler::limitsMobileNumbersTo20()
{
    QString orgId;
    const QString locationId = newLocation("crm-fr-7001", "Mobiles", "NON_INTEGRATED_CCP", &orgId);
    QVERIFY(!locationId.isEmpty());
    json numbers = json::array();
    for (int i = 0; i < 21; ++i) {
        numbers.push_back("+336120000" + std::to_string(10 + i));
    }
    const QString path
        = QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=") + orgId;
    QCOMPARE(m_sandbox.client().post(path, { { "phoneNumbers", numbers }, { "numberType", "MOBILE" } }).status, 400);
    numbers.erase(numbers.begin());
    QCOMPARE(m_sandbox.client().post(path, { { "phoneNumbers", numbers }, { "numberType", "MOBILE" } }).status, 200);
}

void TestTelephonyHandler::numberValidation()
{
    QString orgId;
    const QString locationId = newLocation("crm-fr-7001", "Validation", "NON_INTEGRATED_CCP", &orgId);
    QVERIFY(!locationId.isEmpty());
    const QString path
        = QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=") + orgId;
    QCOMPARE(m_sandbox.client().post(path, { { "phoneNumbers", { "0612345" } } }).status, 400);
    QCOMPARE(m_sandbox.client().post(path, { { "phoneNumbers", json::array() } }).status, 400);
    QCOMPARE(m_sandbox.client().post(path, { { "phoneNumbers", { "+33140200999" } }, { "numberType", "FAX" } }).status,
             400);
}

void TestTelephonyHandler::activatesAndRemovesNumbers()
{
    QString orgId;
    const QString locationId = newLocation("crm-fr-7001", "Activation", "NON_INTEGRATED_CCP", &orgId);
    QVERIFY(!locationId.isEmpty());
    const QString path
        = QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=") + orgId;
    QCOMPARE(m_sandbox.client().post(path, { { "phoneNumbers", { "+33140200500" } }, { "state", "INACTIVE" } }).status,
             200);
    QCOMPARE(m_sandbox.client().put(path, { { "phoneNumbers", { "+33140200500" } } }).status, 204);
    const HttpResult active
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?phoneNumber=33140200500&orgId=") + orgId);
    QCOMPARE(active.json["phoneNumbers"][0]["state"].get<std::string>(), std::string("ACTIVE"));
    const HttpResult removed = m_sandbox.client().send("DELETE",
                                                       m_sandbox.client().url(path),
                                                       R"({"phoneNumbers":["+33140200500"]})",
                                                       { { "Content-Type", "application/json" } });
    QCOMPARE(removed.status, 204);
    QCOMPARE(m_sandbox.client()
                 .get(QStringLiteral("/telephony/config/numbers?phoneNumber=33140200500&orgId=") + orgId)
                 .json["phoneNumbers"]
                 .size(),
             std::size_t(0));
}

void TestTelephonyHandler::pstnOptionsAndConnection()
{
    QString orgId;
    const QString locationId = locationOf("crm-fr-7001", &orgId);
    const QString base = QStringLiteral("/telephony/pstn/locations/") + locationId;
    const HttpResult options = m_sandbox.client().get(base + QStringLiteral("/connectionOptions?orgId=") + orgId);
    QCOMPARE(options.status, 200);
    QVERIFY(options.json["items"].size() >= 3);
    QCOMPARE(m_sandbox.client().get(base + QStringLiteral("/connection?orgId=") + orgId).status, 404);
    json integrated;
    for (const auto& option : options.json["items"]) {
        if (option["pstnConnectionType"] == "INTEGRATED_CCP") {
            integrated = option;
        }
    }
    QCOMPARE(m_sandbox.client()
                 .put(base + QStringLiteral("/connection?orgId=") + orgId, { { "id", integrated["id"] } })
                 .status,
             204);
    const HttpResult connection = m_sandbox.client().get(base + QStringLiteral("/connection?orgId=") + orgId);
    QCOMPARE(connection.status, 200);
    QCOMPARE(connection.json["pstnConnectionType"].get<std::string>(), std::string("INTEGRATED_CCP"));
    // Integrated CCP locations get their numbers from the provider, not from this API.
    QCOMPARE(m_sandbox.client()
                 .post(QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("/numbers?orgId=")
                           + orgId,
                       { { "phoneNumbers", { "+33140200777" } } })
                 .status,
             400);
    QCOMPARE(m_sandbox.client()
                 .put(base + QStringLiteral("/connection?orgId=") + orgId,
                      { { "premiseRouteType", "TRUNK" }, { "premiseRouteId", "trunk-1" } })
                 .status,
             204);
    QCOMPARE(m_sandbox.client()
                 .get(base + QStringLiteral("/connection?orgId=") + orgId)
                 .json["pstnConnectionType"]
                 .get<std::string>(),
             std::string("LOCAL_GATEWAY"));
}

void TestTelephonyHandler::pstnConnectionRefusesUnknownOption()
{
    QString orgId;
    const QString locationId = locationOf("crm-fr-7001", &orgId);
    const QString path
        = QStringLiteral("/telephony/pstn/locations/") + locationId + QStringLiteral("/connection?orgId=") + orgId;
    QCOMPARE(m_sandbox.client().put(path, { { "id", "nope" } }).status, 400);
    QCOMPARE(m_sandbox.client().put(path, { { "premiseRouteType", "CABLE" }, { "premiseRouteId", "x" } }).status, 400);
}

void TestTelephonyHandler::numbersNeedAPstnConnection()
{
    QString orgId;
    const QString locationId = newLocation("crm-fr-7001", "Sans PSTN", {}, &orgId);
    QVERIFY(!locationId.isEmpty());
    for (const char* type : { "DID", "MOBILE" }) {
        const HttpResult refused = m_sandbox.client().post(
            numbersPath(locationId, orgId), { { "phoneNumbers", { "+33140200600" } }, { "numberType", type } });
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json["message"].get<std::string>().find("no PSTN connection") != std::string::npos);
        QVERIFY(refused.json.contains("trackingId"));
    }
    QCOMPARE(m_sandbox.client().put(numbersPath(locationId, orgId), { { "phoneNumbers", { "+33140200600" } } }).status,
             400);
}

void TestTelephonyHandler::mobileNumbersOnAnyConnectionOfferingThem()
{
    QString orgId;
    const QString locationId = newLocation("crm-fr-7001", "Calling Plan", "CISCO_PSTN", &orgId);
    QVERIFY(!locationId.isEmpty());
    // Cisco Calling Plan: geographic numbers come from the plan, mobile numbers may still be added.
    QCOMPARE(m_sandbox.client().post(numbersPath(locationId, orgId), { { "phoneNumbers", { "+33140200610" } } }).status,
             400);
    QCOMPARE(m_sandbox.client()
                 .post(numbersPath(locationId, orgId),
                       { { "phoneNumbers", { "+33612000610" } }, { "numberType", "MOBILE" } })
                 .status,
             200);
    const HttpResult listed
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?phoneNumber=33612000610&orgId=") + orgId);
    QCOMPARE(listed.json["phoneNumbers"][0]["includedTelephonyTypes"].get<std::string>(), std::string("MOBILE_NUMBER"));
    QCOMPARE(listed.json["phoneNumbers"][0]["state"].get<std::string>(), std::string("INACTIVE"));
}

void TestTelephonyHandler::mobileNumbersAreNotActivatedHere()
{
    QString orgId;
    const QString locationId = newLocation("crm-fr-7001", "Mobiles inactifs", "NON_INTEGRATED_CCP", &orgId);
    QVERIFY(!locationId.isEmpty());
    QCOMPARE(m_sandbox.client()
                 .post(numbersPath(locationId, orgId),
                       { { "phoneNumbers", { "+33612000620" } }, { "numberType", "MOBILE" } })
                 .status,
             200);
    const HttpResult refused
        = m_sandbox.client().put(numbersPath(locationId, orgId), { { "phoneNumbers", { "+33612000620" } } });
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json["errors"][0]["description"].get<std::string>().find("assigned to a user")
            != std::string::npos);
}

void TestTelephonyHandler::mainNumberIsAnActiveNumberOfTheLocation()
{
    QString orgId;
    const QString locationId = newLocation("crm-fr-7001", "Siège Lyon", "NON_INTEGRATED_CCP", &orgId);
    QVERIFY(!locationId.isEmpty());
    QCOMPARE(m_sandbox.client()
                 .post(numbersPath(locationId, orgId),
                       { { "phoneNumbers", { "+33478000100", "+33478000101" } }, { "state", "INACTIVE" } })
                 .status,
             200);
    const QString path
        = QStringLiteral("/telephony/config/locations/") + locationId + QStringLiteral("?orgId=") + orgId;
    auto mainNumber = [&](const char* number) {
        return m_sandbox.client().put(path,
                                      { { "callingLineId", { { "name", "Siège" }, { "phoneNumber", number } } } });
    };
    HttpResult result = mainNumber("+33478000100");
    QCOMPARE(result.status, 400); // not active yet
    QVERIFY(result.json["message"].get<std::string>().find("active") != std::string::npos);
    QCOMPARE(mainNumber("+46313300100").status, 400); // a number of another organization's location
    QCOMPARE(mainNumber("0478000100").status, 400);
    QCOMPARE(m_sandbox.client().put(path, { { "callingLineId", "+33478000100" } }).status, 400);
    QCOMPARE(m_sandbox.client()
                 .put(numbersPath(locationId, orgId), { { "phoneNumbers", { "+33478000100", "+33478000101" } } })
                 .status,
             204);
    QCOMPARE(mainNumber("+33478000100").status, 204);
    QCOMPARE(mainNumber("+33478000101").status, 204);
    const HttpResult listed = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?orgId=") + orgId
                                                     + QStringLiteral("&locationId=") + locationId);
    QCOMPARE(listed.json["phoneNumbers"].size(), std::size_t(2));
    for (const auto& number : listed.json["phoneNumbers"]) {
        QCOMPARE(number["mainNumber"].get<bool>(), number["phoneNumber"] == "+33478000101");
    }
    // The main number stays: removing it is refused.
    const HttpResult removed = m_sandbox.client().send("DELETE",
                                                       m_sandbox.client().url(numbersPath(locationId, orgId)),
                                                       R"({"phoneNumbers":["+33478000101"]})",
                                                       { { "Content-Type", "application/json" } });
    QCOMPARE(removed.status, 409);
    QCOMPARE(m_sandbox.client()
                 .put(QStringLiteral("/telephony/config/locations/bm9wZQ?orgId=") + orgId,
                      { { "callingLineId", { { "phoneNumber", "+33478000101" } } } })
                 .status,
             404);
}

QTEST_GUILESS_MAIN(TestTelephonyHandler)
#include "tst_TelephonyHandler.moc"
