#pragma once

#include "connection/AuditEntry.h"
#include "connection/LocalDatabase.h"

#include <QList>
#include <QObject>

namespace onboarder::api {

class ApiSession;
struct ApiResponse;

// The local record of every request that changed something, in SQLite: time, profile, method, path, status,
// tracking ID, duration, a redacted summary and the run it belonged to. Reads are only counted, per profile and day.
// A file of an older schema is brought up to date when it is opened; its entries stay.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    explicit AuditLog(QObject* parent = nullptr);
    ~AuditLog() override;

    // The schema this version writes: 1 had no run IDs (and no version), 2 keeps each request's run.
    static constexpr int kSchemaVersion = 2;

    // Opens (and creates or migrates) the database file; false with a message when it cannot, or when a newer
    // version of Onboarder wrote it.
    bool open(const QString& databasePath, QString* errorMessage = nullptr);
    bool isOpen() const;
    void close();

    // Records the finished requests of a session under the profile's name.
    void attach(ApiSession* session, const QString& profile);
    void recordRequest(const QString& profile,
                       const QByteArray& method,
                       const QUrl& url,
                       const QByteArray& requestBody,
                       const ApiResponse& response,
                       const QString& runId = {});
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
    bool migrate(QString* errorMessage);

    LocalDatabase m_db;
};

} // namespace onboarder::api
