#include "connection/CustomerNameCache.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcNameCache, "onboarder.connection.names")

namespace onboarder::api {

CustomerNameCache::CustomerNameCache(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("names-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CustomerNameCache::~CustomerNameCache()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString CustomerNameCache::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("customer-names.sqlite"));
}

bool CustomerNameCache::open()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        return QSqlDatabase::database(m_connectionName, false).isOpen();
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QSqlQuery query(db);
    if (!db.open()
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS customer_names (profile TEXT NOT NULL, "
                                      "customer_id TEXT NOT NULL, name TEXT NOT NULL, "
                                      "PRIMARY KEY(profile, customer_id))"))) {
        // Only the speed of the next start suffers: the names are asked again.
        qCWarning(lcNameCache, "Customer names are not kept: %s", qUtf8Printable(db.lastError().text()));
        db.close();
        return false;
    }
    return true;
}

QHash<QString, QString> CustomerNameCache::names(const QString& profile)
{
    QHash<QString, QString> result;
    if (!open()) {
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT customer_id, name FROM customer_names WHERE profile = ?"));
    query.addBindValue(profile);
    if (query.exec()) {
        while (query.next()) {
            result.insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    return result;
}

bool CustomerNameCache::store(const QString& profile, const QHash<QString, QString>& namesByCustomerId)
{
    if (namesByCustomerId.isEmpty()) {
        return true;
    }
    if (!open()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // One transaction: 20,000 names would otherwise be 20,000 syncs.
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO customer_names (profile, customer_id, name) VALUES (?, ?, ?)"));
    for (auto it = namesByCustomerId.cbegin(); it != namesByCustomerId.cend(); ++it) {
        query.addBindValue(profile);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool CustomerNameCache::clear(const QString& profile)
{
    if (!open()) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM customer_names WHERE profile = ?"));
    query.addBindValue(profile);
    return query.exec();
}

} // namespace onboarder::api
