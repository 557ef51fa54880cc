#pragma once

#include <QFuture>
#include <QHash>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace onboarder::api {

// The customers' names, kept per profile in SQLite, so the customer list is named at once on the next start while
// the organizations are asked again. Keys are customer IDs: a customer created here but not yet provisioned has
// no organization, and its name is known only from its create. The organization of each customer is kept beside
// its name, so a request that names only the organization (locations, numbers) can be shown by customer.
class CustomerNameCache
{
public:
    // The file is created on the first write; an unreadable or missing file is an empty cache.
    explicit CustomerNameCache(QString databasePath);
    // Waits for the writes still running: they are the names of the next start.
    ~CustomerNameCache();
    CustomerNameCache(const CustomerNameCache&) = delete;
    CustomerNameCache& operator=(const CustomerNameCache&) = delete;

    // The file in the application's data folder.
    static QString defaultFilePath();

    QHash<QString, QString> names(const QString& profile);
    // Both of what is kept of each customer, in one read.
    struct Known
    {
        QHash<QString, QString> namesByCustomerId;
        QHash<QString, QString> orgIdsByCustomerId; // only the customers whose organization is known
    };
    Known known(const QString& profile);
    // Adds or replaces names (and organizations, by customer ID); the others of the profile stay.
    bool store(const QString& profile,
               const QHash<QString, QString>& namesByCustomerId,
               const QHash<QString, QString>& orgIdsByCustomerId = {});
    // The same in one transaction on a thread of the cache's own, so 20,000 names never hold up the window; writes
    // run one after another in the order asked. The future holds whether the write succeeded.
    QFuture<bool> storeInBackground(const QString& profile,
                                    const QHash<QString, QString>& namesByCustomerId,
                                    const QHash<QString, QString>& orgIdsByCustomerId = {});
    // One customer as a list shows it, for updateInBackground().
    struct Entry
    {
        QString customerId;
        QString name;
        QString orgId;
    };
    // Brings the profile's names up to date with `customers`: what the file holds is read, what differs written, all
    // on the writer thread, so a list of 20,000 costs the caller only the copy of its rows. The future holds the
    // names the file holds afterwards, or nothing when it could not be written.
    QFuture<std::optional<QHash<QString, QString>>> updateInBackground(const QString& profile,
                                                                       const QList<Entry>& customers);
    // Forgets every name of the profile (its data was reset).
    bool clear(const QString& profile);

private:
    bool open();
    // open() when the file exists; false (an empty cache) when it does not.
    bool openForReading();

    QString m_path;
    QString m_connectionName;
    QThreadPool m_writer; // one thread: background writes keep their order
};

} // namespace onboarder::api
