// Fuzzes the readers of CallingJson (locations, phone numbers, PSTN options) and their writers.
#include "FuzzSupport.h"
#include "model/CallingJson.h"

using nlohmann::json;
using onboarder::model::CallingJson;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace onboarder::fuzz;
    const auto document = onboarder::model::JsonReader::parse(bytesOf(data, size));
    if (!accepted(document, "JsonReader::parse")) {
        return 0;
    }
    const json& doc = *document.value;

    roundTrip(
        CallingJson::locationFromJson(doc),
        [](const auto& v) { return CallingJson::toJson(v); },
        &CallingJson::locationFromJson,
        "location");
    roundTrip(
        CallingJson::locationFromJson(doc),
        [](const auto& v) { return CallingJson::toCreateRequest(v); },
        &CallingJson::locationFromJson,
        "location create request");
    (void)accepted(CallingJson::locationListFromJson(doc), "locationList");
    roundTrip(
        CallingJson::addressFromJson(doc),
        [](const auto& v) { return CallingJson::toJson(v); },
        &CallingJson::addressFromJson,
        "address");
    (void)accepted(CallingJson::createdIdFromJson(doc), "createdId");
    roundTrip(
        CallingJson::phoneNumberFromJson(doc),
        [](const auto& v) { return CallingJson::toJson(v); },
        &CallingJson::phoneNumberFromJson,
        "phoneNumber");
    roundTrip(
        CallingJson::phoneNumberListFromJson(doc),
        [](const auto& v) { return CallingJson::toJson(v); },
        &CallingJson::phoneNumberListFromJson,
        "phoneNumberList");
    roundTrip(
        CallingJson::pstnConnectionFromJson(doc),
        [](const auto& v) { return CallingJson::toJson(v); },
        &CallingJson::pstnConnectionFromJson,
        "pstnConnection");
    roundTrip(
        CallingJson::pstnConnectionOptionListFromJson(doc),
        [](const auto& v) { return CallingJson::toPstnConnectionOptionListJson(v); },
        &CallingJson::pstnConnectionOptionListFromJson,
        "pstnConnectionOptionList");
    return 0;
}
