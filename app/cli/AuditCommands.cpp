#include "cli/AuditCommands.h"

#include "connection/AuditLog.h"

#include <QCoreApplication>

namespace onboarder::cli {

QString AuditCommands::name() const
{
    return QStringLiteral("audit");
}

QList<CommandHelp> AuditCommands::help() const
{
    const QString g = name();
    return {
        { g,
          QStringLiteral("list"),
          QStringLiteral("[--profile-filter NAME] [--limit N]"),
          tr("Show the recorded changes, newest first."),
          {} },
        { g,
          QStringLiteral("export"),
          QStringLiteral("--format csv|json --output FILE [--limit N]"),
          tr("Write the recorded changes to a file."),
          {} },
    };
}

bool AuditCommands::run(const CliArguments& arguments)
{
    api::AuditLog::Filter filter;
    filter.profile = arguments.value(QStringLiteral("profile-filter"));
    filter.limit = arguments.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt();
    if (arguments.command == QLatin1String("list")) {
        const auto entries = m_context.audit->entries(filter);
        if (m_context.out->isJson()) {
            nlohmann::json items = nlohmann::json::array();
            for (const auto& e : entries) {
                items.push_back({ { "time", e.time.toString(Qt::ISODateWithMs).toStdString() },
                                  { "profile", e.profile.toStdString() },
                                  { "method", e.method.toStdString() },
                                  { "path", e.path.toStdString() },
                                  { "status", e.httpStatus },
                                  { "trackingId", e.trackingId.toStdString() },
                                  { "summary", e.summary.toStdString() } });
            }
            m_context.out->json(items);
        } else {
            QList<QStringList> rows;
            for (const auto& e : entries) {
                rows.append({ e.time.toLocalTime().toString(Qt::ISODate),
                              e.profile,
                              QString::fromLatin1(e.method),
                              e.path,
                              QString::number(e.httpStatus),
                              e.trackingId });
            }
            m_context.out->table(
                { tr("TIME"), tr("PROFILE"), tr("METHOD"), tr("PATH"), tr("STATUS"), tr("TRACKING ID") }, rows);
        }
        done();
        return true;
    }
    if (arguments.command == QLatin1String("export")) {
        if (!require(arguments, { QStringLiteral("format"), QStringLiteral("output") })) {
            return true;
        }
        const QString format = arguments.value(QStringLiteral("format"));
        const QString path = arguments.value(QStringLiteral("output"));
        const auto entries = m_context.audit->entries(filter);
        QString error;
        bool ok = false;
        if (format == QLatin1String("csv")) {
            ok = api::AuditLog::exportCsv(entries, path, &error);
        } else if (format == QLatin1String("json")) {
            ok = api::AuditLog::exportJson(entries, path, &error);
        } else {
            failUsage(tr("--format is csv or json."));
            return true;
        }
        if (!ok) {
            failUsage(error);
            return true;
        }
        m_context.out->progress(tr("%1 entries written to %2").arg(entries.size()).arg(path));
        done();
        return true;
    }
    return false;
}

} // namespace onboarder::cli
