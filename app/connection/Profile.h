#pragma once

#include <QList>
#include <QSslCertificate>
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
    QString serviceAppId; // the application ID its tokens are fetched under (POST /applications/{id}/token)
    QString caFile; // optional PEM file of extra CAs to trust, such as a corporate TLS inspection CA
    QUrl proxyUrl; // optional http://[user@]host:port proxy of its own; empty: the system's settings

    bool isDemo() const
    {
        return authKind == AuthKind::DemoSandbox;
    }
    // The one rule for which profiles renew their access token with a refresh token and client secret.
    bool renewsTokens() const
    {
        return authKind == AuthKind::OAuthIntegration || authKind == AuthKind::ServiceApp;
    }
    bool operator==(const Profile& other) const
    {
        return name == other.name && baseUrl == other.baseUrl && authKind == other.authKind
            && clientId == other.clientId && subPartnerOrgId == other.subPartnerOrgId
            && serviceAppTargetOrgId == other.serviceAppTargetOrgId && serviceAppId == other.serviceAppId
            && caFile == other.caFile && proxyUrl == other.proxyUrl;
    }

    // The extra CAs of caFile (PEM or DER); empty when there is no file, or when it cannot be read or holds none.
    QList<QSslCertificate> caCertificates() const;
    // What is wrong with caFile or proxyUrl in words, empty when nothing is (or they are not set): the one rule that
    // Settings explains inline and the connector refuses by.
    QString caFileProblem() const;
    QString proxyProblem() const;

    static QString authKindId(AuthKind kind);
    static AuthKind authKindFromId(const QString& id, AuthKind fallback = AuthKind::PersonalAccessToken);
    static QString demoProfileName();
    static Profile demoProfile();
    static QUrl webexBaseUrl();
};

} // namespace onboarder::api
