#pragma once

#include "connection/Profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace onboarder::api {
class ApiSession;
class CredentialStore;
class ProfileConnector;
} // namespace onboarder::api

namespace onboarder::ui {

// The network and keychain work of the settings dialog, so the dialog itself never waits: tests a profile's
// connection (one cheap wholesale call with the token typed in the dialog or kept in the keychain), signs an OAuth
// integration in through the system browser and keeps its tokens, and writes and removes the profile's secrets in
// the CredentialStore. Every outcome arrives later as a signal.
class SettingsDialogController : public QObject
{
    Q_OBJECT

public:
    // The credential store is not owned and may be null (secrets then cannot be kept or read).
    explicit SettingsDialogController(api::CredentialStore* credentials, QObject* parent = nullptr);
    ~SettingsDialogController() override;

    // An empty typed token or proxy password means "use the one in the keychain".
    void testConnection(const api::Profile& profile, const QString& typedToken, const QString& typedProxyPassword = {});
    void cancelTest();
    bool isTesting() const;

    // The kind of secret a profile keeps: its access token, or the client secret of an integration or service app.
    static int secretKindFor(const api::Profile& profile);
    void storeSecret(const api::Profile& profile, const QString& secret);
    // The password of the profile's own proxy: to the keychain like every secret, never to the profile's settings.
    void storeProxyPassword(const api::Profile& profile, const QString& password);
    // Looks whether the keychain holds the profile's secret; answers with secretPresence().
    void checkSecret(const api::Profile& profile);
    // Removes every secret of the profile (access token, refresh token, client secret, proxy password).
    void removeSecrets(const QString& profileName);

    // Gets the access and refresh tokens of the profile and stores them in the keychain: an OAuth integration runs
    // the authorization-code flow in the browser, with a loopback redirect; a service app fetches its pair with the
    // token of an integration allowed to (authorizingToken, used once and kept nowhere). An empty typed secret
    // means "use the stored client secret"; a typed one is stored too once the sign-in succeeds.
    void signIn(const api::Profile& profile,
                const QString& typedClientSecret,
                const QString& authorizingToken = {},
                const QString& typedProxyPassword = {});
    void cancelSignIn();
    bool isSigningIn() const;
    // Test seam: how the authorization URL is opened (the desktop's browser by default).
    void setBrowserOpener(std::function<void(const QUrl&)> opener);

signals:
    void testStarted();
    void testSucceeded(const QString& message);
    // message, error code and tracking ID as the API gave them (code and tracking ID may be empty).
    void testFailed(const QString& message, const QString& errorCode, const QString& trackingId);
    void secretStored(const QString& profileName);
    void secretStoreFailed(const QString& profileName, const QString& message);
    void secretPresence(const QString& profileName, bool stored);
    void signInStarted();
    // The tokens are in the keychain; message says as whom, when the API told.
    void signInSucceeded(const QString& profileName, const QString& message);
    void signInFailed(const QString& message, const QString& errorCode, const QString& trackingId);
    void signInCancelled();

private:
    void callWith(api::ProfileConnector* connector);
    void finishTest();
    // Both talk through session, which carries the profile's CA and proxy (and, for a service app, the token of
    // the integration allowed to fetch its tokens).
    void
    startFlow(api::ApiSession* session, const api::Profile& profile, const QString& clientSecret, bool storeSecret);
    void fetchServiceAppTokens(api::ApiSession* session,
                               const api::Profile& profile,
                               const QString& clientSecret,
                               bool storeSecret);
    // An empty clientSecretToStore keeps the stored one.
    void storeTokens(const api::Profile& profile,
                     const QString& accessToken,
                     const QString& refreshToken,
                     const QString& clientSecretToStore);
    void announceSignedIn(const api::Profile& profile, const QString& accessToken);
    void failSignIn(const QString& message, const QString& errorCode = {}, const QString& trackingId = {});
    void finishSignIn();

    QPointer<api::CredentialStore> m_credentials;
    QObject* m_testContext = nullptr; // callbacks of a cancelled test die with it
    QObject* m_signInContext = nullptr; // the flow, its loopback listener and callbacks of a running sign-in
    std::function<void(const QUrl&)> m_openBrowser;
};

} // namespace onboarder::ui
