#include "ui/Resources.h"

#include "ui/ThemeSwitcher.h"

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initOnboarderResources()
{
    Q_INIT_RESOURCE(onboarder);
}

namespace onboarder::ui {

void initResources()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    initOnboarderResources();
    ThemeSwitcher::applyStyleSheet();
}

} // namespace onboarder::ui
