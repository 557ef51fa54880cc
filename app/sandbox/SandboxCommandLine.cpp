#include "sandbox/SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace onboarder::sandbox {

namespace {
bool parseSeed(const QString& seed)
{
    static const QRegularExpression large(QStringLiteral("^large:[1-9][0-9]{0,6}$"));
    return seed == QLatin1String("demo") || seed == QLatin1String("empty") || large.match(seed).hasMatch();
}
} // namespace

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local implementation of the Webex Wholesale REST API for demos and tests."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("TCP port (0: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Keep state in SQLite under DIR across restarts."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption memory(QStringLiteral("memory"), QStringLiteral("Keep state in memory only (default)."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Initial data: demo, empty or large:N (only into a new data folder)."),
                                  QStringLiteral("demo|empty|large:N"),
                                  QStringLiteral("demo"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QStringLiteral("Static full-scope bearer token (default: a generated one, printed)."),
        QStringLiteral("T"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every answer by N ms."),
                                     QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  QStringLiteral("Token bucket of N requests per second; 429 with Retry-After beyond."),
                                  QStringLiteral("N/s"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Answer this share (0..1) of API requests with 502 or 503."),
                                      QStringLiteral("P"),
                                      QStringLiteral("0"));
    const QCommandLineOption failSeed(QStringLiteral("fail-seed"),
                                      QStringLiteral("Seed of the fault generator, for repeatable runs."),
                                      QStringLiteral("N"));
    const QCommandLineOption loseAnswerRate(
        QStringLiteral("lose-answer-rate"),
        QStringLiteral("Carry out this share (0..1) of creates, then answer 502 or 504 instead of the real answer."),
        QStringLiteral("P"),
        QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("provisioning-delay-ms"),
                                   QStringLiteral("Time a customer spends provisioning, updating or deleting."),
                                   QStringLiteral("N"),
                                   QStringLiteral("1500"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime-s"),
                                           QStringLiteral("Lifetime of OAuth access tokens in seconds."),
                                           QStringLiteral("N"),
                                           QStringLiteral("1209599"));
    parser.addOptions(
        { help, port, bind, data, memory, seed, token, latency, rate, failRate, failSeed, delay, tokenLifetime });
    parser.addOption(loseAnswerRate);
    const QCommandLineOption oauthClient(
        QStringLiteral("oauth-client"),
        QStringLiteral("An OAuth client (integration or Service app) the token endpoints accept; repeatable. Default: "
                       "onboarder-sandbox:sandbox-client-secret."),
        QStringLiteral("ID:SECRET"));
    parser.addOption(oauthClient);
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate (chain); needs --tls-key."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The unencrypted PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    parser.addOptions({ tlsCert, tlsKey });
    m_help = parser.helpText();

    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        return Outcome::ShowHelp;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_error = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }
    auto fail = [this](const QString& text) {
        m_error = text;
        return Outcome::Error;
    };

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    }
    m_options.port = static_cast<quint16>(portValue);
    if (!m_options.bindAddress.setAddress(parser.value(bind))) {
        return fail(QStringLiteral("--bind must be an IP address"));
    }
    if (parser.isSet(data) && parser.isSet(memory)) {
        return fail(QStringLiteral("--data and --memory exclude each other"));
    }
    if (parser.isSet(data)) {
        m_options.dataDir = parser.value(data);
        if (m_options.dataDir.isEmpty()) {
            return fail(QStringLiteral("--data needs a folder"));
        }
    }
    m_options.seed = parser.value(seed);
    if (!parseSeed(m_options.seed)) {
        return fail(QStringLiteral("--seed must be demo, empty or large:N"));
    }
    if (parser.isSet(token)) {
        m_options.token = parser.value(token);
        if (m_options.token.trimmed().isEmpty()) {
            return fail(QStringLiteral("--token must not be empty"));
        }
    }
    m_options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || m_options.latencyMs < 0) {
        return fail(QStringLiteral("--latency-ms must be a number of milliseconds"));
    }
    if (parser.isSet(rate)) {
        QString value = parser.value(rate);
        if (value.endsWith(QLatin1String("/s"))) {
            value.chop(2);
        }
        m_options.rateLimitPerSecond = value.toDouble(&ok);
        if (!ok || m_options.rateLimitPerSecond <= 0) {
            return fail(QStringLiteral("--rate-limit must look like 10/s"));
        }
    }
    m_options.failRate = parser.value(failRate).toDouble(&ok);
    if (!ok || m_options.failRate < 0 || m_options.failRate > 1) {
        return fail(QStringLiteral("--fail-rate must be between 0 and 1"));
    }
    m_options.loseAnswerRate = parser.value(loseAnswerRate).toDouble(&ok);
    if (!ok || m_options.loseAnswerRate < 0 || m_options.loseAnswerRate > 1) {
        return fail(QStringLiteral("--lose-answer-rate must be between 0 and 1"));
    }
    if (parser.isSet(failSeed)) {
        const quint32 value = parser.value(failSeed).toUInt(&ok);
        if (!ok) {
            return fail(QStringLiteral("--fail-seed must be a number"));
        }
        m_options.failSeed = value;
    }
    m_options.provisioningDelayMs = parser.value(delay).toInt(&ok);
    if (!ok || m_options.provisioningDelayMs < 0) {
        return fail(QStringLiteral("--provisioning-delay-ms must be a number of milliseconds"));
    }
    m_options.accessTokenLifetimeSecs = parser.value(tokenLifetime).toLongLong(&ok);
    if (!ok || m_options.accessTokenLifetimeSecs <= 0) {
        return fail(QStringLiteral("--token-lifetime-s must be a positive number"));
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    }
    m_options.tlsCertificateFile = parser.value(tlsCert);
    m_options.tlsKeyFile = parser.value(tlsKey);
    if (parser.isSet(oauthClient)) {
        m_options.oauthClients.clear();
        for (const QString& pair : parser.values(oauthClient)) {
            const int colon = pair.indexOf(QLatin1Char(':'));
            if (colon <= 0 || colon == pair.size() - 1) {
                return fail(QStringLiteral("--oauth-client must look like ID:SECRET"));
            }
            m_options.oauthClients.insert(pair.left(colon), pair.mid(colon + 1));
        }
    }
    return Outcome::Run;
}

const SandboxOptions& SandboxCommandLine::options() const
{
    return m_options;
}

QString SandboxCommandLine::errorText() const
{
    return m_error;
}

QString SandboxCommandLine::helpText() const
{
    return m_help;
}

} // namespace onboarder::sandbox
