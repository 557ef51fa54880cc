#include "model/SubPartnerState.h"

#include <QTest>

using namespace onboarder::model;

Q_DECLARE_METATYPE(SubPartnerState)

// Sub-partner provisioning state: active may provision, suspended may only delete.
class tst_SubPartnerState : public QObject
{
    Q_OBJECT

private slots:
    void wire_data();
    void wire();
    void unknownValueIsKept();
    void emptyValue();
};

void tst_SubPartnerState::wire_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SubPartnerState>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("active") << QStringLiteral("active") << SubPartnerState(SubPartnerState::Active) << true;
    QTest::newRow("suspended") << QStringLiteral("suspended") << SubPartnerState(SubPartnerState::Suspended) << true;
}

void tst_SubPartnerState::wire()
{
    QFETCH(QString, text);
    QFETCH(SubPartnerState, status);
    QFETCH(bool, terminal);
    const SubPartnerState parsed = SubPartnerState::fromWire(text);
    QVERIFY(parsed == status);
    QCOMPARE(parsed.toWire(), text);
    QCOMPARE(parsed.isTerminal(), terminal);
    QVERIFY(!parsed.isEmpty());
    QVERIFY(!parsed.displayName().isEmpty());
    QVERIFY(parsed.displayName() != text); // a translated name, not the wire text
}

void tst_SubPartnerState::unknownValueIsKept()
{
    const SubPartnerState parsed = SubPartnerState::fromWire(QStringLiteral("onboarding"));
    QCOMPARE(parsed.value(), SubPartnerState::Unknown);
    QCOMPARE(parsed.toWire(), QStringLiteral("onboarding"));
    QCOMPARE(parsed.displayName(), QStringLiteral("onboarding"));
    QVERIFY(!parsed.isTerminal());
    QVERIFY(!parsed.isEmpty());
    QVERIFY(parsed != SubPartnerState::fromWire(QStringLiteral("something_else")));
    // Wire values are case-sensitive.
    QCOMPARE(SubPartnerState::fromWire(QStringLiteral("ACTIVE")).value(), SubPartnerState::Unknown);
}

void tst_SubPartnerState::emptyValue()
{
    const SubPartnerState empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.toWire().isEmpty());
    QVERIFY(!empty.isTerminal());
    QVERIFY(empty == SubPartnerState::fromWire(QString()));
}

QTEST_GUILESS_MAIN(tst_SubPartnerState)
#include "tst_SubPartnerState.moc"
