#include "ui/configure/UserTableModel.h"

#include "model/PackageCatalog.h"
#include "model/PhoneNumbers.h"
#include "model/SubscriberValidator.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

#include <algorithm>

namespace onboarder::ui {

namespace {
const QString kFirstNamePath = QStringLiteral("provisioningParameters.firstName");
const QString kLastNamePath = QStringLiteral("provisioningParameters.lastName");
const QString kLocationPath = QStringLiteral("provisioningParameters.locationId");
const QString kPhonePath = QStringLiteral("provisioningParameters.primaryPhoneNumber");
const QString kExtensionPath = QStringLiteral("provisioningParameters.extension");

bool callingPackage(const model::Subscriber& subscriber)
{
    return model::PackageCatalog::includesCalling(subscriber.effectivePackage());
}
} // namespace

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UserTableModel::setContext(const Context& context)
{
    m_rules = model::SubscriberBatchRules(context);
    revalidate();
}

const UserTableModel::Context& UserTableModel::context() const
{
    return m_rules.context();
}

void UserTableModel::setRows(const QList<model::Subscriber>& rows)
{
    beginResetModel();
    m_rows.clear();
    for (const model::Subscriber& subscriber : rows) {
        Row row;
        row.subscriber = subscriber;
        m_rows.append(row);
    }
    endResetModel();
    revalidate();
}

void UserTableModel::appendRows(const QList<model::Subscriber>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (const model::Subscriber& subscriber : rows) {
        Row row;
        row.subscriber = subscriber;
        m_rows.append(row);
    }
    endInsertRows();
    revalidate();
}

bool UserTableModel::isSettled(int row) const
{
    const RowState state = m_rows.at(row).state;
    return state == RowState::Provisioned || state == RowState::PendingMigration;
}

QList<model::Subscriber> UserTableModel::rows() const
{
    QList<model::Subscriber> result;
    for (const Row& row : m_rows) {
        result.append(row.subscriber);
    }
    return result;
}

int UserTableModel::appendEmptyRow()
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row());
    endInsertRows();
    return row;
}

void UserTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    revalidate();
}

QList<UserTableModel::SavedRow> UserTableModel::takeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<SavedRow> removed;
    // From the last, so the positions of the rows still to remove stay valid.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const int row = *it;
        if (row < 0 || row >= m_rows.size()) {
            continue;
        }
        const Row& taken = m_rows.at(row);
        removed.prepend({ row, taken.subscriber, taken.state, taken.message });
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    revalidate();
    return removed;
}

void UserTableModel::restoreRows(const QList<SavedRow>& rows)
{
    for (const SavedRow& removed : rows) {
        const int position = std::clamp(removed.position, 0, static_cast<int>(m_rows.size()));
        beginInsertRows({}, position, position);
        Row row;
        row.subscriber = removed.subscriber;
        row.state = removed.state;
        row.message = removed.message;
        m_rows.insert(position, row);
        endInsertRows();
    }
    revalidate();
}

bool UserTableModel::isBlank(int row) const
{
    const model::Subscriber& s = m_rows.at(row).subscriber;
    return s.firstName.trimmed().isEmpty() && s.lastName.trimmed().isEmpty() && s.email.trimmed().isEmpty()
        && s.effectivePackage().isEmpty() && s.locationId.isEmpty() && s.primaryPhoneNumber.trimmed().isEmpty()
        && s.extension.trimmed().isEmpty();
}

bool UserTableModel::hasProblem(int row) const
{
    const Row& r = m_rows.at(row);
    if (isBlank(row)) {
        return false;
    }
    return !r.errors.isEmpty() || r.state == RowState::CheckFailed || r.state == RowState::Failed;
}

QList<int> UserTableModel::unsentRows() const
{
    QList<int> result;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!isBlank(i) && !isSettled(i)) {
            result.append(i);
        }
    }
    return result;
}

model::Subscriber UserTableModel::request(int row) const
{
    model::Subscriber s = m_rules.request(m_rows.at(row).subscriber);
    // A national or "+"-less form of a valid number is sent in E.164; anything else as typed, to be reported.
    const QString e164 = model::PhoneNumbers::toE164(s.primaryPhoneNumber, context().defaultRegion);
    if (!e164.isEmpty()) {
        s.primaryPhoneNumber = e164;
    }
    return s;
}

model::FieldErrors UserTableModel::errors(int row) const
{
    return m_rows.at(row).errors;
}

