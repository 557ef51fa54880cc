#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace onboarder::api {

// Removes secrets from what is about to be logged or stored: JSON members and query items whose names say they
// hold a token, secret, password or authorization code are replaced by a marker, whatever their depth.
class SecretRedactor
{
public:
    static bool isSecretName(const QString& name);
    // A compact, redacted JSON (or form body) summary, cut at maxLength characters.
    static QString summarizeBody(const QByteArray& body, int maxLength = 600);
    // Path and query of the URL with secret query values replaced.
    static QString redactedPathAndQuery(const QUrl& url);
    static QString marker();
};

} // namespace onboarder::api
