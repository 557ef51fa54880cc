#pragma once

#include "ui/configure/UserTableModel.h"

#include <QPointer>
#include <QUndoCommand>

namespace onboarder::ui {

// Removing rows of the users table as an undoable step: undo puts them back where they were, with what the table
// knew about them (typed values, state, message).
class RemoveUserRowsCommand : public QUndoCommand
{
public:
    RemoveUserRowsCommand(UserTableModel* model, const QList<int>& rows);

    void redo() override;
    void undo() override;

private:
    QPointer<UserTableModel> m_model;
    QList<int> m_rows;
    QList<UserTableModel::SavedRow> m_removed;
};

} // namespace onboarder::ui