int UserTableModel::columnForPath(const QString& path)
{
    if (path == QLatin1String("email")) {
        return Email;
    }
    if (path.startsWith(QLatin1String("package"))) {
        return Package;
    }
    if (path == kFirstNamePath) {
        return FirstName;
    }
    if (path == kLastNamePath) {
        return LastName;
    }
    if (path == kLocationPath) {
        return Location;
    }
    if (path == kPhonePath) {
        return PhoneNumber;
    }
    if (path == kExtensionPath) {
        return Extension;
    }
    return Status;
}

QString UserTableModel::cellError(int row, int column) const
{
    QStringList messages;
    for (const model::FieldError& error : m_rows.at(row).errors) {
        if (columnForPath(error.path) == column) {
            messages.append(error.message);
        }
    }
    return messages.join(QLatin1Char(' '));
}

int UserTableModel::invalidRowCount() const
{
    int count = 0;
    for (const Row& row : m_rows) {
        count += row.errors.isEmpty() ? 0 : 1;
    }
    return count;
}

QList<int> UserTableModel::rowsToSend() const
{
    QList<int> result;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!isBlank(i) && m_rows.at(i).errors.isEmpty() && !isSettled(i)) {
            result.append(i);
        }
    }
    return result;
}

UserTableModel::RowState UserTableModel::state(int row) const
{
    return m_rows.at(row).state;
}

QString UserTableModel::stateMessage(int row) const
{
    return m_rows.at(row).message;
}

void UserTableModel::setState(int row, RowState state, const QString& message)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    m_rows[row].state = state;
    m_rows[row].message = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UserTableModel::setResult(int row, const model::Subscriber& subscriber)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    m_rows[row].subscriber.id = subscriber.id;
    m_rows[row].subscriber.personId = subscriber.personId;
    m_rows[row].subscriber.status = subscriber.status;
    const bool pending = subscriber.status == model::SubscriberStatus::PendingUserMigration;
    setState(row,
             pending ? RowState::PendingMigration : RowState::Provisioned,
             pending ? tr("%1 has a free Webex account: the user must accept the move to this organization in the "
                          "email Webex sent. Until then the user has no package.")
                           .arg(subscriber.email)
                     : QString());
}

QString UserTableModel::subscriberId(int row) const
{
    return m_rows.at(row).subscriber.id;
}

QString UserTableModel::stateText(RowState state)
{
    switch (state) {
    case RowState::Draft:
        return tr("Ready to check");
    case RowState::Checking:
        return tr("Checking…");
    case RowState::Checked:
        return tr("Check passed");
    case RowState::CheckFailed:
        return tr("Check failed");
    case RowState::Provisioning:
        return tr("Adding…");
    case RowState::Provisioned:
        return tr("Added");
    case RowState::PendingMigration:
        return tr("Waiting for the user to accept");
    case RowState::Failed:
        return tr("Not added");
    }
    return {};
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::locationName(const QString& locationId) const
{
    if (context().locations) {
        for (const model::Location& location : *context().locations) {
            if (location.id == locationId) {
                return location.name;
            }
        }
    }
    return locationId;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const model::Subscriber& s = row.subscriber;
    const bool calling = callingPackage(s);
    const int column = index.column();

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case FirstName:
            return s.firstName;
        case LastName:
            return s.lastName;
        case Email:
            return s.email;
        case Package:
            return role == Qt::EditRole
                ? s.effectivePackage()
                : (s.effectivePackage().isEmpty() ? QString()
                                                  : model::PackageCatalog::displayName(s.effectivePackage()));
        case Location:
            if (role == Qt::EditRole) {
                return s.locationId;
            }
            // The location the row is sent with: the customer's only one when none was chosen.
            return calling ? locationName(request(index.row()).locationId)
                           : (s.effectivePackage().isEmpty() ? QString() : tr("—"));
        case PhoneNumber:
            return calling || role == Qt::EditRole ? s.primaryPhoneNumber : QString();
        case Extension:
            return calling || role == Qt::EditRole ? s.extension : QString();
        case Status: {
            if (isBlank(index.row())) {
                return QString();
            }
            QStringList problems;
            for (const model::FieldError& error : row.errors) {
                problems.append(error.message);
            }
            if (!problems.isEmpty()) {
                return tr("Fix: %1").arg(problems.join(QLatin1Char(' ')));
            }
            return row.message.isEmpty() ? stateText(row.state)
                                         : QStringLiteral("%1: %2").arg(stateText(row.state), row.message);
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Status) {
            return data(index, Qt::DisplayRole);
        }
        const QString error = cellError(index.row(), column);
        if (!error.isEmpty()) {
            return error;
        }
        if (!calling && (column == Location || column == PhoneNumber || column == Extension)
            && !s.effectivePackage().isEmpty()) {
            return tr("%1 does not include calling: no location or number is needed.")
                .arg(model::PackageCatalog::displayName(s.effectivePackage()));
        }
        return {};
    }
    if (role == Qt::DecorationRole) {
        // An icon as well as the colour, so a problem is not shown by colour alone.
        QStyle* style = QApplication::style();
        if (!cellError(index.row(), column).isEmpty()
            || (column == Status && !isBlank(index.row()) && !row.errors.isEmpty())) {
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (column == Status && !isBlank(index.row())) {
            switch (row.state) {
            case RowState::Provisioned:
            case RowState::Checked:
                return style->standardIcon(QStyle::SP_DialogApplyButton);
            case RowState::PendingMigration:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
            case RowState::Failed:
            case RowState::CheckFailed:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            default:
                break;
            }
        }
        return {};
    }
    if (role == Qt::BackgroundRole) {
        if (!cellError(index.row(), column).isEmpty()) {
            return QBrush(QColor(0xfd, 0xe7, 0xe9));
        }
        return {};
    }
    return {};
}

bool UserTableModel::isEditable(int row) const
{
    switch (m_rows.at(row).state) {
    case RowState::Checking:
    case RowState::Provisioning:
    case RowState::Provisioned:
    case RowState::PendingMigration:
        return false;
    default:
        return true;
    }
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (column == Status || !isEditable(index.row())) {
        return flags;
    }
    if ((column == Location || column == PhoneNumber || column == Extension)
        && !callingPackage(m_rows.at(index.row()).subscriber)) {
        return flags;
    }
    return flags | Qt::ItemIsEditable;
}

bool UserTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !assign(index.row(), index.column(), value.toString())) {
        return false;
    }
    revalidate();
    return true;
}

