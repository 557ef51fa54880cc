#pragma once

#include <QSortFilterProxyModel>

namespace onboarder::ui {

// A table as its view shows it: every row, or with "Show problems only" just the rows whose first cell answers true
// to the model's has-a-problem role.
class ProblemsOnlyFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    ProblemsOnlyFilter(int hasProblemRole, QObject* parent = nullptr);

    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_role;
    bool m_problemsOnly = false;
};

} // namespace onboarder::ui
