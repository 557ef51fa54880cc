#include "SandboxFixture.h"
#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/PagedFetch.h"
#include "api/TokenProvider.h"

#include <QChildEvent>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <any>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

using namespace onboarder::api;
using onboarder::testsupport::SandboxFixture;

namespace {

// Counts the requests a session starts: each is made a child of the session, its only child made after it was set up.
class RequestCounter : public QObject
{
public:
    explicit RequestCounter(QObject* session)
    {
        session->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        // When its child is added, an ApiRequest is not yet constructed beyond its QObject part: no cast.
        if (event->type() == QEvent::ChildAdded) {
            ++count;
        }
        return false;
    }
};

// A loopback HTTP/1.1 server answering each path with a canned answer, for pages the sandbox never sends.
class CannedServer : public QTcpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray link;
    };
    QHash<QByteArray, Answer> answers;

    bool listen()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
        return QTcpServer::listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort()));
    }
    QByteArray link(const QByteArray& path) const
    {
        return "<http://127.0.0.1:" + QByteArray::number(serverPort()) + path + ">; rel=\"next\"";
    }

private:
    void answer(QTcpSocket* socket)
    {
        QByteArray& request = m_requests[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n")) {
            return;
        }
        const QByteArray path = request.split(' ').value(1);
        m_requests.remove(socket);
        const Answer found = answers.value(path, Answer { 404, "{}", {} });
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(found.status) + " X\r\nContent-Type: application/json\r\n";
        if (!found.link.isEmpty()) {
            reply += "Link: " + found.link + "\r\n";
        }
        reply += "Content-Length: " + QByteArray::number(found.body.size()) + "\r\nConnection: close\r\n\r\n"
            + found.body;
        socket->write(reply);
        socket->disconnectFromHost();
    }
    QHash<QTcpSocket*, QByteArray> m_requests;
};

// A sandbox seeded with large:N customers and a session to it.
struct SeededSandbox
{
    SandboxFixture sandbox;
    std::unique_ptr<StaticTokenProvider> tokens;
    std::unique_ptr<ApiSession> session;

    bool start(const QString& seed)
    {
        if (!sandbox.start(SandboxFixture::options(seed))) {
            return false;
        }
        tokens = std::make_unique<StaticTokenProvider>(sandbox.token());
        session = std::make_unique<ApiSession>(sandbox.baseUrl(), tokens.get());
        return true;
    }
};

QUrl customersUrl(ApiSession& session, int max)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("max"), QString::number(max));
    return session.urlFor(QStringLiteral("wholesale/customers"), query);
}

} // namespace

// Paging through a real listing of the sandbox, page by page, with filters kept.
class TestPagedFetch : public QObject
{
    Q_OBJECT

private slots:
    void fetchesEveryPageOnce()
    {
        SeededSandbox seeded;
        QVERIFY(seeded.start(QStringLiteral("large:250")));
        ApiSession& session = *seeded.session;

        PagedFetch fetch(&session, customersUrl(session, 100));
        QSet<std::string> ids;
        QList<int> pageSizes;
        connect(&fetch, &PagedFetch::page, this, [&](const nlohmann::json& items, int) {
            pageSizes.append(static_cast<int>(items.size()));
            for (const auto& item : items) {
                ids.insert(item.value("id", std::string()));
            }
        });
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(fetch.itemsFetched(), int(ids.size()));
        QVERIFY2(ids.size() >= 250, qPrintable(QString::number(ids.size())));
        QVERIFY(pageSizes.size() >= 3);
        QCOMPARE(pageSizes.first(), 100);
    }

