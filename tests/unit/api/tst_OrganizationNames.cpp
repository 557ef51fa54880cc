#include "api/OrganizationNames.h"

#include <QTest>

using onboarder::api::OrganizationNames;

// The reader of GET /organizations: every organization with an ID and a name, nothing made up from a broken answer.
class tst_OrganizationNames : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryOrganization();
    void skipsEntriesWithoutIdOrName();
    void refusesAnAnswerWithoutItems();
};

void tst_OrganizationNames::readsEveryOrganization()
{
    const auto names = OrganizationNames::read(
        R"({"items":[{"id":"O1","displayName":"Kaffebryggeriet Göteborg AB","created":"2015-10-18T14:26:16+00:00"},
                     {"id":"O2","displayName":"Acme, Inc."}]})");
    QVERIFY(names.ok());
    QCOMPARE(names.value->size(), 2);
    QCOMPARE(names.value->value(QStringLiteral("O1")), QStringLiteral("Kaffebryggeriet Göteborg AB"));
    QCOMPARE(names.value->value(QStringLiteral("O2")), QStringLiteral("Acme, Inc."));
}

void tst_OrganizationNames::skipsEntriesWithoutIdOrName()
{
    const auto names = OrganizationNames::read(
        R"({"items":[{"id":"O1"},{"displayName":"No ID"},{"id":"O3","displayName":7},"text",{"id":"O4","displayName":"Ok"}]})");
    QVERIFY(names.ok());
    QCOMPARE(names.value->size(), 1);
    QCOMPARE(names.value->value(QStringLiteral("O4")), QStringLiteral("Ok"));
}

void tst_OrganizationNames::refusesAnAnswerWithoutItems()
{
    QVERIFY(!OrganizationNames::read("{}").ok());
    QVERIFY(!OrganizationNames::read("not json").ok());
    QVERIFY(!OrganizationNames::read(R"({"items":{}})").ok());
    QVERIFY(OrganizationNames::read(R"({"items":[]})").value->isEmpty());
}

QTEST_GUILESS_MAIN(tst_OrganizationNames)
#include "tst_OrganizationNames.moc"
