#include "api/ApiError.h"

#include <QTest>

using onboarder::api::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void readsWebexErrorBody()
    {
        const QByteArray body = R"({"message":"The request could not be processed.",
            "errors":[{"description":"Email already associated with an existing user.","errorCode":10022}],
            "trackingId":"ROUTER_62F66055-8D70-01BB-0137-AC10A8310137"})";
        const ApiError error = ApiError::fromHttpResponse(409, body, QString());
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 409);
        QCOMPARE(error.message, QStringLiteral("The request could not be processed."));
        QCOMPARE(error.errors.size(), 1);
        QCOMPARE(error.firstErrorCode(), QStringLiteral("10022"));
        QCOMPARE(error.trackingId, QStringLiteral("ROUTER_62F66055-8D70-01BB-0137-AC10A8310137"));
        const QString text = error.toSupportText();
        QVERIFY(text.contains(QStringLiteral("10022")));
        QVERIFY(text.contains(QStringLiteral("ROUTER_62F66055")));
        QVERIFY(text.contains(QStringLiteral("409")));
    }

    void headerTrackingIdWins()
    {
        const ApiError error
            = ApiError::fromHttpResponse(400, R"({"message":"x","trackingId":"BODY"})", QStringLiteral("HEADER"));
        QCOMPARE(error.trackingId, QStringLiteral("HEADER"));
    }

    void toleratesOtherBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("empty") << QByteArray() << 503;
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << 502;
        QTest::newRow("array") << QByteArray("[1,2]") << 400;
        QTest::newRow("wrong types") << QByteArray(R"({"message":5,"errors":"x","trackingId":[]})") << 400;
        QTest::newRow("errors entries not objects") << QByteArray(R"({"errors":[1,"a",null]})") << 400;
        QTest::newRow("string code") << QByteArray(
            R"({"errors":[{"description":"Number in use","errorCode":"WXC-4201"}]})")
                                     << 400;
    }

    void toleratesOtherBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const ApiError error = ApiError::fromHttpResponse(status, body, QStringLiteral("T1"));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.trackingId, QStringLiteral("T1"));
    }

    void ambiguity_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("transient");
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << true << true;
        QTest::newRow("reset") << int(ApiError::Kind::Transport) << 0 << true << true;
        QTest::newRow("500") << int(ApiError::Kind::Http) << 500 << true << true;
        QTest::newRow("502") << int(ApiError::Kind::Http) << 502 << true << true;
        QTest::newRow("504") << int(ApiError::Kind::Http) << 504 << true << true;
        QTest::newRow("503 means not done") << int(ApiError::Kind::Http) << 503 << false << true;
        QTest::newRow("429 means not done") << int(ApiError::Kind::Http) << 429 << false << true;
        QTest::newRow("400") << int(ApiError::Kind::Http) << 400 << false << false;
        QTest::newRow("409") << int(ApiError::Kind::Http) << 409 << false << false;
        QTest::newRow("tls") << int(ApiError::Kind::Tls) << 0 << false << false;
        QTest::newRow("cancelled") << int(ApiError::Kind::Cancelled) << 0 << false << false;
    }

    void ambiguity()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, ambiguous);
        QFETCH(bool, transient);
        ApiError error = ApiError::make(static_cast<ApiError::Kind>(kind), QStringLiteral("m"));
        error.httpStatus = status;
        QCOMPARE(error.isAmbiguous(), ambiguous);
        QCOMPARE(error.isTransient(), transient);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_ApiError.moc"
