#pragma once

#include <QObject>
#include <QString>

namespace onboarder::api {
class WholesaleClient;
}
namespace onboarder::jobs {
class CustomerStatusTracker;
}

namespace onboarder::ui {

// The users file named in the customer wizard, waiting for its customer: follows the customer just created until it
// settles, then says whether Configure Customer can take the users (provisioned, with or without package errors) or
// why not. Ends itself once it has said so.
class UsersAfterProvisioning : public QObject
{
    Q_OBJECT

public:
    // The client is not owned; following stops if it goes.
    UsersAfterProvisioning(api::WholesaleClient* client,
                           const QString& customerId,
                           const QString& usersFile,
                           QObject* parent = nullptr);

    QString customerId() const;
    QString usersFile() const;

signals:
    void customerReady(const QString& customerId, const QString& usersFile);
    void customerNotReady(const QString& customerId, const QString& usersFile, const QString& reason);

private:
    void finish();

    QString m_customerId;
    QString m_usersFile;
    jobs::CustomerStatusTracker* m_tracker;
};

} // namespace onboarder::ui
