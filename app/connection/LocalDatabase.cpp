#include "connection/LocalDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <utility>

namespace onboarder::api {

LocalDatabase::LocalDatabase(const QString& purpose)
    : m_connectionName(
        QStringLiteral("onboarder-%1-%2").arg(purpose, QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
}

LocalDatabase::~LocalDatabase()
{
    close();
}

bool LocalDatabase::open(const QString& path, const QStringList& schema, QString* error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error) {
                *error = db.lastError().text();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_path = path;
    QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
    };
    statements += schema;
    for (const QString& sql : std::as_const(statements)) {
        if (!exec(sql, {}, error)) {
            close();
            return false;
        }
    }
    return true;
}

bool LocalDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void LocalDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString LocalDatabase::path() const
{
    return m_path;
}

QSqlDatabase LocalDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalDatabase::exec(const QString& sql, const QVariantList& values, QString* error) const
{
    QSqlQuery query(database());
    bool ok = query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    ok = ok && query.exec();
    if (!ok && error) {
        *error = query.lastError().text();
    }
    return ok;
}

QVariant LocalDatabase::meta(const QString& key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0);
}

int LocalDatabase::schemaVersion() const
{
    return meta(QStringLiteral("schemaVersion")).toInt();
}

} // namespace onboarder::api
