// Fuzzes the draft file loader (DraftDocument envelope, migrations, TemplateJson/WholesaleJson payloads) for both
// kinds. A draft that loads must save and load again: a reviewer must never get a file the program cannot reopen.
#include "FuzzSupport.h"
#include "model/DraftStore.h"

using onboarder::model::DraftStore;

namespace {

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
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = onboarder::fuzz::bytesOf(data, size);
    checkLoad(DraftStore::templateDraftFromBytes(bytes), &DraftStore::templateDraftFromBytes, "template draft");
    checkLoad(DraftStore::customerDraftFromBytes(bytes), &DraftStore::customerDraftFromBytes, "customer draft");
    return 0;
}
