#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/PagedFetch.h"
#include "api/TokenProvider.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace onboarder::api;
using onboarder::testsupport::SandboxFixture;

// Paging through a real listing of the sandbox, page by page, with filters kept.
class TestPagedFetch : public QObject
{
    Q_OBJECT

private slots:
    void fetchesEveryPageOnce()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("large:250"))));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("max"), QStringLiteral("100"));
        PagedFetch fetch(&session, session.urlFor(QStringLiteral("wholesale/customers"), query));
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
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(SandboxFixture::options(QStringLiteral("large:300"))));
        StaticTokenProvider tokens(sandbox.token());
        ApiSession session(sandbox.baseUrl(), &tokens);

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
