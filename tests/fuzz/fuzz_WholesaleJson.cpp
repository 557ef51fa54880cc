// Fuzzes every reader of WholesaleJson (customers, subscribers, sub-partners, prechecks, error bodies, 202 answers)
// on one parsed document, and checks that what was accepted survives the writers.
#include "FuzzSupport.h"
#include "model/WholesaleJson.h"

using nlohmann::json;
using onboarder::model::WholesaleJson;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace onboarder::fuzz;
    const auto document = onboarder::model::JsonReader::parse(bytesOf(data, size));
    if (!accepted(document, "JsonReader::parse")) {
        return 0;
    }
    const json& doc = *document.value;
    // Serializing any accepted document must not throw (invalid UTF-8 is replaced, depth is bounded).
    (void)onboarder::model::JsonReader::toBytes(doc, 2);

    roundTrip(
        WholesaleJson::customerFromJson(doc),
        [](const auto& v) { return WholesaleJson::toJson(v); },
        &WholesaleJson::customerFromJson,
        "customer");
    roundTrip(
        WholesaleJson::customerFromJson(doc),
        [](const auto& v) { return WholesaleJson::toProvisionRequest(v); },
        &WholesaleJson::customerFromJson,
        "customer provision request");
    roundTrip(
        WholesaleJson::customerListFromJson(doc),
        [](const auto& v) { return WholesaleJson::toCustomerListJson(v); },
        &WholesaleJson::customerListFromJson,
        "customerList");
    roundTrip(
        WholesaleJson::subscriberFromJson(doc),
        [](const auto& v) { return WholesaleJson::toJson(v); },
        &WholesaleJson::subscriberFromJson,
        "subscriber");
    roundTrip(
        WholesaleJson::subscriberFromJson(doc),
        [](const auto& v) { return WholesaleJson::toProvisionRequest(v); },
        &WholesaleJson::subscriberFromJson,
        "subscriber provision request");
    roundTrip(
        WholesaleJson::subscriberListFromJson(doc),
        [](const auto& v) { return WholesaleJson::toSubscriberListJson(v); },
        &WholesaleJson::subscriberListFromJson,
        "subscriberList");
    roundTrip(
        WholesaleJson::subPartnerListFromJson(doc),
        [](const auto& v) { return WholesaleJson::toSubPartnerListJson(v); },
        &WholesaleJson::subPartnerListFromJson,
        "subPartnerList");
    roundTrip(
        WholesaleJson::precheckResultFromJson(doc),
        [](const auto& v) { return WholesaleJson::toJson(v); },
        &WholesaleJson::precheckResultFromJson,
        "precheck");
    roundTrip(
        WholesaleJson::apiErrorBodyFromJson(doc),
        [](const auto& v) { return WholesaleJson::toJson(v); },
        &WholesaleJson::apiErrorBodyFromJson,
        "errorBody");
    roundTrip(
        WholesaleJson::addressFromJson(doc),
        [](const auto& v) { return WholesaleJson::toJson(v); },
        &WholesaleJson::addressFromJson,
        "address");
    roundTrip(
        WholesaleJson::resourceUrlFromJson(doc),
        [](const auto& v) { return WholesaleJson::toResourceUrlJson(v); },
        &WholesaleJson::resourceUrlFromJson,
        "resourceUrl");
    (void)accepted(WholesaleJson::subPartnerFromJson(doc), "subPartner");
    (void)accepted(WholesaleJson::errorDetailFromJson(doc), "errorDetail");
    return 0;
}
