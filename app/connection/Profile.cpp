#include "connection/Profile.h"

#include <QCoreApplication>

namespace onboarder::api {

QList<QSslCertificate> Profile::caCertificates() const
{
    if (caFile.isEmpty()) {
        return {};
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        certificates = QSslCertificate::fromPath(caFile, QSsl::Der);
    }
    return certificates;
}

QString Profile::caFileProblem() const
{
    if (caFile.isEmpty() || !caCertificates().isEmpty()) {
        return {};
    }
    return QCoreApplication::translate("Profile", "The CA file %1 cannot be read or holds no certificate.").arg(caFile);
}

QString Profile::proxyProblem() const
{
    if (proxyUrl.isEmpty()
        || (proxyUrl.isValid() && !proxyUrl.host().isEmpty() && proxyUrl.port() > 0
            && proxyUrl.scheme() == QLatin1String("http"))) {
        return {};
    }
    return QCoreApplication::translate("Profile", "The proxy must look like http://proxy.example.com:3128.");
}

QString Profile::authKindId(AuthKind kind)
{
    switch (kind) {
    case AuthKind::PersonalAccessToken:
        return QStringLiteral("personal-access-token");
    case AuthKind::OAuthIntegration:
        return QStringLiteral("oauth-integration");
    case AuthKind::ServiceApp:
        return QStringLiteral("service-app");
    case AuthKind::DemoSandbox:
        return QStringLiteral("demo-sandbox");
    }
    return {};
}

Profile::AuthKind Profile::authKindFromId(const QString& id, AuthKind fallback)
{
    for (AuthKind kind :
         { AuthKind::PersonalAccessToken, AuthKind::OAuthIntegration, AuthKind::ServiceApp, AuthKind::DemoSandbox }) {
        if (authKindId(kind) == id) {
            return kind;
        }
    }
    return fallback;
}

QString Profile::demoProfileName()
{
    return QStringLiteral("Demo sandbox");
}

Profile Profile::demoProfile()
{
    Profile profile;
    profile.name = demoProfileName();
    profile.authKind = AuthKind::DemoSandbox;
    // The in-process sandbox picks its port when it starts; the URL is set then.
    return profile;
}

QUrl Profile::webexBaseUrl()
{
    return QUrl(QStringLiteral("https://webexapis.com/v1"));
}

} // namespace onboarder::api
