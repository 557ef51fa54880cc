#include "ModelTestSupport.h"
#include "model/CallingJson.h"
#include "model/JsonReader.h"

#include <QTest>

using namespace onboarder::model;
using namespace onboarder::model::test;
using nlohmann::json;

namespace {

QString example(const char* path, const char* method, const char* status)
{
    QString escaped = QString::fromLatin1(path);
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    if (!status) {
        return QStringLiteral("/paths/%1/%2/requestBody/content/application~1json/example")
            .arg(escaped, QString::fromLatin1(method));
    }
    return QStringLiteral("/paths/%1/%2/responses/%3/content/application~1json/example")
        .arg(escaped, QString::fromLatin1(method), QString::fromLatin1(status));
}

} // namespace

// JSON mapping of locations, numbers and PSTN connections (webex-calling-locations-numbers.openapi.json).
class tst_CallingJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripContractExamples_data();
    void roundTripContractExamples();
    void addressSpellings();
    void numbersExampleValues();
    void requestBodies();
    void malformedInput_data();
    void malformedInput();
    void wrongRoots();

private:
    std::optional<json> m_contract;
};

void tst_CallingJson::initTestCase()
{
    m_contract = loadJsonFile(referencePath("webex-calling-locations-numbers.openapi.json"));
}

void tst_CallingJson::roundTripContractExamples_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("kind");
    QTest::newRow("GET locations 200") << example("/locations", "get", "200") << QStringLiteral("locationList");
    QTest::newRow("POST locations body") << example("/locations", "post", nullptr) << QStringLiteral("locationCreate");
    QTest::newRow("POST locations 201") << example("/locations", "post", "201") << QStringLiteral("createdId");
    QTest::newRow("GET location 200") << example("/locations/{locationId}", "get", "200") << QStringLiteral("location");
    QTest::newRow("PUT location body") << example("/locations/{locationId}", "put", nullptr)
                                       << QStringLiteral("locationUpdate");
    QTest::newRow("GET numbers 200") << example("/telephony/config/numbers", "get", "200") << QStringLiteral("numbers");
    QTest::newRow("GET connection options 200")
        << example("/telephony/pstn/locations/{locationId}/connectionOptions", "get", "200")
        << QStringLiteral("pstnOptions");
    QTest::newRow("GET connection 200") << example("/telephony/pstn/locations/{locationId}/connection", "get", "200")
                                        << QStringLiteral("pstnConnection");
}

void tst_CallingJson::roundTripContractExamples()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-calling-locations-numbers.openapi.json is missing: the contract tests need "
              "the shared reference folder beside the project root");
    }
    QFETCH(QString, pointer);
    QFETCH(QString, kind);
    const std::optional<json> input = exampleAt(*m_contract, pointer);
    QVERIFY2(input, qPrintable(pointer));
    json output;
    QString error;
    auto take = [&](const auto& parsed, auto write) {
        if (parsed.ok()) {
            output = write(*parsed.value);
        } else {
            error = parsed.error;
        }
    };
    if (kind == QLatin1String("locationList")) {
        take(CallingJson::locationListFromJson(*input), [](const QList<Location>& list) {
            json items = json::array();
            for (const Location& l : list) {
                items.push_back(CallingJson::toJson(l));
            }
            return json { { "items", items } };
        });
    } else if (kind == QLatin1String("locationCreate")) {
        take(CallingJson::locationFromJson(*input), [](const Location& l) { return CallingJson::toCreateRequest(l); });
    } else if (kind == QLatin1String("locationUpdate")) {
        take(CallingJson::locationFromJson(*input), [](const Location& l) { return CallingJson::toUpdateRequest(l); });
    } else if (kind == QLatin1String("location")) {
        take(CallingJson::locationFromJson(*input), [](const Location& l) { return CallingJson::toJson(l); });
    } else if (kind == QLatin1String("createdId")) {
        take(CallingJson::createdIdFromJson(*input), [](const QString& id) {
            return json { { "id", id.toStdString() } };
        });
    } else if (kind == QLatin1String("numbers")) {
        take(CallingJson::phoneNumberListFromJson(*input),
             [](const PhoneNumberList& l) { return CallingJson::toJson(l); });
    } else if (kind == QLatin1String("pstnOptions")) {
        take(CallingJson::pstnConnectionOptionListFromJson(*input),
             [](const QList<PstnConnectionOption>& l) { return CallingJson::toPstnConnectionOptionListJson(l); });
    } else if (kind == QLatin1String("pstnConnection")) {
        take(CallingJson::pstnConnectionFromJson(*input),
             [](const PstnConnectionOption& o) { return CallingJson::toJson(o); });
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const json expected = withoutNulls(*input);
    QVERIFY2(output == expected, jsonDiff(expected, output).constData());
}

void tst_CallingJson::addressSpellings()
{
    const Address address { QStringLiteral("123 Some St."), QStringLiteral("Suite 456"), QStringLiteral("Supercity"),
                            QStringLiteral("Goodstate"),    QStringLiteral("12345"),     QStringLiteral("US") };
    const json calling = CallingJson::toJson(address);
    QVERIFY(calling
            == json({ { "address1", "123 Some St." },
                      { "address2", "Suite 456" },
                      { "city", "Supercity" },
                      { "state", "Goodstate" },
                      { "postalCode", "12345" },
                      { "country", "US" } }));
    const auto back = CallingJson::addressFromJson(calling);
    QVERIFY(back.ok());
    QVERIFY(*back.value == address);
    // The wholesale spelling is not the calling one: reading it here finds nothing.
    const auto wrongShape = CallingJson::addressFromJson(json { { "addressLine1", "x" }, { "zipOrPostalCode", "1" } });
    QVERIFY(wrongShape.ok());
    QVERIFY(wrongShape.value->isEmpty());
}

