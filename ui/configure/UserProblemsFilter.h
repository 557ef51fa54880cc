#pragma once

#include <QSortFilterProxyModel>

namespace onboarder::ui {

class UserTableModel;

// The users table as the view shows it: every row, or with "Show problems only" just the rows with something to fix
// (UserTableModel::hasProblem). Rows keep the model's numbers in the row header, and a row leaves the view as soon
// as its last problem is fixed.
class UserProblemsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserProblemsFilter(UserTableModel* source, QObject* parent = nullptr);

    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const;
    // The model's row of a view index, -1 for an invalid one.
    int sourceRow(const QModelIndex& viewIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    UserTableModel* m_source;
    bool m_problemsOnly = false;
};

} // namespace onboarder::ui
