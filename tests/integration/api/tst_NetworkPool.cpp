#include "HoldingHttpServer.h"
#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/NetworkPool.h"
#include "api/TokenProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace onboarder::api;
using onboarder::testsupport::HoldingHttpServer;

// How many requests of one session are on the wire at once, against a loopback server that holds every request
// until the test answers: Qt sends at most six at a time to one host per network manager over HTTP/1.1, so more
// than six at once need the pool's further managers. Counted in requests the server holds, never in time.
class TestNetworkPool : public QObject
{
    Q_OBJECT

private:
    // Generous: the server holds requests until all expected are there, and this machine may be busy.
    static constexpr int kWaitMs = 20000;

    static QList<ApiRequest*> sendGets(ApiSession& session, const QUrl& url, int count)
    {
        QList<ApiRequest*> requests;
        for (int i = 0; i < count; ++i) {
            ApiRequest* request = session.send("GET", url);
            request->setAutoDelete(false);
            requests.append(request);
        }
        return requests;
    }

    static bool allFinishedOk(const QList<ApiRequest*>& requests)
    {
        return std::all_of(
            requests.begin(), requests.end(), [](ApiRequest* r) { return r->isFinished() && r->response().ok(); });
    }

    static QNetworkProxy proxyAt(const HoldingHttpServer& server)
    {
        return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.port());
    }

private slots:
    void twelveRequestsOfOneSessionAreOnTheWireTogether()
    {
        HoldingHttpServer server;
        QVERIFY(server.listen());
        StaticTokenProvider tokens(QStringLiteral("t"));
        ApiSession session(server.url(QStringLiteral("/v1")), &tokens);
        const QList<ApiRequest*> requests = sendGets(session, server.url(QStringLiteral("/v1/customers")), 12);

        QTRY_COMPARE_WITH_TIMEOUT(server.pending(), 12, kWaitMs);
        QVERIFY(server.mostOpenConnections() >= 12);
        QCOMPARE(session.networkPool()->managerCount(), 2);
        QCOMPARE(session.networkPool()->inFlight(), 12);
        server.answerAll();
        QTRY_VERIFY_WITH_TIMEOUT(allFinishedOk(requests), kWaitMs);
        QCOMPARE(session.networkPool()->inFlight(), 0);
        qDeleteAll(requests);
    }

    void aFewRequestsShareTheFirstManager()
    {
        HoldingHttpServer server;
        QVERIFY(server.listen());
        StaticTokenProvider tokens(QStringLiteral("t"));
        ApiSession session(server.url(QStringLiteral("/v1")), &tokens);
        const QList<ApiRequest*> requests
            = sendGets(session, server.url(QStringLiteral("/v1/customers")), NetworkPool::kConnectionsPerManager);

        QTRY_COMPARE_WITH_TIMEOUT(server.pending(), NetworkPool::kConnectionsPerManager, kWaitMs);
        QCOMPARE(session.networkPool()->managerCount(), 1);
        server.answerAll();
        QTRY_VERIFY_WITH_TIMEOUT(allFinishedOk(requests), kWaitMs);
        qDeleteAll(requests);
    }

    void managersStopAtTheBound()
    {
        HoldingHttpServer server;
        QVERIFY(server.listen());
        NetworkPool pool([](QObject* parent) { return new QNetworkAccessManager(parent); }, 2);
        constexpr int kRequests = 3 * NetworkPool::kConnectionsPerManager;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < kRequests; ++i) {
            replies.emplace_back(pool.send(QNetworkRequest(server.url(QStringLiteral("/x"))), "GET", {}));
        }

        // Two managers carry twelve; the other six wait inside Qt until connections are free.
        QTRY_COMPARE_WITH_TIMEOUT(server.pending(), 2 * NetworkPool::kConnectionsPerManager, kWaitMs);
        QCOMPARE(pool.managerCount(), 2);
        QCOMPARE(pool.inFlight(), kRequests);
        server.answerAll();
        QTRY_COMPARE_WITH_TIMEOUT(server.pending(), NetworkPool::kConnectionsPerManager, kWaitMs);
        server.answerAll();
        QTRY_COMPARE_WITH_TIMEOUT(pool.inFlight(), 0, kWaitMs);
        QCOMPARE(server.mostPending(), 2 * NetworkPool::kConnectionsPerManager);
        QCOMPARE(pool.managerCount(), 2);
        for (const auto& reply : replies) {
            QCOMPARE(reply->error(), QNetworkReply::NoError);
        }
    }

    void aDeletedReplyIsNoLongerInFlight()
    {
        HoldingHttpServer server;
        QVERIFY(server.listen());
        NetworkPool pool([](QObject* parent) { return new QNetworkAccessManager(parent); }, 2);
        QNetworkReply* reply = pool.send(QNetworkRequest(server.url(QStringLiteral("/x"))), "GET", {});
        QTRY_COMPARE_WITH_TIMEOUT(server.pending(), 1, kWaitMs);
        QCOMPARE(pool.inFlight(), 1);
        delete reply;
        QCOMPARE(pool.inFlight(), 0);
    }

    void theSessionsProxyCarriesEveryManagersRequests()
    {
        HoldingHttpServer origin;
        HoldingHttpServer proxy;
        QVERIFY(origin.listen());
        QVERIFY(proxy.listen());
        StaticTokenProvider tokens(QStringLiteral("t"));
        ApiSession session(origin.url(QStringLiteral("/v1")), &tokens);
        const QUrl url = origin.url(QStringLiteral("/v1/customers"));

        // Set before the second manager exists: it is made with the proxy.
        session.setProxy(proxyAt(proxy));
        QList<ApiRequest*> requests = sendGets(session, url, 12);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.pending(), 12, kWaitMs);
        QCOMPARE(session.networkPool()->managerCount(), 2);
        proxy.answerAll();
        QTRY_VERIFY_WITH_TIMEOUT(allFinishedOk(requests), kWaitMs);
        qDeleteAll(requests);
        QCOMPARE(origin.targets().size(), 0);
        // A proxy is asked for the whole URL; the origin server would be asked for the path alone.
        const QByteArray proxiedTarget = url.toEncoded();
        QCOMPARE(proxy.targets().count(proxiedTarget), 12);

        // Set again after both managers exist: both take it.
        HoldingHttpServer secondProxy;
        QVERIFY(secondProxy.listen());
        session.setProxy(proxyAt(secondProxy));
        requests = sendGets(session, url, 12);
        QTRY_COMPARE_WITH_TIMEOUT(secondProxy.pending(), 12, kWaitMs);
        secondProxy.answerAll();
        QTRY_VERIFY_WITH_TIMEOUT(allFinishedOk(requests), kWaitMs);
        qDeleteAll(requests);
        QCOMPARE(secondProxy.targets().count(proxiedTarget), 12);
        QCOMPARE(origin.targets().size(), 0);
        QCOMPARE(proxy.targets().size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestNetworkPool)
#include "tst_NetworkPool.moc"
