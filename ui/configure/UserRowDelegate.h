#pragma once

#include <QPair>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

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

    // What a cell with a fixed choice (package, location) offers, as (text, value) pairs: the customer's packages
    // and locations. The editors and "Set for selected rows" offer the same.
    QList<QPair<QString, QString>> choices(int column) const;

signals:
    // "Add a new location…" was chosen in this cell (an index of the view's model, which may be filtered).
    void newLocationRequested(const QPersistentModelIndex& index) const;

private:
    ConfigureCustomerController* m_controller;
};

} // namespace onboarder::ui
