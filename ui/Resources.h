#pragma once

namespace onboarder::ui {

// Registers the icons and the style sheet compiled into this static library (a static library's resources are
// not registered on their own) and applies the style. Safe to call more than once.
void initResources();

} // namespace onboarder::ui
