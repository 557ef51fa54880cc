#include "ModelTestSupport.h"
#include "TestPaths.h"
#include "model/JsonReader.h"
#include "model/WebexId.h"
#include "model/WholesaleJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace onboarder::model;
using namespace onboarder::model::test;
using nlohmann::json;

namespace {

const char* const kContract = "webex-wholesale.openapi.json";

QString responseExample(const char* path, const char* method, const char* status)
{
    QString escaped = QString::fromLatin1(path);
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    return QStringLiteral("/paths/%1/%2/responses/%3/content/application~1json/example")
        .arg(escaped, QString::fromLatin1(method), QString::fromLatin1(status));
}

QString requestExample(const char* path, const char* method)
{
    QString escaped = QString::fromLatin1(path);
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    return QStringLiteral("/paths/%1/%2/requestBody/content/application~1json/example")
        .arg(escaped, QString::fromLatin1(method));
}

// Reads `input` with the mapper for `kind` and writes it back with the matching writer.
ParseResult<json> roundTrip(const QString& kind, const json& input)
{
    auto wrap = [](const auto& parsed, auto write) -> ParseResult<json> {
        if (!parsed.ok()) {
            return ParseResult<json>::failure(parsed.error);
        }
        return ParseResult<json>::success(write(*parsed.value));
    };
    if (kind == QLatin1String("customer")) {
        return wrap(WholesaleJson::customerFromJson(input), [](const Customer& c) { return WholesaleJson::toJson(c); });
    }
    if (kind == QLatin1String("customerList")) {
        return wrap(WholesaleJson::customerListFromJson(input),
                    [](const QList<Customer>& c) { return WholesaleJson::toCustomerListJson(c); });
    }
    if (kind == QLatin1String("customerProvision")) {
        return wrap(WholesaleJson::customerFromJson(input),
                    [](const Customer& c) { return WholesaleJson::toProvisionRequest(c); });
    }
    if (kind == QLatin1String("customerUpdate")) {
        return wrap(WholesaleJson::customerFromJson(input),
                    [](const Customer& c) { return WholesaleJson::toUpdateRequest(c); });
    }
    if (kind == QLatin1String("customerPrecheck")) {
        return wrap(WholesaleJson::customerFromJson(input),
                    [](const Customer& c) { return WholesaleJson::toPrecheckRequest(c); });
    }
    if (kind == QLatin1String("subscriber")) {
        return wrap(WholesaleJson::subscriberFromJson(input),
                    [](const Subscriber& s) { return WholesaleJson::toJson(s); });
    }
    if (kind == QLatin1String("subscriberList")) {
        return wrap(WholesaleJson::subscriberListFromJson(input),
                    [](const QList<Subscriber>& s) { return WholesaleJson::toSubscriberListJson(s); });
    }
    if (kind == QLatin1String("subscriberProvision")) {
        return wrap(WholesaleJson::subscriberFromJson(input),
                    [](const Subscriber& s) { return WholesaleJson::toProvisionRequest(s); });
    }
    if (kind == QLatin1String("subscriberUpdate")) {
        return wrap(WholesaleJson::subscriberFromJson(input),
                    [](const Subscriber& s) { return WholesaleJson::toUpdateRequest(s); });
    }
    if (kind == QLatin1String("subscriberPrecheck")) {
        return wrap(WholesaleJson::subscriberFromJson(input),
                    [](const Subscriber& s) { return WholesaleJson::toPrecheckRequest(s); });
    }
    if (kind == QLatin1String("precheckResult")) {
        return wrap(WholesaleJson::precheckResultFromJson(input),
                    [](const PrecheckResult& r) { return WholesaleJson::toJson(r); });
    }
    if (kind == QLatin1String("resourceUrl")) {
        return wrap(WholesaleJson::resourceUrlFromJson(input),
                    [](const QString& url) { return WholesaleJson::toResourceUrlJson(url); });
    }
    return ParseResult<json>::failure(QStringLiteral("unknown kind"));
}

} // namespace

