#pragma once

#include "api/ApiError.h"
#include "model/Customer.h"
#include "model/Location.h"
#include "model/Person.h"
#include "model/PhoneNumber.h"
#include "model/Role.h"
#include "model/Subscriber.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace onboarder::api {
class WholesaleClient;
}

namespace onboarder::ui {

// Does the network work of the Configure customer window so its tabs never do: loads one customer with its
// organization name, locations, people, subscribers and roles; loads a location's free numbers on demand; creates
// locations, gives roles and changes packages (a location's calling is LocationCallingController's). Every answer
// arrives as a signal; nothing blocks.
class ConfigureCustomerController : public QObject
{
    Q_OBJECT

public:
    // The client is not owned.
    ConfigureCustomerController(api::WholesaleClient* client, const QString& customerId, QObject* parent = nullptr);

    api::WholesaleClient* client() const;
    QString customerId() const;

    // Loads everything; loaded() or loadFailed() follows.
    void load();
    bool isLoading() const;
    bool isLoaded() const;
    const model::Customer& customer() const;
    QString customerName() const;
    // The customer's packages a user can be given, as wire names.
    QStringList subscriberPackages() const;
    const QList<model::Location>& locations() const;
    std::optional<model::Location> location(const QString& locationId) const;
    const QList<model::Person>& people() const;
    const QList<model::Subscriber>& subscribers() const;
    const QList<model::Role>& roles() const;
    QString roleName(const QString& roleId) const;
    // The role that makes someone the customer's full administrator, from GET /roles.
    QString fullAdminRoleId() const;
    std::optional<model::Person> personByEmail(const QString& email) const;
    std::optional<model::Subscriber> subscriberByEmail(const QString& email) const;

    // Free numbers of a location; numbersLoaded() follows loadNumbers().
    void loadNumbers(const QString& locationId);
    bool hasNumbers(const QString& locationId) const;
    QList<model::PhoneNumber> availableNumbers(const QString& locationId) const;

    void createLocation(const model::Location& location);

    void assignRoles(const QString& personId, const QStringList& roleIds);
    void changePackage(const model::Subscriber& subscriber, const QString& package);
    // Reloads people and subscribers (every page of them), after users were provisioned or to see changes made
    // elsewhere; usersChanged() or usersFailed() follows. A refresh asked for while one runs replaces it.
    void refreshUsers();
    bool isRefreshingUsers() const;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const onboarder::api::ApiError& error);
    void locationsChanged();
    void usersChanged();
    void usersRefreshing();
    // Subscribers read so far by the refresh under way, for its progress.
    void usersProgress(int subscribersSoFar);
    // A refresh after the first load failed; the users known before stay.
    void usersFailed(const onboarder::api::ApiError& error);
    void numbersLoaded(const QString& locationId);
    void locationCreated(const QString& locationId);
    void locationFailed(const onboarder::api::ApiError& error);
    void rolesAssigned(const QString& personId);
    void rolesFailed(const onboarder::api::ApiError& error);
    void packageChanged(const QString& subscriberId);
    void packageFailed(const onboarder::api::ApiError& error);

private:
    void fail(const std::optional<api::ApiError>& error);
    void stepDone();
    void loadOrganization();

    QPointer<api::WholesaleClient> m_client;
    QString m_customerId;
    model::Customer m_customer;
    QString m_customerName;
    QList<model::Location> m_locations;
    QList<model::Person> m_people;
    QList<model::Subscriber> m_subscribers;
    QList<model::Role> m_roles;
    QHash<QString, QList<model::PhoneNumber>> m_numbers;
    int m_usersRefresh = 0; // the latest refresh; answers of earlier ones are dropped
    bool m_refreshingUsers = false;
    int m_pending = 0; // load steps still running
    bool m_loading = false;
    bool m_loaded = false;
    bool m_failed = false;
};

} // namespace onboarder::ui
