#include "model/CustomerStatus.h"

#include <QTest>

using namespace onboarder::model;

Q_DECLARE_METATYPE(CustomerStatus)

// Customer status: wire values, terminal states (reference §3.2, §8.1), unknown values kept.
class tst_CustomerStatus : public QObject
{
    Q_OBJECT

private slots:
    void wire_data();
    void wire();
    void unknownValueIsKept();
    void emptyValue();
};

void tst_CustomerStatus::wire_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CustomerStatus>("status");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("acceptsUsers");
    QTest::newRow("provisioned") << QStringLiteral("provisioned") << CustomerStatus(CustomerStatus::Provisioned) << true
                                 << true;
    QTest::newRow("provisioned_with_errors") << QStringLiteral("provisioned_with_errors")
                                             << CustomerStatus(CustomerStatus::ProvisionedWithErrors) << true << true;
    QTest::newRow("provisioning") << QStringLiteral("provisioning") << CustomerStatus(CustomerStatus::Provisioning)
                                  << false << false;
    QTest::newRow("updating") << QStringLiteral("updating") << CustomerStatus(CustomerStatus::Updating) << false
                              << false;
    QTest::newRow("deleting") << QStringLiteral("deleting") << CustomerStatus(CustomerStatus::Deleting) << false
                              << false;
    QTest::newRow("error") << QStringLiteral("error") << CustomerStatus(CustomerStatus::Error) << true << false;
    QTest::newRow("pending_rpl_review") << QStringLiteral("pending_rpl_review")
                                        << CustomerStatus(CustomerStatus::PendingRplReview) << false << false;
}

void tst_CustomerStatus::wire()
{
    QFETCH(QString, text);
    QFETCH(CustomerStatus, status);
    QFETCH(bool, terminal);
    QFETCH(bool, acceptsUsers);
    const CustomerStatus parsed = CustomerStatus::fromWire(text);
    QVERIFY(parsed == status);
    QCOMPARE(parsed.toWire(), text);
    QCOMPARE(parsed.isTerminal(), terminal);
    QCOMPARE(parsed.acceptsUsers(), acceptsUsers);
    QVERIFY(!parsed.isEmpty());
    QVERIFY(!parsed.displayName().isEmpty());
    QVERIFY(parsed.displayName() != text); // a translated name, not the wire text
}

void tst_CustomerStatus::unknownValueIsKept()
{
    const CustomerStatus parsed = CustomerStatus::fromWire(QStringLiteral("suspended_for_audit"));
    QCOMPARE(parsed.value(), CustomerStatus::Unknown);
    QCOMPARE(parsed.toWire(), QStringLiteral("suspended_for_audit"));
    QCOMPARE(parsed.displayName(), QStringLiteral("suspended_for_audit"));
    QVERIFY(!parsed.isTerminal());
    QVERIFY(!parsed.acceptsUsers());
    QVERIFY(!parsed.isEmpty());
    QVERIFY(parsed != CustomerStatus::fromWire(QStringLiteral("something_else")));
    // Wire values are case-sensitive.
    QCOMPARE(CustomerStatus::fromWire(QStringLiteral("PROVISIONED")).value(), CustomerStatus::Unknown);
}

void tst_CustomerStatus::emptyValue()
{
    const CustomerStatus empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.toWire().isEmpty());
    QVERIFY(!empty.isTerminal());
    QVERIFY(empty == CustomerStatus::fromWire(QString()));
}

QTEST_GUILESS_MAIN(tst_CustomerStatus)
#include "tst_CustomerStatus.moc"
