#include "api/SecretRedactor.h"

#include <QTest>

using onboarder::api::SecretRedactor;

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("access_token") << QStringLiteral("access_token") << true;
        QTest::newRow("refresh_token") << QStringLiteral("refresh_token") << true;
        QTest::newRow("clientSecret") << QStringLiteral("clientSecret") << true;
        QTest::newRow("client_secret") << QStringLiteral("client_secret") << true;
        QTest::newRow("Authorization") << QStringLiteral("Authorization") << true;
        QTest::newRow("password") << QStringLiteral("Password") << true;
        QTest::newRow("oauth code") << QStringLiteral("code") << true;
        QTest::newRow("errorCode") << QStringLiteral("errorCode") << false;
        QTest::newRow("countryCode") << QStringLiteral("countryCode") << false;
        QTest::newRow("email") << QStringLiteral("email") << false;
        QTest::newRow("externalId") << QStringLiteral("externalId") << false;
    }

    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(SecretRedactor::isSecretName(name), secret);
    }

    void redactsNestedJson()
    {
        const QByteArray body = R"({"externalId":"crm-1","auth":{"refresh_token":"RT-SECRET"},
            "list":[{"clientSecret":"CS-SECRET"}],"customerInfo":{"primaryEmail":"a@b.example"}})";
        const QString summary = SecretRedactor::summarizeBody(body);
        QVERIFY(!summary.contains(QStringLiteral("RT-SECRET")));
        QVERIFY(!summary.contains(QStringLiteral("CS-SECRET")));
        QVERIFY(summary.contains(QStringLiteral("crm-1")));
        QVERIFY(summary.contains(QStringLiteral("a@b.example")));
        QVERIFY(summary.contains(SecretRedactor::marker()));
    }

    void redactsFormBodies()
    {
        const QString summary = SecretRedactor::summarizeBody(
            "grant_type=refresh_token&refresh_token=RT-SECRET&client_id=abc&client_secret=CS-SECRET");
        QVERIFY(!summary.contains(QStringLiteral("RT-SECRET")));
        QVERIFY(!summary.contains(QStringLiteral("CS-SECRET")));
        QVERIFY(summary.contains(QStringLiteral("client_id=abc")));
    }

    void unreadableBodiesAreNotKept()
    {
        const QString summary = SecretRedactor::summarizeBody("{not json but token=XYZ-SECRET");
        QVERIFY(!summary.contains(QStringLiteral("XYZ-SECRET")));
    }

    void longBodiesAreCut()
    {
        const QByteArray body = "{\"name\":\"" + QByteArray(5000, 'a') + "\"}";
        QVERIFY(SecretRedactor::summarizeBody(body, 100).size() <= 101);
    }

    void redactsQuery()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1/v1/access_token?code=C-SECRET&state=s1&orgId=o"));
        const QString text = SecretRedactor::redactedPathAndQuery(url);
        QVERIFY(!text.contains(QStringLiteral("C-SECRET")));
        QVERIFY(text.contains(QStringLiteral("state=s1")));
        QVERIFY(text.startsWith(QStringLiteral("/v1/access_token?")));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_SecretRedactor.moc"
