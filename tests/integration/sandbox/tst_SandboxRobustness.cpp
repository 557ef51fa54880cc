// The sandbox under hostile or clumsy clients, at the socket level: malformed and wrongly typed JSON, huge bodies and
// headers, requests that arrive byte by byte or never finish, and 200 connections at once. Every request that can be
// answered gets the right 4xx with a JSON error body, and the server keeps serving everyone else meanwhile.
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace onboarder::testsupport;
using nlohmann::json;

namespace {

// One HTTP/1.1 answer read off a raw socket.
struct RawResponse
{
    int status = 0; // 0: the connection closed (or timed out) without a complete answer
    QByteArray headers;
    QByteArray body;
    bool closed = false;

    json bodyJson() const
    {
        return json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    }
};

// Parses `buffer` as one complete answer; false while more bytes are needed.
bool parseResponse(const QByteArray& buffer, RawResponse& out)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return false;
    }
    const QByteArray head = buffer.left(headerEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    if (statusLine.size() < 2) {
        return false;
    }
    qsizetype length = 0;
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            length = line.mid(colon + 1).trimmed().toLongLong();
        }
    }
    if (buffer.size() < headerEnd + 4 + length) {
        return false;
    }
    out.status = statusLine.at(1).toInt();
    out.headers = head;
    out.body = buffer.mid(headerEnd + 4, length);
    return true;
}

} // namespace

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(m_sandbox.baseUrl().host(), static_cast<quint16>(m_sandbox.baseUrl().port()));
        // The server runs on its own thread, so waiting here does not hold it up.
        return socket->waitForConnected(30000) ? std::move(socket) : nullptr;
    }

    QByteArray requestHead(const QByteArray& method,
                           const QByteArray& path,
                           const QByteArray& contentType = {},
                           qsizetype contentLength = -1) const
    {
        QByteArray head = method + " /v1" + path + " HTTP/1.1\r\nHost: " + m_sandbox.baseUrl().host().toLatin1() + ':'
            + QByteArray::number(m_sandbox.baseUrl().port()) + "\r\nAuthorization: Bearer "
            + m_sandbox.token().toLatin1() + "\r\n";
        if (!contentType.isEmpty()) {
            head += "Content-Type: " + contentType + "\r\n";
        }
        if (contentLength >= 0) {
            head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        }
        return head + "\r\n";
    }

    QByteArray request(const QByteArray& method,
                       const QByteArray& path,
                       const QByteArray& body = {},
                       const QByteArray& contentType = "application/json") const
    {
        return requestHead(method, path, body.isNull() ? QByteArray() : contentType, body.isNull() ? -1 : body.size())
            + body;
    }

    // Reads one answer from `socket`, or reports the connection closed.
    static RawResponse readResponse(QTcpSocket& socket, int timeoutMs = 60000)
    {
        RawResponse response;
        QByteArray buffer;
        QElapsedTimer clock;
        clock.start();
        while (!parseResponse(buffer, response)) {
            if (socket.bytesAvailable() == 0) {
                if (socket.state() != QAbstractSocket::ConnectedState || clock.elapsed() > timeoutMs) {
                    response.closed = socket.state() != QAbstractSocket::ConnectedState;
                    return response;
                }
                socket.waitForReadyRead(200);
            }
            buffer += socket.readAll();
        }
        return response;
    }

    RawResponse exchange(const QByteArray& bytes)
    {
        auto socket = connectRaw();
        if (!socket) {
            return {};
        }
        socket->write(bytes);
        socket->flush();
        return readResponse(*socket);
    }

    // An ordinary client still gets the customer list.
    bool serverAnswersOthers()
    {
        return m_sandbox.client().get(QStringLiteral("/wholesale/customers?max=1")).status == 200;
    }

    static void verifyErrorBody(const RawResponse& response)
    {
        const json body = response.bodyJson();
        QVERIFY2(body.is_object(), response.body.left(200).constData());
        QVERIFY(body.value("message", std::string()).size() > 0);
        QVERIFY(body.value("trackingId", std::string()).size() > 0);
        QVERIFY(response.headers.toLower().contains("trackingid:"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(SandboxFixture::options(QStringLiteral("demo"))));
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
    }

    void malformedJsonIs400_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray customers = "/wholesale/customers";
        QTest::newRow("unterminated object") << customers << QByteArray("{\"externalId\":") << 400;
        QTest::newRow("trailing garbage") << customers << QByteArray("{}xyz") << 400;
        QTest::newRow("single quotes") << customers << QByteArray("{'externalId':'a'}") << 400;
        QTest::newRow("not UTF-8") << customers << QByteArray("{\"externalId\":\"\xff\xfe\"}") << 400;
        QTest::newRow("NUL bytes") << customers << QByteArray("{\"a\":1}\0\0\0", 10) << 400;
        QTest::newRow("lone surrogate") << customers << QByteArray(R"({"externalId":"\ud800"})") << 400;
        QTest::newRow("array") << customers << QByteArray("[1,2,3]") << 400;
        QTest::newRow("string") << customers << QByteArray("\"customer\"") << 400;
        QTest::newRow("null") << customers << QByteArray("null") << 400;
        QTest::newRow("number overflow") << customers << QByteArray(R"({"externalId":1e999999})") << 400;
        QTest::newRow("subscriber: truncated")
            << QByteArray("/wholesale/subscribers") << QByteArray("{\"email\"") << 400;
        QTest::newRow("precheck: binary")
            << QByteArray("/wholesale/customers/validate") << QByteArray("\x00\x01\x02\x03\x04", 5) << 400;
    }

    void malformedJsonIs400()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const RawResponse response = exchange(request("POST", path, body));
        QCOMPARE(response.status, status);
        verifyErrorBody(response);
        QVERIFY(serverAnswersOthers());
    }

    void wrongTypesAre400_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        const QByteArray customers = "/wholesale/customers";
        const QByteArray subscribers = "/wholesale/subscribers";
        QTest::newRow("customerInfo is a number") << customers << QByteArray(R"({"customerInfo":5})");
        QTest::newRow("packages is text") << customers << QByteArray(R"({"packages":"webex_calling"})");
        QTest::newRow("packages hold objects") << customers << QByteArray(R"({"packages":[{}]})");
        QTest::newRow("address is a list") << customers << QByteArray(R"({"address":[]})");
        QTest::newRow("provisioningId is a number") << customers << QByteArray(R"({"provisioningId":12})");
        QTest::newRow("externalId is true") << customers << QByteArray(R"({"externalId":true})");
        QTest::newRow("everything null")
            << customers
            << QByteArray(R"({"provisioningId":null,"packages":null,"externalId":null,"address":null,)"
                          R"("customerInfo":null})");
        QTest::newRow("subscriber email is a number") << subscribers << QByteArray(R"({"email":5})");
        QTest::newRow("subscriber package is a list") << subscribers << QByteArray(R"({"package":["a"]})");
        QTest::newRow("subscriber parameters are text")
            << subscribers << QByteArray(R"({"email":"a@example.com","provisioningParameters":"x"})");
        QTest::newRow("precheck with a nested array")
            << QByteArray("/wholesale/customers/validate") << QByteArray(R"({"address":{"country":[["SE"]]}})");
    }

    void wrongTypesAre400()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        const RawResponse response = exchange(request("POST", path, body));
        QCOMPARE(response.status, 400);
        verifyErrorBody(response);
    }

    void wrongContentTypeIs415()
    {
        const RawResponse response
            = exchange(request("POST", "/wholesale/customers", QByteArray("{}"), QByteArray("text/plain")));
        QCOMPARE(response.status, 415);
        verifyErrorBody(response);
    }

    // Nesting far deeper than any answer: refused or read, but never a crash of the server thread.
    void deeplyNestedBodyIsAnswered()
    {
        const int depth = 200000;
        QByteArray body = R"({"customerInfo":{"name":)";
        body += QByteArray(depth, '[') + QByteArray(depth, ']') + "}}";
        const RawResponse response = exchange(request("POST", "/wholesale/customers", body));
        QCOMPARE(response.status, 400);
        verifyErrorBody(response);

        QByteArray unknownField = R"({"externalId":"deep","somethingElse":)";
        unknownField += QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
        const RawResponse second = exchange(request("POST", "/wholesale/customers/validate", unknownField));
        QVERIFY2(second.status >= 200 && second.status < 500, second.body.left(200).constData());
        QVERIFY(serverAnswersOthers());
    }

    void hugeBodyIs413()
    {
        // 8 MiB of valid JSON: over the 1 MiB limit.
        QByteArray body = "{\"externalId\":\"";
        body += QByteArray(8 * 1024 * 1024, 'x') + "\"}";
        const RawResponse response = exchange(request("POST", "/wholesale/customers", body));
        QCOMPARE(response.status, 413);
        verifyErrorBody(response);
        QVERIFY(serverAnswersOthers());
    }

    // A Content-Length of gigabytes with only a few bytes sent: the server neither answers early nor stops serving
    // others while it waits, and forgets the connection when the client goes away.
    void liedContentLengthDoesNotBlockOthers()
    {
        auto socket = connectRaw();
        QVERIFY(socket);
        socket->write(requestHead("POST", "/wholesale/customers", "application/json", 10LL * 1024 * 1024 * 1024));
        socket->write("{\"externalId\":");
        socket->flush();
        QVERIFY(serverAnswersOthers());
        socket->abort();
        QVERIFY(serverAnswersOthers());
    }

    void hugeHeaderIsRefused()
    {
        auto socket = connectRaw();
        QVERIFY(socket);
        QByteArray head = "GET /v1/wholesale/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ";
        socket->write(head);
        // 4 MiB of one header line, in pieces: the server must give up on it rather than keep buffering.
        const QByteArray chunk(64 * 1024, 'a');
        for (int i = 0; i < 64 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
            socket->write(chunk);
            socket->waitForBytesWritten(5000);
        }
        socket->write("\r\n\r\n");
        socket->flush();
        const RawResponse response = readResponse(*socket, 30000);
        QVERIFY2(response.closed || (response.status >= 400 && response.status < 500),
                 qPrintable(QStringLiteral("status %1").arg(response.status)));
        QVERIFY(serverAnswersOthers());
    }

    void garbageRequestLinesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        QTest::newRow("bad version") << QByteArray("GET /v1/wholesale/customers HTTP/9.9\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("GET /v1/wholesale/customers HTTP/1.1\r\nnocolon\r\n\r\n");
        QTest::newRow("negative length") << QByteArray(
            "POST /v1/wholesale/customers HTTP/1.1\r\nContent-Length: -5\r\n\r\n{}");
        QTest::newRow("bad chunk size") << QByteArray(
            "POST /v1/wholesale/customers HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
    }

    // A request the HTTP parser cannot read gets a 4xx, a closed connection, or (a TLS hello, which the parser waits
    // on for more bytes) no answer at all; never a 2xx or 5xx, never a crash, and everyone else is still served.
    void garbageRequestLinesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        auto socket = connectRaw();
        QVERIFY(socket);
        socket->write(bytes);
        socket->flush();
        const RawResponse response = readResponse(*socket, 3000);
        QVERIFY2(response.status == 0 || (response.status >= 400 && response.status < 500),
                 qPrintable(QStringLiteral("status %1, closed %2").arg(response.status).arg(response.closed)));
        QVERIFY(serverAnswersOthers());
    }

    void badPathsAreAnswered_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("bad percent escape") << QByteArray("/wholesale/customers/%zz") << 404;
        QTest::newRow("encoded NUL") << QByteArray("/wholesale/customers/%00") << 404;
        QTest::newRow("dot segments") << QByteArray("/wholesale/../../etc/passwd") << 404;
        QTest::newRow("long id") << (QByteArray("/wholesale/customers/") + QByteArray(20000, 'A')) << 404;
        QTest::newRow("bad max") << QByteArray("/wholesale/customers?max=-1") << 400;
        QTest::newRow("huge offset") << QByteArray("/wholesale/customers?offset=99999999999999999999") << 400;
    }

    void badPathsAreAnswered()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        const RawResponse response = exchange(request("GET", path, QByteArray()));
        QCOMPARE(response.status, status);
        verifyErrorBody(response);
    }

    // Slowloris: many connections that send half a header and stop; one that sends its request a byte at a time.
    void partialRequestsDoNotBlockOthers()
    {
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (int i = 0; i < 50; ++i) {
            auto socket = connectRaw();
            QVERIFY(socket);
            socket->write("GET /v1/wholesale/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor");
            socket->flush();
            stalled.push_back(std::move(socket));
        }
        for (int i = 0; i < 10; ++i) {
            QVERIFY(serverAnswersOthers());
        }

        auto slow = connectRaw();
        QVERIFY(slow);
        const QByteArray bytes = request("POST", "/wholesale/customers/validate", QByteArray(R"({"externalId":)"));
        for (const char byte : bytes) {
            slow->write(&byte, 1);
            slow->flush();
            QTest::qWait(1);
        }
        // The body was cut short on purpose ({"externalId": is not JSON): a 400 proves the request was read whole.
        const RawResponse response = readResponse(*slow);
        QCOMPARE(response.status, 400);
        verifyErrorBody(response);

        for (const auto& socket : stalled) {
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState); // still waiting, and still harmless
        }
        stalled.clear();
        QVERIFY(serverAnswersOthers());
    }

    // 200 clients at once, each on its own connection: every one gets a complete, correct answer.
    void twoHundredConcurrentConnections()
    {
        constexpr int kClients = 200;
        struct Client
        {
            std::unique_ptr<QTcpSocket> socket;
            QByteArray buffer;
            RawResponse response;
            bool done = false;
        };
        std::vector<Client> clients(kClients);
        int finished = 0;
        const QByteArray get = request("GET", "/wholesale/customers?max=5", QByteArray());
        const QByteArray post = request("POST", "/wholesale/customers/validate", QByteArray("{not json"));
        for (int i = 0; i < kClients; ++i) {
            Client& client = clients[static_cast<std::size_t>(i)];
            client.socket = std::make_unique<QTcpSocket>();
            QTcpSocket* socket = client.socket.get();
            const QByteArray& bytes = i % 4 == 3 ? post : get;
            connect(socket, &QTcpSocket::connected, socket, [socket, &bytes] { socket->write(bytes); });
            connect(socket, &QTcpSocket::readyRead, socket, [&client, &finished] {
                client.buffer += client.socket->readAll();
                if (!client.done && parseResponse(client.buffer, client.response)) {
                    client.done = true;
                    ++finished;
                }
            });
        }
        // Connect them all before any answer is read, so they are open at the same time.
        for (Client& client : clients) {
            client.socket->connectToHost(m_sandbox.baseUrl().host(), static_cast<quint16>(m_sandbox.baseUrl().port()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, kClients, 120000);
        for (int i = 0; i < kClients; ++i) {
            const RawResponse& response = clients[static_cast<std::size_t>(i)].response;
            if (i % 4 == 3) {
                QCOMPARE(response.status, 400);
                verifyErrorBody(response);
            } else {
                QCOMPARE(response.status, 200);
                const json body = response.bodyJson();
                QVERIFY(body["items"].is_array());
                QCOMPARE(body["items"].size(), std::size_t(5));
            }
        }
        QVERIFY(serverAnswersOthers());
    }

    // Many requests on one keep-alive connection, sent together (pipelined): answered in order.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        auto socket = connectRaw();
        QVERIFY(socket);
        QByteArray bytes;
        for (int i = 0; i < 5; ++i) {
            bytes += request("GET", "/wholesale/customers?max=" + QByteArray::number(i + 1), QByteArray());
        }
        socket->write(bytes);
        socket->flush();
        QByteArray buffer;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            RawResponse response;
            while (!parseResponse(buffer, response) && clock.elapsed() < 30000
                   && socket->state() == QAbstractSocket::ConnectedState) {
                socket->waitForReadyRead(200);
                buffer += socket->readAll();
            }
            QCOMPARE(response.status, 200);
            QCOMPARE(response.bodyJson()["items"].size(), std::size_t(i + 1));
            buffer.remove(0, response.headers.size() + 4 + response.body.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_SandboxRobustness.moc"
