#pragma once

#include "api/ApiError.h"
#include "ui/configure/UserProvisioningController.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

class QPersistentModelIndex;
class QUndoStack;

namespace Ui {
class AddUsersTab;
}

namespace onboarder::ui {

class ConfigureCustomerController;
class EmptyViewNotice;
class UserProblemsFilter;
class UserTableModel;
class UserRowDelegate;

// "Add users": the editable users table with per-cell checks, the precheck of every user with Webex, then
// provisioning with per-row outcome, and the consent email again for users waiting to move their free account.
class AddUsersTab : public QWidget
{
    Q_OBJECT

public:
    explicit AddUsersTab(QWidget* parent = nullptr);
    ~AddUsersTab() override;

    // Not owned. The provisioning controller may be replaced (a journaled bulk job) before the first check.
    void setControllers(ConfigureCustomerController* customer, UserProvisioningController* provisioning);
    UserTableModel* model() const;
    // Adds the users of a CSV/TSV file (as spreadsheets export it) to the table, after the rows already there; each
    // row is then checked like a typed one. False with the reasons when the file cannot be used at all.
    bool importFile(const QString& filePath, QString* errorMessage = nullptr);
    // importFile once the customer has loaded (at once when it has), a file that cannot be used said in a message.
    void importFileWhenReady(const QString& filePath);

    // Users kept for the next time (UnsentUsersStore) belong to the customer and to this profile.
    void setProfileName(const QString& profile);
    // Rows typed or imported and not added, as typed; rows of an add under way are the run's to finish, not these.
    QList<model::Subscriber> unsentUsers() const;
    // True once the customer loaded and the table holds what it will hold (kept users restored).
    bool isReady() const;
    // Keeps the unsent users for the next time this customer is opened with this profile (nothing kept when there
    // are none).
    bool keepUnsentUsers(QString* errorMessage = nullptr);
    bool exportUnsentUsers(const QString& filePath, QString* errorMessage = nullptr);
    void forgetKeptUsers();
    // Sets one value in one column (package or location) of every selected row, as one undoable step.
    void setColumnForSelection(int column, const QString& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateContext();
    void updateActions();
    void addRow();
    void importFileInteractive();
    void importFileAndSay(const QString& filePath);
    void removeRows();
    // Every model row with a selected cell (a click on the row number selects the whole row).
    QList<int> selectedRows() const;
    void openSetColumnDialog();
    void showContextMenu(const QPoint& position);
    void setProblemsOnly(bool problemsOnly);
    void updateEmptyNotice();
    void restoreKeptUsers();
    void check();
    void provision();
    void resendConsent();
    void requestNewLocation(const QPersistentModelIndex& cell);
    // A run for this customer that stopped before it finished (the app was closed, crashed or was killed).
    void offerUnfinishedRun();
    void updateResumeBanner();
    void resumeUnfinishedRun();
    void discardUnfinishedRun();
    void onStarted(UserProvisioningController::Stage stage, int rows);
    void onFinished(UserProvisioningController::Stage stage, bool cancelled);
    UserProvisioningController::Rows pendingRows() const;
    // Adds rows below the ones there (dropping untouched empty rows) and loads the free numbers of their locations;
    // returns the first added row.
    int appendRows(const QList<model::Subscriber>& rows);
    int selectedRow() const;
    QModelIndex viewIndex(int row, int column) const;

    const QScopedPointer<Ui::AddUsersTab> m_ui;
    QPointer<ConfigureCustomerController> m_customer;
    QPointer<UserProvisioningController> m_provisioning;
    UserTableModel* m_model;
    UserProblemsFilter* m_filter;
    EmptyViewNotice* m_emptyNotice;
    QUndoStack* m_undoStack;
    UserRowDelegate* m_delegate = nullptr;
    UserProvisioningController::Stage m_stage = UserProvisioningController::Stage::Precheck;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_pending = 0;
    QString m_notice;
    QString m_pendingImport; // a file to import once the customer has loaded
    std::optional<jobs::ImportRunStore::Run> m_unfinishedRun;
    bool m_lookedForUnfinishedRuns = false;
    QString m_profile;
    bool m_ready = false;
    // Rows handed to an add under way: its journal has them, so they are not kept or exported on close.
    QList<int> m_runRows;
};

} // namespace onboarder::ui
