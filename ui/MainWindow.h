#pragma once

#include "connection/Profile.h"

#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}
namespace onboarder::api {
class AuditLog;
class CredentialStore;
class CustomerNameCache;
class ProfileStore;
} // namespace onboarder::api

namespace onboarder::ui {

class ActivityView;
class ConfigureCustomerWindow;
class CustomerImportDialog;
class CustomerWizard;
class CustomersView;
class ProfileConnection;
class SettingsDialog;
class TemplateWizard;
class TemplatesView;

// The application window, laid out like Partner Hub: a side list of sections (Customers, Onboarding templates,
// Activity), the active profile in the toolbar with "Demo sandbox" clearly marked, and the File menu for templates
// and drafts. Remembers its geometry and the last profile.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { CustomersPage, TemplatesPage, ActivityPage };

    // None of the objects is owned; all must outlive the window.
    MainWindow(api::ProfileStore* profiles,
               api::AuditLog* auditLog,
               api::CredentialStore* credentials,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Where the demo sandbox keeps its state between starts (set before activateProfile); empty: in memory.
    void setDemoDataDir(const QString& dir);
    // The size of the first start on a screen of that available size.
    static QSize defaultSize(const QSize& available);
    // Connects to the named profile (the demo sandbox when the name is empty or unknown).
    void activateProfile(const QString& name);
    // The profile activateProfile(name) connects to.
    static api::Profile profileToActivate(const api::ProfileStore* profiles, const QString& name);
    // Takes over (and parents) a connection started before the window was built, as activateProfile() would have
    // made it: main() starts the profile's connection first, so the demo sandbox starts and seeds on its own thread
    // while the window is made. It may be ready, failed or still on its way.
    void adoptConnection(ProfileConnection* connection);
    // Start-up work the first window does not need (main() opens the audit log here): run, in the order given, a
    // moment after the window has shown its first list of customers (or its profile failed to connect, or 2 s have
    // passed), at once when the user goes where it is needed (the activity page), and at the latest when the window
    // is destroyed: what `work` uses must outlive the window.
    void runAfterFirstList(std::function<void()> work);
    // Shows the window once its first customers are listed (or their list has ended, or the profile failed to
    // connect), or once `budget` has passed, whichever comes first; at once with no budget. A list in within the
    // budget is in the window's first frame rather than the next, which an X server can keep waiting tens of
    // milliseconds behind the first.
    void showWithFirstList(std::chrono::milliseconds budget);
    // The profile chosen in the window: each Configure customer window is closed first, asking about its users not
    // added as closing it does; when one of them stays open (Cancel), the profile stays as it was.
    void switchProfile(const QString& name);
    // Returns the demo sandbox to its seed (without asking; File → Reset Demo Data… asks first), and reconnects
    // when the demo profile is active.
    void resetDemoData();
    ProfileConnection* connection() const;

    void showPage(Page page);
    Page currentPage() const;
    CustomersView* customersView() const;
    // The templates and activity pages are made when first shown or asked for, or soon after the first list of
    // customers is in, whichever comes first: the first window shows the customers only.
    TemplatesView* templatesView();
    ActivityView* activityView();

    // Opens the template wizard next to the window (not modal, so the templates stay visible).
    TemplateWizard* newTemplateWizard();
    // Opens a draft in a new wizard; null with a message when the file cannot be read.
    TemplateWizard* openDraft(const QString& filePath, QString* errorMessage = nullptr);
    // Opens the settings dialog (profiles, language, theme), or raises it when it is open already.
    SettingsDialog* openSettings();
    // Opens the customer wizard next to the window; a created customer is listed, selected and followed.
    CustomerWizard* newCustomerWizard();
    // File → Import Customers… (and the customers view's Import…): a batch of customers with their users, from
    // files; customers it creates are listed and followed as they come. Raises the one already open.
    CustomerImportDialog* importCustomers();
    // Opens "Configure customer" (users, locations, admin roles) for a customer of the active profile, or raises the
    // window already open for it.
    ConfigureCustomerWindow* configureCustomer(const QString& customerId);
    // The users file named in the customer wizard: once the customer is provisioned, Configure Customer opens with
    // its users imported and checked; when it is not, the status bar says why.
    void addUsersWhenProvisioned(const QString& customerId, const QString& usersFile);
    // File → Save Draft: saves the wizard the user last worked in (template or customer); false when none is open.
    bool saveActiveWizardDraft();
    // Opens a customer draft in a new wizard; null with a message when the file cannot be read.
    CustomerWizard* openCustomerDraft(const QString& filePath, QString* errorMessage = nullptr);

signals:
    void profileReady();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fillProfiles();
    // Makes the page's view when it does not exist yet (templates, activity), wired to the active connection.
    void ensurePage(int page);
    // Runs what runAfterFirstList() was given, then makes the other pages, a moment after the first list is in.
    void firstListShown();
    void endShowHold();
    void runStartupWork();
    // Shows the connection in the window and follows it; activateProfile() and adoptConnection() share it.
    void useConnection(ProfileConnection* connection);
    void onProfileFailed();
    // Closes what uses the active connection, and the connection itself.
    void disconnectProfile();
    // Closes the open Configure customer windows one after the other; done(false) as soon as one stays open.
    void closeConfigureWindows(const std::function<void(bool allClosed)>& done);
    void onProfileReady();
    void resetDemoDataInteractive();
    void compareDrafts();
    void openDraftInteractive();
    void openCustomerDraftInteractive();
    void about();
    // Texts set in code, again in the current language.
    void retranslate();
    void updateWindowTitle();
    // What the status bar says about the active connection (connecting, ready, failed), in the current language.
    QString connectionStatusText() const;
    void showConnectionStatus();

    const QScopedPointer<Ui::MainWindow> m_ui;
    const std::unique_ptr<api::CustomerNameCache> m_customerNames;
    api::ProfileStore* m_profiles;
    QPointer<api::AuditLog> m_auditLog;
    QPointer<api::CredentialStore> m_credentials;
    QComboBox* m_profileCombo = nullptr;
    QLabel* m_demoBadge = nullptr;
    CustomersView* m_customers = nullptr;
    TemplatesView* m_templates = nullptr; // made by ensurePage()
    ActivityView* m_activity = nullptr; // made by ensurePage()
    ProfileConnection* m_connection = nullptr;
    QString m_selectAfterRefresh;
    QAction* m_settingsAction = nullptr;
    QAction* m_resetDemoAction = nullptr;
    QString m_demoDataDir;
    QString m_activeProfile;
    QLabel* m_profileLabel = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    // They use the active profile's client, so they close when the profile changes.
    QList<QPointer<ConfigureCustomerWindow>> m_configureWindows;
    // The profile a switch waits to connect to while the windows ask about their users not added.
    std::optional<QString> m_pendingProfile;
    // The wizard window that last had the focus: what File → Save Draft saves.
    QPointer<QWidget> m_lastWizard;
    // Uses the active profile's client too: closed when the profile changes.
    QPointer<CustomerImportDialog> m_lastCustomerImport;
    std::vector<std::function<void()>> m_startupWork;
    bool m_firstListShown = false;
    bool m_showHeld = false; // showWithFirstList() waits for the first list
    // The connection status as last shown: said again in a new language while the status bar still shows it.
    QString m_shownConnectionStatus;
};

} // namespace onboarder::ui
