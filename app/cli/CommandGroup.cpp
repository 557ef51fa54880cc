#include "cli/CommandGroup.h"

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QFile>

namespace onboarder::cli {

CommandGroup::CommandGroup(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

std::optional<nlohmann::json> CommandGroup::readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failUsage(QCoreApplication::translate("CommandGroup", "Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    auto json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (json.is_discarded()) {
        failUsage(QCoreApplication::translate("CommandGroup", "%1 is not valid JSON.").arg(path));
        return std::nullopt;
    }
    return json;
}

bool CommandGroup::require(const CliArguments& arguments, const QStringList& options)
{
    QStringList missing;
    for (const QString& option : options) {
        if (arguments.value(option).isEmpty()) {
            missing.append(QStringLiteral("--") + option);
        }
    }
    if (!missing.isEmpty()) {
        failUsage(QCoreApplication::translate("CommandGroup", "Missing %1. See %2 %3 --help.")
                      .arg(missing.join(QStringLiteral(", ")), arguments.group, arguments.command));
        return false;
    }
    return true;
}

void CommandGroup::failApi(const api::ApiError& error)
{
    m_context.out->error(error);
    done(ExitApiFailure);
}

void CommandGroup::failUsage(const QString& message)
{
    m_context.out->error(message);
    done(ExitUsage);
}

void CommandGroup::done(int exitCode)
{
    m_context.finish(exitCode);
}

} // namespace onboarder::cli
