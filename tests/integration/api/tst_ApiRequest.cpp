#include "SandboxFixture.h"
#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace onboarder::api;
using onboarder::testsupport::SandboxFixture;

// The request job against the real sandbox over loopback HTTP: auth, tracking IDs, retries, the shared 429 pause.
class TestApiRequest : public QObject
{
    Q_OBJECT

private:
    static QByteArray errorText(const ApiResponse& response)
    {
        return response.error ? response.error->toSupportText().toUtf8() : QByteArray();
    }

    // Runs one request to the end and returns its response.
    static ApiResponse run(ApiSession& session, const QByteArray& method, const QUrl& url, const QByteArray& body = {})
    {
        ApiRequest* request = session.send(method, url, body);
        request->setAutoDelete(false);
        QSignalSpy done(request, &ApiRequest::finished);
        if (!done.wait(60000)) {
            qWarning("request did not finish");
        }
        ApiResponse response = request->response();
        delete request;
        return response;
    }

    // Every reply the session's network manager saw, including the 429s and 5xx the job hid from its caller.
    struct Wire
    {
        struct Answer
        {
            qint64 atMs;
            int status;
            QByteArray retryAfter;
            QByteArray method;
        };
        QElapsedTimer clock;
        QList<Answer> answers;
        explicit Wire(ApiSession& session)
        {
            clock.start();
            QObject::connect(
                session.network(), &QNetworkAccessManager::finished, session.network(), [this](QNetworkReply* reply) {
                    answers.append({ clock.elapsed(),
                                     reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                     reply->rawHeader("Retry-After"),
                                     reply->operation() == QNetworkAccessManager::GetOperation ? QByteArray("GET")
                                                                                               : QByteArray("OTHER") });
                });
        }
        int count(int status) const
        {
            return static_cast<int>(
                std::count_if(answers.begin(), answers.end(), [&](const Answer& a) { return a.status == status; }));
        }
    };

private slots:
    void getWithTokenSendsAndEchoesTrackingId()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options()));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        const ApiResponse response = run(session, "GET", session.urlFor(QStringLiteral("wholesale/customers")));
        QVERIFY2(response.ok(), errorText(response).constData());
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.trackingId.startsWith(QStringLiteral("ONBOARDER_")));
        QVERIFY(response.body.contains("\"items\""));
    }

    void unauthorizedGivesMessageAndTrackingId()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options()));
        StaticTokenProvider tokens(QStringLiteral("not-a-valid-token"));
        ApiSession session(sandbox.baseUrl(), &tokens);
        const ApiResponse response = run(session, "GET", session.urlFor(QStringLiteral("wholesale/customers")));
        QVERIFY(!response.ok());
        QCOMPARE(response.error->httpStatus, 401);
        QVERIFY(!response.error->message.isEmpty());
        QVERIFY(!response.error->trackingId.isEmpty());
    }

    void plainHttpToARemoteHostIsRefused()
    {
        StaticTokenProvider tokens(QStringLiteral("t"));
        ApiSession session(QUrl(QStringLiteral("http://webexapis.example/v1")), &tokens);
        const ApiResponse response = run(session, "GET", session.urlFor(QStringLiteral("wholesale/customers")));
        QVERIFY(!response.ok());
        QCOMPARE(response.error->kind, ApiError::Kind::Configuration);
        QCOMPARE(response.attempts, 0); // nothing was sent
    }

    void retryAfterIsHonouredAndShared()
    {
        auto options = SandboxFixture::options();
        options.rateLimitPerSecond = 1;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        Wire wire(session);
        QSignalSpy paused(&session, &ApiSession::rateLimited);
        // Answers seen when the first pause began, and when the gate said that pause would end (the wire sees each
        // answer before the job). The gate's own "resumed" signal comes on its next tick, which may be after the
        // held-back requests went out, so the end is taken from the pause itself.
        int answersAtPause = -1;
        qint64 pauseEndsAtMs = -1;
        connect(&session, &ApiSession::rateLimited, this, [&] {
            if (answersAtPause < 0) {
                answersAtPause = static_cast<int>(wire.answers.size());
                pauseEndsAtMs = wire.clock.elapsed() + session.rateLimitGate()->remaining().count();
            }
        });

        // Three reads at once against one request per second: the server answers 429 to some; every request must
        // still succeed, and none may be sent again while the pause the 429 imposed lasts.
        QList<ApiRequest*> requests;
        for (int i = 0; i < 3; ++i) {
            ApiRequest* request = session.send("GET", session.urlFor(QStringLiteral("wholesale/customers")));
            request->setAutoDelete(false);
            requests.append(request);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(requests.begin(), requests.end(), [](ApiRequest* r) { return r->isFinished(); }), 30000);
        for (ApiRequest* request : requests) {
            QVERIFY2(request->response().ok(), errorText(request->response()).constData());
        }
        qDeleteAll(requests);

        QVERIFY(wire.count(429) >= 1);
        QVERIFY(paused.count() >= 1);
        // Counted in events, not milliseconds: while the gate is shut only the requests already in flight when the
        // 429 came may answer; a request sent during the pause would add an answer beyond them.
        QVERIFY(answersAtPause >= 1);
        const int inFlightAtPause = 3 - answersAtPause;
        int duringPause = 0;
        int afterPause = 0;
        for (int i = answersAtPause; i < wire.answers.size(); ++i) {
            (wire.answers.at(i).atMs < pauseEndsAtMs ? duringPause : afterPause) += 1;
        }
        QVERIFY2(duringPause <= inFlightAtPause,
                 qPrintable(QStringLiteral("%1 answers during the pause, %2 requests were in flight")
                                .arg(duringPause)
                                .arg(inFlightAtPause)));
        // The requests held back were sent once it ended.
        QVERIFY(afterPause > 0);
    }

    void aRateLimitedProfileIsPacedInsteadOfBursting()
    {
        auto options = SandboxFixture::options();
        options.rateLimitPerSecond = 20;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        Wire wire(session); // six at once stay on the session's first network manager, which it watches
        QSignalSpy paused(&session, &ApiSession::rateLimited);
        QVERIFY(!session.pacer()->rate());

        // 120 reads kept six at a time, as a bulk run keeps them. Unpaced, each refill of the server's bucket would be
        // spent at once and end in a 429 for every one of the six in flight.
        constexpr int total = 120;
        constexpr int atOnce = 6;
        int started = 0;
        int finished = 0;
        QStringList failures;
        std::function<void()> startOne = [&] {
            ++started;
            ApiRequest* request = session.send("GET", session.urlFor(QStringLiteral("wholesale/customers")));
            connect(request, &ApiRequest::finished, this, [&](ApiRequest* done) {
                ++finished;
                if (!done->response().ok()) {
                    failures << done->response().error->toSupportText();
                }
                if (started < total) {
                    startOne();
                }
            });
        };
        for (int i = 0; i < atOnce; ++i) {
            startOne();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, total, 60000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        QVERIFY(paused.count() >= 1);
        QVERIFY(session.pacer()->rate().has_value());
        // Only the first burst has all six in flight when the bucket runs dry. Once paced, requests go out one by one,
        // so each later pause comes of one 429, now and then of one more that was still on its way.
        const int allowed = atOnce + 2 * (static_cast<int>(paused.count()) - 1);
        QVERIFY2(wire.count(429) <= allowed,
                 qPrintable(QStringLiteral("%1 answers 429 over %2 pauses; at most %3 expected")
                                .arg(wire.count(429))
                                .arg(paused.count())
                                .arg(allowed)));
    }

    void readsAreRetriedThroughInjectedFailures()
    {
        auto options = SandboxFixture::options();
        options.failRate = 0.3;
        options.failSeed = 7;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        session.retryPolicy().setBaseDelay(std::chrono::milliseconds(20));
        session.retryPolicy().setMaxAttempts(8);
        Wire wire(session);
        for (int i = 0; i < 20; ++i) {
            const ApiResponse response = run(session, "GET", session.urlFor(QStringLiteral("wholesale/customers")));
            QVERIFY2(response.ok(), errorText(response).constData());
        }
        QVERIFY2(wire.count(502) + wire.count(503) > 0, "the sandbox injected no failures");
    }

    void writesAreNotRetriedBlindly()
    {
        auto options = SandboxFixture::options();
        options.failRate = 1.0; // every request fails
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        Wire wire(session);
        const ApiResponse response
            = run(session, "POST", session.urlFor(QStringLiteral("wholesale/customers")), R"({"externalId":"x"})");
        QVERIFY(!response.ok());
        QVERIFY(response.error->httpStatus == 502 || response.error->httpStatus == 503);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(wire.answers.size(), 1);
    }

    void cancelEndsAtOnce()
    {
        auto options = SandboxFixture::options();
        options.latencyMs = 3000;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        ApiRequest* request = session.send("GET", session.urlFor(QStringLiteral("wholesale/customers")));
        request->setAutoDelete(false);
        QSignalSpy done(request, &ApiRequest::finished);
        QTest::qWait(100);
        request->cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(request->response().error->kind, ApiError::Kind::Cancelled);
        delete request;
    }

    void timeoutIsReported()
    {
        auto options = SandboxFixture::options();
        options.latencyMs = 3000;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);
        session.setTimeout(std::chrono::milliseconds(300));
        const ApiResponse response
            = run(session, "POST", session.urlFor(QStringLiteral("wholesale/customers/validate")), R"({})");
        QVERIFY(!response.ok());
        QCOMPARE(response.error->kind, ApiError::Kind::Timeout);
        QVERIFY(response.error->isAmbiguous());
    }
};

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_ApiRequest.moc"
