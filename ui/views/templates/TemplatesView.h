#pragma once

#include "model/OnboardingTemplate.h"

#include <QMessageBox>
#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QSortFilterProxyModel;

namespace Ui {
class TemplatesView;
}

namespace onboarder::api {
class WholesaleClient;
}
namespace onboarder::jobs {
class TemplateStore;
}

namespace onboarder::ui {

class TemplateTableModel;

// The "Onboarding templates" page: the profile's templates (sandbox or local library) in a searchable, sortable
// table, with open (all settings and the Provisioning ID), duplicate, delete (confirmed) and export. Under the table
// the selected template's Provisioning ID stands with Copy and "Create a customer with this template": the next step
// after a template is submitted.
class TemplatesView : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesView(QWidget* parent = nullptr);
    ~TemplatesView() override;

    // The store is not owned; null shows an empty, disabled view.
    void setStore(jobs::TemplateStore* store, const QString& profileName);
    jobs::TemplateStore* store() const;
    // Looks up the service provider admin of a template that carries only a person ID. Not owned; may be null.
    void setClient(api::WholesaleClient* client);
    QAbstractItemModel* model() const; // the filtered, sorted model the table shows

    // The template of the current row, if any.
    std::optional<model::OnboardingTemplate> currentTemplate() const;
    bool selectTemplate(const QString& name);
    // The template the wizard just submitted: selected, and named as new above its Provisioning ID.
    void showSubmitted(const QString& name);

    // Test seams for the modal questions.
    void setConfirmAnswer(std::function<QMessageBox::StandardButton()> answer);

signals:
    void createTemplateRequested();
    void createCustomerRequested(const onboarder::model::OnboardingTemplate& onboardingTemplate);

public slots:
    void refresh();
    void openCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void exportCurrent();
    bool exportCurrentTo(const QString& filePath, QString* errorMessage = nullptr);
    // Puts the current row's Provisioning ID on the clipboard (Ctrl+C in the table).
    void copyProvisioningId();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void updateCurrentPanel();
    void updateSourceLabel();
    void showStatus(const QString& text, bool isError = false);
    // "3 templates." in the current language.
    void showCount();

    const QScopedPointer<Ui::TemplatesView> m_ui;
    TemplateTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<jobs::TemplateStore> m_store;
    QPointer<api::WholesaleClient> m_client;
    QString m_submittedName;
    QString m_profileName;
    std::function<QMessageBox::StandardButton()> m_confirmAnswer;
    bool m_statusIsCount = false; // the status line shows the count, which follows a language change
};

} // namespace onboarder::ui
