// The request pipeline of the sandbox: auth, errors, tracking IDs, limits, the embedding API and the executable.
#include "SandboxFixture.h"
#include "sandbox/Authenticator.h"
#include "sandbox/Documents.h"
#include "sandbox/IdCodec.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace onboarder::sandbox;
using namespace onboarder::testsupport;
using nlohmann::json;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startedSignalGivesUrlAndToken();
    void missingTokenIs401();
    void unknownTokenIs401();
    void expiredTokenIs401();
    void tokenWithoutScopeIs403();
    void scopedTokenPrefixGrantsOnlyItsScopes();
    void unknownRouteIs404();
    void wrongMethodIs405();
    void trackingIdIsEchoed();
    void trackingIdIsGenerated();
    void nonJsonBodyIs415();
    void malformedJsonIs400();
    void nonObjectJsonIs400();
    void oversizedBodyIs413AndServerKeepsServing();
    void idsAcceptPaddedAndUnpadded();
    void idCodecRoundTrips();
    void idCodecWritesWhatQtWrites();
    void isoTimeWritesWhatQtWrites();
    void serverRunsOnCallerThread();
    void executablePrintsUrlAndServes();
    void executableHelpAndBadFlags();

private:
    SandboxFixture m_sandbox;
};

void TestSandboxServer::initTestCase()
{
    QVERIFY(m_sandbox.start(SandboxFixture::options()));
}

void TestSandboxServer::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestSandboxServer::startedSignalGivesUrlAndToken()
{
    SandboxThread thread;
    QSignalSpy started(&thread, &SandboxThread::started);
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.token.clear();
    thread.start(options);
    QVERIFY(started.wait(20000));
    const QUrl url = started.at(0).at(0).toUrl();
    const QString token = started.at(0).at(1).toString();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(url.path(), QStringLiteral("/v1"));
    QVERIFY(token.size() >= 32);
    QCOMPARE(thread.token(), token);
    SandboxTestClient client(url, token);
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 200);
    thread.stop();
    QVERIFY(!thread.isRunning());
}

void TestSandboxServer::missingTokenIs401()
{
    const HttpResult result
        = m_sandbox.client().send("GET", m_sandbox.client().url(QStringLiteral("/wholesale/customers")), {}, {}, false);
    QCOMPARE(result.status, 401);
    QVERIFY(result.json["message"].is_string());
    QVERIFY(result.json["errors"].is_array());
    QVERIFY(result.json["trackingId"].is_string());
}

void TestSandboxServer::unknownTokenIs401()
{
    SandboxTestClient client(m_sandbox.baseUrl(), QStringLiteral("not-a-token"));
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 401);
}

void TestSandboxServer::expiredTokenIs401()
{
    SandboxTestClient client(m_sandbox.baseUrl(), m_sandbox.mintToken(SandboxServer::allScopes(), 0));
    const HttpResult result = client.get(QStringLiteral("/wholesale/customers"));
    QCOMPARE(result.status, 401);
    QVERIFY(result.json["message"].get<std::string>().find("expired") != std::string::npos);
    SandboxTestClient prefixed(m_sandbox.baseUrl(), Authenticator::expiredTokenPrefix + QStringLiteral("x"));
    QCOMPARE(prefixed.get(QStringLiteral("/wholesale/customers")).status, 401);
}

void TestSandboxServer::tokenWithoutScopeIs403()
{
    SandboxTestClient client(m_sandbox.baseUrl(),
                             m_sandbox.mintToken({ QStringLiteral("spark-admin:wholesale_customers_read") }));
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/wholesale/subscribers")).status, 403);
    const HttpResult result = client.post(QStringLiteral("/wholesale/customers"), json::object());
    QCOMPARE(result.status, 403);
    QVERIFY(result.json["message"].get<std::string>().find("wholesale_customers_write") != std::string::npos);
}

