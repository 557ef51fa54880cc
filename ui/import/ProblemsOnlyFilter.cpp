#include "ui/import/ProblemsOnlyFilter.h"

namespace onboarder::ui {

ProblemsOnlyFilter::ProblemsOnlyFilter(int hasProblemRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_role(hasProblemRole)
{
    // A row leaves the view as soon as its problem is gone.
    setDynamicSortFilter(true);
}

void ProblemsOnlyFilter::setProblemsOnly(bool problemsOnly)
{
    if (m_problemsOnly != problemsOnly) {
        m_problemsOnly = problemsOnly;
        invalidateFilter();
    }
}

bool ProblemsOnlyFilter::problemsOnly() const
{
    return m_problemsOnly;
}

bool ProblemsOnlyFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !m_problemsOnly || sourceModel()->index(sourceRow, 0, sourceParent).data(m_role).toBool();
}

} // namespace onboarder::ui
