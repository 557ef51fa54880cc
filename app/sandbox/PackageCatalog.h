#pragma once

#include <string>
#include <vector>

namespace onboarder::sandbox {

// The wholesale package enums and their rules (wholesale-api.md §3.9, §4.2, §7.5).
class PackageCatalog
{
public:
    static bool isCustomerPackage(const std::string& name);
    static bool isSubscriberPackage(const std::string& name);
    // The deprecated single `package` field accepts fewer values than `packages`.
    static bool isLegacySubscriberPackage(const std::string& name);
    static bool isCallingPackage(const std::string& name);
    // The base packages an add-on needs at least one of; empty for base packages.
    static std::vector<std::string> requiredBaseOf(const std::string& name);
    // Rank used by the admin package rule: meetings/voice < calling < suite. Unranked packages give 0.
    static int rank(const std::string& name);
    static const std::vector<std::string>& customerPackages();
};

} // namespace onboarder::sandbox
