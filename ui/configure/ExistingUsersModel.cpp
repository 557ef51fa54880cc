#include "ui/configure/ExistingUsersModel.h"

#include "model/PackageCatalog.h"
#include "ui/configure/ConfigureCustomerController.h"

namespace onboarder::ui {

ExistingUsersModel::ExistingUsersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ExistingUsersModel::setController(ConfigureCustomerController* controller)
{
    m_controller = controller;
    reload();
}

void ExistingUsersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_controller) {
        for (const model::Subscriber& subscriber : m_controller->subscribers()) {
            Row row;
            row.email = subscriber.email;
            row.status = subscriber.status.displayName();
            const QString package = subscriber.effectivePackage();
            row.package = package.isEmpty() ? QString() : model::PackageCatalog::displayName(package);
            if (const auto person = m_controller->personByEmail(subscriber.email)) {
                row.name = !person->displayName.isEmpty()
                    ? person->displayName
                    : QStringList { person->firstName, person->lastName }.join(QLatin1Char(' ')).trimmed();
                if (!person->locationId.isEmpty()) {
                    const auto location = m_controller->location(person->locationId);
                    row.location = location ? location->name : person->locationId;
                }
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

int ExistingUsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExistingUsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExistingUsersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == SearchRole) {
        return row.name + QLatin1Char('\n') + row.email;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return row.name;
    case Email:
        return row.email;
    case Status:
        return row.status;
    case Package:
        return row.package;
    case Location:
        return row.location;
    default:
        return {};
    }
}

QVariant ExistingUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Package:
        return tr("Package");
    case Location:
        return tr("Location");
    default:
        return {};
    }
}

void ExistingUsersModel::retranslate()
{
    // Status and package names are translated too: read them again.
    reload();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace onboarder::ui