bool UserTableModel::assign(int row, int column, const QString& text)
{
    if (row < 0 || row >= m_rows.size() || !(flags(index(row, column)) & Qt::ItemIsEditable)) {
        return false;
    }
    model::Subscriber& s = m_rows[row].subscriber;
    switch (column) {
    case FirstName:
        s.firstName = text;
        break;
    case LastName:
        s.lastName = text;
        break;
    case Email:
        s.email = text.trimmed();
        break;
    case Package:
        s.package.clear();
        s.packages = text.isEmpty() ? QStringList() : QStringList { text };
        break;
    case Location:
        if (s.locationId != text) {
            // Numbers belong to a location: a number of the old one is no longer valid.
            s.primaryPhoneNumber.clear();
        }
        s.locationId = text;
        break;
    case PhoneNumber:
        s.primaryPhoneNumber = text.trimmed();
        break;
    case Extension:
        s.extension = text.trimmed();
        break;
    default:
        return false;
    }
    Row& changed = m_rows[row];
    if (changed.state != RowState::Draft) {
        // An edited row has to be checked again.
        changed.state = RowState::Draft;
        changed.message.clear();
    }
    return true;
}

QList<UserTableModel::SavedRow> UserTableModel::setColumnValue(const QList<int>& rows, int column, const QString& value)
{
    QList<SavedRow> before;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size()) {
            continue;
        }
        const Row saved = m_rows.at(row);
        if (assign(row, column, value)) {
            before.append({ row, saved.subscriber, saved.state, saved.message });
        }
    }
    if (!before.isEmpty()) {
        revalidate();
    }
    return before;
}

void UserTableModel::replaceRows(const QList<SavedRow>& rows)
{
    for (const SavedRow& saved : rows) {
        if (saved.position < 0 || saved.position >= m_rows.size()) {
            continue;
        }
        Row& row = m_rows[saved.position];
        row.subscriber = saved.subscriber;
        row.state = saved.state;
        row.message = saved.message;
    }
    revalidate();
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Email:
        return tr("Email");
    case Package:
        return tr("Package");
    case Location:
        return tr("Location");
    case PhoneNumber:
        return tr("Phone number");
    case Extension:
        return tr("Extension");
    case Status:
        return tr("Status or problem");
    default:
        return {};
    }
}

void UserTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void UserTableModel::revalidate()
{
    QList<model::Subscriber> requests;
    QList<bool> settled;
    requests.reserve(m_rows.size());
    settled.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        requests.append(request(i));
        settled.append(isBlank(i) || isSettled(i));
    }
    const QList<model::FieldErrors> errors = m_rules.check(requests, settled);
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].errors = errors.at(i);
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    }
    emit validityChanged();
}

} // namespace onboarder::ui
