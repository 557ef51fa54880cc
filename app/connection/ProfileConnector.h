#pragma once

#include "connection/Profile.h"

#include <QObject>
#include <QPointer>

namespace onboarder::api {

class ApiSession;
class AuditLog;
class CredentialStore;
class TokenProvider;
class WholesaleClient;

// The one way a profile connects, for the window, Test Connection and the CLI alike: reads the profile's secrets
// from the keychain in one go, chooses the token provider (a fixed token, or one that renews when
// Profile::renewsTokens() says so), writes renewed tokens back to the keychain, and opens the session and client.
// opened() or failed() follows open(); nothing blocks meanwhile. The session and client belong to the connector.
class ProfileConnector : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        InvalidAddress, // the base URL may not be used; the detail says why
        NoKeychain, // no credential store was given
        NoToken, // the keychain holds no access token for the profile
        KeychainRefused, // the keychain is locked or refused access; the detail says so in words
        InvalidCaFile, // the profile's CA file holds no certificate; the detail says which file
        InvalidProxy, // the profile's proxy is no http://host:port URL
    };
    Q_ENUM(Failure)

    // The credential store and audit log are not owned and may be null.
    explicit ProfileConnector(CredentialStore* credentials, QObject* parent = nullptr);
    ~ProfileConnector() override;

    // Every request of the session is recorded under the profile's name.
    void setAuditLog(AuditLog* auditLog);

    // Once per connector. Connects with the profile's secrets from the keychain, or with token when it is not empty (a
    // token typed in Settings, one from the CLI's environment, the demo sandbox's own): such a token is used as it is.
    void open(const Profile& profile, const QString& token = {});
    // A proxy password typed but not stored yet (Settings tests before saving); otherwise the keychain's is used.
    void setProxyPassword(const QString& password);

    // A session's CA certificates and proxy as the profile says: for sessions opened beside the connector (sign-in).
    static void applyNetworkSettings(ApiSession* session, const Profile& profile, const QString& proxyPassword);

    const Profile& profile() const;
    // Valid after opened().
    ApiSession* session() const;
    WholesaleClient* client() const;
    TokenProvider* tokens() const;
    // True while renewed tokens are on their way to the keychain; tokensSaved() follows.
    bool isSavingTokens() const;

signals:
    void opened();
    void failed(onboarder::api::ProfileConnector::Failure failure, const QString& detail);
    void tokensSaved();

private:
    void openWith(TokenProvider* tokens);
    TokenProvider* renewingTokens(const QString& accessToken, const QString& refreshToken, const QString& clientSecret);
    void saveRenewedTokens(const QString& accessToken, const QString& refreshToken);

    QPointer<CredentialStore> m_credentials;
    QPointer<AuditLog> m_auditLog;
    Profile m_profile;
    TokenProvider* m_tokens = nullptr;
    ApiSession* m_session = nullptr;
    WholesaleClient* m_client = nullptr;
    QString m_proxyPassword;
    int m_pendingWrites = 0;
};

} // namespace onboarder::api
