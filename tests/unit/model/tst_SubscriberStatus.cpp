#include "model/SubscriberStatus.h"

#include <QTest>

using namespace onboarder::model;

Q_DECLARE_METATYPE(SubscriberStatus)

// Subscriber status: the two documented values; anything else is kept as received.
class tst_SubscriberStatus : public QObject
{
    Q_OBJECT

private slots:
    void wire_data();
    void wire();
    void unknownValueIsKept();
    void emptyValue();
};

void tst_SubscriberStatus::wire_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SubscriberStatus>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("provisioned") << QStringLiteral("provisioned") << SubscriberStatus(SubscriberStatus::Provisioned)
                                 << true;
    QTest::newRow("pending_user_migration") << QStringLiteral("pending_user_migration")
                                            << SubscriberStatus(SubscriberStatus::PendingUserMigration) << false;
}

void tst_SubscriberStatus::wire()
{
    QFETCH(QString, text);
    QFETCH(SubscriberStatus, status);
    QFETCH(bool, terminal);
    const SubscriberStatus parsed = SubscriberStatus::fromWire(text);
    QVERIFY(parsed == status);
    QCOMPARE(parsed.toWire(), text);
    QCOMPARE(parsed.isTerminal(), terminal);
    QVERIFY(!parsed.isEmpty());
    QVERIFY(!parsed.displayName().isEmpty());
    QVERIFY(parsed.displayName() != text); // a translated name, not the wire text
}

void tst_SubscriberStatus::unknownValueIsKept()
{
    const SubscriberStatus parsed = SubscriberStatus::fromWire(QStringLiteral("error"));
    QCOMPARE(parsed.value(), SubscriberStatus::Unknown);
    QCOMPARE(parsed.toWire(), QStringLiteral("error"));
    QCOMPARE(parsed.displayName(), QStringLiteral("error"));
    QVERIFY(!parsed.isTerminal());
    QVERIFY(!parsed.isEmpty());
    QVERIFY(parsed != SubscriberStatus::fromWire(QStringLiteral("something_else")));
    // Wire values are case-sensitive.
    QCOMPARE(SubscriberStatus::fromWire(QStringLiteral("PROVISIONED")).value(), SubscriberStatus::Unknown);
}

void tst_SubscriberStatus::emptyValue()
{
    const SubscriberStatus empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.toWire().isEmpty());
    QVERIFY(!empty.isTerminal());
    QVERIFY(empty == SubscriberStatus::fromWire(QString()));
}

QTEST_GUILESS_MAIN(tst_SubscriberStatus)
#include "tst_SubscriberStatus.moc"
