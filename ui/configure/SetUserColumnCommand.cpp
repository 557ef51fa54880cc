#include "ui/configure/SetUserColumnCommand.h"

#include <QCoreApplication>

namespace onboarder::ui {

SetUserColumnCommand::SetUserColumnCommand(UserTableModel* model,
                                           const QList<int>& rows,
                                           int column,
                                           const QString& value)
    : m_model(model)
    , m_rows(rows)
    , m_column(column)
    , m_value(value)
{
    setText(QCoreApplication::translate(
                "onboarder::ui::AddUsersTab", "Set %1 on %n row(s)", nullptr, static_cast<int>(rows.size()))
                .arg(model ? model->headerData(column, Qt::Horizontal).toString() : QString()));
}

void SetUserColumnCommand::redo()
{
    if (m_model) {
        m_before = m_model->setColumnValue(m_rows, m_column, m_value);
    }
}

void SetUserColumnCommand::undo()
{
    if (m_model) {
        m_model->replaceRows(m_before);
    }
}

int SetUserColumnCommand::changedRows() const
{
    return static_cast<int>(m_before.size());
}

} // namespace onboarder::ui
