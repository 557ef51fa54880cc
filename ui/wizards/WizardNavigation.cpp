#include "ui/wizards/WizardNavigation.h"

#include <QWizard>

namespace onboarder::ui::WizardNavigation {

bool backTo(QWizard* wizard, int pageId)
{
    if (!wizard->visitedIds().contains(pageId)) {
        return false;
    }
    while (wizard->currentId() != pageId && wizard->currentId() != wizard->startId()) {
        wizard->back();
    }
    return true;
}

void advanceTo(QWizard* wizard, int pageId)
{
    while (wizard->currentId() != pageId && wizard->currentPage() && wizard->currentPage()->isComplete()
           && wizard->nextId() != -1) {
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before) {
            break;
        }
    }
}

} // namespace onboarder::ui::WizardNavigation
