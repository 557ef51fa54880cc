#include "connection/AuditLog.h"

#include "api/ApiResponse.h"
#include "api/ApiSession.h"
#include "api/SecretRedactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <nlohmann/json.hpp>
#include <utility>

namespace onboarder::api {

namespace {

QString csvField(const QString& value)
{
    // Quote everything that could break the row, and neutralise spreadsheet formulas.
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate("AuditLog", "Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

AuditLog::AuditLog(QObject* parent)
    : QObject(parent)
    , m_db(QStringLiteral("audit"))
{
}

AuditLog::~AuditLog() = default;

bool AuditLog::open(const QString& databasePath, QString* errorMessage)
{
    // The tables as version 1 made them; migrate() brings a file of any version up to kSchemaVersion.
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, "
                       "profile TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, status INTEGER, "
                       "tracking_id TEXT, duration_ms INTEGER, summary TEXT, error_code TEXT, error_message TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_profile_time ON audit(profile, time)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS read_counts (profile TEXT NOT NULL, day TEXT NOT NULL, "
                       "count INTEGER NOT NULL, PRIMARY KEY(profile, day))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    const bool opened = m_db.open(databasePath, schema, errorMessage);
    if (opened && !migrate(errorMessage)) {
        m_db.close();
    }
    writeKept();
    return isOpen();
}

void AuditLog::keepRecordsUntilOpen()
{
    m_keepUntilOpen = true;
}

void AuditLog::writeKept()
{
    m_keepUntilOpen = false;
    const QList<QPair<QString, QDate>> reads = std::exchange(m_keptReads, {});
    const QList<AuditEntry> entries = std::exchange(m_keptEntries, {});
    if (!isOpen()) {
        return;
    }
    // One transaction for what was kept.
    QSqlDatabase db = m_db.database();
    db.transaction();
    for (const auto& [profile, day] : reads) {
        countRead(profile, day);
    }
    for (const AuditEntry& entry : entries) {
        append(entry);
    }
    db.commit();
}

bool AuditLog::migrate(QString* errorMessage)
{
    const int version = m_db.schemaVersion(); // 0: a new file, or one of version 1, which kept no version
    if (version > kSchemaVersion) {
        if (errorMessage) {
            *errorMessage = tr("The audit log %1 was written by a newer version of Onboarder.")
                                .arg(QDir::toNativeSeparators(m_db.path()));
        }
        return false;
    }
    if (version == kSchemaVersion) {
        return true;
    }
    // Version 2: the run of each request. Older entries have none and stay single entries.
    QSqlDatabase db = m_db.database();
    db.transaction();
    const bool hasRunId = db.record(QStringLiteral("audit")).contains(QStringLiteral("run_id"));
    const bool ok
        = (hasRunId || m_db.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN run_id TEXT"), {}, errorMessage))
        && m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS audit_run ON audit(run_id)"), {}, errorMessage)
        && m_db.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schemaVersion', ?)"),
                     { QString::number(kSchemaVersion) },
                     errorMessage);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool AuditLog::isOpen() const
{
    return m_db.isOpen();
}

void AuditLog::close()
{
    m_db.close();
}

void AuditLog::attach(ApiSession* session, const QString& profile)
{
    connect(session,
            &ApiSession::requestFinished,
            this,
            [this, profile](const QByteArray& method,
                            const QUrl& url,
                            const QByteArray& body,
                            const ApiResponse& response,
                            const QString& runId) { recordRequest(profile, method, url, body, response, runId); });
}

void AuditLog::recordRequest(const QString& profile,
                             const QByteArray& method,
                             const QUrl& url,
                             const QByteArray& requestBody,
                             const ApiResponse& response,
                             const QString& runId)
{
    if (method == "GET" || method == "HEAD") {
        countRead(profile, QDate::currentDate());
        return;
    }
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = profile;
    entry.method = method;
    entry.path = SecretRedactor::redactedPathAndQuery(url);
    entry.httpStatus = response.httpStatus;
    entry.trackingId = response.trackingId;
    entry.durationMs = response.durationMs;
    entry.runId = runId;
    // Token requests are form bodies full of secrets; only say what was asked.
    entry.summary = SecretRedactor::summarizeBody(requestBody);
    if (response.error) {
        entry.errorCode = response.error->firstErrorCode();
        entry.errorMessage = response.error->message;
    }
    append(entry);
}

bool AuditLog::append(const AuditEntry& entry)
{
    if (!isOpen()) {
        if (m_keepUntilOpen) {
            m_keptEntries.append(entry);
        }
        return m_keepUntilOpen;
    }
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral(
        "INSERT INTO audit (time, profile, method, path, status, tracking_id, duration_ms, summary, error_code, "
        "error_message, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.time.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.profile);
    query.addBindValue(QString::fromLatin1(entry.method));
    query.addBindValue(entry.path);
    query.addBindValue(entry.httpStatus);
    query.addBindValue(entry.trackingId);
    query.addBindValue(entry.durationMs);
    query.addBindValue(entry.summary);
    query.addBindValue(entry.errorCode);
    query.addBindValue(entry.errorMessage);
    query.addBindValue(entry.runId.isEmpty() ? QVariant() : QVariant(entry.runId));
    if (!query.exec()) {
        return false;
    }
    AuditEntry stored = entry;
    stored.id = query.lastInsertId().toLongLong();
    emit entryAdded(stored);
    return true;
}

void AuditLog::countRead(const QString& profile, const QDate& day)
{
    if (!isOpen()) {
        if (m_keepUntilOpen) {
            m_keptReads.append({ profile, day });
        }
        return;
    }
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT INTO read_counts (profile, day, count) VALUES (?, ?, 1) "
                                 "ON CONFLICT(profile, day) DO UPDATE SET count = count + 1"));
    query.addBindValue(profile);
    query.addBindValue(day.toString(Qt::ISODate));
    query.exec();
}

QList<AuditEntry> AuditLog::entries(const Filter& filter) const
{
    QList<AuditEntry> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery query(m_db.database());
    QString sql = QStringLiteral("SELECT id, time, profile, method, path, status, tracking_id, duration_ms, summary, "
                                 "error_code, error_message, run_id FROM audit WHERE 1=1");
    if (!filter.profile.isEmpty()) {
        sql += QStringLiteral(" AND profile = :profile");
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND time >= :since");
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    query.prepare(sql);
    if (!filter.profile.isEmpty()) {
        query.bindValue(QStringLiteral(":profile"), filter.profile);
    }
    if (filter.since.isValid()) {
        query.bindValue(QStringLiteral(":since"), filter.since.toUTC().toString(Qt::ISODateWithMs));
    }
    query.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.profile = query.value(2).toString();
        entry.method = query.value(3).toString().toLatin1();
        entry.path = query.value(4).toString();
        entry.httpStatus = query.value(5).toInt();
        entry.trackingId = query.value(6).toString();
        entry.durationMs = query.value(7).toLongLong();
        entry.summary = query.value(8).toString();
        entry.errorCode = query.value(9).toString();
        entry.errorMessage = query.value(10).toString();
        entry.runId = query.value(11).toString();
        result.append(entry);
    }
    return result;
}

qint64 AuditLog::readCount(const QString& profile) const
{
    if (!isOpen()) {
        return 0;
    }
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM read_counts WHERE profile = ?"));
    query.addBindValue(profile);
    if (!query.exec() || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

bool AuditLog::exportCsv(const QList<AuditEntry>& entries, const QString& path, QString* errorMessage)
{
    QStringList lines;
    lines << QStringLiteral(
        "time,profile,method,path,status,trackingId,durationMs,errorCode,errorMessage,summary,runId");
    for (const AuditEntry& e : entries) {
        lines << QStringList { e.time.toUTC().toString(Qt::ISODateWithMs),
                               csvField(e.profile),
                               QString::fromLatin1(e.method),
                               csvField(e.path),
                               QString::number(e.httpStatus),
                               csvField(e.trackingId),
                               QString::number(e.durationMs),
                               csvField(e.errorCode),
                               csvField(e.errorMessage),
                               csvField(e.summary),
                               csvField(e.runId) }
                     .join(QLatin1Char(','));
    }
    return writeAtomically(path, (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8(), errorMessage);
}

bool AuditLog::exportJson(const QList<AuditEntry>& entries, const QString& path, QString* errorMessage)
{
    nlohmann::json array = nlohmann::json::array();
    for (const AuditEntry& e : entries) {
        array.push_back({ { "time", e.time.toUTC().toString(Qt::ISODateWithMs).toStdString() },
                          { "profile", e.profile.toStdString() },
                          { "method", e.method.toStdString() },
                          { "path", e.path.toStdString() },
                          { "status", e.httpStatus },
                          { "trackingId", e.trackingId.toStdString() },
                          { "durationMs", e.durationMs },
                          { "errorCode", e.errorCode.toStdString() },
                          { "errorMessage", e.errorMessage.toStdString() },
                          { "summary", e.summary.toStdString() },
                          { "runId", e.runId.toStdString() } });
    }
    const std::string text = array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return writeAtomically(path, QByteArray::fromStdString(text), errorMessage);
}

} // namespace onboarder::api
