#include "ui/views/customers/CustomerTableModel.h"

#include "model/Countries.h"
#include "model/PackageCatalog.h"

#include <QFont>
#include <QIcon>

namespace onboarder::ui {

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

QString CustomerTableModel::countryName(const QString& code) const
{
    auto it = m_countryNames.constFind(code);
    if (it != m_countryNames.cend()) {
        return *it;
    }
    const QString name = model::Countries::name(code, QLocale());
    return *m_countryNames.insert(code, name.isEmpty() ? code : name);
}

void CustomerTableModel::prepare(Row& row) const
{
    QStringList packages;
    for (const QString& package : row.customer.packages) {
        packages.append(model::PackageCatalog::displayName(package));
    }
    row.packages = packages.join(QStringLiteral(", "));
    row.country = countryName(row.customer.address.country);
    // Wire status and display status both match, so "error" and "Error" find the same rows.
    row.searchText = QStringList { row.customer.customerInfo.name,
                                   row.customer.externalId,
                                   row.customer.status.toWire(),
                                   row.customer.status.displayName(),
                                   row.packages,
                                   row.country,
                                   row.customer.address.country,
                                   row.customer.address.city }
                         .join(QLatin1Char('\n'))
                         .toLower();
}

void CustomerTableModel::append(const QList<model::Customer>& customers)
{
    if (customers.isEmpty()) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    QVector<Row> added;
    added.reserve(customers.size());
    for (const model::Customer& customer : customers) {
        if (m_rowById.contains(customer.id)) {
            updateCustomer(customer); // a page boundary moved while streaming
            continue;
        }
        Row row { customer, now, {}, {}, {} };
        prepare(row);
        added.append(std::move(row));
    }
    if (added.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (Row& row : added) {
        m_rowById.insert(row.customer.id, static_cast<int>(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

bool CustomerTableModel::updateCustomer(const model::Customer& customer)
{
    const int row = rowOf(customer.id);
    if (row < 0) {
        return false;
    }
    Row& r = m_rows[row];
    const QString knownName = r.customer.customerInfo.name;
    const bool statusChanged = r.customer.status != customer.status;
    r.customer = customer;
    if (r.customer.customerInfo.name.isEmpty()) {
        r.customer.customerInfo.name = knownName; // the API's customer has no name; keep the one we know
    }
    if (statusChanged) {
        r.lastChange = QDateTime::currentDateTime();
    }
    prepare(r);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void CustomerTableModel::upsertCustomer(const model::Customer& customer)
{
    if (!updateCustomer(customer)) {
        append({ customer });
    }
}

bool CustomerTableModel::removeCustomer(const QString& customerId)
{
    const int row = rowOf(customerId);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    m_rowById.remove(customerId);
    for (int i = row; i < m_rows.size(); ++i) {
        m_rowById[m_rows.at(i).customer.id] = i;
    }
    endRemoveRows();
    return true;
}

int CustomerTableModel::applyNames(const QHash<QString, QString>& byOrgId,
                                   const QHash<QString, QString>& byCustomerId,
                                   int first,
                                   int last)
{
    first = qMax(first, 0);
    last = qMin(last, static_cast<int>(m_rows.size()) - 1);
    int firstChanged = -1;
    int lastChanged = -1;
    int renamed = 0;
    for (int i = first; i <= last; ++i) {
        Row& row = m_rows[i];
        model::Customer& c = row.customer;
        QString name = c.orgId.isEmpty() ? QString() : byOrgId.value(c.orgId);
        if (name.isEmpty()) {
            name = byCustomerId.value(c.id, c.customerInfo.name);
        }
        if (name != c.customerInfo.name) {
            c.customerInfo.name = name;
            prepare(row);
            firstChanged = firstChanged < 0 ? i : firstChanged;
            lastChanged = i;
            ++renamed;
        }
    }
    if (firstChanged < 0) {
        return 0;
    }
    // One signal for the slice: a signal per row would each re-sort and re-filter.
    emit dataChanged(index(firstChanged, NameColumn), index(lastChanged, NameColumn));
    return renamed;
}

int CustomerTableModel::rowOf(const QString& customerId) const
{
    return m_rowById.value(customerId, -1);
}

const model::Customer& CustomerTableModel::customerAt(int row) const
{
    return m_rows.at(row).customer;
}

QDateTime CustomerTableModel::lastChangeAt(int row) const
{
    return m_rows.at(row).lastChange;
}

const QString& CustomerTableModel::searchTextAt(int row) const
{
    return m_rows.at(row).searchText;
}

model::CustomerStatus::Value CustomerTableModel::statusAt(int row) const
{
    return m_rows.at(row).customer.status.value();
}

QString CustomerTableModel::displayName(const model::Customer& customer)
{
    return customer.customerInfo.name.isEmpty() ? customer.externalId : customer.customerInfo.name;
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTableModel::statusIconPath(model::CustomerStatus::Value status)
{
    // One icon per status, in the list and the pane alike: provisioned with errors is a warning (the organization
    // works), error is an error.
    switch (status) {
    case model::CustomerStatus::Provisioned:
        return QStringLiteral(":/icons/ok.svg");
    case model::CustomerStatus::ProvisionedWithErrors:
    case model::CustomerStatus::PendingRplReview:
        return QStringLiteral(":/icons/warning.svg");
    case model::CustomerStatus::Error:
        return QStringLiteral(":/icons/error.svg");
    case model::CustomerStatus::Provisioning:
    case model::CustomerStatus::Updating:
    case model::CustomerStatus::Deleting:
        return QStringLiteral(":/icons/refresh.svg");
    case model::CustomerStatus::Unknown:
        break;
    }
    return {};
}

namespace {
QIcon statusIcon(model::CustomerStatus::Value status)
{
    // Loaded once per status: 20,000 rows must not parse an SVG each.
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(status));
    if (it == icons.end()) {
        const QString path = CustomerTableModel::statusIconPath(status);
        it = icons.insert(int(status), path.isEmpty() ? QIcon() : QIcon(path));
    }
    return *it;
}
} // namespace

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const model::Customer& c = r.customer;
    switch (role) {
    case CustomerIdRole:
        return c.id;
    case StatusRole:
        return int(c.status.value());
    case Qt::FontRole:
        if (index.column() == NameColumn && c.customerInfo.name.isEmpty()) {
            // No name known yet: the external ID stands in, set apart so it is not read as a name.
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(c.status.value())) : QVariant();
    case SortRole:
        if (index.column() == LastChangeColumn) {
            return r.lastChange;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(c);
        case ExternalIdColumn:
            return c.externalId;
        case StatusColumn:
            return c.status.displayName();
        case PackagesColumn:
            return r.packages;
        case CountryColumn:
            return r.country;
        case LastChangeColumn:
            return role == Qt::ToolTipRole ? QLocale().toString(r.lastChange, QLocale::LongFormat)
                                           : QLocale().toString(r.lastChange, QLocale::ShortFormat);
        }
        break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == LastChangeColumn) {
        return tr("When Onboarder last saw the status change (or loaded the customer): the API reports no time.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ExternalIdColumn:
        return tr("External ID");
    case StatusColumn:
        return tr("Status");
    case PackagesColumn:
        return tr("Packages");
    case CountryColumn:
        return tr("Country");
    case LastChangeColumn:
        return tr("Last change");
    }
    return {};
}

void CustomerTableModel::retranslate()
{
    m_countryNames.clear();
    for (Row& row : m_rows) {
        prepare(row);
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace onboarder::ui
