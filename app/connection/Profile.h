#pragma once

#include <QString>
#include <QUrl>

namespace onboarder::api {

// A named connection: where the API is, how we authenticate, and on whose behalf. Secrets are not part of it;
// they live in the CredentialStore under the profile's name.
struct Profile
{
    enum class AuthKind { PersonalAccessToken, OAuthIntegration, ServiceApp, DemoSandbox };

    QString name;
    QUrl baseUrl;
    AuthKind authKind = AuthKind::PersonalAccessToken;
    QString clientId; // OAuth integration or service app
    QString subPartnerOrgId; // optional onBehalfOfSubPartnerOrgId
    QString serviceAppTargetOrgId;

    bool isDemo() const
    {
        return authKind == AuthKind::DemoSandbox;
    }
    bool operator==(const Profile& other) const
    {
        return name == other.name && baseUrl == other.baseUrl && authKind == other.authKind
            && clientId == other.clientId && subPartnerOrgId == other.subPartnerOrgId
            && serviceAppTargetOrgId == other.serviceAppTargetOrgId;
    }

    static QString authKindId(AuthKind kind);
    static AuthKind authKindFromId(const QString& id, AuthKind fallback = AuthKind::PersonalAccessToken);
    static QString demoProfileName();
    static Profile demoProfile();
    static QUrl webexBaseUrl();
};

} // namespace onboarder::api
