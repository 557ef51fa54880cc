#pragma once

#include "jobs/import/CustomerBatchRun.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace onboarder::ui {

// The preview and progress of a customers batch, one row per customer of the file: its company, external ID, users,
// outcome and status, and what is wrong with it or its users. Follows a CustomerBatchRun: rows change as it checks
// and provisions them.
class CustomerBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, CompanyColumn, ExternalIdColumn, UsersColumn, StateColumn, DetailsColumn, ColumnCount };
    enum Role { HasProblemRole = Qt::UserRole + 1 };

    explicit CustomerBatchModel(QObject* parent = nullptr);

    // The run whose customers are shown; null clears the table.
    void setRun(jobs::CustomerBatchRun* run);
    // Reads every row again from the run (after it prepared or finished).
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Customers (and user rows) the checks refused; rows that can be sent.
    int problemCount() const;
    // Customers the run is done with: refused, failed, or provisioned with all their users dealt with.
    int settledCount() const;

private:
    struct Row
    {
        jobs::CustomerBatchRun::CustomerOutcome outcome;
        QStringList userProblems; // "line 4: …" of its users the checks refused
    };

    void updateRow(int index);
    QString stateText(const Row& row) const;
    QString detailsText(const Row& row) const;
    static bool hasProblem(const Row& row);

    QPointer<jobs::CustomerBatchRun> m_run;
    QList<Row> m_rows;
};

} // namespace onboarder::ui
