#include "ui/import/CustomerBatchModel.h"

#include "ui/views/customers/CustomerTableModel.h"

#include <QHash>
#include <QIcon>

#include <algorithm>

namespace onboarder::ui {

using jobs::ImportOutcome;

CustomerBatchModel::CustomerBatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomerBatchModel::setRun(jobs::CustomerBatchRun* run)
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
    }
    m_run = run;
    if (m_run) {
        connect(m_run, &jobs::CustomerBatchRun::customerChanged, this, &CustomerBatchModel::updateRow);
    }
    reload();
}

void CustomerBatchModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_run && m_run->phase() != jobs::CustomerBatchRun::Phase::Preparing) {
        // The users the checks refused, read once for all customers.
        QHash<QString, QStringList> userProblems; // case-folded external ID → "users line …"
        for (const auto& user : m_run->userOutcomes()) {
            if (user.row.outcome == ImportOutcome::Kind::Rejected) {
                userProblems[user.externalId.toCaseFolded()].append(
                    tr("users line %1: %2").arg(user.row.line).arg(user.row.message));
            }
        }
        for (const auto& outcome : m_run->customerOutcomes()) {
            m_rows.append({ outcome, userProblems.value(outcome.externalId.toCaseFolded()) });
        }
    }
    endResetModel();
}

int CustomerBatchModel::settledCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& row) {
        const auto& o = row.outcome;
        return o.outcome == ImportOutcome::Kind::Rejected || o.outcome == ImportOutcome::Kind::Failed
            || (o.outcome == ImportOutcome::Kind::Provisioned && o.status != QLatin1String("provisioning")
                && o.usersProvisioned + o.usersNotProvisioned >= o.users);
    }));
}

void CustomerBatchModel::updateRow(int index)
{
    if (index < 0 || index >= m_rows.size() || !m_run) {
        return;
    }
    // The customer's own state only: its users' checks do not change while it runs.
    const QStringList userProblems = m_rows.at(index).userProblems;
    m_rows[index].outcome = m_run->customerOutcome(index);
    m_rows[index].userProblems = userProblems;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int CustomerBatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerBatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerBatchModel::hasProblem(const Row& row)
{
    const auto kind = row.outcome.outcome;
    return kind == ImportOutcome::Kind::Rejected || kind == ImportOutcome::Kind::Failed
        || kind == ImportOutcome::Kind::Unknown || !row.userProblems.isEmpty()
        || row.outcome.status == QLatin1String("error") || row.outcome.usersNotProvisioned > 0;
}

int CustomerBatchModel::problemCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), &CustomerBatchModel::hasProblem));
}

QString CustomerBatchModel::stateText(const Row& row) const
{
    const auto& o = row.outcome;
    switch (o.outcome) {
    case ImportOutcome::Kind::Rejected:
        return tr("Not sent: fix the file");
    case ImportOutcome::Kind::Failed:
        return tr("Failed");
    case ImportOutcome::Kind::Unknown:
        return tr("Being settled");
    case ImportOutcome::Kind::Pending:
        return m_run && m_run->phase() == jobs::CustomerBatchRun::Phase::Running ? tr("Waiting") : tr("Ready");
    case ImportOutcome::Kind::Provisioned:
        break;
    }
    if (o.status == QLatin1String("provisioned") || o.status == QLatin1String("provisioned_with_errors")) {
        const QString state
            = o.status == QLatin1String("provisioned") ? tr("Provisioned") : tr("Provisioned with errors");
        if (o.users == 0) {
            return state;
        }
        return tr("%1, users %2 of %3").arg(state).arg(o.usersProvisioned).arg(o.users);
    }
    if (o.status == QLatin1String("error")) {
        return tr("Provisioning failed");
    }
    return tr("Provisioning…");
}

QString CustomerBatchModel::detailsText(const Row& row) const
{
    QStringList parts;
    const auto& o = row.outcome;
    if (!o.message.isEmpty()) {
        parts.append(o.message);
    }
    if (!o.errorCode.isEmpty() && o.httpStatus > 0) {
        parts.append(tr("code %1").arg(o.errorCode));
    }
    if (!o.trackingId.isEmpty()) {
        parts.append(tr("tracking ID %1").arg(o.trackingId));
    }
    parts.append(o.packageErrors);
    parts.append(row.userProblems);
    if (!o.usersNote.isEmpty()) {
        parts.append(o.usersNote);
    }
    return parts.join(QLatin1Char('\n'));
}

QVariant CustomerBatchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == HasProblemRole) {
        return hasProblem(row);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return row.outcome.line;
        case CompanyColumn:
            return row.outcome.companyName;
        case ExternalIdColumn:
            return row.outcome.externalId;
        case UsersColumn:
            return row.outcome.users;
        case StateColumn:
            return stateText(row);
        case DetailsColumn:
            // The first line in the cell, all of it in the tooltip.
            return detailsText(row).section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == DetailsColumn || index.column() == StateColumn)) {
        const QString details = detailsText(row);
        return details.isEmpty() ? QVariant() : details;
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        // The customers view's icon for a provisioning status; a customer that cannot be sent gets the error icon.
        const auto kind = row.outcome.outcome;
        if (kind == ImportOutcome::Kind::Rejected || kind == ImportOutcome::Kind::Failed) {
            return QIcon(QStringLiteral(":/icons/error.svg"));
        }
        if (kind != ImportOutcome::Kind::Provisioned) {
            return {};
        }
        const QString path
            = CustomerTableModel::statusIconPath(model::CustomerStatus::fromWire(row.outcome.status).value());
        return path.isEmpty() ? QVariant() : QIcon(path);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == LineColumn || index.column() == UsersColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CustomerBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CompanyColumn:
        return tr("Company");
    case ExternalIdColumn:
        return tr("External ID");
    case UsersColumn:
        return tr("Users");
    case StateColumn:
        return tr("State");
    case DetailsColumn:
        return tr("Problems and results");
    default:
        return {};
    }
}

} // namespace onboarder::ui
