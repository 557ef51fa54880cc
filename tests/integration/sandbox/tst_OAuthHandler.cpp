// The OAuth authorization-code grant of the sandbox: authorize redirect, code exchange, refresh, expiry, the client
// check and the Service app token call.
#include "SandboxFixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace onboarder::sandbox;
using namespace onboarder::testsupport;

class TestOAuthHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authorizeRedirectsWithCodeAndState();
    void authorizeRefusesNonLoopbackRedirect();
    void exchangesCodeWithBasicAuth();
    void exchangesCodeWithFormCredentialsAndNarrowScopes();
    void codeIsSingleUse();
    void refreshIssuesNewAccessToken();
    void rejectsBadClientAndGrant();
    void tokenEndpointWantsForm();
    void accessTokenExpires();
    void refusesWrongOrUnknownClientSecret();
    void serviceAppGetsAndRenewsItsTokens();
    void serviceAppTokenNeedsTheRightPairAndScope();

private:
    QString authorize(const QString& scope = QString());
    HttpResult token(const QByteArray& form, bool basic = true);
    SandboxFixture m_sandbox;
};

void TestOAuthHandler::initTestCase()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("demo"));
    options.oauthClients.insert(QStringLiteral("client-1"), QStringLiteral("secret-1"));
    options.oauthClients.insert(QStringLiteral("other"), QStringLiteral("s"));
    QVERIFY(m_sandbox.start(options));
}

void TestOAuthHandler::cleanupTestCase()
{
    m_sandbox.stop();
}

QString TestOAuthHandler::authorize(const QString& scope)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("client-1"));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:4200/authorize"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
    if (!scope.isEmpty()) {
        query.addQueryItem(QStringLiteral("scope"), QString(scope).replace(QLatin1Char(' '), QStringLiteral("%20")));
    }
    const HttpResult result = m_sandbox.client().send(
        "GET",
        m_sandbox.client().url(QStringLiteral("/authorize?") + query.toString(QUrl::FullyEncoded)),
        {},
        {},
        false);
    const QUrl location(QString::fromUtf8(result.header("Location")));
    return QUrlQuery(location).queryItemValue(QStringLiteral("code"));
}

HttpResult TestOAuthHandler::token(const QByteArray& form, bool basic)
{
    QList<QPair<QByteArray, QByteArray>> headers = { { "Content-Type", "application/x-www-form-urlencoded" } };
    if (basic) {
        headers.append({ "Authorization", "Basic " + QByteArray("client-1:secret-1").toBase64() });
    }
    return m_sandbox.client().send(
        "POST", m_sandbox.client().url(QStringLiteral("/access_token")), form, headers, false);
}

void TestOAuthHandler::authorizeRedirectsWithCodeAndState()
{
    const HttpResult result = m_sandbox.client().send(
        "GET",
        m_sandbox.client().url(QStringLiteral("/authorize?client_id=c&response_type=code&redirect_uri=http%3A%2F%"
                                              "2Flocalhost%3A4200%2Fcb&state=s1&scope=spark%3Aall")),
        {},
        {},
        false);
    QCOMPARE(result.status, 302);
    const QUrl location(QString::fromUtf8(result.header("Location")));
    QCOMPARE(location.host(), QStringLiteral("localhost"));
    QCOMPARE(location.path(), QStringLiteral("/cb"));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
    QVERIFY(!QUrlQuery(location).queryItemValue(QStringLiteral("code")).isEmpty());
}

void TestOAuthHandler::authorizeRefusesNonLoopbackRedirect()
{
    for (const char* redirect : { "https%3A%2F%2Fexample.com%2Fcb", "http%3A%2F%2F10.0.0.1%2Fcb", "notaurl" }) {
        const HttpResult result = m_sandbox.client().send(
            "GET",
            m_sandbox.client().url(QStringLiteral("/authorize?client_id=c&response_type=code&redirect_uri=")
                                   + QString::fromLatin1(redirect)),
            {},
            {},
            false);
        QCOMPARE(result.status, 400);
        QVERIFY(result.header("Location").isEmpty());
    }
}