// JSON mapping of the wholesale contract: round trips of every example in the OpenAPI file, tolerance of the spec's
// quirks (reference §10.4), and errors rather than crashes on malformed input.
class tst_WholesaleJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripContractExamples_data();
    void roundTripContractExamples();
    void readsCustomerExampleValues();
    void readsSubscriberExampleValues();
    void subPartnerListUsesEitherKey();
    void precheckInfoObjectOrArray();
    void unknownEnumValuesAreKept();
    void idsAreKeptAsReceived();
    void errorCodesNumberOrText();
    void apiErrorBody();
    void emptyOptionalFieldsAreOmitted();
    void subscriberPackageForms();
    void wholeNumberLimits();
    void malformedInput_data();
    void malformedInput();
    void mutatedExamplesNeverCrash();
    void fixtures_data();
    void fixtures();

private:
    std::optional<json> m_contract;
};

void tst_WholesaleJson::initTestCase()
{
    m_contract = loadJsonFile(referencePath(kContract));
}

void tst_WholesaleJson::roundTripContractExamples_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("kind");
    QTest::newRow("GET customers 200") << responseExample("/wholesale/customers", "get", "200")
                                       << QStringLiteral("customerList");
    QTest::newRow("POST customers body") << requestExample("/wholesale/customers", "post")
                                         << QStringLiteral("customerProvision");
    QTest::newRow("POST customers 202") << responseExample("/wholesale/customers", "post", "202")
                                        << QStringLiteral("resourceUrl");
    QTest::newRow("GET customer 200") << responseExample("/wholesale/customers/{customerId}", "get", "200")
                                      << QStringLiteral("customer");
    QTest::newRow("PUT customer body") << requestExample("/wholesale/customers/{customerId}", "put")
                                       << QStringLiteral("customerUpdate");
    QTest::newRow("PUT customer 202") << responseExample("/wholesale/customers/{customerId}", "put", "202")
                                      << QStringLiteral("resourceUrl");
    QTest::newRow("POST customers/validate body")
        << requestExample("/wholesale/customers/validate", "post") << QStringLiteral("customerPrecheck");
    QTest::newRow("POST customers/validate 200")
        << responseExample("/wholesale/customers/validate", "post", "200") << QStringLiteral("precheckResult");
    QTest::newRow("GET subscribers 200") << responseExample("/wholesale/subscribers", "get", "200")
                                         << QStringLiteral("subscriberList");
    QTest::newRow("POST subscribers body")
        << requestExample("/wholesale/subscribers", "post") << QStringLiteral("subscriberProvision");
    QTest::newRow("POST subscribers 200")
        << responseExample("/wholesale/subscribers", "post", "200") << QStringLiteral("subscriber");
    QTest::newRow("POST subscribers 202")
        << responseExample("/wholesale/subscribers", "post", "202") << QStringLiteral("subscriber");
    QTest::newRow("GET subscriber 200") << responseExample("/wholesale/subscribers/{subscriberId}", "get", "200")
                                        << QStringLiteral("subscriber");
    QTest::newRow("PUT subscriber body") << requestExample("/wholesale/subscribers/{subscriberId}", "put")
                                         << QStringLiteral("subscriberUpdate");
    QTest::newRow("PUT subscriber 200") << responseExample("/wholesale/subscribers/{subscriberId}", "put", "200")
                                        << QStringLiteral("subscriber");
    QTest::newRow("POST subscribers/validate body")
        << requestExample("/wholesale/subscribers/validate", "post") << QStringLiteral("subscriberPrecheck");
    QTest::newRow("POST subscribers/validate 200")
        << responseExample("/wholesale/subscribers/validate", "post", "200") << QStringLiteral("precheckResult");
}

