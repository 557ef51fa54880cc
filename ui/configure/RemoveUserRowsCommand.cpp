#include "ui/configure/RemoveUserRowsCommand.h"

#include <QCoreApplication>

namespace onboarder::ui {

RemoveUserRowsCommand::RemoveUserRowsCommand(UserTableModel* model, const QList<int>& rows)
    : m_model(model)
    , m_rows(rows)
{
    setText(QCoreApplication::translate(
        "onboarder::ui::AddUsersTab", "Remove %n row(s)", nullptr, static_cast<int>(rows.size())));
}

void RemoveUserRowsCommand::redo()
{
    if (m_model) {
        m_removed = m_model->takeRows(m_rows);
    }
}

void RemoveUserRowsCommand::undo()
{
    if (m_model) {
        m_model->restoreRows(m_removed);
    }
}

} // namespace onboarder::ui
