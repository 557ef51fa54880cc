#include "model/PackageCatalog.h"

#include <QTest>

using namespace onboarder::model;
using Package = PackageCatalog::Package;

// The package facts of reference §3.9, §4.2 and §7.5.
class tst_PackageCatalog : public QObject
{
    Q_OBJECT

private slots:
    void wireNames_data();
    void wireNames();
    void unknownPackage();
    void customerAndSubscriberEnums();
    void properties_data();
    void properties();
    void addOnDependencies();
    void tierRanks();
    void organizationLevel_data();
    void organizationLevel();
    void quantities_data();
    void quantities();
};

void tst_PackageCatalog::wireNames_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("display");
    const QList<QPair<const char*, const char*>> rows {
        { "common_area_calling", "Common Area Calling" },
        { "webex_calling", "Webex Calling" },
        { "webex_meetings", "Webex Meetings" },
        { "webex_suite", "Webex Suite" },
        { "webex_voice", "Webex Voice" },
        { "cx_essentials", "Customer Assist (CX Essentials)" },
        { "webex_calling_standard", "Webex Calling Standard" },
        { "cisco_calling_plan", "Cisco Calling Plan" },
        { "attendant_console", "Attendant Console" },
        { "cx_premium_agent", "Contact Center Premium Agent" },
        { "cx_standard_agent", "Contact Center Standard Agent" },
        { "cx_voice_ports", "Contact Center Voice Ports" },
        { "cx_ai_assistant", "Contact Center AI Assistant" },
        { "webex_ai_agent", "Webex AI Agent" },
    };
    for (const auto& row : rows) {
        QTest::newRow(row.first) << QString::fromLatin1(row.first) << QString::fromLatin1(row.second);
    }
}

void tst_PackageCatalog::wireNames()
{
    QFETCH(QString, wire);
    QFETCH(QString, display);
    const Package package = PackageCatalog::fromWire(wire);
    QVERIFY(package != Package::Unknown);
    QCOMPARE(PackageCatalog::wireName(package), wire);
    QVERIFY(PackageCatalog::isKnown(wire));
    QCOMPARE(PackageCatalog::displayName(wire), display);
    QVERIFY(PackageCatalog::isCustomerPackage(package));
}

void tst_PackageCatalog::unknownPackage()
{
    // Webex adds packages over time; an unknown one shows its wire name and has no properties.
    const QString future = QStringLiteral("webex_holodeck");
    QCOMPARE(PackageCatalog::fromWire(future), Package::Unknown);
    QVERIFY(!PackageCatalog::isKnown(future));
    QCOMPARE(PackageCatalog::displayName(future), future);
    QVERIFY(!PackageCatalog::includesCalling(future));
    QCOMPARE(PackageCatalog::tierRank(future), 0);
    QVERIFY(PackageCatalog::wireName(Package::Unknown).isEmpty());
    QVERIFY(!PackageCatalog::isKnown(QStringLiteral("WEBEX_CALLING")));
}

void tst_PackageCatalog::customerAndSubscriberEnums()
{
    QCOMPARE(PackageCatalog::customerPackages().size(), 14);
    const QList<Package> subscriber = PackageCatalog::subscriberPackages();
    const QList<Package> expected { Package::WebexCalling,     Package::WebexMeetings,  Package::WebexSuite,
                                    Package::WebexVoice,       Package::CxEssentials,   Package::WebexCallingStandard,
                                    Package::AttendantConsole, Package::CxPremiumAgent, Package::CxStandardAgent };
    QCOMPARE(subscriber, expected);
    QVERIFY(!PackageCatalog::isSubscriberPackage(Package::CommonAreaCalling));
    QVERIFY(!PackageCatalog::isSubscriberPackage(Package::CiscoCallingPlan));
    QVERIFY(!PackageCatalog::isSubscriberPackage(Package::Unknown));
}