void tst_CallingJson::numbersExampleValues()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-calling-locations-numbers.openapi.json is missing: the contract tests need "
              "the shared reference folder beside the project root");
    }
    const auto input = exampleAt(*m_contract, example("/telephony/config/numbers", "get", "200"));
    QVERIFY(input);
    const auto list = CallingJson::phoneNumberListFromJson(*input);
    QVERIFY2(list.ok(), qPrintable(list.error));
    QVERIFY(list.value->count);
    QCOMPARE(list.value->count->total, 839);
    QCOMPARE(list.value->count->extensionOnly, 692);
    QVERIFY(list.value->phoneNumbers.size() >= 3);
    const PhoneNumber& extensionOnly = list.value->phoneNumbers.at(1);
    QVERIFY(extensionOnly.phoneNumber.isEmpty()); // null in the example
    QCOMPARE(extensionOnly.extension, QStringLiteral("568"));
    QVERIFY(extensionOnly.state.isEmpty()); // absent in the example, and not invented
    QCOMPARE(extensionOnly.mainNumber, std::optional<bool>(false));
    const PhoneNumber& main = list.value->phoneNumbers.at(2);
    QCOMPARE(main.mainNumber, std::optional<bool>(true));
    QVERIFY(main.isFree());
    QVERIFY(!list.value->phoneNumbers.at(0).isFree());
}

void tst_CallingJson::requestBodies()
{
    QVERIFY(CallingJson::pstnConnectionRequest(QStringLiteral("abc")) == json({ { "id", "abc" } }));
    QVERIFY(CallingJson::premisesPstnConnectionRequest(QStringLiteral("TRUNK"), QStringLiteral("t1"))
            == json({ { "premiseRouteType", "TRUNK" }, { "premiseRouteId", "t1" } }));
    const json numbers
        = CallingJson::addNumbersRequest({ QStringLiteral("+19136748203"), QStringLiteral("+19136748204") },
                                         QStringLiteral("TOLLFREE"),
                                         QStringLiteral("NONE"),
                                         QStringLiteral("INACTIVE"));
    QVERIFY(numbers
            == json({ { "phoneNumbers", { "+19136748203", "+19136748204" } },
                      { "numberType", "TOLLFREE" },
                      { "numberUsageType", "NONE" },
                      { "state", "INACTIVE" } }));
    QVERIFY(CallingJson::mainNumberRequest(QStringLiteral("Head Office"), QStringLiteral("+12405551212"))
            == json({ { "callingLineId", { { "name", "Head Office" }, { "phoneNumber", "+12405551212" } } } }));
    PstnConnectionOption option;
    option.connectionType = QStringLiteral("LOCAL_GATEWAY");
    QVERIFY(option.allowsAddingNumbers());
    option.connectionType = QStringLiteral("CISCO_PSTN");
    QVERIFY(!option.allowsAddingNumbers());
    option.connectionType = QStringLiteral("INTEGRATED_CCP");
    QVERIFY(!option.allowsAddingNumbers());
}

void tst_CallingJson::malformedInput_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("location: address is a list") << QByteArray(R"({"address":[]})") << QStringLiteral("address");
    QTest::newRow("location: latitude as number") << QByteArray(R"({"latitude":12.9})") << QStringLiteral("latitude");
    QTest::newRow("numbers: phoneNumbers is an object")
        << QByteArray(R"({"phoneNumbers":{}})") << QStringLiteral("phoneNumbers");
    QTest::newRow("numbers: mainNumber is a number")
        << QByteArray(R"({"phoneNumbers":[{"mainNumber":1}]})") << QStringLiteral("phoneNumbers[0].mainNumber");
    QTest::newRow("numbers: fractional count")
        << QByteArray(R"({"phoneNumbers":[],"count":{"total":2.5}})") << QStringLiteral("count.total");
    QTest::newRow("numbers: owner is a string")
        << QByteArray(R"({"phoneNumbers":[{"owner":"me"}]})") << QStringLiteral("phoneNumbers[0].owner");
}

void tst_CallingJson::malformedInput()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, errorMentions);
    const auto parsed = JsonReader::parse(document);
    QVERIFY(parsed.ok());
    QString error = CallingJson::locationFromJson(*parsed.value).error;
    if (errorMentions.startsWith(QLatin1String("phoneNumbers")) || errorMentions.startsWith(QLatin1String("count"))) {
        error = CallingJson::phoneNumberListFromJson(*parsed.value).error;
    }
    QVERIFY2(error.startsWith(errorMentions + QLatin1Char(':')), qPrintable(error));
}

void tst_CallingJson::wrongRoots()
{
    QVERIFY(!CallingJson::locationListFromJson(json::array()).ok());
    QVERIFY(!CallingJson::phoneNumberListFromJson(json(5)).ok());
    QVERIFY(!CallingJson::pstnConnectionOptionListFromJson(json("items")).ok());
    QVERIFY(!CallingJson::createdIdFromJson(json::object()).ok());
}

QTEST_GUILESS_MAIN(tst_CallingJson)
#include "tst_CallingJson.moc"
