#pragma once

#include "jobs/SetupAssistanceRequest.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

class QMessageBox;

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
class ExistingUsersTab;
class UserProvisioningController;

// "Configure customer" for one provisioned customer: add users, see its users, add locations and numbers, give admin
// roles, and prepare a Wholesale Setup Assist request. Open it with the client and the customer's ID; it loads the
// rest. Closing it with users typed or imported and not added asks whether to keep them for next time, export them
// or discard them (a profile switch closes it the same way); a window destroyed without being closed keeps them.
class ConfigureCustomerWindow : public QWidget
{
    Q_OBJECT

public:
    // The client is not owned and must outlive the window.
    ConfigureCustomerWindow(api::WholesaleClient* client, const QString& customerId, QWidget* parent = nullptr);
    ~ConfigureCustomerWindow() override;

    // The profile the client belongs to: users kept for next time are the customer's in this profile.
    void setProfileName(const QString& profile);

    ConfigureCustomerController* controller() const;
    UserProvisioningController* provisioningController() const;
    AddUsersTab* usersTab() const;
    ExistingUsersTab* existingUsersTab() const;
    AddLocationsTab* locationsTab() const;
    AdminRolesTab* adminRolesTab() const;
    // Shows the Add users tab and imports the file's users there once the customer has loaded; the import checks
    // them with Webex, and adding them stays the user's step.
    void importUsersWhenReady(const QString& filePath);
    // What the setup assistance request is built from: the customer, its locations and user counts.
    jobs::SetupAssistanceRequest::Input setupAssistanceInput() const;

public slots:
    void openSetupAssistance();

signals:
    // A close was settled: the window closed, or it stays open (Cancel, no export file chosen, users not kept).
    void closeAnswered(bool closed);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateHeader();
    // The question on close while users are not added; the window closes once it is answered.
    void askAboutUnsentUsers();
    void exportUnsentUsersInteractive();
    void closeDecided();
    void warn(const QString& title, const QString& text);

    const QScopedPointer<Ui::ConfigureCustomerWindow> m_ui;
    ConfigureCustomerController* m_controller;
    UserProvisioningController* m_provisioning;
    QPointer<QMessageBox> m_unsentQuestion;
    // The unsent users were dealt with (kept, exported, discarded, or there were none): close without asking.
    bool m_closeDecided = false;
};

} // namespace onboarder::ui
