#include "jobs/calling/LocationCallingPlan.h"

#include <QTest>

using onboarder::jobs::LocationCallingPlan;
using Kind = LocationCallingPlan::StepKind;

// The steps a calling setup sends, in the API's order and in requests the API accepts.
class TestLocationCallingPlan : public QObject
{
    Q_OBJECT

private:
    static QStringList numbers(const QString& prefix, int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i) {
            list.append(prefix + QString::number(100 + i));
        }
        return list;
    }

private slots:
    void everyPartInTheApiOrder()
    {
        LocationCallingPlan plan;
        plan.connectionId = QStringLiteral("ccp");
        plan.numbers = numbers(QStringLiteral("+46313300"), 3);
        plan.mainNumber = plan.numbers.at(1);
        const auto steps = plan.steps();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).kind, Kind::Connect);
        QCOMPARE(steps.at(1).kind, Kind::AddNumbers);
        QCOMPARE(steps.at(1).numbers, plan.numbers);
        QCOMPARE(steps.at(2).kind, Kind::Activate);
        QCOMPARE(steps.at(3).kind, Kind::MainNumber);
        QCOMPARE(steps.at(3).numbers, QStringList { plan.mainNumber });
    }

    void mobileNumbersGoInRequestsOf20AndAreNotActivated()
    {
        LocationCallingPlan plan;
        plan.numberType = QStringLiteral("MOBILE");
        plan.numbers = numbers(QStringLiteral("+46701234"), 45);
        const auto steps = plan.steps();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).numbers.size(), 20);
        QCOMPARE(steps.at(1).numbers.size(), 20);
        QCOMPARE(steps.at(2).numbers.size(), 5);
        QCOMPARE(steps.at(2).key, QStringLiteral("numbers-3"));
        for (const auto& step : steps) {
            QCOMPARE(step.kind, Kind::AddNumbers);
        }
        plan.numberType = QStringLiteral("DID");
        QCOMPARE(plan.steps().size(), 2); // 45 in one request, then their activation
        plan.numbers = numbers(QStringLiteral("+4631330"), 150);
        const auto large = plan.steps();
        QCOMPARE(large.size(), 4); // added and activated in requests of at most 100
        QCOMPARE(large.at(2).kind, Kind::Activate);
        QCOMPARE(large.at(3).numbers.size(), 50);
    }

    void aLocalGatewayIsAConnectionToo()
    {
        LocationCallingPlan plan;
        QVERIFY(plan.isEmpty());
        plan.premiseRouteType = QStringLiteral("TRUNK");
        plan.premiseRouteId = QStringLiteral("trunk-1");
        QVERIFY(plan.setsConnection());
        QCOMPARE(plan.steps().size(), 1);
    }

    void theHashTellsPlansApart()
    {
        LocationCallingPlan plan;
        plan.locationId = QStringLiteral("loc");
        plan.numbers = numbers(QStringLiteral("+46313300"), 2);
        LocationCallingPlan same = plan;
        QCOMPARE(same.hash(), plan.hash());
        same.numberType = QStringLiteral("DID"); // the API's default, spelled out
        QCOMPARE(same.hash(), plan.hash());
        LocationCallingPlan other = plan;
        other.mainNumber = plan.numbers.first();
        QVERIFY(other.hash() != plan.hash());
        other = plan;
        other.activate = false;
        QVERIFY(other.hash() != plan.hash());
    }
};

QTEST_GUILESS_MAIN(TestLocationCallingPlan)
#include "tst_LocationCallingPlan.moc"
