#include "ModelTestSupport.h"
#include "model/AdminJson.h"

#include <QTest>

using namespace onboarder::model;
using namespace onboarder::model::test;
using nlohmann::json;

namespace {

QString example(const char* escapedPath, const char* method, const char* status)
{
    if (!status) {
        return QStringLiteral("/paths/%1/%2/requestBody/content/application~1json/example")
            .arg(QString::fromLatin1(escapedPath), QString::fromLatin1(method));
    }
    return QStringLiteral("/paths/%1/%2/responses/%3/content/application~1json/example")
        .arg(QString::fromLatin1(escapedPath), QString::fromLatin1(method), QString::fromLatin1(status));
}

// GET answers send invitePending/loginEnabled as "true"/"false" strings; we write booleans, which PUT takes.
json withBooleanFlags(json person)
{
    for (const char* key : { "invitePending", "loginEnabled" }) {
        if (person.contains(key) && person[key].is_string()) {
            person[key] = person[key].get<std::string>() == "true";
        }
    }
    return person;
}

} // namespace

// JSON mapping of people and roles (webex-admin-subset.openapi.json).
class tst_AdminJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void personRoundTrips_data();
    void personRoundTrips();
    void personValues();
    void unmodelledFieldsSurvive();
    void roles();
    void malformedInput();

private:
    std::optional<json> m_contract;
};

void tst_AdminJson::initTestCase()
{
    m_contract = loadJsonFile(referencePath("webex-admin-subset.openapi.json"));
}

void tst_AdminJson::personRoundTrips_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("list");
    QTest::newRow("GET people 200") << example("~1people", "get", "200") << true;
    QTest::newRow("POST people body") << example("~1people", "post", nullptr) << false;
    QTest::newRow("POST people 200") << example("~1people", "post", "200") << false;
    QTest::newRow("GET person 200") << example("~1people~1{personId}", "get", "200") << false;
    QTest::newRow("PUT person body") << example("~1people~1{personId}", "put", nullptr) << false;
    QTest::newRow("GET me 200") << example("~1people~1me", "get", "200") << false;
}

void tst_AdminJson::personRoundTrips()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-admin-subset.openapi.json is missing: the contract tests need the shared "
              "reference folder beside the project root");
    }
    QFETCH(QString, pointer);
    QFETCH(bool, list);
    const auto input = exampleAt(*m_contract, pointer);
    QVERIFY2(input, qPrintable(pointer));
    if (list) {
        const auto people = AdminJson::personListFromJson(*input);
        QVERIFY2(people.ok(), qPrintable(people.error));
        QCOMPARE(people.value->size(), int((*input)["items"].size()));
        for (int i = 0; i < people.value->size(); ++i) {
            const json expected = withBooleanFlags((*input)["items"][std::size_t(i)]);
            const json written = AdminJson::toJson(people.value->at(i));
            QVERIFY2(written == expected, jsonDiff(expected, written).constData());
        }
        return;
    }
    const auto person = AdminJson::personFromJson(*input);
    QVERIFY2(person.ok(), qPrintable(person.error));
    const json expected = withBooleanFlags(*input);
    const json written = AdminJson::toJson(*person.value);
    QVERIFY2(written == expected, jsonDiff(expected, written).constData());
    // And the model survives a second pass unchanged.
    QVERIFY(*AdminJson::personFromJson(written).value == *person.value);
}

void tst_AdminJson::personValues()
{
    if (!m_contract) {
        QFAIL("../shared/reference/webex-admin-subset.openapi.json is missing: the contract tests need the shared "
              "reference folder beside the project root");
    }
    const auto input = exampleAt(*m_contract, example("~1people~1{personId}", "get", "200"));
    QVERIFY(input);
    const auto person = AdminJson::personFromJson(*input);
    QVERIFY(person.ok());
    QCOMPARE(person.value->primaryEmail(), QStringLiteral("john.andersen@example.com"));
    QCOMPARE(person.value->phoneNumbers.first().primary, std::optional<bool>(true));
    QCOMPARE(person.value->invitePending, std::optional<bool>(false));
    QCOMPARE(person.value->loginEnabled, std::optional<bool>(true));
    QVERIFY(person.value->otherFields.contains(QStringLiteral("addresses")));
    QVERIFY(person.value->otherFields.contains(QStringLiteral("sipAddresses")));
    QVERIFY(!person.value->otherFields.contains(QStringLiteral("emails")));
}

void tst_AdminJson::unmodelledFieldsSurvive()
{
    const json input { { "id", "p1" },
                       { "emails", { "a@b.example" } },
                       { "futureField", { { "nested", { 1, 2, 3 } } } },
                       { "xmppFederationJid", "user@example.com" } };
    const auto person = AdminJson::personFromJson(input);
    QVERIFY(person.ok());
    QVERIFY(AdminJson::toJson(*person.value) == input);
    // A named member wins over an unmodelled copy of the same key.
    Person edited = *person.value;
    edited.otherFields.insert(QStringLiteral("id"), QStringLiteral("stale"));
    edited.id = QStringLiteral("p2");
    QCOMPARE(AdminJson::toJson(edited)["id"].get<std::string>(), std::string("p2"));
}

void tst_AdminJson::roles()
{
    const json list { { "items",
                        { { { "id", "Y2lzY29zcGFyazovL3VzL1JPTEUvOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh" },
                            { "name", "Full Administrator" } } } } };
    const auto roles = AdminJson::roleListFromJson(list);
    QVERIFY(roles.ok());
    QCOMPARE(roles.value->size(), 1);
    QCOMPARE(roles.value->first().name, QStringLiteral("Full Administrator"));
    QVERIFY(AdminJson::toJson(roles.value->first()) == list["items"][0]);
    if (m_contract) {
        const auto input = exampleAt(*m_contract, example("~1roles~1{roleId}", "get", "200"));
        QVERIFY(input);
        const auto role = AdminJson::roleFromJson(*input);
        QVERIFY(role.ok());
        QVERIFY(AdminJson::toJson(*role.value) == *input);
    }
}

void tst_AdminJson::malformedInput()
{
    QVERIFY(!AdminJson::personFromJson(json::array()).ok());
    const auto badEmails = AdminJson::personFromJson(json { { "emails", "a@b.example" } });
    QVERIFY(!badEmails.ok());
    QVERIFY2(badEmails.error.startsWith(QStringLiteral("emails:")), qPrintable(badEmails.error));
    const auto badFlag = AdminJson::personFromJson(json { { "loginEnabled", "yes" } });
    QVERIFY(!badFlag.ok());
    const auto badNumber = AdminJson::personFromJson(json { { "phoneNumbers", { "+1" } } });
    QVERIFY2(badNumber.error.startsWith(QStringLiteral("phoneNumbers[0]:")), qPrintable(badNumber.error));
    QVERIFY(!AdminJson::roleListFromJson(json { { "items", { 1 } } }).ok());
}

QTEST_GUILESS_MAIN(tst_AdminJson)
#include "tst_AdminJson.moc"
