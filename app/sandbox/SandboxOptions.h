#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace onboarder::sandbox {

// Everything that configures one sandbox instance; filled from the command line or by the embedding code.
struct SandboxOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QString dataDir; // empty: in memory only
    QString seed = QStringLiteral("demo"); // demo | empty | large:N
    QString token; // empty: generate one
    int latencyMs = 0;
    double rateLimitPerSecond = 0; // 0: unlimited
    double failRate = 0; // 0..1
    double loseAnswerRate = 0; // 0..1 of creates carried out whose answer is replaced by a 502/504
    std::optional<quint32> failSeed; // seeds --fail-rate and --lose-answer-rate alike
    // Tests only: keeps a ledger of every write the handlers answered and serves it, with per-kind record counts,
    // under /v1/sandbox/inspection/ (see SandboxInspection).
    bool inspection = false;
    // Tests only: creates of users (POST .../subscribers, never the precheck) whose email matches this regular
    // expression are refused with a 400 after the handler's checks would have passed them: a lasting refusal a client
    // must report as failed. Empty: none.
    QString refuseCreatesForEmails;
    int provisioningDelayMs = 1500;
    qint64 accessTokenLifetimeSecs = 1209599; // as Webex: about 14 days
    qint64 refreshTokenLifetimeSecs = 7776000; // about 90 days
    // HTTPS instead of HTTP when both are set: PEM certificate (chain) and its unencrypted private key.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    // The OAuth clients (integrations and Service apps) /access_token and the Service app token call accept:
    // client ID → client secret. A wrong or unknown pair is refused, as Webex does.
    QHash<QString, QString> oauthClients { { defaultClientId(), defaultClientSecret() } };

    static QString defaultClientId()
    {
        return QStringLiteral("onboarder-sandbox");
    }
    static QString defaultClientSecret()
    {
        return QStringLiteral("sandbox-client-secret");
    }
};

} // namespace onboarder::sandbox
