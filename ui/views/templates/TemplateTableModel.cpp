#include "ui/views/templates/TemplateTableModel.h"

#include "model/Countries.h"

#include <QColor>

namespace onboarder::ui {

TemplateTableModel::TemplateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TemplateTableModel::setTemplates(const QList<model::OnboardingTemplate>& templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

model::OnboardingTemplate TemplateTableModel::templateAt(int row) const
{
    return m_templates.value(row);
}

int TemplateTableModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

int TemplateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_templates.size());
}

int TemplateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size()) {
        return {};
    }
    const model::OnboardingTemplate& t = m_templates.at(index.row());
    if (role == TemplateRole) {
        return QVariant::fromValue(index.row());
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case CountryColumn: {
            const QString name = model::Countries::name(t.countryCode, QLocale());
            return name.isEmpty() ? t.countryCode : name;
        }
        case AuthColumn:
            return t.authMethod == model::OnboardingTemplate::AuthMethod::PartnerSaml ? tr("Partner SAML")
                                                                                      : tr("Webex");
        case ProvisioningIdColumn:
            return t.provisioningId.isEmpty() ? tr("Not issued yet") : t.provisioningId;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ProvisioningIdColumn && t.provisioningId.isEmpty()) {
        return QColor(Qt::gray);
    }
    return {};
}

QVariant TemplateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CountryColumn:
        return tr("Country or region");
    case AuthColumn:
        return tr("Authentication");
    case ProvisioningIdColumn:
        return tr("Provisioning ID");
    }
    return {};
}

void TemplateTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace onboarder::ui