void tst_WholesaleJson::roundTripContractExamples()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-wholesale.openapi.json is missing: the contract tests need the shared "
              "reference folder beside the project root");
    }
    QFETCH(QString, pointer);
    QFETCH(QString, kind);
    const std::optional<json> example = exampleAt(*m_contract, pointer);
    QVERIFY2(example, qPrintable(QStringLiteral("no example at ") + pointer));
    const ParseResult<json> written = roundTrip(kind, *example);
    QVERIFY2(written.ok(), qPrintable(written.error));
    const json expected = withoutNulls(*example);
    QVERIFY2(*written.value == expected, jsonDiff(expected, *written.value).constData());
    // Writing what was read back in must be stable too.
    const ParseResult<json> again = roundTrip(kind, *written.value);
    QVERIFY(again.ok());
    QCOMPARE(QString::fromStdString(again.value->dump()), QString::fromStdString(written.value->dump()));
}

void tst_WholesaleJson::readsCustomerExampleValues()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-wholesale.openapi.json is missing: the contract tests need the shared "
              "reference folder beside the project root");
    }
    const auto example = exampleAt(*m_contract, responseExample("/wholesale/customers", "get", "200"));
    QVERIFY(example);
    const auto customers = WholesaleJson::customerListFromJson(*example);
    QVERIFY2(customers.ok(), qPrintable(customers.error));
    QCOMPARE(customers.value->size(), 1);
    const Customer& customer = customers.value->first();
    QCOMPARE(customer.status, CustomerStatus(CustomerStatus::ProvisionedWithErrors));
    QVERIFY(customer.status.isTerminal());
    QCOMPARE(customer.address.stateOrProvince, QStringLiteral("CA"));
    QCOMPARE(customer.address.postalCode, QStringLiteral("95035"));
    QCOMPARE(customer.packages.size(), 7);
    const PackageDetail* calling = customer.packageDetail(QStringLiteral("webex_calling"));
    QVERIFY(calling);
    QCOMPARE(calling->status, PackageStatus(PackageStatus::Error));
    QCOMPARE(calling->warnings.size(), 1);
    QCOMPARE(calling->warnings.first().numericCode(), 2560);
    QVERIFY(customer.ordersCalling());

    const auto post = exampleAt(*m_contract, requestExample("/wholesale/customers", "post"));
    QVERIFY(post);
    const auto request = WholesaleJson::customerFromJson(*post);
    QVERIFY(request.ok());
    QCOMPARE(request.value->packageLimits.value(QStringLiteral("attendant_console")), 50);
    QCOMPARE(request.value->subPartnerAdminEmail, QStringLiteral("admin@subpartnerorg.com"));
    // The example's values carry literal quotes (a quirk of the published file); they are kept, not "repaired".
    QCOMPARE(request.value->callingLocation.timezone, QStringLiteral("\"America/Los_Angeles\""));
}

void tst_WholesaleJson::readsSubscriberExampleValues()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-wholesale.openapi.json is missing: the contract tests need the shared "
              "reference folder beside the project root");
    }
    const auto accepted = exampleAt(*m_contract, responseExample("/wholesale/subscribers", "post", "202"));
    QVERIFY(accepted);
    const auto subscriber = WholesaleJson::subscriberFromJson(*accepted);
    QVERIFY(subscriber.ok());
    QCOMPARE(subscriber.value->status, SubscriberStatus(SubscriberStatus::PendingUserMigration));
    QVERIFY(!subscriber.value->status.isTerminal());
    QVERIFY(subscriber.value->personId.isEmpty());
    QCOMPARE(subscriber.value->effectivePackage(), QStringLiteral("webex_calling"));
    QCOMPARE(subscriber.value->lastStatusChange, QStringLiteral("2021-08-06T02:05:41.791232Z"));

    const auto body = exampleAt(*m_contract, requestExample("/wholesale/subscribers", "post"));
    QVERIFY(body);
    const auto request = WholesaleJson::subscriberFromJson(*body);
    QVERIFY(request.ok());
    QCOMPARE(request.value->extension, QStringLiteral("51212"));
    QCOMPARE(request.value->primaryPhoneNumber, QStringLiteral("+12405551212"));
}

