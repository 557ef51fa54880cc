#include "cli/CliRunner.h"

#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/WholesaleClient.h"
#include "cli/AuditCommands.h"
#include "cli/CallingCommands.h"
#include "cli/CustomerCommands.h"
#include "cli/DraftCommands.h"
#include "cli/SubscriberCommands.h"
#include "cli/TemplateCommands.h"
#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace onboarder::cli {

using api::CredentialStore;

namespace {

const QStringList kGlobalFlags = { QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("version") };

} // namespace

CliRunner::CliRunner(QObject* parent)
    : QObject(parent)
{
    m_context.finish = [this](int exitCode) { finish(exitCode); };
    m_groups.push_back(std::make_unique<CustomerCommands>(m_context));
    m_groups.push_back(std::make_unique<SubscriberCommands>(m_context));
    m_groups.push_back(std::make_unique<CallingCommands>(QStringLiteral("locations"), m_context));
    m_groups.push_back(std::make_unique<CallingCommands>(QStringLiteral("numbers"), m_context));
    m_groups.push_back(std::make_unique<TemplateCommands>(m_context));
    m_groups.push_back(std::make_unique<DraftCommands>(m_context));
    m_groups.push_back(std::make_unique<AuditCommands>(m_context));
}

CliRunner::~CliRunner() = default;

CommandGroup* CliRunner::group(const QString& name) const
{
    for (const auto& g : m_groups) {
        if (g->name() == name) {
            return g.get();
        }
    }
    return nullptr;
}

QString CliRunner::helpText(const QString& groupName, const QString& command) const
{
    QStringList lines;
    if (groupName.isEmpty()) {
        lines << tr("Usage: onboarder-cli [--profile NAME | --base-url URL] [--token-env VAR] [--json] GROUP COMMAND "
                    "[options]")
              << QString() << tr("Provision Webex Wholesale customers, users, locations and numbers from scripts.")
              << QString() << tr("Connection:")
              << tr("  --profile NAME     a profile saved by the Onboarder app; its token comes from the keychain")
              << tr("  --base-url URL     an API address, such as http://127.0.0.1:8080/v1 for onboarder-sandbox")
              << tr("  --token-env VAR    read the access token from this environment variable (default with "
                    "--base-url: ONBOARDER_TOKEN)")
              << tr("  --json             machine-readable output on stdout") << QString() << tr("Commands:");
    }
    for (const auto& g : m_groups) {
        if (!groupName.isEmpty() && g->name() != groupName) {
            continue;
        }
        for (const CommandHelp& h : g->help()) {
            if (!command.isEmpty() && h.command != command) {
                continue;
            }
            lines
                << QStringLiteral("  %1 %2 %3").arg(h.group, h.command, h.usage).trimmed().prepend(QStringLiteral("  "))
                << QStringLiteral("      ") + h.description;
        }
    }
    if (groupName.isEmpty()) {
        lines << QString()
              << tr("Exit codes: 0 done; 1 the API refused or failed; 2 wrong usage or invalid input "
                    "(nothing sent); 3 no usable connection or token; 4 --wait ended without success.");
    }
    return lines.join(QLatin1Char('\n'));
}

void CliRunner::start(const QStringList& arguments)
{
    QStringList flags = kGlobalFlags;
    for (const auto& g : m_groups) {
        for (const CommandHelp& h : g->help()) {
            flags += h.flags;
        }
    }
    QString error;
    const auto parsed = CliArguments::parse(arguments, flags, &error);
    m_output = std::make_unique<CliOutput>(parsed && parsed->has(QStringLiteral("json")));
    m_context.out = m_output.get();
    if (!parsed) {
        m_output->error(error);
        finish(ExitUsage);
        return;
    }
    if (parsed->has(QStringLiteral("version"))) {
        m_output->line(QCoreApplication::applicationVersion());
        finish(ExitOk);
        return;
    }
    if (parsed->group.isEmpty()) {
        m_output->line(helpText());
        finish(parsed->has(QStringLiteral("help")) ? ExitOk : ExitUsage);
        return;
    }
    CommandGroup* chosen = group(parsed->group);
    if (!chosen) {
        m_output->error(tr("Unknown group %1. Run onboarder-cli --help.").arg(parsed->group));
        finish(ExitUsage);
        return;
    }
    if (parsed->has(QStringLiteral("help")) || parsed->command.isEmpty()) {
        m_output->line(helpText(parsed->group, parsed->command));
        finish(parsed->has(QStringLiteral("help")) ? ExitOk : ExitUsage);
        return;
    }
    const auto commands = chosen->help();
    if (std::none_of(
            commands.begin(), commands.end(), [&](const CommandHelp& h) { return h.command == parsed->command; })) {
        m_output->error(tr("Unknown command %1 %2. Run onboarder-cli %1 --help.").arg(parsed->group, parsed->command));
        finish(ExitUsage);
        return;
    }

    // The audit log records what this run changes, next to what the app records.
    auto* audit = new api::AuditLog(this);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString auditError;
    if (!audit->open(QDir(dataDir).filePath(QStringLiteral("audit.sqlite")), &auditError)) {
        m_output->progress(tr("warning: the audit log cannot be opened: %1").arg(auditError));
    }
    m_context.audit = audit;

    // These work on local files only: no connection, no token.
    if (parsed->group == QLatin1String("audit") || parsed->group == QLatin1String("drafts")) {
        runCommand(*parsed);
        return;
    }
    resolveConnection(*parsed);
}