void TestOAuthHandler::exchangesCodeWithBasicAuth()
{
    const QString code = authorize();
    QVERIFY(!code.isEmpty());
    const HttpResult result = token("grant_type=authorization_code&code=" + code.toUtf8()
                                    + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A4200%2Fauthorize");
    QCOMPARE(result.status, 200);
    QVERIFY(result.json["access_token"].is_string());
    QVERIFY(result.json["refresh_token"].is_string());
    QCOMPARE(result.json["token_type"].get<std::string>(), std::string("Bearer"));
    QVERIFY(result.json["expires_in"].get<qint64>() > 0);
    QVERIFY(result.json["refresh_token_expires_in"].get<qint64>() > 0);
    SandboxTestClient client(m_sandbox.baseUrl(),
                             QString::fromStdString(result.json["access_token"].get<std::string>()));
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 200);
}

void TestOAuthHandler::exchangesCodeWithFormCredentialsAndNarrowScopes()
{
    const QString code = authorize(QStringLiteral("spark-admin:wholesale_customers_read spark:all"));
    const HttpResult result
        = token("grant_type=authorization_code&client_id=client-1&client_secret=secret-1&code=" + code.toUtf8(), false);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json["scope"].get<std::string>(), std::string("spark-admin:wholesale_customers_read spark:all"));
    SandboxTestClient client(m_sandbox.baseUrl(),
                             QString::fromStdString(result.json["access_token"].get<std::string>()));
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/wholesale/subscribers")).status, 403);
}

void TestOAuthHandler::codeIsSingleUse()
{
    const QString code = authorize();
    QCOMPARE(token("grant_type=authorization_code&code=" + code.toUtf8()).status, 200);
    const HttpResult again = token("grant_type=authorization_code&code=" + code.toUtf8());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json["error"].get<std::string>(), std::string("invalid_grant"));
}

void TestOAuthHandler::refreshIssuesNewAccessToken()
{
    const HttpResult first = token("grant_type=authorization_code&code=" + authorize().toUtf8());
    const QByteArray refresh = QByteArray::fromStdString(first.json["refresh_token"].get<std::string>());
    const HttpResult second = token("grant_type=refresh_token&refresh_token=" + refresh);
    QCOMPARE(second.status, 200);
    QVERIFY(second.json["access_token"] != first.json["access_token"]);
    QCOMPARE(second.json["refresh_token"].get<std::string>(), refresh.toStdString());
    SandboxTestClient client(m_sandbox.baseUrl(),
                             QString::fromStdString(second.json["access_token"].get<std::string>()));
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 200);
}

void TestOAuthHandler::rejectsBadClientAndGrant()
{
    QCOMPARE(token("grant_type=authorization_code&code=x", false).status, 401);
    QCOMPARE(token("grant_type=password&username=a").status, 400);
    QCOMPARE(token("grant_type=refresh_token&refresh_token=unknown").status, 400);
    const QString code = authorize();
    const HttpResult otherClient
        = m_sandbox.client().send("POST",
                                  m_sandbox.client().url(QStringLiteral("/access_token")),
                                  "grant_type=authorization_code&client_id=other&client_secret=s&code=" + code.toUtf8(),
                                  { { "Content-Type", "application/x-www-form-urlencoded" } },
                                  false);
    QCOMPARE(otherClient.status, 400);
}

void TestOAuthHandler::tokenEndpointWantsForm()
{
    const HttpResult result = m_sandbox.client().send("POST",
                                                      m_sandbox.client().url(QStringLiteral("/access_token")),
                                                      R"({"grant_type":"refresh_token"})",
                                                      { { "Content-Type", "application/json" } },
                                                      false);
    QCOMPARE(result.status, 415);
}

