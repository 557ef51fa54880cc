#pragma once

class QWizard;

namespace onboarder::ui {

// Jumps a QWizard forwards or backwards along its pages, which QWizard itself cannot do; shared by the template and
// customer wizards for "Edit" on their summaries and for reopening a draft at the page it was saved on.
namespace WizardNavigation {

// Goes back through the history to a visited page; false when the page was never visited. Going back (rather than
// jumping) keeps QWizard's history consistent.
bool backTo(QWizard* wizard, int pageId);
// Goes forward while each page is complete, up to the page or the first page that cannot be left.
void advanceTo(QWizard* wizard, int pageId);

} // namespace WizardNavigation

} // namespace onboarder::ui
