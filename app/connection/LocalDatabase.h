#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace onboarder::api {

// One SQLite file of local state (the audit log, the import and calling journals) through Qt Sql: a connection name of
// its own, the same pragmas (WAL, so every committed write is in the file when the commit returns and a killed process
// loses none; a busy timeout, so a second reader never fails a write), the owner's schema created, and the schema
// version the file was written with. Each store states only its tables and its messages.
class LocalDatabase
{
public:
    // purpose: the start of the connection name ("audit", "import"), for debugging.
    explicit LocalDatabase(const QString& purpose);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase&) = delete;
    LocalDatabase& operator=(const LocalDatabase&) = delete;

    // Opens (or creates) the file in an existing folder and runs the schema statements; ":memory:" keeps it in memory.
    // False with the driver's message in `error`; the database is closed again then.
    bool open(const QString& path, const QStringList& schema, QString* error = nullptr);
    bool isOpen() const;
    void close();
    QString path() const;
    QSqlDatabase database() const;

    // Runs one statement with positional values; false with the driver's message in `error`.
    bool exec(const QString& sql, const QVariantList& values = {}, QString* error = nullptr) const;
    // The value of `key` in the owner's meta table (key TEXT PRIMARY KEY, value TEXT), or an invalid QVariant.
    QVariant meta(const QString& key) const;
    // meta("schemaVersion") as a number; 0 for a file that has none yet.
    int schemaVersion() const;

private:
    QString m_connectionName;
    QString m_path;
};

} // namespace onboarder::api
