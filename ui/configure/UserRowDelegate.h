#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace onboarder::ui {

class ConfigureCustomerController;

// Editors of the users table: the customer's packages and locations (with "Add a new location…") as lists, and the
// phone number as an editable list of the location's free numbers that filters as the user types.
class UserRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The value of the location list's last entry.
    static const QString kNewLocation;

    // The controller is not owned; it supplies packages, locations and numbers.
    explicit UserRowDelegate(ConfigureCustomerController* controller, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    // "Add a new location…" was chosen on this row.
    void newLocationRequested(int row) const;

private:
    ConfigureCustomerController* m_controller;
};

} // namespace onboarder::ui
