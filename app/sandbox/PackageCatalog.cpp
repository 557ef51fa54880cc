#include "sandbox/PackageCatalog.h"

#include <algorithm>

namespace onboarder::sandbox {

namespace {
bool contains(const std::vector<std::string>& list, const std::string& name)
{
    return std::find(list.begin(), list.end(), name) != list.end();
}
} // namespace

const std::vector<std::string>& PackageCatalog::customerPackages()
{
    static const std::vector<std::string> packages
        = { "common_area_calling", "webex_calling",    "webex_meetings",         "webex_suite",
            "webex_voice",         "cx_essentials",    "webex_calling_standard", "cisco_calling_plan",
            "attendant_console",   "cx_premium_agent", "cx_standard_agent",      "cx_voice_ports",
            "cx_ai_assistant",     "webex_ai_agent" };
    return packages;
}

bool PackageCatalog::isCustomerPackage(const std::string& name)
{
    return contains(customerPackages(), name);
}

bool PackageCatalog::isSubscriberPackage(const std::string& name)
{
    static const std::vector<std::string> packages
        = { "webex_calling",          "webex_meetings",    "webex_suite",      "webex_voice",      "cx_essentials",
            "webex_calling_standard", "attendant_console", "cx_premium_agent", "cx_standard_agent" };
    return contains(packages, name);
}

bool PackageCatalog::isLegacySubscriberPackage(const std::string& name)
{
    static const std::vector<std::string> packages = { "webex_calling", "webex_meetings", "webex_suite",
                                                       "webex_voice",   "cx_essentials",  "webex_calling_standard" };
    return contains(packages, name);
}

bool PackageCatalog::isCallingPackage(const std::string& name)
{
    static const std::vector<std::string> packages
        = { "webex_calling",          "webex_suite",        "webex_voice", "cx_essentials",
            "webex_calling_standard", "common_area_calling" };
    return contains(packages, name);
}

std::vector<std::string> PackageCatalog::requiredBaseOf(const std::string& name)
{
    if (name == "cisco_calling_plan") {
        return { "common_area_calling", "webex_calling", "webex_suite",
                 "webex_voice",         "cx_essentials", "webex_calling_standard" };
    }
    if (name == "attendant_console") {
        return { "webex_calling", "webex_suite", "cx_essentials" };
    }
    return {};
}

int PackageCatalog::rank(const std::string& name)
{
    if (name == "webex_meetings" || name == "webex_voice") {
        return 1;
    }
    if (name == "webex_calling" || name == "webex_calling_standard" || name == "cx_essentials") {
        return 2;
    }
    if (name == "webex_suite") {
        return 3;
    }
    return 0;
}

} // namespace onboarder::sandbox
