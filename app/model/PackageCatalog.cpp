#include "model/PackageCatalog.h"

namespace onboarder::model {

namespace {

using Package = PackageCatalog::Package;

struct Entry
{
    Package package;
    const char* wire;
    bool customer;
    bool subscriber;
    bool calling;
    bool addOn;
    int rank;
};

// Customer and subscriber columns follow the WholesalePackagesCustomer / WholesalePackagesSubscriber enums of the
// OpenAPI contract. "calling" follows the list of base packages Cisco Calling Plan depends on (§3.9): those are the
// packages that provision Webex Calling for the organization.
constexpr Entry kEntries[] = {
    { Package::CommonAreaCalling, "common_area_calling", true, false, true, false, 0 },
    { Package::WebexCalling, "webex_calling", true, true, true, false, 2 },
    { Package::WebexMeetings, "webex_meetings", true, true, false, false, 1 },
    { Package::WebexSuite, "webex_suite", true, true, true, false, 3 },
    { Package::WebexVoice, "webex_voice", true, true, true, false, 1 },
    { Package::CxEssentials, "cx_essentials", true, true, true, false, 2 },
    { Package::WebexCallingStandard, "webex_calling_standard", true, true, true, false, 2 },
    { Package::CiscoCallingPlan, "cisco_calling_plan", true, false, false, true, 0 },
    { Package::AttendantConsole, "attendant_console", true, true, false, true, 0 },
    { Package::CxPremiumAgent, "cx_premium_agent", true, true, false, false, 0 },
    { Package::CxStandardAgent, "cx_standard_agent", true, true, false, false, 0 },
    { Package::CxVoicePorts, "cx_voice_ports", true, false, false, false, 0 },
    { Package::CxAiAssistant, "cx_ai_assistant", true, false, false, false, 0 },
    { Package::WebexAiAgent, "webex_ai_agent", true, false, false, false, 0 },
};

const Entry* find(Package package)
{
    for (const auto& entry : kEntries) {
        if (entry.package == package) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

Package PackageCatalog::fromWire(const QString& wireName)
{
    for (const auto& entry : kEntries) {
        if (wireName == QLatin1String(entry.wire)) {
            return entry.package;
        }
    }
    return Package::Unknown;
}

QString PackageCatalog::wireName(Package package)
{
    const Entry* entry = find(package);
    return entry ? QString::fromLatin1(entry->wire) : QString();
}

bool PackageCatalog::isKnown(const QString& wireName)
{
    return fromWire(wireName) != Package::Unknown;
}

QString PackageCatalog::wireNameFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const auto& entry : kEntries) {
        const QString wire = QString::fromLatin1(entry.wire);
        if (trimmed.compare(wire, Qt::CaseInsensitive) == 0
            || trimmed.compare(displayName(entry.package), Qt::CaseInsensitive) == 0) {
            return wire;
        }
    }
    return trimmed;
}

QString PackageCatalog::displayName(Package package)
{
    switch (package) {
    case Package::CommonAreaCalling:
        return tr("Common Area Calling");
    case Package::WebexCalling:
        return tr("Webex Calling");
    case Package::WebexMeetings:
        return tr("Webex Meetings");
    case Package::WebexSuite:
        return tr("Webex Suite");
    case Package::WebexVoice:
        return tr("Webex Voice");
    case Package::CxEssentials:
        return tr("Customer Assist (CX Essentials)");
    case Package::WebexCallingStandard:
        return tr("Webex Calling Standard");
    case Package::CiscoCallingPlan:
        return tr("Cisco Calling Plan");
    case Package::AttendantConsole:
        return tr("Attendant Console");
    case Package::CxPremiumAgent:
        return tr("Contact Center Premium Agent");
    case Package::CxStandardAgent:
        return tr("Contact Center Standard Agent");
    case Package::CxVoicePorts:
        return tr("Contact Center Voice Ports");
    case Package::CxAiAssistant:
        return tr("Contact Center AI Assistant");
    case Package::WebexAiAgent:
        return tr("Webex AI Agent");
    case Package::Unknown:
        break;
    }
    return tr("Unknown package");
}

QString PackageCatalog::displayName(const QString& wireName)
{
    const Package package = fromWire(wireName);
    return package == Package::Unknown ? wireName : displayName(package);
}

QList<Package> PackageCatalog::customerPackages()
{
    QList<Package> result;
    for (const auto& entry : kEntries) {
        if (entry.customer) {
            result.append(entry.package);
        }
    }
    return result;
}

QList<Package> PackageCatalog::subscriberPackages()
{
    QList<Package> result;
    for (const auto& entry : kEntries) {
        if (entry.subscriber) {
            result.append(entry.package);
        }
    }
    return result;
}

bool PackageCatalog::isCustomerPackage(Package package)
{
    const Entry* entry = find(package);
    return entry && entry->customer;
}

bool PackageCatalog::isSubscriberPackage(Package package)
{
    const Entry* entry = find(package);
    return entry && entry->subscriber;
}

bool PackageCatalog::includesCalling(Package package)
{
    const Entry* entry = find(package);
    return entry && entry->calling;
}

bool PackageCatalog::includesCalling(const QString& wireName)
{
    return includesCalling(fromWire(wireName));
}

bool PackageCatalog::isAddOn(Package package)
{
    const Entry* entry = find(package);
    return entry && entry->addOn;
}

QList<Package> PackageCatalog::addOnRequiresOneOf(Package addOn)
{
    switch (addOn) {
    case Package::CiscoCallingPlan:
        return { Package::CommonAreaCalling, Package::WebexCalling, Package::WebexSuite,
                 Package::WebexVoice,        Package::CxEssentials, Package::WebexCallingStandard };
    case Package::AttendantConsole:
        return { Package::WebexCalling, Package::WebexSuite, Package::CxEssentials };
    default:
        return {};
    }
}

int PackageCatalog::tierRank(Package package)
{
    const Entry* entry = find(package);
    return entry ? entry->rank : 0;
}

int PackageCatalog::tierRank(const QString& wireName)
{
    return tierRank(fromWire(wireName));
}

Package PackageCatalog::organizationLevel(const QStringList& customerPackageWireNames)
{
    Package best = Package::Unknown;
    int bestRank = 0;
    for (const QString& name : customerPackageWireNames) {
        const Package package = fromWire(name);
        const int rank = tierRank(package);
        if (rank > bestRank) {
            best = package;
            bestRank = rank;
        }
    }
    return best;
}

} // namespace onboarder::model
