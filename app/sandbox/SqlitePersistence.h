#pragma once

#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <string>

namespace onboarder::sandbox {

// Write-through storage of the sandbox documents in one SQLite file (WAL), so a killed sandbox loses nothing.
// Lives on the thread that opened it, as Qt Sql requires.
class SqlitePersistence
{
public:
    using Loader = std::function<void(const std::string& kind, const std::string& id, qint64 seq, std::string json)>;

    explicit SqlitePersistence(QString filePath);
    ~SqlitePersistence();
    SqlitePersistence(const SqlitePersistence&) = delete;
    SqlitePersistence& operator=(const SqlitePersistence&) = delete;

    bool open(QString* error);
    bool load(const Loader& loader, QString* error);
    void upsert(const std::string& kind, const std::string& id, qint64 seq, const std::string& json);
    void remove(const std::string& kind, const std::string& id);
    // Groups many writes in one transaction (seeding 20,000 customers would otherwise take minutes).
    void begin();
    void commit();

private:
    QString m_filePath;
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_remove;
    int m_batchDepth = 0;
};

} // namespace onboarder::sandbox