void tst_WholesaleJson::subPartnerListUsesEitherKey()
{
    const json item { { "orgId",
                        "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE" },
                      { "subscriptionId", "Sub23452345" },
                      { "provisioningState", "suspended" },
                      { "created", "2023-02-16T14:10:18.855Z" },
                      { "billingStartDate", "2023-02-22T13:43:41.117Z" } };
    const auto fromItems = WholesaleJson::subPartnerListFromJson(json { { "items", json::array({ item }) } });
    const auto fromSubPartners
        = WholesaleJson::subPartnerListFromJson(json { { "subPartners", json::array({ item }) } });
    QVERIFY(fromItems.ok());
    QVERIFY(fromSubPartners.ok());
    QCOMPARE(fromItems.value->size(), 1);
    QVERIFY(*fromItems.value == *fromSubPartners.value);
    QVERIFY(!fromItems.value->first().provisioningState.canProvision());
    // Written back with the schema's key.
    QVERIFY(WholesaleJson::toSubPartnerListJson(*fromItems.value) == json({ { "items", json::array({ item }) } }));

    if (m_contract) {
        const auto example = exampleAt(*m_contract, responseExample("/wholesale/subPartners", "get", "200"));
        QVERIFY(example);
        const auto parsed = WholesaleJson::subPartnerListFromJson(*example);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->size(), 2);
        QVERIFY(WholesaleJson::toSubPartnerListJson(*parsed.value)["items"] == (*example)["subPartners"]);
    }
}

void tst_WholesaleJson::precheckInfoObjectOrArray()
{
    const json info { { "infoCode", 100 }, { "description", "Provisioning preCheck validation successful." } };
    const auto asArray
        = WholesaleJson::precheckResultFromJson(json { { "message", "success" }, { "info", json::array({ info }) } });
    const auto asObject = WholesaleJson::precheckResultFromJson(json { { "message", "success" }, { "info", info } });
    QVERIFY(asArray.ok());
    QVERIFY(asObject.ok());
    QVERIFY(*asArray.value == *asObject.value);
    QVERIFY(asObject.value->isSuccess());
    QCOMPARE(asObject.value->info.first().infoCode, QStringLiteral("100"));
    const auto none = WholesaleJson::precheckResultFromJson(json { { "message", "success" }, { "info", nullptr } });
    QVERIFY(none.ok());
    QVERIFY(!none.value->isSuccess());
    QVERIFY(!WholesaleJson::precheckResultFromJson(json { { "info", "ok" } }).ok());
}

void tst_WholesaleJson::unknownEnumValuesAreKept()
{
    const json input { { "id", "c1" },
                       { "status", "frozen_for_audit" },
                       { "packages", { "webex_calling", "webex_holodeck" } },
                       { "resourceDetails",
                         { { "packages", { { { "name", "webex_holodeck" }, { "status", "pausing" } } } } } } };
    const auto customer = WholesaleJson::customerFromJson(input);
    QVERIFY2(customer.ok(), qPrintable(customer.error));
    QCOMPARE(customer.value->status.value(), CustomerStatus::Unknown);
    QCOMPARE(customer.value->status.toWire(), QStringLiteral("frozen_for_audit"));
    QCOMPARE(customer.value->packages.last(), QStringLiteral("webex_holodeck"));
    QCOMPARE(customer.value->packageDetails.first().status.toWire(), QStringLiteral("pausing"));
    QVERIFY(WholesaleJson::toJson(*customer.value) == input);

    const json subscriber { { "id", "s1" }, { "status", "suspended" }, { "package", "webex_holodeck" } };
    const auto parsed = WholesaleJson::subscriberFromJson(subscriber);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value->status.toWire(), QStringLiteral("suspended"));
    QVERIFY(WholesaleJson::toJson(*parsed.value) == subscriber);

    const json subPartner { { "orgId", "o" }, { "provisioningState", "onboarding" } };
    QVERIFY(WholesaleJson::toJson(*WholesaleJson::subPartnerFromJson(subPartner).value) == subPartner);
}

