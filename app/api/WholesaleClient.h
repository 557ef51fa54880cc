#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "api/ApiSession.h"
#include "model/Customer.h"
#include "model/Location.h"
#include "model/OnboardingTemplate.h"
#include "model/ParseResult.h"
#include "model/Person.h"
#include "model/PhoneNumberList.h"
#include "model/PrecheckResult.h"
#include "model/PstnConnectionOption.h"
#include "model/Role.h"
#include "model/SubPartner.h"
#include "model/Subscriber.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <nlohmann/json_fwd.hpp>

namespace onboarder::api {

class PagedFetch;

// The Webex Wholesale API in the model's terms: every endpoint the flows use, each call one ApiRequest whose answer
// is read into model types and handed to a callback (run only while its context object lives). Every create is sent
// once; what follows a create without an answer is decided in jobs (CreateLookUp, with CustomerLookUp,
// SubscriberLookUp, LocationLookUp and TemplateLookUp); numbers are added once, jobs::LocationCallingSetup checks a
// step without an answer against the server.
class WholesaleClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const ApiResult<T>&)>;

    // A customer created: its ID and the URL its provisioning status is read from.
    struct Created
    {
        QString id;
        QUrl url;
    };

    struct CustomerFilter
    {
        QString externalId;
        QString orgId;
        QStringList statuses;
        int pageSize = 100;
    };
    struct SubscriberFilter
    {
        QString customerId;
        QString email;
        QString externalCustomerId;
        QString status;
        int pageSize = 100;
    };

    explicit WholesaleClient(ApiSession* session, QObject* parent = nullptr);

    ApiSession* session() const;
    // Sent as onBehalfOfSubPartnerOrgId on every wholesale call; empty for the partner itself.
    void setSubPartnerOrgId(const QString& orgId);

    // Customers.
    PagedFetch* listCustomers(const CustomerFilter& filter,
                              QObject* context,
                              std::function<void(const QList<model::Customer>&)> page,
                              std::function<void(const std::optional<ApiError>&)> done);
    ApiRequest* getCustomer(const QString& id,
                            QObject* context,
                            Callback<model::Customer> done,
                            bool includePackageLicenseInfo = false);
    // POST /wholesale/customers, once.
    ApiRequest* provisionCustomer(const model::Customer& customer, QObject* context, Callback<Created> done);
    // Finds a customer by its external ID; the value is empty when there is none.
    ApiRequest*
    findCustomer(const QString& externalId, QObject* context, Callback<std::optional<model::Customer>> done);
    ApiRequest* updateCustomer(const model::Customer& customer, QObject* context, Callback<QUrl> done);
    ApiRequest* deleteCustomer(const QString& id, QObject* context, Callback<QUrl> done);
    ApiRequest*
    precheckCustomer(const model::Customer& customer, QObject* context, Callback<model::PrecheckResult> done);
    QUrl customerUrl(const QString& id) const;

    // Subscribers.
    PagedFetch* listSubscribers(const SubscriberFilter& filter,
                                QObject* context,
                                std::function<void(const QList<model::Subscriber>&)> page,
                                std::function<void(const std::optional<ApiError>&)> done);
    ApiRequest* getSubscriber(const QString& id, QObject* context, Callback<model::Subscriber> done);
    // POST /wholesale/subscribers, once. The value's status tells whether the user is provisioned or
    // pending_user_migration.
    void provisionSubscriber(const model::Subscriber& subscriber, QObject* context, Callback<model::Subscriber> done);
    ApiRequest*
    updateSubscriber(const model::Subscriber& subscriber, QObject* context, Callback<model::Subscriber> done);
    ApiRequest* deleteSubscriber(const QString& id, QObject* context, Callback<bool> done);
    ApiRequest*
    precheckSubscriber(const model::Subscriber& subscriber, QObject* context, Callback<model::PrecheckResult> done);
    ApiRequest* resendConsentEmail(const QString& subscriberId, QObject* context, Callback<bool> done);
    // Finds a customer's subscriber by email; the value is empty when there is none.
    ApiRequest* findSubscriber(const QString& customerId,
                               const QString& email,
                               QObject* context,
                               Callback<std::optional<model::Subscriber>> done);

    ApiRequest* listSubPartners(QObject* context, Callback<QList<model::SubPartner>> done);

    // Calling configuration of a customer organization.
    ApiRequest* listLocations(const QString& orgId, QObject* context, Callback<QList<model::Location>> done);
    ApiRequest*
    getLocation(const QString& orgId, const QString& locationId, QObject* context, Callback<model::Location> done);
    // POST /locations, once; the value is the new location's ID.
    ApiRequest*
    createLocation(const QString& orgId, const model::Location& location, QObject* context, Callback<QString> done);
    ApiRequest*
    updateLocation(const QString& orgId, const model::Location& location, QObject* context, Callback<bool> done);
    ApiRequest* listNumbers(const QString& orgId,
                            const QString& locationId,
                            bool availableOnly,
                            QObject* context,
                            Callback<model::PhoneNumberList> done);
    // numberType: "DID" (the API's default when empty), "TOLLFREE" or "MOBILE" (at most 20 per request). Sent once.
    ApiRequest* addNumbers(const QString& orgId,
                           const QString& locationId,
                           const QStringList& e164Numbers,
                           QObject* context,
                           Callback<bool> done,
                           const QString& numberType = {});
    ApiRequest* pstnConnectionOptions(const QString& orgId,
                                      const QString& locationId,
                                      QObject* context,
                                      Callback<QList<model::PstnConnectionOption>> done);
    ApiRequest* pstnConnection(const QString& orgId,
                               const QString& locationId,
                               QObject* context,
                               Callback<model::PstnConnectionOption> done);
    // Sets the location's PSTN connection: one of its connection options (non-integrated CCP and the others listed),
    // or a local gateway by premiseRouteType (TRUNK, ROUTE_GROUP) and premiseRouteId.
    ApiRequest* setPstnConnection(const QString& orgId,
                                  const QString& locationId,
                                  const QString& connectionId,
                                  QObject* context,
                                  Callback<bool> done);
    ApiRequest* setPremisesPstnConnection(const QString& orgId,
                                          const QString& locationId,
                                          const QString& premiseRouteType,
                                          const QString& premiseRouteId,
                                          QObject* context,
                                          Callback<bool> done);
    // Activates added numbers (not mobile numbers, which become active when assigned to a user).
    ApiRequest* activateNumbers(const QString& orgId,
                                const QString& locationId,
                                const QStringList& e164Numbers,
                                QObject* context,
                                Callback<bool> done);
    // The location's main number (calling line ID): an active number of that location.
    ApiRequest* setMainNumber(const QString& orgId,
                              const QString& locationId,
                              const QString& callingLineName,
                              const QString& e164Number,
                              QObject* context,
                              Callback<bool> done);

    // People, roles, organizations.
    ApiRequest*
    findPeople(const QString& orgId, const QString& email, QObject* context, Callback<QList<model::Person>> done);
    ApiRequest* getPerson(const QString& personId, QObject* context, Callback<model::Person> done);
    ApiRequest*
    setPersonRoles(const QString& personId, const QStringList& roleIds, QObject* context, Callback<model::Person> done);
    ApiRequest* listRoles(QObject* context, Callback<QList<model::Role>> done);
    ApiRequest* getOrganizationName(const QString& orgId, QObject* context, Callback<QString> done);

    // Onboarding templates exist only in the sandbox (Webex has no public template API).
    ApiRequest* listSandboxTemplates(QObject* context, Callback<QList<model::OnboardingTemplate>> done);
    // POST /sandbox/onboardingTemplates, once.
    ApiRequest* createSandboxTemplate(const model::OnboardingTemplate& onboardingTemplate,
                                      QObject* context,
                                      Callback<model::OnboardingTemplate> done);
    ApiRequest* deleteSandboxTemplate(const QString& provisioningId, QObject* context, Callback<bool> done);

signals:
    void customerCreated(const QString& customerId);
    void customerDeleted(const QString& customerId);
    void subscriberCreated(const QString& subscriberId, const QString& customerId);

private:
    template <typename T>
    ApiRequest* call(const QByteArray& method,
                     const QUrl& url,
                     const nlohmann::json& body,
                     QObject* context,
                     std::function<model::ParseResult<T>(const ApiResponse&)> read,
                     Callback<T> done);
    // Streams a list's pages to `page`, read with the model's list reader, then reports the end to `done`.
    template <typename T>
    PagedFetch* fetchPages(const QUrl& firstPage,
                           QObject* context,
                           model::ParseResult<QList<T>> (*readList)(const nlohmann::json&),
                           std::function<void(const QList<T>&)> page,
                           std::function<void(const std::optional<ApiError>&)> done);
    QUrlQuery wholesaleQuery() const;
    QUrl url(const QString& path, QUrlQuery query = {}) const;
    QPointer<ApiSession> m_session;
    QString m_subPartnerOrgId;
};

} // namespace onboarder::api
