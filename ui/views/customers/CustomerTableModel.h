#pragma once

#include "model/Customer.h"

#include <QAbstractTableModel>

namespace onboarder::ui {

// Wholesale customers as a read-only table: name, external ID, status and country.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ExternalIdColumn, StatusColumn, CountryColumn, ColumnCount };

    explicit CustomerTableModel(QObject* parent = nullptr);

    void clear();
    void append(const QList<model::Customer>& customers);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<model::Customer> m_customers;
};

} // namespace onboarder::ui