void TestSandboxServer::scopedTokenPrefixGrantsOnlyItsScopes()
{
    SandboxTestClient client(m_sandbox.baseUrl(),
                             Authenticator::scopedTokenPrefix
                                 + QStringLiteral("spark-admin:wholesale_subscribers_read,spark-admin:locations_read"));
    QCOMPARE(client.get(QStringLiteral("/wholesale/subscribers")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 403);
}

void TestSandboxServer::unknownRouteIs404()
{
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/no/such/thing")).status, 404);
    const HttpResult outside = m_sandbox.client().send(
        "GET", QUrl(m_sandbox.baseUrl().toString().replace(QStringLiteral("/v1"), QStringLiteral("/v2/x"))), {}, {});
    QCOMPARE(outside.status, 404);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers/bm90LWFuLWlk")).status, 404);
}

void TestSandboxServer::wrongMethodIs405()
{
    const HttpResult result = m_sandbox.client().send("PATCH",
                                                      m_sandbox.client().url(QStringLiteral("/wholesale/customers")),
                                                      "{}",
                                                      { { "Content-Type", "application/json" } });
    QCOMPARE(result.status, 405);
    QVERIFY(result.header("Allow").contains("GET"));
    QVERIFY(result.header("Allow").contains("POST"));
}

void TestSandboxServer::trackingIdIsEchoed()
{
    const HttpResult ok
        = m_sandbox.client().get(QStringLiteral("/wholesale/customers"), { { "TrackingID", "SIMPLE_abc-123" } });
    QCOMPARE(ok.header("TrackingID"), QByteArray("SIMPLE_abc-123"));
    const HttpResult error
        = m_sandbox.client().get(QStringLiteral("/wholesale/customers/nope"), { { "TrackingID", "SIMPLE_e1" } });
    QCOMPARE(error.status, 404);
    QCOMPARE(error.header("TrackingID"), QByteArray("SIMPLE_e1"));
    QCOMPARE(error.json["trackingId"].get<std::string>(), std::string("SIMPLE_e1"));
}

void TestSandboxServer::trackingIdIsGenerated()
{
    const HttpResult first = m_sandbox.client().get(QStringLiteral("/wholesale/customers/nope"));
    const HttpResult second = m_sandbox.client().get(QStringLiteral("/wholesale/customers/nope"));
    QVERIFY(first.header("TrackingID").startsWith("SANDBOX_"));
    QVERIFY(first.header("TrackingID") != second.header("TrackingID"));
    QCOMPARE(QByteArray::fromStdString(first.json["trackingId"].get<std::string>()), first.header("TrackingID"));
}

void TestSandboxServer::nonJsonBodyIs415()
{
    const HttpResult result = m_sandbox.client().send("POST",
                                                      m_sandbox.client().url(QStringLiteral("/wholesale/customers")),
                                                      "externalId=1",
                                                      { { "Content-Type", "text/plain" } });
    QCOMPARE(result.status, 415);
    QVERIFY(result.json["trackingId"].is_string());
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers")).status, 200);
}

void TestSandboxServer::malformedJsonIs400()
{
    const HttpResult result = m_sandbox.client().send("POST",
                                                      m_sandbox.client().url(QStringLiteral("/wholesale/customers")),
                                                      "{\"externalId\": ",
                                                      { { "Content-Type", "application/json" } });
    QCOMPARE(result.status, 400);
    QVERIFY(result.json["message"].get<std::string>().find("JSON") != std::string::npos);
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers")).status, 200);
}

void TestSandboxServer::nonObjectJsonIs400()
{
    const HttpResult result = m_sandbox.client().send("POST",
                                                      m_sandbox.client().url(QStringLiteral("/wholesale/customers")),
                                                      "[1,2]",
                                                      { { "Content-Type", "application/json; charset=utf-8" } });
    QCOMPARE(result.status, 400);
}

void TestSandboxServer::oversizedBodyIs413AndServerKeepsServing()
{
    QByteArray big = "{\"externalId\":\"";
    big.append(QByteArray(1024 * 1024 + 10, 'x'));
    big.append("\"}");
    const HttpResult result = m_sandbox.client().send("POST",
                                                      m_sandbox.client().url(QStringLiteral("/wholesale/customers")),
                                                      big,
                                                      { { "Content-Type", "application/json" } });
    QCOMPARE(result.status, 413);
    QVERIFY(result.json["trackingId"].is_string());
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers")).status, 200);
}

void TestSandboxServer::idsAcceptPaddedAndUnpadded()
{
    const HttpResult list = m_sandbox.client().get(QStringLiteral("/wholesale/customers?max=1"));
    QCOMPARE(list.status, 200);
    const std::string id = list.json["items"][0]["id"].get<std::string>();
    QVERIFY(id.find('=') == std::string::npos);
    std::string padded = id;
    while (padded.size() % 4 != 0) {
        padded += '=';
    }
    const HttpResult byPadded
        = m_sandbox.client().get(QStringLiteral("/wholesale/customers/")
                                 + QString::fromStdString(padded).replace(QLatin1Char('='), QStringLiteral("%3D")));
    QCOMPARE(byPadded.status, 200);
    QCOMPARE(byPadded.json["id"].get<std::string>(), id);
}

void TestSandboxServer::idCodecRoundTrips()
{
    const std::string id = IdCodec::generate("SUBSCRIBER");
    const auto decoded = IdCodec::decode(id);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->type, std::string("SUBSCRIBER"));
    QCOMPARE(decoded->value.size(), std::size_t(36));
    // The example ID of the specification, padded and in the CUSTOMER type.
    const auto example = IdCodec::normalize(
        "Y2lzY29zcGFyazovL3VzL0NVU1RPTUVSL2Y1YjM2MTg3LWM4ZGQtNDcyNy04YjJmLWY5YzQ0N2YyOTA0Ng==", { "CUSTOMER" });
    QVERIFY(example.has_value());
    QCOMPARE(*example,
             std::string("Y2lzY29zcGFyazovL3VzL0NVU1RPTUVSL2Y1YjM2MTg3LWM4ZGQtNDcyNy04YjJmLWY5YzQ0N2YyOTA0Ng"));
    QVERIFY(!IdCodec::normalize(id, { "PEOPLE" }).has_value());
    QVERIFY(!IdCodec::decode("%%%").has_value());
    QCOMPARE(IdCodec::provisioningId(QUuid::createUuid()).size(), std::size_t(48));
}