void TestOAuthHandler::accessTokenExpires()
{
    SandboxOptions options = SandboxFixture::options(QStringLiteral("empty"));
    options.accessTokenLifetimeSecs = 1;
    options.oauthClients = { { QStringLiteral("c"), QStringLiteral("s") } };
    SandboxFixture shortLived;
    QVERIFY(shortLived.start(options));
    const HttpResult redirect = shortLived.client().send(
        "GET",
        shortLived.client().url(
            QStringLiteral("/authorize?client_id=c&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb")),
        {},
        {},
        false);
    const QString code
        = QUrlQuery(QUrl(QString::fromUtf8(redirect.header("Location")))).queryItemValue(QStringLiteral("code"));
    const HttpResult issued
        = shortLived.client().send("POST",
                                   shortLived.client().url(QStringLiteral("/access_token")),
                                   "grant_type=authorization_code&client_id=c&client_secret=s&code=" + code.toUtf8(),
                                   { { "Content-Type", "application/x-www-form-urlencoded" } },
                                   false);
    QCOMPARE(issued.json["expires_in"].get<int>(), 1);
    SandboxTestClient client(shortLived.baseUrl(),
                             QString::fromStdString(issued.json["access_token"].get<std::string>()));
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 200);
    QTest::qWait(1200);
    const HttpResult expired = client.get(QStringLiteral("/wholesale/customers"));
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.json["message"].get<std::string>().find("expired") != std::string::npos);
}

void TestOAuthHandler::refusesWrongOrUnknownClientSecret()
{
    const QString code = authorize();
    const auto send = [&](const QByteArray& credentials) {
        return m_sandbox.client().send("POST",
                                       m_sandbox.client().url(QStringLiteral("/access_token")),
                                       "grant_type=authorization_code&code=" + code.toUtf8(),
                                       { { "Content-Type", "application/x-www-form-urlencoded" },
                                         { "Authorization", "Basic " + credentials.toBase64() } },
                                       false);
    };
    HttpResult refused = send("client-1:wrong-secret");
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json["error"].get<std::string>(), std::string("invalid_client"));
    QCOMPARE(send("unknown-client:secret-1").status, 401);
    // The code was not spent by the refused attempts.
    QCOMPARE(send("client-1:secret-1").status, 200);
}

void TestOAuthHandler::serviceAppGetsAndRenewsItsTokens()
{
    const nlohmann::json body
        = { { "clientId", "client-1" },
            { "clientSecret", "secret-1" },
            { "targetOrgId", m_sandbox.client().get(QStringLiteral("/organizations")).json["items"][0]["id"] } };
    const HttpResult issued = m_sandbox.client().post(QStringLiteral("/applications/app-1/token"), body);
    QCOMPARE(issued.status, 200);
    const QString access = QString::fromStdString(issued.json["access_token"].get<std::string>());
    SandboxTestClient client(m_sandbox.baseUrl(), access);
    QCOMPARE(client.get(QStringLiteral("/wholesale/customers")).status, 200);
    // Its tokens cannot fetch tokens of other apps.
    QCOMPARE(client.post(QStringLiteral("/applications/app-1/token"), body).status, 403);
    // The refresh token renews at /access_token with the Service app's own pair.
    const HttpResult renewed
        = token("grant_type=refresh_token&refresh_token=" + QByteArray::fromStdString(issued.json["refresh_token"]));
    QCOMPARE(renewed.status, 200);
    QVERIFY(renewed.json["access_token"] != issued.json["access_token"]);
}

void TestOAuthHandler::serviceAppTokenNeedsTheRightPairAndScope()
{
    const std::string org = m_sandbox.client().get(QStringLiteral("/organizations")).json["items"][0]["id"];
    nlohmann::json body = { { "clientId", "client-1" }, { "clientSecret", "wrong" }, { "targetOrgId", org } };
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/applications/app-1/token"), body).status, 401);
    body["clientSecret"] = "secret-1";
    body["targetOrgId"] = "no-such-org";
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/applications/app-1/token"), body).status, 404);
    body.erase("targetOrgId");
    QCOMPARE(m_sandbox.client().post(QStringLiteral("/applications/app-1/token"), body).status, 400);
    SandboxTestClient narrow(m_sandbox.baseUrl(), m_sandbox.mintToken({ QStringLiteral("spark:all") }));
    body["targetOrgId"] = org;
    QCOMPARE(narrow.post(QStringLiteral("/applications/app-1/token"), body).status, 403);
}

QTEST_GUILESS_MAIN(TestOAuthHandler)
#include "tst_OAuthHandler.moc"