void tst_WholesaleJson::idsAreKeptAsReceived()
{
    const QString padded
        = QStringLiteral("Y2lzY29zcGFyazovL3VzL0NVU1RPTUVSL2Y1YjM2MTg3LWM4ZGQtNDcyNy04YjJmLWY5YzQ0N2YyOTA0Ng==");
    const QString unpadded = padded.left(padded.size() - 2);
    const auto a = WholesaleJson::subscriberFromJson(json { { "customerId", padded.toStdString() } });
    const auto b = WholesaleJson::subscriberFromJson(json { { "customerId", unpadded.toStdString() } });
    QVERIFY(a.ok() && b.ok());
    // Kept byte for byte, so what we send back is what Webex gave us...
    QCOMPARE(a.value->customerId, padded);
    QCOMPARE(WholesaleJson::toJson(*a.value)["customerId"].get<std::string>(), padded.toStdString());
    // ...and compared by meaning.
    QVERIFY(WebexId::sameId(a.value->customerId, b.value->customerId));
    QCOMPARE(WebexId::decode(a.value->customerId)->type, QStringLiteral("CUSTOMER"));
}

void tst_WholesaleJson::errorCodesNumberOrText()
{
    const json numeric { { "errorCode", 10022 },
                         { "description", "The email is already associated with an existing user." } };
    const json text { { "errorCode", "WXC-4201" }, { "description", "Number in use" } };
    const json leadingZero { { "errorCode", "007" } };
    const json floating { { "errorCode", 2560.0 } };
    for (const json& input : { numeric, text, leadingZero }) {
        const auto detail = WholesaleJson::errorDetailFromJson(input);
        QVERIFY(detail.ok());
        QVERIFY2(WholesaleJson::toJson(*detail.value) == input, input.dump().c_str());
    }
    QCOMPARE(WholesaleJson::errorDetailFromJson(numeric).value->numericCode(), 10022);
    QCOMPARE(WholesaleJson::errorDetailFromJson(text).value->numericCode(), -1);
    QCOMPARE(WholesaleJson::errorDetailFromJson(floating).value->errorCode, QStringLiteral("2560"));
    QVERIFY(!WholesaleJson::errorDetailFromJson(json { { "errorCode", true } }).ok());
}

void tst_WholesaleJson::apiErrorBody()
{
    const json body { { "message", "Human readable summary" },
                      { "errors", { { { "description", "Specific reason" }, { "errorCode", 10022 } } } },
                      { "trackingId", "ROUTER_62F66055-8D70-01BB-0137-AC10A8310137" } };
    const auto parsed = WholesaleJson::apiErrorBodyFromJson(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value->trackingId, QStringLiteral("ROUTER_62F66055-8D70-01BB-0137-AC10A8310137"));
    QCOMPARE(parsed.value->errors.first().errorCode, QStringLiteral("10022"));
    QVERIFY(WholesaleJson::toJson(*parsed.value) == body);
    // A top-level errorCode and a body with only a tracking ID.
    const json minimal { { "trackingId", "GTWY_1" }, { "errorCode", 400 } };
    const auto small = WholesaleJson::apiErrorBodyFromJson(minimal);
    QVERIFY(small.ok());
    QCOMPARE(small.value->errorCode, QStringLiteral("400"));
    QVERIFY(WholesaleJson::toJson(*small.value) == minimal);
    QVERIFY(!WholesaleJson::apiErrorBodyFromJson(json::array()).ok());
}

