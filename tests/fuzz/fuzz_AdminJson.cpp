// Fuzzes the readers of AdminJson (people, roles). A person is written back whole by PUT /people, so what was read
// (including the fields kept as received) must be readable again after writing.
#include "FuzzSupport.h"
#include "model/AdminJson.h"

using nlohmann::json;
using onboarder::model::AdminJson;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace onboarder::fuzz;
    const auto document = onboarder::model::JsonReader::parse(bytesOf(data, size));
    if (!accepted(document, "JsonReader::parse")) {
        return 0;
    }
    const json& doc = *document.value;

    roundTrip(
        AdminJson::personFromJson(doc),
        [](const auto& v) { return AdminJson::toJson(v); },
        &AdminJson::personFromJson,
        "person");
    (void)accepted(AdminJson::personListFromJson(doc), "personList");
    roundTrip(
        AdminJson::roleFromJson(doc),
        [](const auto& v) { return AdminJson::toJson(v); },
        &AdminJson::roleFromJson,
        "role");
    (void)accepted(AdminJson::roleListFromJson(doc), "roleList");
    return 0;
}
