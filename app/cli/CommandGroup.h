#pragma once

#include "cli/CliArguments.h"
#include "cli/CliOutput.h"

#include <QObject>

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace onboarder::api {
class ApiSession;
class AuditLog;
class WholesaleClient;
struct ApiError;
} // namespace onboarder::api

namespace onboarder::cli {

// Exit codes scripts can trust.
enum ExitCode {
    ExitOk = 0,
    ExitApiFailure = 1, // the API refused the request or could not be reached
    ExitUsage = 2, // wrong command line or input that does not pass validation; nothing was sent
    ExitCredentials = 3, // no usable profile, address or token
    ExitNotSettled = 4, // --wait ended in error, provisioned_with_errors, a compliance hold, or timed out
};

// What every command needs: the client of the chosen connection, the output, and the way to end the program.
struct CliContext
{
    CliOutput* out = nullptr;
    api::ApiSession* session = nullptr;
    api::WholesaleClient* client = nullptr;
    api::AuditLog* audit = nullptr;
    QString profileName;
    std::function<void(int exitCode)> finish;
};

// One line of help: "customers create --from FILE [--wait]" and what it does.
struct CommandHelp
{
    QString group;
    QString command;
    QString usage;
    QString description;
    QStringList flags; // options of this command that take no value
};

// A group of commands (customers, subscribers, ...). run() starts the command and later calls context.finish.
class CommandGroup : public QObject
{
    Q_OBJECT

public:
    explicit CommandGroup(CliContext& context, QObject* parent = nullptr);

    virtual QString name() const = 0;
    virtual QList<CommandHelp> help() const = 0;
    // Starts the command; false when the group has no such command.
    virtual bool run(const CliArguments& arguments) = 0;

protected:
    // Reads a JSON file; on failure reports and ends with ExitUsage.
    std::optional<nlohmann::json> readJsonFile(const QString& path);
    // Ends with ExitUsage when a required option is missing.
    bool require(const CliArguments& arguments, const QStringList& options);
    void failApi(const api::ApiError& error);
    void failUsage(const QString& message);
    void done(int exitCode = ExitOk);

    CliContext& m_context;
};

} // namespace onboarder::cli
