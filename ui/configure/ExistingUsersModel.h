#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace onboarder::ui {

class ConfigureCustomerController;

// The customer's users as the controller last loaded them: the subscribers (email, status, package) joined with
// their people (name, location) by email. Read-only.
class ExistingUsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Status, Package, Location, ColumnCount };
    // Name and email in one string, for the search field.
    static constexpr int SearchRole = Qt::UserRole + 1;

    explicit ExistingUsersModel(QObject* parent = nullptr);

    // Not owned.
    void setController(ConfigureCustomerController* controller);
    // Reads the controller's users again.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    struct Row
    {
        QString name;
        QString email;
        QString status;
        QString package;
        QString location;
    };

    QPointer<ConfigureCustomerController> m_controller;
    QList<Row> m_rows;
};

} // namespace onboarder::ui
