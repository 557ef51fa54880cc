#pragma once

#include "api/Profile.h"

#include <QObject>
#include <QPointer>

namespace onboarder::api {
class ApiSession;
class CredentialStore;
class StaticTokenProvider;
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::ui {

// The network and keychain work of the settings dialog, so the dialog itself never waits: tests a profile's
// connection (one cheap wholesale call with the token typed in the dialog or kept in the keychain) and writes and
// removes the profile's secrets in the CredentialStore. Every outcome arrives later as a signal.
class SettingsDialogController : public QObject
{
    Q_OBJECT

public:
    // The credential store is not owned and may be null (secrets then cannot be kept or read).
    explicit SettingsDialogController(api::CredentialStore* credentials, QObject* parent = nullptr);
    ~SettingsDialogController() override;

    // An empty typed token means "use the one in the keychain".
    void testConnection(const api::Profile& profile, const QString& typedToken);
    void cancelTest();
    bool isTesting() const;

    // The kind of secret a profile keeps: its access token, or the client secret of an integration or service app.
    static int secretKindFor(const api::Profile& profile);
    void storeSecret(const api::Profile& profile, const QString& secret);
    // Looks whether the keychain holds the profile's secret; answers with secretPresence().
    void checkSecret(const api::Profile& profile);
    // Removes every secret of the profile (access token, refresh token, client secret).
    void removeSecrets(const QString& profileName);

signals:
    void testStarted();
    void testSucceeded(const QString& message);
    // message, error code and tracking ID as the API gave them (code and tracking ID may be empty).
    void testFailed(const QString& message, const QString& errorCode, const QString& trackingId);
    void secretStored(const QString& profileName);
    void secretStoreFailed(const QString& profileName, const QString& message);
    void secretPresence(const QString& profileName, bool stored);

private:
    void connectAndCall(const api::Profile& profile, const QString& token);
    void finishTest();

    QPointer<api::CredentialStore> m_credentials;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    QObject* m_testContext = nullptr; // callbacks of a cancelled test die with it
};

} // namespace onboarder::ui