void tst_WholesaleJson::emptyOptionalFieldsAreOmitted()
{
    Customer customer;
    customer.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
    customer.externalId = QStringLiteral("crm-1");
    customer.packages = QStringList { QStringLiteral("webex_meetings") };
    customer.address.line1 = QStringLiteral("Kungsgatan 1");
    customer.address.city = QStringLiteral("Stockholm");
    customer.address.country = QStringLiteral("SE");
    customer.customerInfo.primaryEmail = QStringLiteral("admin@kund.example");
    const json request = WholesaleJson::toProvisionRequest(customer);
    const json expected { { "provisioningId", "ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2" },
                          { "externalId", "crm-1" },
                          { "packages", { "webex_meetings" } },
                          { "address",
                            { { "addressLine1", "Kungsgatan 1" }, { "city", "Stockholm" }, { "country", "SE" } } },
                          { "customerInfo", { { "primaryEmail", "admin@kund.example" } } } };
    QVERIFY2(request == expected, jsonDiff(expected, request).constData());
    // A resource with nothing set is an empty object, not a bag of empty strings.
    QVERIFY(WholesaleJson::toJson(Customer()) == json::object());
    QVERIFY(WholesaleJson::toJson(Subscriber()) == json::object());
    // The precheck never sends the language, which its customerInfo does not have.
    customer.customerInfo.language = QStringLiteral("sv");
    QVERIFY(!WholesaleJson::toPrecheckRequest(customer)["customerInfo"].contains("language"));
    QVERIFY(WholesaleJson::toProvisionRequest(customer)["customerInfo"].contains("language"));
}

void tst_WholesaleJson::subscriberPackageForms()
{
    Subscriber subscriber;
    subscriber.packages = QStringList { QStringLiteral("webex_suite") };
    subscriber.package = QStringLiteral("webex_suite");
    // Requests carry only one form.
    json request = WholesaleJson::toUpdateRequest(subscriber);
    QVERIFY(request.contains("packages"));
    QVERIFY(!request.contains("package"));
    subscriber.packages.clear();
    request = WholesaleJson::toUpdateRequest(subscriber);
    QVERIFY(!request.contains("packages"));
    QCOMPARE(request["package"].get<std::string>(), std::string("webex_suite"));
    // provisioningParameters is required on provision, even when empty.
    QVERIFY(WholesaleJson::toProvisionRequest(subscriber)["provisioningParameters"] == json::object());
    QVERIFY(!WholesaleJson::toUpdateRequest(subscriber).contains("provisioningParameters"));
}

void tst_WholesaleJson::wholeNumberLimits()
{
    const auto whole = WholesaleJson::customerFromJson(
        json::parse(R"({"provisioningParameters":{"packages":{"limits":{"webex_calling":50.0}}}})"));
    QVERIFY2(whole.ok(), qPrintable(whole.error));
    QCOMPARE(whole.value->packageLimits.value(QStringLiteral("webex_calling")), 50);
    const auto fraction = WholesaleJson::customerFromJson(
        json::parse(R"({"provisioningParameters":{"packages":{"limits":{"webex_calling":2.5}}}})"));
    QVERIFY(!fraction.ok());
    QVERIFY2(fraction.error.contains(QStringLiteral("provisioningParameters.packages.limits.webex_calling")),
             qPrintable(fraction.error));
    const auto huge = WholesaleJson::customerFromJson(
        json::parse(R"({"provisioningParameters":{"packages":{"limits":{"webex_calling":18446744073709551615}}}})"));
    QVERIFY(!huge.ok());
}

