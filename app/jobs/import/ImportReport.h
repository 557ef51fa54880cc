#pragma once

#include "jobs/import/ImportOutcome.h"
#include "jobs/import/SubscriberImportFile.h"

#include <QCoreApplication>
#include <QList>

#include <nlohmann/json_fwd.hpp>

namespace onboarder::jobs {

// The files an import leaves behind for people: the report of every row (CSV or JSON, chosen by the file name's
// suffix) and the rejected rows exactly as they were in the input plus an error column, to fix and import again.
// Written atomically (QSaveFile): a crash never leaves half a report.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static QStringList csvHeader();
    static nlohmann::json toJson(const QList<ImportOutcome>& outcomes);
    static QByteArray toCsv(const QList<ImportOutcome>& outcomes);
    // JSON when the path ends in .json, CSV otherwise.
    static bool write(const QString& path, const QList<ImportOutcome>& outcomes, QString* error = nullptr);
    // The rows whose outcome is rejected or failed, with the file's own header, delimiter and cells, plus an
    // "error" column; UTF-8 with a byte order mark so spreadsheets read it right. Rows that were never sent keep
    // their data untouched.
    static QByteArray rejectedCsv(const SubscriberImportFile& file, const QList<ImportOutcome>& outcomes);
    static bool writeRejected(const QString& path,
                              const SubscriberImportFile& file,
                              const QList<ImportOutcome>& outcomes,
                              QString* error = nullptr);
    static bool saveAtomically(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace onboarder::jobs
