#include "connection/CustomerNameCache.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <memory>

Q_LOGGING_CATEGORY(lcNameCache, "onboarder.connection.names")

namespace onboarder::api {

namespace {

QString uniqueConnectionName()
{
    return QStringLiteral("names-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Opens the file on a connection of the calling thread (Qt Sql connections belong to the thread that made them),
// with the table in its current form: files from before organizations were kept get the column added.
bool openConnection(const QString& connectionName, const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // The window reads while a background write runs: WAL lets it, and a busy timeout covers two writers.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QSqlQuery query(db);
    const bool ok = db.open() && query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS customer_names (profile TEXT NOT NULL, "
                                     "customer_id TEXT NOT NULL, name TEXT NOT NULL, org_id TEXT, "
                                     "PRIMARY KEY(profile, customer_id))"))
        && (db.record(QStringLiteral("customer_names")).contains(QStringLiteral("org_id"))
            || query.exec(QStringLiteral("ALTER TABLE customer_names ADD COLUMN org_id TEXT")));
    if (!ok) {
        // Only the speed of the next start suffers: the names are asked again.
        qCWarning(lcNameCache,
                  "Customer names are not kept: %s",
                  qUtf8Printable(query.lastError().isValid() ? query.lastError().text() : db.lastError().text()));
        db.close();
    }
    return ok;
}

bool write(QSqlDatabase db,
           const QString& profile,
           const QHash<QString, QString>& names,
           const QHash<QString, QString>& orgIds)
{
    // One transaction: 20,000 names would otherwise be 20,000 syncs. A known organization is never forgotten by a
    // write that does not name one.
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO customer_names (profile, customer_id, name, org_id) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(profile, customer_id) DO UPDATE SET name = excluded.name, "
                                 "org_id = COALESCE(excluded.org_id, org_id)"));
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString orgId = orgIds.value(it.key());
        query.addBindValue(profile);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        query.addBindValue(orgId.isEmpty() ? QVariant() : QVariant(orgId));
        if (!query.exec()) {
            qCWarning(lcNameCache, "Customer names are not kept: %s", qUtf8Printable(query.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

CustomerNameCache::Known readKnown(const QSqlDatabase& db, const QString& profile)
{
    CustomerNameCache::Known result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT customer_id, name, org_id FROM customer_names WHERE profile = ?"));
    query.addBindValue(profile);
    if (query.exec()) {
        while (query.next()) {
            const QString customerId = query.value(0).toString();
            result.namesByCustomerId.insert(customerId, query.value(1).toString());
            const QString orgId = query.value(2).toString();
            if (!orgId.isEmpty()) {
                result.orgIdsByCustomerId.insert(customerId, orgId);
            }
        }
    }
    return result;
}

// A write from a worker thread, on a connection of its own that is gone again afterwards.
bool writeOnOwnConnection(const QString& path,
                          const QString& profile,
                          const QHash<QString, QString>& names,
                          const QHash<QString, QString>& orgIds)
{
    const QString connection = uniqueConnectionName();
    bool ok = false;
    if (openConnection(connection, path)) {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        ok = write(db, profile, names, orgIds);
        db.close();
    } // no handle of the connection is left when it is removed
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

CustomerNameCache::CustomerNameCache(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(uniqueConnectionName())
{
    m_writer.setMaxThreadCount(1);
}

CustomerNameCache::~CustomerNameCache()
{
    m_writer.waitForDone();
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
    return openConnection(m_connectionName, m_path);
}

bool CustomerNameCache::openForReading()
{
    // A first start has no file yet: nothing to read, and creating it here would hold up the first window (a write
    // creates it, off the window's thread).
    if (!QSqlDatabase::contains(m_connectionName) && !QFileInfo::exists(m_path)) {
        return false;
    }
    return open();
}

QHash<QString, QString> CustomerNameCache::names(const QString& profile)
{
    QHash<QString, QString> result;
    if (!openForReading()) {
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

CustomerNameCache::Known CustomerNameCache::known(const QString& profile)
{
    return openForReading() ? readKnown(QSqlDatabase::database(m_connectionName), profile) : Known();
}

bool CustomerNameCache::store(const QString& profile,
                              const QHash<QString, QString>& namesByCustomerId,
                              const QHash<QString, QString>& orgIdsByCustomerId)
{
    if (namesByCustomerId.isEmpty()) {
        return true;
    }
    return open() && write(QSqlDatabase::database(m_connectionName), profile, namesByCustomerId, orgIdsByCustomerId);
}

QFuture<bool> CustomerNameCache::storeInBackground(const QString& profile,
                                                   const QHash<QString, QString>& namesByCustomerId,
                                                   const QHash<QString, QString>& orgIdsByCustomerId)
{
    // QThreadPool takes a copyable task; the promise is not, so the task shares it.
    auto promise = std::make_shared<QPromise<bool>>();
    QFuture<bool> future = promise->future();
    promise->start();
    if (namesByCustomerId.isEmpty()) {
        promise->addResult(true);
        promise->finish();
        return future;
    }
    m_writer.start([promise, path = m_path, profile, namesByCustomerId, orgIdsByCustomerId] {
        promise->addResult(writeOnOwnConnection(path, profile, namesByCustomerId, orgIdsByCustomerId));
        promise->finish();
    });
    return future;
}

QFuture<std::optional<QHash<QString, QString>>> CustomerNameCache::updateInBackground(const QString& profile,
                                                                                      const QList<Entry>& customers)
{
    auto promise = std::make_shared<QPromise<std::optional<QHash<QString, QString>>>>();
    QFuture<std::optional<QHash<QString, QString>>> future = promise->future();
    promise->start();
    m_writer.start([promise, path = m_path, profile, customers] {
        std::optional<QHash<QString, QString>> result;
        const QString connection = uniqueConnectionName();
        if (openConnection(connection, path)) {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            Known known = readKnown(db, profile);
            QHash<QString, QString> names;
            QHash<QString, QString> orgIds;
            for (const Entry& customer : std::as_const(customers)) {
                if (customer.name.isEmpty()) {
                    continue;
                }
                const bool orgChanged = !customer.orgId.isEmpty()
                    && known.orgIdsByCustomerId.value(customer.customerId) != customer.orgId;
                if (orgChanged || known.namesByCustomerId.value(customer.customerId) != customer.name) {
                    names.insert(customer.customerId, customer.name);
                    if (!customer.orgId.isEmpty()) {
                        orgIds.insert(customer.customerId, customer.orgId);
                    }
                }
            }
            if (names.isEmpty() || write(db, profile, names, orgIds)) {
                known.namesByCustomerId.insert(names);
                result = std::move(known.namesByCustomerId);
            }
            db.close();
        } // no handle of the connection is left when it is removed
        QSqlDatabase::removeDatabase(connection);
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

bool CustomerNameCache::clear(const QString& profile)
{
    m_writer.waitForDone(); // a write still running would bring the names back
    if (!open()) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM customer_names WHERE profile = ?"));
    query.addBindValue(profile);
    return query.exec();
}

} // namespace onboarder::api
