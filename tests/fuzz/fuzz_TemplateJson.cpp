// Fuzzes TemplateJson, the shape of the template library, the drafts and the sandbox's template endpoint.
#include "FuzzSupport.h"
#include "model/TemplateJson.h"

using onboarder::model::TemplateJson;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace onboarder::fuzz;
    const auto document = onboarder::model::JsonReader::parse(bytesOf(data, size));
    if (!accepted(document, "JsonReader::parse")) {
        return 0;
    }
    roundTrip(
        TemplateJson::templateFromJson(*document.value),
        [](const auto& v) { return TemplateJson::toJson(v); },
        &TemplateJson::templateFromJson,
        "template");
    return 0;
}
