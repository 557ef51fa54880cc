#include "ui/configure/UserProblemsFilter.h"

#include "ui/configure/UserTableModel.h"

namespace onboarder::ui {

UserProblemsFilter::UserProblemsFilter(UserTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    // Problems come and go as cells are edited and rows are checked: filter again on every change.
    setDynamicSortFilter(true);
    setSourceModel(source);
}

void UserProblemsFilter::setProblemsOnly(bool problemsOnly)
{
    if (m_problemsOnly == problemsOnly) {
        return;
    }
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

bool UserProblemsFilter::problemsOnly() const
{
    return m_problemsOnly;
}

int UserProblemsFilter::sourceRow(const QModelIndex& viewIndex) const
{
    if (!viewIndex.isValid()) {
        return -1;
    }
    // An index of the model itself (callers that never went through the view) is taken as it is.
    return viewIndex.model() == this ? mapToSource(viewIndex).row() : viewIndex.row();
}

bool UserProblemsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_problemsOnly || sourceParent.isValid()) {
        return true;
    }
    return m_source->hasProblem(sourceRow);
}

} // namespace onboarder::ui
