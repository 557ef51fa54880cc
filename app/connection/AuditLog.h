#pragma once

#include "connection/AuditEntry.h"
#include "connection/LocalDatabase.h"

#include <QList>
#include <QObject>

namespace onboarder::api {

class ApiSession;
struct ApiResponse;

// The local record of every request that changed something, in SQLite: time, profile, method, path, status,
// tracking ID, duration and a redacted summary. Reads are only counted, per profile and day.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    explicit AuditLog(QObject* parent = nullptr);
    ~AuditLog() override;

    // Opens (and creates) the database file; false with a message when it cannot.
    bool open(const QString& databasePath, QString* errorMessage = nullptr);
    bool isOpen() const;
    void close();

    // Records the finished requests of a session under the profile's name.
    void attach(ApiSession* session, const QString& profile);
    void recordRequest(const QString& profile,
                       const QByteArray& method,
                       const QUrl& url,
                       const QByteArray& requestBody,
                       const ApiResponse& response);
    bool append(const AuditEntry& entry);

    struct Filter
    {
        QString profile; // empty: all
        QDateTime since; // invalid: from the start
        int limit = 1000;
    };
    // Newest first.
    QList<AuditEntry> entries(const Filter& filter) const;
    qint64 readCount(const QString& profile) const;

    // Written atomically; false with a message on failure.
    static bool exportCsv(const QList<AuditEntry>& entries, const QString& path, QString* errorMessage = nullptr);
    static bool exportJson(const QList<AuditEntry>& entries, const QString& path, QString* errorMessage = nullptr);

signals:
    void entryAdded(const onboarder::api::AuditEntry& entry);

private:
    void countRead(const QString& profile);

    LocalDatabase m_db;
};

} // namespace onboarder::api