    void filtersHoldOnEveryPage()
    {
        SeededSandbox seeded;
        QVERIFY(seeded.start(QStringLiteral("large:300")));
        ApiSession& session = *seeded.session;

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("provisioned"));
        query.addQueryItem(QStringLiteral("max"), QStringLiteral("20"));
        PagedFetch fetch(&session, session.urlFor(QStringLiteral("wholesale/customers"), query));
        int items = 0;
        bool allProvisioned = true;
        connect(&fetch, &PagedFetch::page, this, [&](const nlohmann::json& page, int) {
            for (const auto& item : page) {
                ++items;
                allProvisioned = allProvisioned && item.value("status", std::string()) == "provisioned";
            }
        });
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(items > 20);
        QVERIFY(allProvisioned);
    }

    // A page is handed over only after the next one was asked for, so the server and the reader work at once.
    void nextPageIsOnItsWayWhileAPageIsRead()
    {
        SeededSandbox seeded;
        QVERIFY(seeded.start(QStringLiteral("large:250")));
        ApiSession& session = *seeded.session;
        RequestCounter sent(&session);

        PagedFetch fetch(&session, customersUrl(session, 100));
        QList<int> requestsSentByEachPage;
        connect(&fetch, &PagedFetch::page, this, [&](const nlohmann::json&, int) {
            requestsSentByEachPage.append(sent.count);
        });
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(fetch.pagesFetched(), 3);
        QCOMPARE(sent.count, 3);
        // Page n came after request n + 1 went out; the last page has no next one.
        QCOMPARE(requestsSentByEachPage.size(), 3);
        QVERIFY2(requestsSentByEachPage[0] >= 2 && requestsSentByEachPage[1] >= 3,
                 qPrintable(QStringLiteral("%1 %2").arg(requestsSentByEachPage[0]).arg(requestsSentByEachPage[1])));
    }

    // Pages are read off the window's thread by the items reader, and come in their order.
    void readerRunsOffTheWindowThreadInOrder()
    {
        SeededSandbox seeded;
        QVERIFY(seeded.start(QStringLiteral("large:450")));
        ApiSession& session = *seeded.session;

        PagedFetch fetch(&session, customersUrl(session, 50));
        std::atomic_bool readOnThisThread { false };
        QThread* const windowThread = QThread::currentThread();
        fetch.setItemsReader([&](nlohmann::json items, QString*) -> std::any {
            readOnThisThread = readOnThisThread || QThread::currentThread() == windowThread;
            std::vector<std::string> ids;
            for (const auto& item : items) {
                ids.push_back(item.value("id", std::string()));
            }
            return ids;
        });
        std::vector<std::string> paged;
        QList<int> pageNumbers;
        connect(&fetch, &PagedFetch::pageRead, this, [&](const std::any& read, int pageNumber) {
            const auto& ids = std::any_cast<const std::vector<std::string>&>(read);
            paged.insert(paged.end(), ids.begin(), ids.end());
            pageNumbers.append(pageNumber);
        });
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!readOnThisThread);
        QCOMPARE(pageNumbers, (QList<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9 }));

        std::vector<std::string> whole;
        PagedFetch reference(&session, customersUrl(session, 100));
        connect(&reference, &PagedFetch::page, this, [&](const nlohmann::json& items, int) {
            for (const auto& item : items) {
                whole.push_back(item.value("id", std::string()));
            }
        });
        QSignalSpy referenceFinished(&reference, &PagedFetch::finished);
        reference.start();
        QVERIFY(referenceFinished.wait(60000));
        QCOMPARE(paged.size(), std::size_t(450));
        QVERIFY(paged == whole);
    }

    // The pages before an error are still handed over, then the error.
    void pagesBeforeAnErrorComeFirst()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.answers[QByteArrayLiteral("/v1/list")]
            = { 200, R"({"items":[{"id":"a"},{"id":"b"}]})", server.link(QByteArrayLiteral("/v1/list2")) };
        server.answers[QByteArrayLiteral("/v1/list2")] = { 404, R"({"message":"gone"})", {} };
        StaticTokenProvider tokens(QStringLiteral("token"));
        ApiSession session(server.baseUrl(), &tokens);
        PagedFetch fetch(&session, session.urlFor(QStringLiteral("list")));
        int itemsBeforeTheEnd = 0;
        bool ended = false;
        connect(&fetch, &PagedFetch::page, this, [&](const nlohmann::json& items, int) {
            if (!ended) {
                itemsBeforeTheEnd += static_cast<int>(items.size());
            }
        });
        connect(&fetch, &PagedFetch::finished, this, [&] { ended = true; });
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(fetch.error()->httpStatus, 404);
        QCOMPARE(itemsBeforeTheEnd, 2);
    }

    // A page whose items cannot be read ends the list with an error that says so, instead of an empty page.
    void unreadableItemsEndTheListWithAnError()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.answers[QByteArrayLiteral("/v1/list")]
            = { 200, R"({"items":[{"id":"a"}]})", server.link(QByteArrayLiteral("/v1/list2")) };
        server.answers[QByteArrayLiteral("/v1/list2")] = { 200, R"({"items":[{"id":"b"},42]})", {} };
        StaticTokenProvider tokens(QStringLiteral("token"));
        ApiSession session(server.baseUrl(), &tokens);
        PagedFetch fetch(&session, session.urlFor(QStringLiteral("list")));
        fetch.setItemsReader([](nlohmann::json items, QString* error) -> std::any {
            for (const auto& item : items) {
                if (!item.is_object()) {
                    *error = QStringLiteral("An item is not an object.");
                }
            }
            return static_cast<int>(items.size());
        });
        QList<int> pages;
        connect(&fetch, &PagedFetch::pageRead, this, [&](const std::any& read, int) {
            pages.append(std::any_cast<int>(read));
        });
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(pages, QList<int> { 1 });
        QCOMPARE(fetch.error()->kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(fetch.error()->message.contains(QStringLiteral("An item is not an object.")),
                 qPrintable(fetch.error()->message));
    }

    // A reader that cancels in the middle of the list also cancels the page asked for ahead: no page comes after.
    void cancelWhileReadingStopsThePageAhead()
    {
        SeededSandbox seeded;
        QVERIFY(seeded.start(QStringLiteral("large:250")));
        ApiSession& session = *seeded.session;

        PagedFetch fetch(&session, customersUrl(session, 100));
        int pages = 0;
        connect(&fetch, &PagedFetch::page, this, [&](const nlohmann::json&, int) {
            ++pages;
            fetch.cancel();
        });
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(fetch.error()->kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(session.findChildren<ApiRequest*>().isEmpty(), 10000);
        QCOMPARE(pages, 1);
        QCOMPARE(finished.count(), 1);
    }

    void errorStopsTheFetch()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options()));
        StaticTokenProvider tokens(QStringLiteral("wrong"));
        ApiSession session(sandbox.baseUrl(), &tokens);
        PagedFetch fetch(&session, session.urlFor(QStringLiteral("wholesale/customers")));
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(fetch.error()->httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(TestPagedFetch)
#include "tst_PagedFetch.moc"