void tst_WholesaleJson::malformedInput_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("customer: array root") << QByteArray("[]") << QStringLiteral("customer") << QString();
    QTest::newRow("customer: string root") << QByteArray("\"x\"") << QStringLiteral("customer") << QString();
    QTest::newRow("customer: address is a string")
        << QByteArray(R"({"address":"Main St"})") << QStringLiteral("customer") << QStringLiteral("address");
    QTest::newRow("customer: country is a number") << QByteArray(R"({"address":{"country":46}})")
                                                   << QStringLiteral("customer") << QStringLiteral("address.country");
    QTest::newRow("customer: packages is a string")
        << QByteArray(R"({"packages":"webex_calling"})") << QStringLiteral("customer") << QStringLiteral("packages");
    QTest::newRow("customer: packages holds numbers")
        << QByteArray(R"({"packages":[1,2]})") << QStringLiteral("customer") << QStringLiteral("packages[0]");
    QTest::newRow("customer: status is an object")
        << QByteArray(R"({"status":{}})") << QStringLiteral("customer") << QStringLiteral("status");
    QTest::newRow("customer: resourceDetails.packages is an object")
        << QByteArray(R"({"resourceDetails":{"packages":{}}})") << QStringLiteral("customer")
        << QStringLiteral("resourceDetails.packages");
    QTest::newRow("customer: package detail is a string")
        << QByteArray(R"({"resourceDetails":{"packages":["x"]}})") << QStringLiteral("customer")
        << QStringLiteral("resourceDetails.packages[0]");
    QTest::newRow("customer: errors hold numbers")
        << QByteArray(R"({"errors":[5]})") << QStringLiteral("customer") << QStringLiteral("errors[0]");
    QTest::newRow("customer: limit is text")
        << QByteArray(R"({"provisioningParameters":{"packages":{"limits":{"webex_calling":"fifty"}}}})")
        << QStringLiteral("customer") << QStringLiteral("provisioningParameters.packages.limits.webex_calling");
    QTest::newRow("customer: calling location is an array")
        << QByteArray(R"({"provisioningParameters":{"calling":{"location":[]}}})") << QStringLiteral("customer")
        << QStringLiteral("provisioningParameters.calling.location");
    QTest::newRow("customer list: items is an object")
        << QByteArray(R"({"items":{}})") << QStringLiteral("customerList") << QStringLiteral("items");
    QTest::newRow("customer list: item is null inside")
        << QByteArray(R"({"items":[null]})") << QStringLiteral("customerList") << QStringLiteral("items[0]");
    QTest::newRow("subscriber: packages is an object")
        << QByteArray(R"({"packages":{"a":1}})") << QStringLiteral("subscriber") << QStringLiteral("packages");
    QTest::newRow("subscriber: provisioningParameters is a list")
        << QByteArray(R"({"provisioningParameters":[]})") << QStringLiteral("subscriber")
        << QStringLiteral("provisioningParameters");
    QTest::newRow("subscriber list: nested wrong type")
        << QByteArray(R"({"items":[{"email":["a"]}]})") << QStringLiteral("subscriberList")
        << QStringLiteral("items[0].email");
    QTest::newRow("precheck: info is a string")
        << QByteArray(R"({"info":"ok"})") << QStringLiteral("precheckResult") << QStringLiteral("info");
    QTest::newRow("precheck: infoCode is a list")
        << QByteArray(R"({"info":[{"infoCode":[100]}]})") << QStringLiteral("precheckResult")
        << QStringLiteral("info[0].infoCode");
    QTest::newRow("url: missing") << QByteArray("{}") << QStringLiteral("resourceUrl") << QStringLiteral("url");
    QTest::newRow("url: number") << QByteArray(R"({"url":5})") << QStringLiteral("resourceUrl")
                                 << QStringLiteral("url");
    QTest::newRow("syntax error") << QByteArray(R"({"id": )") << QStringLiteral("customer") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("customer") << QString();
    QTest::newRow("invalid UTF-8") << QByteArray("{\"id\":\"\xff\xfe\"}") << QStringLiteral("customer") << QString();
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QStringLiteral("customer")
                                  << QString();
}

void tst_WholesaleJson::malformedInput()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, kind);
    QFETCH(QString, errorMentions);
    const ParseResult<json> parsed = JsonReader::parse(document);
    QString error;
    if (!parsed.ok()) {
        error = parsed.error;
    } else {
        const ParseResult<json> written = roundTrip(kind, *parsed.value);
        QVERIFY(!written.ok());
        error = written.error;
    }
    QVERIFY(!error.isEmpty());
    if (!errorMentions.isEmpty()) {
        QVERIFY2(error.startsWith(errorMentions) || error.contains(errorMentions + QLatin1Char(':')),
                 qPrintable(error));
    }
}

