#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SetUserColumnDialog;
}

namespace onboarder::ui {

class UserRowDelegate;

// "Set for selected rows…": one column with a fixed choice (package or location) and one of the values the row
// editor offers for it, to be set on every selected row of the users table at once. Free text is never offered.
class SetUserColumnDialog : public QDialog
{
    Q_OBJECT

public:
    // The delegate is not owned; it gives the values (the customer's packages and locations).
    SetUserColumnDialog(const UserRowDelegate* choices, int selectedRows, QWidget* parent = nullptr);
    ~SetUserColumnDialog() override;

    // A UserTableModel column: Package or Location.
    void setColumn(int column);
    int column() const;
    // The chosen value as the model stores it (a package's wire name, a location's ID); empty until one is chosen.
    QString value() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillValues();
    void updateState();

    const QScopedPointer<Ui::SetUserColumnDialog> m_ui;
    const UserRowDelegate* m_choices;
    int m_selectedRows;
};

} // namespace onboarder::ui
