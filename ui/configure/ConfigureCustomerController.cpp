#include "ui/configure/ConfigureCustomerController.h"

#include "api/PagedFetch.h"
#include "api/WholesaleClient.h"
#include "jobs/calling/LocationLookUp.h"
#include "model/SubscriberBatchRules.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcConfigureCustomer, "onboarder.ui.configure")

namespace onboarder::ui {

namespace {
api::ApiError orUnknown(const std::optional<api::ApiError>& error)
{
    return error.value_or(api::ApiError::make(api::ApiError::Kind::InvalidResponse,
                                              ConfigureCustomerController::tr("The server gave no answer.")));
}
} // namespace

ConfigureCustomerController::ConfigureCustomerController(api::WholesaleClient* client,
                                                         const QString& customerId,
                                                         QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_customerId(customerId)
{
}

api::WholesaleClient* ConfigureCustomerController::client() const
{
    return m_client;
}

QString ConfigureCustomerController::customerId() const
{
    return m_customerId;
}

bool ConfigureCustomerController::isLoading() const
{
    return m_loading;
}

bool ConfigureCustomerController::isLoaded() const
{
    return m_loaded;
}

const model::Customer& ConfigureCustomerController::customer() const
{
    return m_customer;
}

QString ConfigureCustomerController::customerName() const
{
    return m_customerName.isEmpty() ? m_customer.externalId : m_customerName;
}

QStringList ConfigureCustomerController::subscriberPackages() const
{
    return model::SubscriberBatchRules::userPackages(m_customer.packages);
}

const QList<model::Location>& ConfigureCustomerController::locations() const
{
    return m_locations;
}

std::optional<model::Location> ConfigureCustomerController::location(const QString& locationId) const
{
    for (const model::Location& location : m_locations) {
        if (location.id == locationId) {
            return location;
        }
    }
    return std::nullopt;
}

const QList<model::Person>& ConfigureCustomerController::people() const
{
    return m_people;
}

const QList<model::Subscriber>& ConfigureCustomerController::subscribers() const
{
    return m_subscribers;
}

const QList<model::Role>& ConfigureCustomerController::roles() const
{
    return m_roles;
}

QString ConfigureCustomerController::roleName(const QString& roleId) const
{
    for (const model::Role& role : m_roles) {
        if (role.id == roleId) {
            return role.name;
        }
    }
    return roleId;
}

QString ConfigureCustomerController::fullAdminRoleId() const
{
    for (const model::Role& role : m_roles) {
        if (role.name.compare(QLatin1String("Full Administrator"), Qt::CaseInsensitive) == 0) {
            return role.id;
        }
    }
    return {};
}

std::optional<model::Person> ConfigureCustomerController::personByEmail(const QString& email) const
{
    for (const model::Person& person : m_people) {
        for (const QString& address : person.emails) {
            if (address.compare(email, Qt::CaseInsensitive) == 0) {
                return person;
            }
        }
    }
    return std::nullopt;
}

std::optional<model::Subscriber> ConfigureCustomerController::subscriberByEmail(const QString& email) const
{
    for (const model::Subscriber& subscriber : m_subscribers) {
        if (subscriber.email.compare(email, Qt::CaseInsensitive) == 0) {
            return subscriber;
        }
    }
    return std::nullopt;
}

void ConfigureCustomerController::load()
{
    if (m_loading || !m_client) {
        return;
    }
    m_loading = true;
    m_failed = false;
    emit loadingChanged(true);
    m_client->getCustomer(m_customerId, this, [this](const api::ApiResult<model::Customer>& result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        m_customer = *result.value;
        if (m_customer.orgId.isEmpty()) {
            fail(api::ApiError::make(api::ApiError::Kind::Configuration,
                                     tr("The customer is %1: users and locations can be added once it is "
                                        "provisioned.")
                                         .arg(m_customer.status.displayName())));
            return;
        }
        loadOrganization();
    });
}

void ConfigureCustomerController::loadOrganization()
{
    m_pending = 4;
    const QString orgId = m_customer.orgId;
    m_client->getOrganizationName(orgId, this, [this](const api::ApiResult<QString>& result) {
        // The name is for display only; the external ID stands in when it cannot be read.
        if (result.ok()) {
            m_customerName = *result.value;
        }
        stepDone();
    });
    m_client->listLocations(orgId, this, [this](const api::ApiResult<QList<model::Location>>& result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        m_locations = *result.value;
        stepDone();
    });
    m_client->listRoles(this, [this](const api::ApiResult<QList<model::Role>>& result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        m_roles = *result.value;
        stepDone();
    });
    connect(this,
            &ConfigureCustomerController::usersChanged,
            this,
            &ConfigureCustomerController::stepDone,
            Qt::SingleShotConnection);
    refreshUsers();
}

void ConfigureCustomerController::refreshUsers()
{
    if (!m_client || m_customer.orgId.isEmpty()) {
        return;
    }
    // People (roles, locations) and subscribers (packages, status) are two lists of the same users: both are taken
    // when both arrived, so a refresh never shows one list newer than the other.
    struct Refresh
    {
        int pending = 2;
        bool failed = false;
        QList<model::Person> people;
        QList<model::Subscriber> subscribers;
    };
    const int generation = ++m_usersRefresh;
    auto refresh = std::make_shared<Refresh>();
    m_refreshingUsers = true;
    emit usersRefreshing();
    auto current = [this, generation, refresh] { return generation == m_usersRefresh && !refresh->failed; };
    auto finishOne = [this, refresh, current] {
        if (!current() || --refresh->pending > 0) {
            return;
        }
        m_people = refresh->people;
        m_subscribers = refresh->subscribers;
        m_refreshingUsers = false;
        emit usersChanged();
    };
    auto failOne = [this, refresh, current](const std::optional<api::ApiError>& error) {
        if (!current()) {
            return;
        }
        refresh->failed = true;
        m_refreshingUsers = false;
        if (m_loading) {
            fail(error);
        } else {
            qCWarning(lcConfigureCustomer) << "users could not be refreshed:" << orUnknown(error).message;
            emit usersFailed(orUnknown(error));
        }
    };
    m_client->findPeople(
        m_customer.orgId, {}, this, [refresh, finishOne, failOne](const api::ApiResult<QList<model::Person>>& result) {
            if (!result.ok()) {
                failOne(result.error);
                return;
            }
            refresh->people = *result.value;
            finishOne();
        });
    api::WholesaleClient::SubscriberFilter filter;
    filter.customerId = m_customerId;
    m_client->listSubscribers(
        filter,
        this,
        [this, refresh, current](const QList<model::Subscriber>& page) {
            if (current()) {
                refresh->subscribers.append(page);
                emit usersProgress(static_cast<int>(refresh->subscribers.size()));
            }
        },
        [finishOne, failOne](const std::optional<api::ApiError>& error) {
            if (error) {
                failOne(error);
                return;
            }
            finishOne();
        });
}

bool ConfigureCustomerController::isRefreshingUsers() const
{
    return m_refreshingUsers;
}

void ConfigureCustomerController::stepDone()
{
    if (m_failed || !m_loading || --m_pending > 0) {
        return;
    }
    m_loading = false;
    m_loaded = true;
    qCDebug(lcConfigureCustomer) << "customer loaded with" << m_locations.size() << "locations and"
                                 << m_subscribers.size() << "users";
    emit loadingChanged(false);
    emit locationsChanged();
    emit loaded();
}

void ConfigureCustomerController::fail(const std::optional<api::ApiError>& error)
{
    if (!m_loading) {
        // Something loaded after the customer failed; the data shown stays as it was.
        qCWarning(lcConfigureCustomer) << "refresh failed:" << orUnknown(error).message;
        return;
    }
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_loading = false;
    emit loadingChanged(false);
    emit loadFailed(orUnknown(error));
}

void ConfigureCustomerController::loadNumbers(const QString& locationId)
{
    if (!m_client || locationId.isEmpty()) {
        return;
    }
    m_client->listNumbers(m_customer.orgId,
                          locationId,
                          true,
                          this,
                          [this, locationId](const api::ApiResult<model::PhoneNumberList>& result) {
                              QList<model::PhoneNumber> free;
                              if (result.ok()) {
                                  for (const model::PhoneNumber& number : result.value->phoneNumbers) {
                                      if (number.isFree() && !number.phoneNumber.isEmpty()) {
                                          free.append(number);
                                      }
                                  }
                              } else {
                                  qCWarning(lcConfigureCustomer) << "numbers of a location could not be listed:"
                                                                 << orUnknown(result.error).message;
                              }
                              m_numbers.insert(locationId, free);
                              emit numbersLoaded(locationId);
                          });
}

bool ConfigureCustomerController::hasNumbers(const QString& locationId) const
{
    return m_numbers.contains(locationId);
}

QList<model::PhoneNumber> ConfigureCustomerController::availableNumbers(const QString& locationId) const
{
    return m_numbers.value(locationId);
}

void ConfigureCustomerController::createLocation(const model::Location& location)
{
    if (!m_client) {
        return;
    }
    jobs::LocationLookUp::create(m_client,
                                 m_customer.orgId,
                                 location,
                                 this,
                                 [this, location](const api::ApiResult<jobs::LocationLookUp::Created>& result) {
                                     if (!result.ok()) {
                                         emit locationFailed(orUnknown(result.error));
                                         return;
                                     }
                                     model::Location created = location;
                                     created.id = result.value->value;
                                     created.orgId = m_customer.orgId;
                                     m_locations.append(created);
                                     emit locationsChanged();
                                     emit locationCreated(created.id);
                                 });
}

void ConfigureCustomerController::assignRoles(const QString& personId, const QStringList& roleIds)
{
    if (!m_client) {
        return;
    }
    m_client->setPersonRoles(personId, roleIds, this, [this, personId](const api::ApiResult<model::Person>& result) {
        if (!result.ok()) {
            emit rolesFailed(orUnknown(result.error));
            return;
        }
        for (model::Person& person : m_people) {
            if (person.id == personId) {
                person = *result.value;
            }
        }
        emit usersChanged();
        emit rolesAssigned(personId);
    });
}

void ConfigureCustomerController::changePackage(const model::Subscriber& subscriber, const QString& package)
{
    if (!m_client) {
        return;
    }
    model::Subscriber update;
    update.id = subscriber.id;
    update.packages = { package };
    m_client->updateSubscriber(update, this, [this](const api::ApiResult<model::Subscriber>& result) {
        if (!result.ok()) {
            emit packageFailed(orUnknown(result.error));
            return;
        }
        for (model::Subscriber& subscriber : m_subscribers) {
            if (subscriber.id == result.value->id) {
                subscriber = *result.value;
            }
        }
        emit usersChanged();
        emit packageChanged(result.value->id);
    });
}

} // namespace onboarder::ui
