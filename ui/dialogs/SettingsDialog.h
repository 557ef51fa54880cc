#pragma once

#include "connection/CredentialStore.h"
#include "connection/Profile.h"

#include <QDialog>
#include <QMessageBox>
#include <QScopedPointer>

#include <functional>

namespace Ui {
class SettingsDialog;
}
namespace onboarder::api {
class CredentialStore;
class ProfileStore;
} // namespace onboarder::api

namespace onboarder::ui {

class SettingsDialogController;

// Preferences: the connection profiles (add, edit, remove, test, sign in to an OAuth integration; secrets go to the
// keychain and are never shown back), the interface language and the colour theme. Language and theme apply at once
// and are remembered.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { ProfilesTab, AppearanceTab };

    // The stores are not owned; the credential store may be null.
    SettingsDialog(api::ProfileStore* profiles, api::CredentialStore* credentials, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void showTab(Tab tab);
    void selectProfile(const QString& name);
    SettingsDialogController* controller() const;

    // Test seam: answers the removal question instead of a message box.
    void setConfirmAnswer(std::function<QMessageBox::StandardButton()> answer);

signals:
    // A profile was saved or removed (the main window refreshes its profile list).
    void profilesChanged();
    // New tokens of the profile are in the keychain (the main window reconnects it when it is the active one).
    void profileSignedIn(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillProfiles(const QString& select);
    void showCurrentProfile();
    void updateAuthFields();
    api::Profile profileFromForm() const;
    bool isDemoSelected() const;
    bool isNewSelected() const;
    void addProfile();
    void chooseCaFile();
    void saveProfile();
    void removeProfile();
    void testConnection();
    void signIn();
    void setSigningIn(bool signingIn);
    void showTestResult(bool ok, const QString& text);
    void showKeychainState(api::CredentialStore::KeychainState state);
    void showProfileError(const QString& text);
    void updateSecretStatus();
    void fillAppearance();
    void updateLocaleSample();

    const QScopedPointer<Ui::SettingsDialog> m_ui;
    api::ProfileStore* m_profiles;
    SettingsDialogController* m_controller;
    std::function<QMessageBox::StandardButton()> m_confirmAnswer;
    QString m_testErrorText;
    int m_secretState = -1; // -1 unknown, 0 none stored, 1 stored
    bool m_filling = false;
};

} // namespace onboarder::ui
