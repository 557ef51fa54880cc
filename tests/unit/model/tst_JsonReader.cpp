#include "model/JsonReader.h"

#include <QJsonArray>
#include <QTest>

using namespace onboarder::model;
using nlohmann::json;

// The type-checked JSON reading every mapper relies on.
class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void codes_data();
    void codes();
    void booleans();
    void integers();
    void nullsAreUnset();
    void firstErrorWins();
    void qtJsonConversion();
    void parseWith();
};

void tst_JsonReader::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::newRow("object") << QByteArray(R"({"a":1})") << true;
    QTest::newRow("array") << QByteArray("[1,2]") << true;
    QTest::newRow("brackets inside strings do not count")
        << (QByteArray("{\"a\":\"") + QByteArray(500, '[') + QByteArray("\"}")) << true;
    QTest::newRow("64 levels") << (QByteArray(64, '[') + QByteArray(64, ']')) << true;
    QTest::newRow("65 levels") << (QByteArray(65, '[') + QByteArray(65, ']')) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("whitespace") << QByteArray(" \n") << false;
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("\"\xc3\x28\"") << false;
    QTest::newRow("NaN literal") << QByteArray("NaN") << false;
}

void tst_JsonReader::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    const auto result = JsonReader::parse(bytes);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.error.isEmpty(), ok);
}

void tst_JsonReader::codes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("integer") << QByteArray("10022") << QStringLiteral("10022") << QByteArray("10022");
    QTest::newRow("negative") << QByteArray("-1") << QStringLiteral("-1") << QByteArray("-1");
    QTest::newRow("whole float") << QByteArray("100.0") << QStringLiteral("100") << QByteArray("100");
    QTest::newRow("text") << QByteArray("\"WXC-4201\"") << QStringLiteral("WXC-4201") << QByteArray("\"WXC-4201\"");
    QTest::newRow("digits as text stay text when not canonical")
        << QByteArray("\"0100\"") << QStringLiteral("0100") << QByteArray("\"0100\"");
    QTest::newRow("digits as text become a number")
        << QByteArray("\"100\"") << QStringLiteral("100") << QByteArray("100");
    QTest::newRow("huge unsigned") << QByteArray("18446744073709551615") << QStringLiteral("18446744073709551615")
                                   << QByteArray("\"18446744073709551615\"");
}

void tst_JsonReader::codes()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    QCOMPARE(JsonReader::codeText(json::parse(value.toStdString())), text);
    QCOMPARE(JsonReader::toBytes(JsonReader::codeValue(text)), written);
}

void tst_JsonReader::booleans()
{
    const json object { { "a", true }, { "b", "false" }, { "c", "yes" }, { "d", 1 } };
    JsonReader reader;
    std::optional<bool> a;
    std::optional<bool> b;
    reader.readBool(object, "a", a, QString());
    reader.readBool(object, "b", b, QString());
    QVERIFY(reader.ok());
    QCOMPARE(a, std::optional<bool>(true));
    QCOMPARE(b, std::optional<bool>(false));
    bool c = true;
    reader.readBool(object, "c", c, QStringLiteral("x"));
    QVERIFY(!reader.ok());
    QVERIFY(c); // untouched
    QVERIFY(reader.error().startsWith(QStringLiteral("x.c:")));
    JsonReader numbers;
    std::optional<bool> d;
    numbers.readBool(object, "d", d, QString());
    QVERIFY(!numbers.ok());
    QVERIFY(!d);
}

void tst_JsonReader::integers()
{
    const json object = json::parse(R"({"a": 5, "b": 5.0, "c": 5.5, "d": "5", "e": 1e300, "f": -9007199254740993})");
    qint64 value = 0;
    JsonReader reader;
    reader.readInteger(object, "a", value, QString());
    QCOMPARE(value, 5);
    reader.readInteger(object, "b", value, QString());
    QCOMPARE(value, 5);
    reader.readInteger(object, "f", value, QString());
    QCOMPARE(value, Q_INT64_C(-9007199254740993));
    QVERIFY(reader.ok());
    for (const char* key : { "c", "d", "e" }) {
        JsonReader bad;
        qint64 out = 7;
        bad.readInteger(object, key, out, QString());
        QVERIFY2(!bad.ok(), key);
        QCOMPARE(out, 7);
    }
}

void tst_JsonReader::nullsAreUnset()
{
    const json object { { "s", nullptr }, { "l", nullptr }, { "o", nullptr } };
    JsonReader reader;
    QString s = QStringLiteral("keep");
    QStringList l { QStringLiteral("keep") };
    reader.readString(object, "s", s, QString());
    reader.readStringList(object, "l", l, QString());
    QVERIFY(!reader.object(object, "o", QString()));
    QVERIFY(!reader.array(object, "missing", QString()));
    QVERIFY(reader.ok());
    QCOMPARE(s, QStringLiteral("keep"));
    QCOMPARE(l, QStringList { QStringLiteral("keep") });
    // Reading a field of something that is not an object is "absent", never a crash.
    QString fromArray = QStringLiteral("keep");
    reader.readString(json::array({ 1 }), "s", fromArray, QString());
    QCOMPARE(fromArray, QStringLiteral("keep"));
}

void tst_JsonReader::firstErrorWins()
{
    JsonReader reader;
    reader.fail(QStringLiteral("a"), QStringLiteral("first"));
    reader.fail(QStringLiteral("b"), QStringLiteral("second"));
    QCOMPARE(reader.error(), QStringLiteral("a: first"));
    QCOMPARE(JsonReader::at(QStringLiteral("items"), std::size_t(3)), QStringLiteral("items[3]"));
    QCOMPARE(JsonReader::at(QString(), "id"), QStringLiteral("id"));
}

void tst_JsonReader::qtJsonConversion()
{
    const json object { { "a", { 1, 2 } }, { "b", { { "c", "d" } } }, { "e", nullptr } };
    const QJsonObject qt = JsonReader::toQJsonObject(object);
    QCOMPARE(qt.value(QStringLiteral("a")).toArray().size(), 2);
    QVERIFY(JsonReader::fromQJsonObject(qt) == object);
    QVERIFY(JsonReader::toQJsonObject(json::array()).isEmpty());
    QVERIFY(JsonReader::fromQJsonObject(QJsonObject()) == json::object());
}

void tst_JsonReader::parseWith()
{
    auto mapper = [](const json& document) -> ParseResult<int> {
        if (!document.is_number_integer()) {
            return ParseResult<int>::failure(QStringLiteral("not an int"));
        }
        return ParseResult<int>::success(document.get<int>());
    };
    QCOMPARE(*JsonReader::parseWith<int>("42", +mapper).value, 42);
    QCOMPARE(JsonReader::parseWith<int>("\"x\"", +mapper).error, QStringLiteral("not an int"));
    QVERIFY(!JsonReader::parseWith<int>("{", +mapper).error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_JsonReader.moc"
