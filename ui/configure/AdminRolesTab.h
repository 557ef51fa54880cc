#pragma once

#include "model/FieldError.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class AdminRolesTab;
}

namespace onboarder::ui {

class ConfigureCustomerController;

// "Admin roles": the customer's users with their package and roles; gives a user an administrator role or changes
// a package, with the admin package rule (reference §7.5) applied before anything is sent: an action that breaks
// it is disabled and the reason is shown beside it.
class AdminRolesTab : public QWidget
{
    Q_OBJECT

public:
    explicit AdminRolesTab(QWidget* parent = nullptr);
    ~AdminRolesTab() override;

    // Not owned.
    void setController(ConfigureCustomerController* controller);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct User
    {
        QString email;
        QString name;
        QString personId;
        QString subscriberId;
        QString package;
        QStringList roles;
        bool pending = false;
    };

    void retranslateUi();
    void fillUsers();
    void fillRoles();
    void updateSelection();
    void assignRole();
    void changePackage();
    QList<User> users() const;
    std::optional<User> selectedUser() const;
    // Why the selected user cannot get the chosen role / package; empty when it is allowed.
    QString roleBlocker(const User& user) const;
    QString packageBlocker(const User& user, const QString& package) const;

    const QScopedPointer<Ui::AdminRolesTab> m_ui;
    QPointer<ConfigureCustomerController> m_controller;
    QString m_selectedEmail;
    bool m_busy = false;
};

} // namespace onboarder::ui