void CliRunner::resolveConnection(const CliArguments& arguments)
{
    const QString tokenVariable = arguments.value(QStringLiteral("token-env"));
    if (arguments.has(QStringLiteral("base-url"))) {
        const QUrl baseUrl(arguments.value(QStringLiteral("base-url")));
        if (auto problem = api::ApiSession::checkBaseUrl(baseUrl)) {
            m_output->error(*problem);
            finish(ExitCredentials);
            return;
        }
        const QString variable = tokenVariable.isEmpty() ? QStringLiteral("ONBOARDER_TOKEN") : tokenVariable;
        const QString token = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (token.isEmpty()) {
            m_output->error(tr("Set the access token in the environment variable %1.").arg(variable));
            finish(ExitCredentials);
            return;
        }
        m_context.profileName = baseUrl.host();
        connectWith(baseUrl,
                    new api::StaticTokenProvider(token, this),
                    arguments.value(QStringLiteral("sub-partner")),
                    arguments);
        return;
    }

    api::ProfileStore profiles;
    const QString name = arguments.value(QStringLiteral("profile"), profiles.lastProfileName());
    const auto profile = profiles.find(name);
    if (!profile || profile->isDemo()) {
        m_output->error(profile ? tr("The demo sandbox runs inside the Onboarder app. For scripts, start "
                                     "onboarder-sandbox and use --base-url.")
                                : tr("No profile named %1.").arg(name));
        finish(ExitCredentials);
        return;
    }
    m_context.profileName = profile->name;
    if (!tokenVariable.isEmpty()) {
        const QString token = qEnvironmentVariable(tokenVariable.toLocal8Bit().constData());
        if (token.isEmpty()) {
            m_output->error(tr("The environment variable %1 is empty.").arg(tokenVariable));
            finish(ExitCredentials);
            return;
        }
        connectWith(profile->baseUrl, new api::StaticTokenProvider(token, this), profile->subPartnerOrgId, arguments);
        return;
    }

    m_credentials = new CredentialStore(CredentialStore::Backend::Keychain, this);
    const api::Profile chosen = *profile;
    m_credentials->read(chosen.name,
                        CredentialStore::SecretKind::AccessToken,
                        this,
                        [this, chosen, arguments](const CredentialStore::Result& access) {
                            if (!access.ok()) {
                                m_output->error(tr("No access token for profile %1 in the keychain (%2). Sign in "
                                                   "with the app, or use --token-env.")
                                                    .arg(chosen.name, access.errorMessage));
                                finish(ExitCredentials);
                                return;
                            }
                            // Integrations and service apps renew their tokens; a personal token cannot.
                            if (chosen.authKind == api::Profile::AuthKind::PersonalAccessToken) {
                                connectWith(chosen.baseUrl,
                                            new api::StaticTokenProvider(access.secret, this),
                                            chosen.subPartnerOrgId,
                                            arguments);
                                return;
                            }
                            readOAuthSecrets(chosen, access.secret, arguments);
                        });
}

void CliRunner::readOAuthSecrets(const api::Profile& profile, const QString& accessToken, const CliArguments& arguments)
{
    // Refresh token and client secret let an expired token be renewed without a browser.
    m_credentials->read(
        profile.name,
        CredentialStore::SecretKind::RefreshToken,
        this,
        [this, profile, accessToken, arguments](const CredentialStore::Result& refresh) {
            m_credentials->read(
                profile.name,
                CredentialStore::SecretKind::ClientSecret,
                this,
                [this, profile, accessToken, arguments, refresh](const CredentialStore::Result& secret) {
                    auto* tokens = new api::OAuthTokenProvider(profile.baseUrl, profile.clientId, secret.secret, this);
                    tokens->setTokens(accessToken, refresh.ok() ? refresh.secret : QString());
                    connect(tokens,
                            &api::OAuthTokenProvider::tokensChanged,
                            this,
                            [this, profile](const QString& access, const QString& refreshed) {
                                storeSecret(profile.name, CredentialStore::SecretKind::AccessToken, access);
                                storeSecret(profile.name, CredentialStore::SecretKind::RefreshToken, refreshed);
                            });
                    connectWith(profile.baseUrl, tokens, profile.subPartnerOrgId, arguments);
                });
        });
}

void CliRunner::storeSecret(const QString& profile, api::CredentialStore::SecretKind kind, const QString& secret)
{
    ++m_pendingSecretWrites;
    m_credentials->write(profile, kind, secret, this, [this](const CredentialStore::Result&) {
        --m_pendingSecretWrites;
        if (m_pendingSecretWrites == 0 && m_exitCode >= 0) {
            emit finished(m_exitCode);
        }
    });
}

void CliRunner::connectWith(const QUrl& baseUrl,
                            api::TokenProvider* tokens,
                            const QString& subPartnerOrgId,
                            const CliArguments& arguments)
{
    m_tokens = tokens;
    auto* session = new api::ApiSession(baseUrl, tokens, this);
    auto* client = new api::WholesaleClient(session, this);
    client->setSubPartnerOrgId(subPartnerOrgId);
    m_context.session = session;
    m_context.client = client;
    m_context.audit->attach(session, m_context.profileName);
    connect(session, &api::ApiSession::rateLimited, this, [this](int seconds) {
        m_output->progress(tr("The API asked us to slow down; waiting %1 s…").arg(seconds));
    });
    runCommand(arguments);
}

void CliRunner::runCommand(const CliArguments& arguments)
{
    CommandGroup* chosen = group(arguments.group);
    if (!chosen->run(arguments)) {
        m_output->error(tr("Unknown command %1 %2.").arg(arguments.group, arguments.command));
        finish(ExitUsage);
    }
}

void CliRunner::finish(int exitCode)
{
    if (m_exitCode >= 0) {
        return;
    }
    m_exitCode = exitCode;
    // Renewed tokens must reach the keychain before the process ends.
    if (m_pendingSecretWrites == 0) {
        emit finished(exitCode);
    }
}

} // namespace onboarder::cli
