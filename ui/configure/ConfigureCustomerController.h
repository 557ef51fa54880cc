#pragma once

#include "api/ApiError.h"
#include "model/Customer.h"
#include "model/Location.h"
#include "model/Person.h"
#include "model/PhoneNumber.h"
#include "model/PstnConnectionOption.h"
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
// organization name, locations, people, subscribers and roles; loads a location's free numbers and PSTN connection
// on demand; creates locations, adds numbers (split into requests the API accepts), gives roles and changes
// packages. Every answer arrives as a signal; nothing blocks.
class ConfigureCustomerController : public QObject
{
    Q_OBJECT

public:
    // The numbers API takes at most 20 mobile numbers per request (reference §6.5); other types up to 100 here.
    static constexpr int kMaxMobileNumbersPerRequest = 20;
    static constexpr int kMaxNumbersPerRequest = 100;

    enum class PstnState { Unknown, Loading, None, Connected, Failed };

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

    // The PSTN connection of a location decides whether numbers may be added to it.
    void loadPstnConnection(const QString& locationId);
    PstnState pstnState(const QString& locationId) const;
    std::optional<model::PstnConnectionOption> pstnConnection(const QString& locationId) const;

    void createLocation(const model::Location& location);
    // Splits the numbers into requests of at most the allowed size for their type and sends them one after another.
    static QList<QStringList> splitNumbers(const QStringList& numbers, const QString& numberType);
    void addNumbers(const QString& locationId, const QStringList& numbers, const QString& numberType);
    bool isAddingNumbers() const;

    void assignRoles(const QString& personId, const QStringList& roleIds);
    void changePackage(const model::Subscriber& subscriber, const QString& package);
    // Reloads people and subscribers, after users were provisioned elsewhere.
    void refreshUsers();

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const onboarder::api::ApiError& error);
    void locationsChanged();
    void usersChanged();
    void numbersLoaded(const QString& locationId);
    void pstnConnectionLoaded(const QString& locationId);
    void locationCreated(const QString& locationId);
    void locationFailed(const onboarder::api::ApiError& error);
    void numbersProgress(int request, int requests);
    void numbersAdded(const QString& locationId, int count, int requests);
    void numbersFailed(const onboarder::api::ApiError& error, int added);
    void rolesAssigned(const QString& personId);
    void rolesFailed(const onboarder::api::ApiError& error);
    void packageChanged(const QString& subscriberId);
    void packageFailed(const onboarder::api::ApiError& error);

private:
    void fail(const std::optional<api::ApiError>& error);
    void stepDone();
    void loadOrganization();
    void sendNumbers(const QString& locationId,
                     QList<QStringList> batches,
                     const QString& numberType,
                     int done,
                     int total,
                     int added);

    QPointer<api::WholesaleClient> m_client;
    QString m_customerId;
    model::Customer m_customer;
    QString m_customerName;
    QList<model::Location> m_locations;
    QList<model::Person> m_people;
    QList<model::Subscriber> m_subscribers;
    QList<model::Subscriber> m_loadingSubscribers;
    QList<model::Role> m_roles;
    QHash<QString, QList<model::PhoneNumber>> m_numbers;
    QHash<QString, PstnState> m_pstnState;
    QHash<QString, model::PstnConnectionOption> m_pstn;
    int m_pending = 0; // load steps still running
    bool m_loading = false;
    bool m_loaded = false;
    bool m_failed = false;
    bool m_addingNumbers = false;
};

} // namespace onboarder::ui
