#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace onboarder::model {

// What we know about the wholesale packages (reference §3.9 and §4.2): which exist for customers and for
// subscribers, which carry calling, which are add-ons and what they depend on, their rank for the admin package rule
// (§7.5) and the quantities we accept. Requests and responses keep packages as their wire names so a package added
// by Webex after this program was built survives a round trip; this class maps those names to what we know.
class PackageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PackageCatalog)

public:
    enum class Package {
        Unknown,
        CommonAreaCalling,
        WebexCalling,
        WebexMeetings,
        WebexSuite,
        WebexVoice,
        CxEssentials,
        WebexCallingStandard,
        CiscoCallingPlan,
        AttendantConsole,
        CxPremiumAgent,
        CxStandardAgent,
        CxVoicePorts,
        CxAiAssistant,
        WebexAiAgent,
    };

    // Our sanity bound for package quantities (provisioningParameters.packages.limits): Webex publishes no maximum,
    // the bound only catches typing mistakes such as an extra zero.
    static constexpr int kMinQuantity = 1;
    static constexpr int kMaxQuantity = 100000;

    static Package fromWire(const QString& wireName);
    static QString wireName(Package package);
    static bool isKnown(const QString& wireName);
    // The wire name for what a person wrote in a spreadsheet: the wire name or the displayed English name, in any
    // case ("Webex Calling", "webex_calling"); unknown text comes back trimmed, for the validator to name.
    static QString wireNameFromText(const QString& text);
    // English name through tr(); an unknown package shows its wire name.
    static QString displayName(Package package);
    static QString displayName(const QString& wireName);

    // Packages a customer can order / a subscriber can be given, in the order Partner Hub lists them.
    static QList<Package> customerPackages();
    static QList<Package> subscriberPackages();
    static bool isCustomerPackage(Package package);
    static bool isSubscriberPackage(Package package);

    // True when the package gives calling, so a customer needs a headquarters calling location and a subscriber a
    // phone number or extension.
    static bool includesCalling(Package package);
    static bool includesCalling(const QString& wireName);
    // True for billable extras that need a base package (Cisco Calling Plan, Attendant Console).
    static bool isAddOn(Package package);
    // The packages of which at least one must be ordered with this add-on; empty when it has no dependency.
    static QList<Package> addOnRequiresOneOf(Package addOn);

    // Rank for the admin package rule: meetings/voice 1 < calling 2 < suite 3 (the reference's guess, §7.5);
    // 0 for packages outside that scale (add-ons, contact center, AI, common area).
    static int tierRank(Package package);
    static int tierRank(const QString& wireName);
    // The package level of an organization: its highest-ranked package, or Unknown when none is ranked.
    static Package organizationLevel(const QStringList& customerPackageWireNames);

    static bool isValidQuantity(long long quantity)
    {
        return quantity >= kMinQuantity && quantity <= kMaxQuantity;
    }
};

} // namespace onboarder::model
