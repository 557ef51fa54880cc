#pragma once

#include "model/Subscriber.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace onboarder::ui {

// Users typed or imported into the Configure customer window and not added when it closed, kept for the next time
// that customer is opened with the same profile. Kept the way jobs::ImportRunStore keeps the rows of a run: a CSV
// file as the users import reads it (jobs::SubscriberImportFile::write), saved atomically under the application
// data folder, named by a hash of what it belongs to. The same format is what "Export" writes for the user.
class UnsentUsersStore
{
    Q_DECLARE_TR_FUNCTIONS(UnsentUsersStore)

public:
    static QString folder();
    static QString filePath(const QString& profile, const QString& customerId);

    static bool keep(const QString& profile,
                     const QString& customerId,
                     const QList<model::Subscriber>& users,
                     QString* error = nullptr);
    // The kept file's bytes; empty when nothing is kept.
    static QByteArray kept(const QString& profile, const QString& customerId);
    static void forget(const QString& profile, const QString& customerId);

    // Writes the users to a file of the user's choosing, in the format the users import reads.
    static bool exportTo(const QString& filePath, const QList<model::Subscriber>& users, QString* error = nullptr);
};

} // namespace onboarder::ui
