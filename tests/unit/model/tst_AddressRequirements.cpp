#include "model/AddressRequirements.h"

#include <QTest>

using namespace onboarder::model;

// Our documented rule for which address parts a country needs.
class tst_AddressRequirements : public QObject
{
    Q_OBJECT

private slots:
    void requirements_data();
    void requirements();
};

void tst_AddressRequirements::requirements_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("state");
    QTest::addColumn<bool>("postalCode");
    QTest::newRow("US") << QStringLiteral("US") << true << true;
    QTest::newRow("CA") << QStringLiteral("CA") << true << true;
    QTest::newRow("AU") << QStringLiteral("AU") << true << true;
    QTest::newRow("SE") << QStringLiteral("SE") << false << true;
    QTest::newRow("DE") << QStringLiteral("DE") << false << true;
    QTest::newRow("GB") << QStringLiteral("GB") << false << true;
    QTest::newRow("HK") << QStringLiteral("HK") << false << false;
    QTest::newRow("AE") << QStringLiteral("AE") << false << false;
}

void tst_AddressRequirements::requirements()
{
    QFETCH(QString, country);
    QFETCH(bool, state);
    QFETCH(bool, postalCode);
    QCOMPARE(AddressRequirements::needsStateOrProvince(country), state);
    QCOMPARE(AddressRequirements::needsPostalCode(country), postalCode);
}

QTEST_GUILESS_MAIN(tst_AddressRequirements)
#include "tst_AddressRequirements.moc"