void tst_PackageCatalog::properties_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("calling");
    QTest::addColumn<bool>("addOn");
    QTest::newRow("common area calling") << QStringLiteral("common_area_calling") << true << false;
    QTest::newRow("calling") << QStringLiteral("webex_calling") << true << false;
    QTest::newRow("meetings") << QStringLiteral("webex_meetings") << false << false;
    QTest::newRow("suite") << QStringLiteral("webex_suite") << true << false;
    QTest::newRow("voice") << QStringLiteral("webex_voice") << true << false;
    QTest::newRow("cx essentials") << QStringLiteral("cx_essentials") << true << false;
    QTest::newRow("calling standard") << QStringLiteral("webex_calling_standard") << true << false;
    QTest::newRow("calling plan") << QStringLiteral("cisco_calling_plan") << false << true;
    QTest::newRow("attendant console") << QStringLiteral("attendant_console") << false << true;
    QTest::newRow("premium agent") << QStringLiteral("cx_premium_agent") << false << false;
}

void tst_PackageCatalog::properties()
{
    QFETCH(QString, wire);
    QFETCH(bool, calling);
    QFETCH(bool, addOn);
    QCOMPARE(PackageCatalog::includesCalling(wire), calling);
    QCOMPARE(PackageCatalog::isAddOn(PackageCatalog::fromWire(wire)), addOn);
}

void tst_PackageCatalog::addOnDependencies()
{
    const QList<Package> callingPlan = PackageCatalog::addOnRequiresOneOf(Package::CiscoCallingPlan);
    QCOMPARE(callingPlan.size(), 6);
    QVERIFY(callingPlan.contains(Package::CommonAreaCalling));
    QVERIFY(callingPlan.contains(Package::WebexCallingStandard));
    QVERIFY(!callingPlan.contains(Package::WebexMeetings));
    const QList<Package> console = PackageCatalog::addOnRequiresOneOf(Package::AttendantConsole);
    QCOMPARE(console, (QList<Package> { Package::WebexCalling, Package::WebexSuite, Package::CxEssentials }));
    QVERIFY(PackageCatalog::addOnRequiresOneOf(Package::WebexCalling).isEmpty());
}

void tst_PackageCatalog::tierRanks()
{
    QVERIFY(PackageCatalog::tierRank(Package::WebexMeetings) < PackageCatalog::tierRank(Package::WebexCalling));
    QCOMPARE(PackageCatalog::tierRank(Package::WebexMeetings), PackageCatalog::tierRank(Package::WebexVoice));
    QVERIFY(PackageCatalog::tierRank(Package::WebexCalling) < PackageCatalog::tierRank(Package::WebexSuite));
    QCOMPARE(PackageCatalog::tierRank(Package::CiscoCallingPlan), 0);
}

void tst_PackageCatalog::organizationLevel_data()
{
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QString>("level");
    QTest::newRow("suite wins") << QStringList { QStringLiteral("webex_calling"), QStringLiteral("webex_suite") }
                                << QStringLiteral("webex_suite");
    QTest::newRow("calling over meetings") << QStringList {
        QStringLiteral("webex_meetings"), QStringLiteral("webex_calling"), QStringLiteral("attendant_console")
    } << QStringLiteral("webex_calling");
    QTest::newRow("only add-ons") << QStringList { QStringLiteral("common_area_calling") } << QString();
    QTest::newRow("empty") << QStringList {} << QString();
}

void tst_PackageCatalog::organizationLevel()
{
    QFETCH(QStringList, packages);
    QFETCH(QString, level);
    QCOMPARE(PackageCatalog::wireName(PackageCatalog::organizationLevel(packages)), level);
}

void tst_PackageCatalog::quantities_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero") << qint64(0) << false;
    QTest::newRow("negative") << qint64(-5) << false;
    QTest::newRow("one") << qint64(1) << true;
    QTest::newRow("fifty") << qint64(50) << true;
    QTest::newRow("max") << qint64(PackageCatalog::kMaxQuantity) << true;
    QTest::newRow("above max") << qint64(PackageCatalog::kMaxQuantity) + 1 << false;
}

void tst_PackageCatalog::quantities()
{
    QFETCH(qint64, quantity);
    QFETCH(bool, valid);
    QCOMPARE(PackageCatalog::isValidQuantity(quantity), valid);
}

QTEST_GUILESS_MAIN(tst_PackageCatalog)
#include "tst_PackageCatalog.moc"
