#include "model/PackageStatus.h"

#include <QTest>

using namespace onboarder::model;

Q_DECLARE_METATYPE(PackageStatus)

// Package status of resourceDetails.packages[]: wire values, terminal states, unknown values kept.
class tst_PackageStatus : public QObject
{
    Q_OBJECT

private slots:
    void wire_data();
    void wire();
    void unknownValueIsKept();
    void emptyValue();
};

void tst_PackageStatus::wire_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PackageStatus>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("provisioned") << QStringLiteral("provisioned") << PackageStatus(PackageStatus::Provisioned) << true;
    QTest::newRow("provisioning") << QStringLiteral("provisioning") << PackageStatus(PackageStatus::Provisioning)
                                  << false;
    QTest::newRow("deleting") << QStringLiteral("deleting") << PackageStatus(PackageStatus::Deleting) << false;
    QTest::newRow("error") << QStringLiteral("error") << PackageStatus(PackageStatus::Error) << true;
}

void tst_PackageStatus::wire()
{
    QFETCH(QString, text);
    QFETCH(PackageStatus, status);
    QFETCH(bool, terminal);
    const PackageStatus parsed = PackageStatus::fromWire(text);
    QVERIFY(parsed == status);
    QCOMPARE(parsed.toWire(), text);
    QCOMPARE(parsed.isTerminal(), terminal);
    QVERIFY(!parsed.isEmpty());
    QVERIFY(!parsed.displayName().isEmpty());
    QVERIFY(parsed.displayName() != text); // a translated name, not the wire text
}

void tst_PackageStatus::unknownValueIsKept()
{
    const PackageStatus parsed = PackageStatus::fromWire(QStringLiteral("paused"));
    QCOMPARE(parsed.value(), PackageStatus::Unknown);
    QCOMPARE(parsed.toWire(), QStringLiteral("paused"));
    QCOMPARE(parsed.displayName(), QStringLiteral("paused"));
    QVERIFY(!parsed.isTerminal());
    QVERIFY(!parsed.isEmpty());
    QVERIFY(parsed != PackageStatus::fromWire(QStringLiteral("something_else")));
    // Wire values are case-sensitive.
    QCOMPARE(PackageStatus::fromWire(QStringLiteral("PROVISIONED")).value(), PackageStatus::Unknown);
}

void tst_PackageStatus::emptyValue()
{
    const PackageStatus empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.toWire().isEmpty());
    QVERIFY(!empty.isTerminal());
    QVERIFY(empty == PackageStatus::fromWire(QString()));
}

QTEST_GUILESS_MAIN(tst_PackageStatus)
#include "tst_PackageStatus.moc"
