#pragma once

#include "api/ApiError.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

class QSortFilterProxyModel;

namespace Ui {
class ExistingUsersTab;
}

namespace onboarder::ui {

class ConfigureCustomerController;
class EmptyViewNotice;
class ExistingUsersModel;

// "Existing users": the customer's users with their status, email, name, package and location, searchable by name
// or email, refreshed on demand and after users were added in this window. Says so when there is nothing to show,
// and shows a failed load with the API's message, code and tracking ID.
class ExistingUsersTab : public QWidget
{
    Q_OBJECT

public:
    explicit ExistingUsersTab(QWidget* parent = nullptr);
    ~ExistingUsersTab() override;

    // Not owned.
    void setController(ConfigureCustomerController* controller);
    ExistingUsersModel* model() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void onUsersChanged();
    void onUsersFailed(const api::ApiError& error);
    void updateState();

    const QScopedPointer<Ui::ExistingUsersTab> m_ui;
    QPointer<ConfigureCustomerController> m_controller;
    ExistingUsersModel* m_model;
    QSortFilterProxyModel* m_search;
    EmptyViewNotice* m_notice;
    bool m_failed = false;
    int m_soFar = 0;
};

} // namespace onboarder::ui
