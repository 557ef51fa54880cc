#include "ui/views/customers/CustomerTableModel.h"

#include "model/Countries.h"

namespace onboarder::ui {

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTableModel::clear()
{
    beginResetModel();
    m_customers.clear();
    endResetModel();
}

void CustomerTableModel::append(const QList<model::Customer>& customers)
{
    if (customers.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_customers.size());
    beginInsertRows({}, first, first + static_cast<int>(customers.size()) - 1);
    m_customers.append(customers);
    endInsertRows();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const model::Customer& c = m_customers.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return c.customerInfo.name;
    case ExternalIdColumn:
        return c.externalId;
    case StatusColumn:
        return c.status.toWire();
    case CountryColumn: {
        const QString name = model::Countries::name(c.address.country, QLocale());
        return name.isEmpty() ? c.address.country : name;
    }
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ExternalIdColumn:
        return tr("External ID");
    case StatusColumn:
        return tr("Status");
    case CountryColumn:
        return tr("Country");
    }
    return {};
}

} // namespace onboarder::ui
