#include "cli/CliRunner.h"

#include "api/ApiSession.h"
#include "api/WholesaleClient.h"
#include "cli/AuditCommands.h"
#include "cli/CallingCommands.h"
#include "cli/CustomerCommands.h"
#include "cli/DraftCommands.h"
#include "cli/SubscriberCommands.h"
#include "cli/TemplateCommands.h"
#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <utility>

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
        lines << tr("Usage: onboarder-cli [--profile NAME | --base-url URL] [--token-env VAR] [--ca-file FILE] "
                    "[--proxy URL] [--json] GROUP COMMAND [options]")
              << QString() << tr("Provision Webex Wholesale customers, users, locations and numbers from scripts.")
              << QString() << tr("Connection:")
              << tr("  --profile NAME     a profile saved by the Onboarder app; its token comes from the keychain")
              << tr("  --base-url URL     an API address, such as http://127.0.0.1:8080/v1 for onboarder-sandbox")
              << tr("  --token-env VAR    read the access token from this environment variable (default with "
                    "--base-url: ONBOARDER_TOKEN)")
              << tr("  --ca-file FILE     also trust the CA certificates in this PEM file (TLS inspection)")
              << tr("  --proxy URL        send through this http://host:port proxy instead of the system's")
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
        api::Profile adHoc;
        adHoc.baseUrl = QUrl(arguments.value(QStringLiteral("base-url")));
        adHoc.name = adHoc.baseUrl.host();
        adHoc.subPartnerOrgId = arguments.value(QStringLiteral("sub-partner"));
        const QString variable = tokenVariable.isEmpty() ? QStringLiteral("ONBOARDER_TOKEN") : tokenVariable;
        const QString token = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (token.isEmpty() && !api::ApiSession::checkBaseUrl(adHoc.baseUrl)) {
            m_output->error(tr("Set the access token in the environment variable %1.").arg(variable));
            finish(ExitCredentials);
            return;
        }
        connectWith(adHoc, token, arguments);
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
    QString token;
    if (!tokenVariable.isEmpty()) {
        token = qEnvironmentVariable(tokenVariable.toLocal8Bit().constData());
        if (token.isEmpty()) {
            m_output->error(tr("The environment variable %1 is empty.").arg(tokenVariable));
            finish(ExitCredentials);
            return;
        }
    } else {
        m_credentials = new CredentialStore(CredentialStore::Backend::Keychain, this);
    }
    connectWith(*profile, token, arguments);
}

void CliRunner::connectWith(const api::Profile& chosen, const QString& token, const CliArguments& arguments)
{
    api::Profile profile = chosen;
    // The command line adds to what the profile says: a CA to trust, a proxy of its own.
    if (arguments.has(QStringLiteral("ca-file"))) {
        profile.caFile = arguments.value(QStringLiteral("ca-file"));
    }
    if (arguments.has(QStringLiteral("proxy"))) {
        profile.proxyUrl = QUrl(arguments.value(QStringLiteral("proxy")));
    }
    m_context.profileName = profile.name;
    m_connector = new api::ProfileConnector(m_credentials, this);
    m_connector->setAuditLog(m_context.audit);
    // Renewed tokens must reach the keychain before the process ends.
    connect(m_connector, &api::ProfileConnector::tokensSaved, this, [this] {
        if (m_exitCode >= 0) {
            announceFinished();
        }
    });
    connect(m_connector,
            &api::ProfileConnector::failed,
            this,
            [this](api::ProfileConnector::Failure failure, const QString& detail) {
                if (failure == api::ProfileConnector::Failure::NoToken) {
                    m_output->error(tr("No access token for profile %1 in the keychain (%2). Sign in "
                                       "with the app, or use --token-env.")
                                        .arg(m_context.profileName, detail));
                } else {
                    m_output->error(detail);
                }
                finish(ExitCredentials);
            });
    connect(m_connector, &api::ProfileConnector::opened, this, [this, arguments] {
        m_context.session = m_connector->session();
        m_context.client = m_connector->client();
        connect(m_context.session, &api::ApiSession::rateLimited, this, [this](int seconds) {
            m_output->progress(tr("The API asked us to slow down; waiting %1 s…").arg(seconds));
        });
        runCommand(arguments);
    });
    m_connector->open(profile, token);
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
    if (!m_connector || !m_connector->isSavingTokens()) {
        announceFinished();
    }
}

void CliRunner::announceFinished()
{
    if (!std::exchange(m_announced, true)) {
        emit finished(m_exitCode);
    }
}

} // namespace onboarder::cli
