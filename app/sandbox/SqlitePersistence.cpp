#include "sandbox/SqlitePersistence.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcSandboxSql, "onboarder.sandbox.sql")

namespace onboarder::sandbox {

SqlitePersistence::SqlitePersistence(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(QStringLiteral("onboarder-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqlitePersistence::~SqlitePersistence()
{
    m_upsert.reset();
    m_remove.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlitePersistence::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        *error = QStringLiteral("Cannot open %1: %2").arg(m_filePath, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    const char* const statements[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        // Bulk seeds insert at random key positions; a larger page cache keeps that from thrashing.
        "PRAGMA cache_size=-65536",
        "CREATE TABLE IF NOT EXISTS documents (kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, "
        "json BLOB NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID",
    };
    for (const char* statement : statements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = QStringLiteral("Cannot prepare %1: %2").arg(m_filePath, query.lastError().text());
            return false;
        }
    }
    m_upsert = std::make_unique<QSqlQuery>(db);
    m_upsert->prepare(QStringLiteral("INSERT OR REPLACE INTO documents (kind, id, seq, json) VALUES (?, ?, ?, ?)"));
    m_remove = std::make_unique<QSqlQuery>(db);
    m_remove->prepare(QStringLiteral("DELETE FROM documents WHERE kind = ? AND id = ?"));
    return true;
}

bool SqlitePersistence::load(const Loader& loader, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, id, seq, json FROM documents ORDER BY seq"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        loader(query.value(0).toString().toStdString(),
               query.value(1).toString().toStdString(),
               query.value(2).toLongLong(),
               query.value(3).toByteArray().toStdString());
    }
    return true;
}

void SqlitePersistence::upsert(const std::string& kind, const std::string& id, qint64 seq, const std::string& json)
{
    m_upsert->bindValue(0, QString::fromStdString(kind));
    m_upsert->bindValue(1, QString::fromStdString(id));
    m_upsert->bindValue(2, seq);
    // UTF-8 bytes as they are: converting 100,000 documents to UTF-16 and back costs seconds.
    m_upsert->bindValue(3, QByteArray::fromStdString(json));
    if (!m_upsert->exec()) {
        qCWarning(lcSandboxSql) << "write failed:" << m_upsert->lastError().text();
    }
}

void SqlitePersistence::remove(const std::string& kind, const std::string& id)
{
    m_remove->bindValue(0, QString::fromStdString(kind));
    m_remove->bindValue(1, QString::fromStdString(id));
    if (!m_remove->exec()) {
        qCWarning(lcSandboxSql) << "delete failed:" << m_remove->lastError().text();
    }
}

void SqlitePersistence::begin()
{
    if (m_batchDepth++ == 0) {
        QSqlDatabase::database(m_connectionName, false).transaction();
    }
}

void SqlitePersistence::commit()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.commit()) {
            qCWarning(lcSandboxSql) << "commit failed:" << db.lastError().text();
        }
    }
}

} // namespace onboarder::sandbox
