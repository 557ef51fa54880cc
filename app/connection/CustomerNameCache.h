#pragma once

#include <QHash>
#include <QString>

namespace onboarder::api {

// The customers' names, kept per profile in SQLite, so the customer list is named at once on the next start while
// the organizations are asked again. Keys are customer IDs: a customer created here but not yet provisioned has
// no organization, and its name is known only from its create.
class CustomerNameCache
{
public:
    // The file is created on the first write; an unreadable or missing file is an empty cache.
    explicit CustomerNameCache(QString databasePath);
    ~CustomerNameCache();
    CustomerNameCache(const CustomerNameCache&) = delete;
    CustomerNameCache& operator=(const CustomerNameCache&) = delete;

    // The file in the application's data folder.
    static QString defaultFilePath();

    QHash<QString, QString> names(const QString& profile);
    // Adds or replaces names; the others of the profile stay.
    bool store(const QString& profile, const QHash<QString, QString>& namesByCustomerId);
    // Forgets every name of the profile (its data was reset).
    bool clear(const QString& profile);

private:
    bool open();

    QString m_path;
    QString m_connectionName;
};

} // namespace onboarder::api
