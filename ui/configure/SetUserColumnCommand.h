#pragma once

#include "ui/configure/UserTableModel.h"

#include <QPointer>
#include <QUndoCommand>

namespace onboarder::ui {

// One value set in one column of many rows of the users table as one undoable step: undo puts each row back as it
// was (its value, and its check state, which the change had reset).
class SetUserColumnCommand : public QUndoCommand
{
public:
    SetUserColumnCommand(UserTableModel* model, const QList<int>& rows, int column, const QString& value);

    void redo() override;
    void undo() override;
    // The rows the value went into (a location skips rows whose package has no calling, for example).
    int changedRows() const;

private:
    QPointer<UserTableModel> m_model;
    QList<int> m_rows;
    int m_column;
    QString m_value;
    QList<UserTableModel::SavedRow> m_before;
};

} // namespace onboarder::ui
