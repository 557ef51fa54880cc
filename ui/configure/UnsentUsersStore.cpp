#include "ui/configure/UnsentUsersStore.h"

#include "jobs/import/SubscriberImportFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace onboarder::ui {

QString UnsentUsersStore::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("unsent-users"));
}

QString UnsentUsersStore::filePath(const QString& profile, const QString& customerId)
{
    // Profile and customer names may hold anything a file name cannot: the file is named by their hash.
    const QByteArray key = (profile + QLatin1Char('\n') + customerId).toUtf8();
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return QDir(folder()).filePath(name + QStringLiteral(".csv"));
}

bool UnsentUsersStore::keep(const QString& profile,
                            const QString& customerId,
                            const QList<model::Subscriber>& users,
                            QString* error)
{
    QDir().mkpath(folder());
    return exportTo(filePath(profile, customerId), users, error);
}

QByteArray UnsentUsersStore::kept(const QString& profile, const QString& customerId)
{
    QFile file(filePath(profile, customerId));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void UnsentUsersStore::forget(const QString& profile, const QString& customerId)
{
    QFile::remove(filePath(profile, customerId));
}

bool UnsentUsersStore::exportTo(const QString& filePath, const QList<model::Subscriber>& users, QString* error)
{
    const QByteArray bytes = jobs::SubscriberImportFile::write(users);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error
                = tr("The users cannot be saved to %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace onboarder::ui
