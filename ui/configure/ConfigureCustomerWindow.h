#pragma once

#include "jobs/SetupAssistanceRequest.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class ConfigureCustomerWindow;
}
namespace onboarder::api {
class WholesaleClient;
}

namespace onboarder::ui {

class AddLocationsTab;
class AddUsersTab;
class AdminRolesTab;
class ConfigureCustomerController;
class UserProvisioningController;

// "Configure customer" for one provisioned customer: add users, add locations and numbers, give admin roles, and
// prepare a Wholesale Setup Assist request. Open it with the client and the customer's ID; it loads the rest.
class ConfigureCustomerWindow : public QWidget
{
    Q_OBJECT

public:
    // The client is not owned and must outlive the window.
    ConfigureCustomerWindow(api::WholesaleClient* client, const QString& customerId, QWidget* parent = nullptr);
    ~ConfigureCustomerWindow() override;

    ConfigureCustomerController* controller() const;
    UserProvisioningController* provisioningController() const;
    AddUsersTab* usersTab() const;
    AddLocationsTab* locationsTab() const;
    AdminRolesTab* adminRolesTab() const;
    // What the setup assistance request is built from: the customer, its locations and user counts.
    jobs::SetupAssistanceRequest::Input setupAssistanceInput() const;

public slots:
    void openSetupAssistance();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateHeader();

    const QScopedPointer<Ui::ConfigureCustomerWindow> m_ui;
    ConfigureCustomerController* m_controller;
    UserProvisioningController* m_provisioning;
};

} // namespace onboarder::ui