void tst_WholesaleJson::mutatedExamplesNeverCrash()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-wholesale.openapi.json is missing: the contract tests need the shared "
              "reference folder beside the project root");
    }
    // A deterministic poor man's fuzzer until the libFuzzer target exists: flip, drop and truncate bytes of each
    // example and feed every mapper. The assertion is that each call returns (ok or with an error message).
    const QStringList kinds { QStringLiteral("customer"),       QStringLiteral("customerList"),
                              QStringLiteral("subscriber"),     QStringLiteral("subscriberList"),
                              QStringLiteral("precheckResult"), QStringLiteral("resourceUrl") };
    const QList<QString> pointers { responseExample("/wholesale/customers", "get", "200"),
                                    requestExample("/wholesale/customers", "post"),
                                    responseExample("/wholesale/subscribers", "get", "200"),
                                    responseExample("/wholesale/customers/validate", "post", "200") };
    QRandomGenerator random(20240501);
    int failures = 0;
    int successes = 0;
    for (const QString& pointer : pointers) {
        const QByteArray original = JsonReader::toBytes(*exampleAt(*m_contract, pointer));
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const int position = int(random.bounded(bytes.size()));
                switch (random.bounded(3)) {
                case 0:
                    bytes[position] = char(random.bounded(256));
                    break;
                case 1:
                    bytes.remove(position, 1 + int(random.bounded(8)));
                    break;
                default:
                    bytes.truncate(position);
                    break;
                }
            }
            const ParseResult<json> parsed = JsonReader::parse(bytes);
            if (!parsed.ok()) {
                QVERIFY(!parsed.error.isEmpty());
                ++failures;
                continue;
            }
            for (const QString& kind : kinds) {
                const ParseResult<json> written = roundTrip(kind, *parsed.value);
                written.ok() ? ++successes : ++failures;
                QVERIFY(written.ok() || !written.error.isEmpty());
            }
        }
    }
    QVERIFY(failures > 0);
    QVERIFY(successes > 0);
}

void tst_WholesaleJson::fixtures_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(onboarder::testsupport::testDataPath(QStringLiteral("model/wholesale")));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, qPrintable(dir.path()));
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void tst_WholesaleJson::fixtures()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).fileName();
    const bool expectOk = name.startsWith(QLatin1String("ok."));
    const QString mapper = name.section(QLatin1Char('.'), 1, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QString error;
    if (mapper == QLatin1String("customer")) {
        error = JsonReader::parseWith(bytes, &WholesaleJson::customerFromJson).error;
    } else if (mapper == QLatin1String("customerList")) {
        error = JsonReader::parseWith(bytes, &WholesaleJson::customerListFromJson).error;
    } else if (mapper == QLatin1String("subscriber")) {
        error = JsonReader::parseWith(bytes, &WholesaleJson::subscriberFromJson).error;
    } else if (mapper == QLatin1String("subscriberList")) {
        error = JsonReader::parseWith(bytes, &WholesaleJson::subscriberListFromJson).error;
    } else if (mapper == QLatin1String("subPartnerList")) {
        error = JsonReader::parseWith(bytes, &WholesaleJson::subPartnerListFromJson).error;
    } else if (mapper == QLatin1String("precheck")) {
        error = JsonReader::parseWith(bytes, &WholesaleJson::precheckResultFromJson).error;
    } else if (mapper == QLatin1String("errorBody")) {
        error = JsonReader::parseWith(bytes, &WholesaleJson::apiErrorBodyFromJson).error;
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown mapper in file name: ") + name));
    }
    if (expectOk) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY2(!error.isEmpty(), "a malformed document was accepted");
    }
}

QTEST_GUILESS_MAIN(tst_WholesaleJson)
#include "tst_WholesaleJson.moc"
