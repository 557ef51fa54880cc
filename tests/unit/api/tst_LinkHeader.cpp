#include "api/LinkHeader.h"

#include <QTest>
#include <QUrlQuery>

using onboarder::api::LinkHeader;

class TestLinkHeader : public QObject
{
    Q_OBJECT

private slots:
    void parsesRelations()
    {
        const QByteArray header = R"(<https://webexapis.com/v1/wholesale/customers?offset=100&max=100>; rel="next", )"
                                  R"(<https://webexapis.com/v1/wholesale/customers?offset=0&max=100>; rel="prev")";
        const auto links = LinkHeader::parse(header);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.value(QStringLiteral("next")),
                 QUrl(QStringLiteral("https://webexapis.com/v1/wholesale/customers?offset=100&max=100")));
        QCOMPARE(links.value(QStringLiteral("prev")).query(), QStringLiteral("offset=0&max=100"));
    }

    void toleratesOddSpacingAndCase()
    {
        const auto links = LinkHeader::parse(R"(<http://h/x?a=1>;REL=next ,<http://h/y>; rel="first last")");
        QCOMPARE(links.value(QStringLiteral("next")), QUrl(QStringLiteral("http://h/x?a=1")));
        QCOMPARE(links.value(QStringLiteral("first")), QUrl(QStringLiteral("http://h/y")));
        QCOMPARE(links.value(QStringLiteral("last")), QUrl(QStringLiteral("http://h/y")));
    }

    void garbageGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no brackets") << QByteArray("https://x; rel=next");
        QTest::newRow("unterminated") << QByteArray("<https://x; rel=next");
        QTest::newRow("no rel") << QByteArray("<https://x>; title=\"a,b\"");
    }

    void garbageGivesNothing()
    {
        QFETCH(QByteArray, header);
        QVERIFY(LinkHeader::parse(header).isEmpty());
    }

    void nextPageRestoresDroppedFilters()
    {
        const QUrl request(QStringLiteral("https://h/v1/wholesale/customers?status=error&status=provisioning&max=50"));
        const QByteArray header = "<https://h/v1/wholesale/customers?offset=50&max=50>; rel=\"next\"";
        const QUrlQuery next(LinkHeader::nextPage(header, request));
        QCOMPARE(next.queryItemValue(QStringLiteral("offset")), QStringLiteral("50"));
        QCOMPARE(next.allQueryItemValues(QStringLiteral("status")),
                 (QStringList { QStringLiteral("error"), QStringLiteral("provisioning") }));
        QCOMPARE(next.allQueryItemValues(QStringLiteral("max")), QStringList { QStringLiteral("50") });
    }

    void nextPageKeepsLinkOffset()
    {
        const QUrl request(QStringLiteral("https://h/v1/x?offset=0&externalId=a%26b"));
        const QUrl next = LinkHeader::nextPage("<https://h/v1/x?offset=100>; rel=\"next\"", request);
        const QUrlQuery query(next);
        QCOMPARE(query.queryItemValue(QStringLiteral("offset")), QStringLiteral("100"));
        QCOMPARE(query.queryItemValue(QStringLiteral("externalId"), QUrl::FullyDecoded), QStringLiteral("a&b"));
    }

    void relativeNextIsResolved()
    {
        const QUrl next
            = LinkHeader::nextPage("</v1/x?offset=10>; rel=\"next\"", QUrl(QStringLiteral("http://127.0.0.1:9/v1/x")));
        QCOMPARE(next, QUrl(QStringLiteral("http://127.0.0.1:9/v1/x?offset=10")));
    }

    void noNextGivesEmptyUrl()
    {
        QVERIFY(LinkHeader::nextPage("<https://h/x>; rel=\"prev\"", QUrl(QStringLiteral("https://h/x"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_LinkHeader.moc"
