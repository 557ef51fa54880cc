#include "jobs/import/ImportReport.h"

#include "jobs/import/CsvReader.h"

#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace onboarder::jobs {

QStringList ImportReport::csvHeader()
{
    return { QStringLiteral("line"),         QStringLiteral("email"),   QStringLiteral("firstName"),
             QStringLiteral("lastName"),     QStringLiteral("package"), QStringLiteral("outcome"),
             QStringLiteral("subscriberId"), QStringLiteral("status"),  QStringLiteral("httpStatus"),
             QStringLiteral("errorCode"),    QStringLiteral("message"), QStringLiteral("trackingId") };
}

nlohmann::json ImportReport::toJson(const QList<ImportOutcome>& outcomes)
{
    nlohmann::json rows = nlohmann::json::array();
    QMap<QString, int> totals;
    for (const ImportOutcome& o : outcomes) {
        ++totals[o.outcomeName()];
        nlohmann::json row = { { "line", o.line },
                               { "email", o.email.toStdString() },
                               { "firstName", o.firstName.toStdString() },
                               { "lastName", o.lastName.toStdString() },
                               { "package", o.package.toStdString() },
                               { "outcome", o.outcomeName().toStdString() },
                               { "subscriberId", o.subscriberId.toStdString() },
                               { "status", o.status.toStdString() },
                               { "httpStatus", o.httpStatus },
                               { "errorCode", o.errorCode.toStdString() },
                               { "message", o.message.toStdString() },
                               { "trackingId", o.trackingId.toStdString() } };
        rows.push_back(std::move(row));
    }
    nlohmann::json summary = nlohmann::json::object();
    summary["rows"] = outcomes.size();
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        summary[it.key().toStdString()] = it.value();
    }
    return { { "summary", summary }, { "rows", rows } };
}

QByteArray ImportReport::toCsv(const QList<ImportOutcome>& outcomes)
{
    QString text = CsvReader::formatRecord(csvHeader(), QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ImportOutcome& o : outcomes) {
        text += CsvReader::formatRecord({ QString::number(o.line),
                                          o.email,
                                          o.firstName,
                                          o.lastName,
                                          o.package,
                                          o.outcomeName(),
                                          o.subscriberId,
                                          o.status,
                                          o.httpStatus ? QString::number(o.httpStatus) : QString(),
                                          o.errorCode,
                                          o.message,
                                          o.trackingId },
                                        QLatin1Char(','))
            + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

bool ImportReport::saveAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

bool ImportReport::write(const QString& path, const QList<ImportOutcome>& outcomes, QString* error)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray bytes = json ? QByteArray::fromStdString(toJson(outcomes).dump(2)) + '\n' : toCsv(outcomes);
    return saveAtomically(path, bytes, error);
}

QByteArray ImportReport::rejectedCsv(const SubscriberImportFile& file, const QList<ImportOutcome>& outcomes)
{
    const QChar delimiter = file.delimiter;
    QStringList header = file.columns.header();
    header.append(tr("error"));
    QString text = CsvReader::formatRecord(header, delimiter) + QStringLiteral("\r\n");
    const int width = static_cast<int>(file.columns.header().size());
    for (const ImportOutcome& o : outcomes) {
        if (o.outcome != ImportOutcome::Kind::Rejected && o.outcome != ImportOutcome::Kind::Failed) {
            continue;
        }
        if (o.index < 0 || o.index >= file.rows.size()) {
            continue;
        }
        QStringList cells = file.rows.at(o.index).fields;
        while (cells.size() < width) {
            cells.append(QString());
        }
        QString reason = o.message;
        if (!o.errorCode.isEmpty()) {
            reason += tr(" (code %1)").arg(o.errorCode);
        }
        if (!o.trackingId.isEmpty()) {
            reason += tr(" [tracking ID %1]").arg(o.trackingId);
        }
        cells.append(reason);
        text += CsvReader::formatRecord(cells, delimiter) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool ImportReport::writeRejected(const QString& path,
                                 const SubscriberImportFile& file,
                                 const QList<ImportOutcome>& outcomes,
                                 QString* error)
{
    return saveAtomically(path, rejectedCsv(file, outcomes), error);
}

} // namespace onboarder::jobs
