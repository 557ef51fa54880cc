#include "jobs/import/CustomerBatchReport.h"

#include "jobs/import/CsvReader.h"
#include "jobs/import/ImportReport.h"

#include <nlohmann/json.hpp>

namespace onboarder::jobs {

namespace {

QString number(int value)
{
    return value ? QString::number(value) : QString();
}

} // namespace

QStringList CustomerBatchReport::csvHeader()
{
    return { QStringLiteral("kind"),       QStringLiteral("line"),      QStringLiteral("externalId"),
             QStringLiteral("name"),       QStringLiteral("email"),     QStringLiteral("outcome"),
             QStringLiteral("id"),         QStringLiteral("status"),    QStringLiteral("packageErrors"),
             QStringLiteral("httpStatus"), QStringLiteral("errorCode"), QStringLiteral("message"),
             QStringLiteral("trackingId") };
}

QByteArray CustomerBatchReport::toCsv(const QList<CustomerBatchRun::CustomerOutcome>& customers,
                                      const QList<CustomerBatchRun::UserOutcome>& users)
{
    const QChar comma = QLatin1Char(',');
    QString text = CsvReader::formatRecord(csvHeader(), comma) + QStringLiteral("\r\n");
    for (const CustomerBatchRun::CustomerOutcome& c : customers) {
        text
            += CsvReader::formatRecord({ QStringLiteral("customer"),
                                         QString::number(c.line),
                                         c.externalId,
                                         c.companyName,
                                         QString(),
                                         ImportOutcome::name(c.outcome),
                                         c.customerId,
                                         c.status,
                                         c.packageErrors.join(QStringLiteral("; ")),
                                         number(c.httpStatus),
                                         c.errorCode,
                                         c.usersNote.isEmpty() ? c.message : c.message + QLatin1Char(' ') + c.usersNote,
                                         c.trackingId },
                                       comma)
            + QStringLiteral("\r\n");
        for (const CustomerBatchRun::UserOutcome& u : users) {
            if (u.externalId.compare(c.externalId, Qt::CaseInsensitive) != 0) {
                continue;
            }
            const ImportOutcome& o = u.row;
            text += CsvReader::formatRecord({ QStringLiteral("user"),
                                              QString::number(o.line),
                                              u.externalId,
                                              QStringList { o.firstName, o.lastName }.join(QLatin1Char(' ')).trimmed(),
                                              o.email,
                                              o.outcomeName(),
                                              o.subscriberId,
                                              o.status,
                                              QString(),
                                              number(o.httpStatus),
                                              o.errorCode,
                                              o.message,
                                              o.trackingId },
                                            comma)
                + QStringLiteral("\r\n");
        }
    }
    return text.toUtf8();
}

nlohmann::json CustomerBatchReport::toJson(const QList<CustomerBatchRun::CustomerOutcome>& customers,
                                           const QList<CustomerBatchRun::UserOutcome>& users)
{
    nlohmann::json list = nlohmann::json::array();
    QMap<QString, int> customerTotals;
    QMap<QString, int> userTotals;
    for (const CustomerBatchRun::CustomerOutcome& c : customers) {
        ++customerTotals[ImportOutcome::name(c.outcome)];
        nlohmann::json packageErrors = nlohmann::json::array();
        for (const QString& e : c.packageErrors) {
            packageErrors.push_back(e.toStdString());
        }
        QList<ImportOutcome> ofCustomer;
        for (const CustomerBatchRun::UserOutcome& u : users) {
            if (u.externalId.compare(c.externalId, Qt::CaseInsensitive) == 0) {
                ofCustomer.append(u.row);
                ++userTotals[u.row.outcomeName()];
            }
        }
        list.push_back({ { "line", c.line },
                         { "externalId", c.externalId.toStdString() },
                         { "name", c.companyName.toStdString() },
                         { "outcome", ImportOutcome::name(c.outcome).toStdString() },
                         { "customerId", c.customerId.toStdString() },
                         { "status", c.status.toStdString() },
                         { "packageErrors", packageErrors },
                         { "httpStatus", c.httpStatus },
                         { "errorCode", c.errorCode.toStdString() },
                         { "message", c.message.toStdString() },
                         { "usersNote", c.usersNote.toStdString() },
                         { "trackingId", c.trackingId.toStdString() },
                         { "users", ImportReport::toJson(ofCustomer)["rows"] } });
    }
    nlohmann::json summary = { { "customers", customers.size() }, { "users", users.size() } };
    for (auto it = customerTotals.cbegin(); it != customerTotals.cend(); ++it) {
        summary["customersByOutcome"][it.key().toStdString()] = it.value();
    }
    for (auto it = userTotals.cbegin(); it != userTotals.cend(); ++it) {
        summary["usersByOutcome"][it.key().toStdString()] = it.value();
    }
    return { { "summary", summary }, { "customers", list } };
}

bool CustomerBatchReport::write(const QString& path, const CustomerBatchRun& run, QString* error)
{
    const auto customers = run.customerOutcomes();
    const auto users = run.userOutcomes();
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray bytes
        = json ? QByteArray::fromStdString(toJson(customers, users).dump(2)) + '\n' : toCsv(customers, users);
    return ImportReport::saveAtomically(path, bytes, error);
}

} // namespace onboarder::jobs
