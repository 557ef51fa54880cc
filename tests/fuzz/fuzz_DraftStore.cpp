// Fuzzes the draft file loader (DraftDocument envelope, migrations, TemplateJson/WholesaleJson payloads) for both
// kinds. A draft that loads must save and load again as the same draft: a reviewer must never get a file the program
// cannot reopen, or reopens as something else.
#include "FuzzSupport.h"
#include "model/DraftStore.h"

using onboarder::model::DraftStore;

namespace {

// A saved draft as JSON without its "savedAt" stamp, which differs between two saves a second apart.
nlohmann::json withoutSaveTime(const QByteArray& bytes)
{
    auto parsed = onboarder::model::JsonReader::parse(bytes);
    if (!parsed.ok()) {
        onboarder::fuzz::fail("draft", QStringLiteral("a saved draft is not JSON: ") + parsed.error);
    }
    nlohmann::json document = *parsed.value;
    document.erase("savedAt");
    if (document.contains("payload") && document["payload"].is_object()) {
        document["payload"].erase("savedAt");
    }
    return document;
}

template <typename LoadResult, typename Reload>
void checkLoad(const LoadResult& loaded, Reload reload, const char* what)
{
    if (!loaded.ok()) {
        if (loaded.error.isEmpty()) {
            onboarder::fuzz::fail(what, QStringLiteral("refused without a message"));
        }
        return;
    }
    const auto again = reload(DraftStore::toBytes(*loaded.draft));
    if (!again.ok()) {
        onboarder::fuzz::fail(what, QStringLiteral("a saved draft does not load again: ") + again.error);
    }
    if (again.migrated()) {
        onboarder::fuzz::fail(what, QStringLiteral("a saved draft is not in the current schema version"));
    }
    // The same draft, not just a loadable one: saving what was loaded back gives the same file, but for its time.
    const QByteArray saved = DraftStore::toBytes(*loaded.draft);
    if (withoutSaveTime(DraftStore::toBytes(*again.draft)) != withoutSaveTime(saved)) {
        onboarder::fuzz::fail(what,
                              QStringLiteral("a saved draft loads as a different draft: ") + QString::fromUtf8(saved));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = onboarder::fuzz::bytesOf(data, size);
    checkLoad(DraftStore::templateDraftFromBytes(bytes), &DraftStore::templateDraftFromBytes, "template draft");
    checkLoad(DraftStore::customerDraftFromBytes(bytes), &DraftStore::customerDraftFromBytes, "customer draft");
    return 0;
}
