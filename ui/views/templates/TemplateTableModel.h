#pragma once

#include "model/OnboardingTemplate.h"

#include <QAbstractTableModel>

namespace onboarder::ui {

// The onboarding templates of the active profile as a table: name, country or region, authentication method and
// Provisioning ID. The full template of a row is under TemplateRole.
class TemplateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountryColumn, AuthColumn, ProvisioningIdColumn, ColumnCount };
    static constexpr int TemplateRole = Qt::UserRole + 1;

    explicit TemplateTableModel(QObject* parent = nullptr);

    void setTemplates(const QList<model::OnboardingTemplate>& templates);
    // Headers and texts again in the current language (country names, "Not issued yet").
    void retranslate();
    model::OnboardingTemplate templateAt(int row) const;
    // -1 when absent.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<model::OnboardingTemplate> m_templates;
};

} // namespace onboarder::ui
