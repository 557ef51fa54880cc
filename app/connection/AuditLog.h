#pragma once

#include "connection/AuditEntry.h"
#include "connection/LocalDatabase.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPair>

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
    // Keeps what is recorded from now until the next open() in memory, and writes it there: the window opens the
    // file only once its first list is shown, while its connection records from the start. Dropped when that open()
    // fails.
    void keepRecordsUntilOpen();

    // Records the finished requests of a session under the profile's name.
    void attach(ApiSession* session, const QString& profile);
    void recordRequest(const QString& profile,
                       const QByteArray& method,
                       const QUrl& url,
                       const QByteArray& requestBody,
                       const ApiResponse& response,
                       const QString& runId = {});
    // Writes the entry; false when it could not be written (or kept, see keepRecordsUntilOpen()).
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
    void countRead(const QString& profile, const QDate& day);
    bool migrate(QString* errorMessage);
    void writeKept();

    LocalDatabase m_db;
    bool m_keepUntilOpen = false;
    QList<AuditEntry> m_keptEntries;
    QList<QPair<QString, QDate>> m_keptReads; // profile and day of each read
};

} // namespace onboarder::api
