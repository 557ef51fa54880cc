#pragma once

#include "jobs/import/CustomerBatchRun.h"

#include <QByteArray>
#include <QList>

#include <nlohmann/json_fwd.hpp>

namespace onboarder::jobs {

// The report of a customers batch for people: every customer and every user with its outcome, IDs, provisioning
// status, error code, message and tracking ID. CSV (one line per customer, then one per user of it, a "kind" column
// telling which) or JSON (customers with their users nested), chosen by the file name's suffix, written atomically.
class CustomerBatchReport
{
public:
    static QStringList csvHeader();
    static QByteArray toCsv(const QList<CustomerBatchRun::CustomerOutcome>& customers,
                            const QList<CustomerBatchRun::UserOutcome>& users);
    static nlohmann::json toJson(const QList<CustomerBatchRun::CustomerOutcome>& customers,
                                 const QList<CustomerBatchRun::UserOutcome>& users);
    static bool write(const QString& path, const CustomerBatchRun& run, QString* error = nullptr);
};

} // namespace onboarder::jobs