void TestSandboxServer::idCodecWritesWhatQtWrites()
{
    // The codec encodes without QString/QByteArray; its IDs must stay those Qt's functions gave (seeds, tests and
    // saved drafts hold them).
    const QUuid ns(QStringLiteral("{6f1c2a56-3b7e-4f7c-9d3e-5a0b8f2e9c41}"));
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        const std::string name = "large-" + std::to_string(random.bounded(1000000)) + std::string(i % 7, 'x');
        const QUuid expected = QUuid::createUuidV5(ns, QByteArray::fromStdString("ENTERPRISE:" + name));
        QCOMPARE(IdCodec::stableUuid("ENTERPRISE:" + name), expected);
        const std::string text = expected.toString(QUuid::WithoutBraces).toStdString();
        QCOMPARE(IdCodec::uuidText(expected), text);
        const QByteArray::Base64Options url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        QCOMPARE(IdCodec::stable("ENTERPRISE", name),
                 QByteArray::fromStdString("ciscospark://us/ENTERPRISE/" + text).toBase64(url).toStdString());
        QCOMPARE(IdCodec::provisioningId(expected), QByteArray::fromStdString(text).toBase64(url).toStdString());
        // Every length modulo 3, so each tail of the base64 alphabet is covered.
        const std::string value = text.substr(0, static_cast<std::size_t>(i % 37));
        QCOMPARE(IdCodec::encode("ROLE", value),
                 QByteArray::fromStdString("ciscospark://us/ROLE/" + value).toBase64(url).toStdString());
    }
    const QUuid randomUuid = IdCodec::randomUuid();
    QCOMPARE(randomUuid.version(), QUuid::Random);
    QCOMPARE(randomUuid.variant(), QUuid::DCE);
    QVERIFY(IdCodec::randomUuid() != randomUuid);
}

void TestSandboxServer::isoTimeWritesWhatQtWrites()
{
    QRandomGenerator random(11);
    std::vector<qint64> times { 0, 1, 999, 86399999, 951782400000 /* 2000-02-29 */, 4107542399999, 253402300799999 };
    for (int i = 0; i < 2000; ++i) {
        times.push_back(static_cast<qint64>(random.bounded(253402300800000.0)));
    }
    times.push_back(-1); // outside 1970..9999: Qt's own text
    times.push_back(253402300800000);
    for (const qint64 ms : times) {
        QCOMPARE(Documents::isoTime(ms),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString());
    }
}

void TestSandboxServer::serverRunsOnCallerThread()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    SandboxServer server(options);
    QSignalSpy started(&server, &SandboxServer::started);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(started.count(), 1);
    SandboxTestClient client(server.baseUrl(), server.token());
    const HttpResult result = client.get(QStringLiteral("/wholesale/customers"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json["items"].empty());
    QTest::ignoreMessage(QtWarningMsg, "The sandbox is already running.");
    QVERIFY(!server.start(&error));
}

void TestSandboxServer::executablePrintsUrlAndServes()
{
    QProcess process;
    process.start(QStringLiteral(ONBOARDER_SANDBOX_EXECUTABLE),
                  { QStringLiteral("--port"),
                    QStringLiteral("0"),
                    QStringLiteral("--seed"),
                    QStringLiteral("demo"),
                    QStringLiteral("--token"),
                    QStringLiteral("cli-token"),
                    QStringLiteral("--memory") });
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains('\n'), 20000);
    QVERIFY2(output.startsWith("Listening on http://127.0.0.1:"), output.constData());
    const QUrl url(QString::fromUtf8(output.mid(13).split('\n').constFirst().trimmed()));
    QCOMPARE(url.path(), QStringLiteral("/v1"));
    SandboxTestClient client(url, QStringLiteral("cli-token"));
    const HttpResult result = client.get(QStringLiteral("/wholesale/customers?max=3"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["items"].size(), std::size_t(3));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    // SIGTERM is a clean stop.
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxServer::executableHelpAndBadFlags()
{
    QProcess help;
    help.start(QStringLiteral(ONBOARDER_SANDBOX_EXECUTABLE), { QStringLiteral("--help") });
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char* flag : { "--port",
                              "--bind",
                              "--data",
                              "--memory",
                              "--seed",
                              "--token",
                              "--latency-ms",
                              "--rate-limit",
                              "--fail-rate",
                              "--provisioning-delay-ms" }) {
        QVERIFY2(text.contains(flag), flag);
    }
    QProcess bad;
    bad.start(QStringLiteral(ONBOARDER_SANDBOX_EXECUTABLE), { QStringLiteral("--seed"), QStringLiteral("huge") });
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--seed"));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_SandboxServer.moc"
