#include "api/WholesaleClient.h"

#include "api/PagedFetch.h"
#include "model/AdminJson.h"
#include "model/CallingJson.h"
#include "model/TemplateJson.h"
#include "model/WebexId.h"
#include "model/WholesaleJson.h"

#include <QCoreApplication>

namespace onboarder::api {

using model::ParseResult;
using nlohmann::json;

namespace {

json bodyOf(const ApiResponse& response)
{
    return json::parse(response.body.constBegin(), response.body.constEnd(), nullptr, false);
}

// Reads the answer's JSON body with one of the model's readers.
template <typename T>
std::function<ParseResult<T>(const ApiResponse&)> reader(ParseResult<T> (*parse)(const json&))
{
    return [parse](const ApiResponse& response) {
        const json body = bodyOf(response);
        if (body.is_discarded()) {
            return ParseResult<T>::failure(QCoreApplication::translate("WholesaleClient", "The answer is not JSON."));
        }
        return parse(body);
    };
}

// For answers whose body does not matter (204 and friends).
ParseResult<bool> accepted(const ApiResponse&)
{
    return ParseResult<bool>::success(true);
}

// The resource URL of a 202/201: the {url} body, else the Location header.
ParseResult<QUrl> resourceUrl(const ApiResponse& response)
{
    const json body = bodyOf(response);
    if (body.is_object()) {
        const auto url = model::WholesaleJson::resourceUrlFromJson(body);
        if (url.ok() && !url.value->isEmpty()) {
            return ParseResult<QUrl>::success(QUrl(*url.value));
        }
    }
    const QByteArray location = response.header("location");
    if (!location.isEmpty()) {
        return ParseResult<QUrl>::success(QUrl::fromEncoded(location));
    }
    return ParseResult<QUrl>::failure(
        QCoreApplication::translate("WholesaleClient", "The answer does not say where the new resource is."));
}

QString jsonText(const json& value, const char* key)
{
    if (value.is_object()) {
        if (auto it = value.find(key); it != value.end() && it->is_string()) {
            return QString::fromStdString(it->get<std::string>());
        }
    }
    return {};
}

} // namespace

WholesaleClient::WholesaleClient(ApiSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

ApiSession* WholesaleClient::session() const
{
    return m_session;
}

void WholesaleClient::setSubPartnerOrgId(const QString& orgId)
{
    m_subPartnerOrgId = orgId;
}

QUrlQuery WholesaleClient::wholesaleQuery() const
{
    QUrlQuery query;
    if (!m_subPartnerOrgId.isEmpty()) {
        query.addQueryItem(QStringLiteral("onBehalfOfSubPartnerOrgId"), m_subPartnerOrgId);
    }
    return query;
}

QUrl WholesaleClient::url(const QString& path, QUrlQuery query) const
{
    return m_session ? m_session->urlFor(path, query) : QUrl();
}

QUrl WholesaleClient::customerUrl(const QString& id) const
{
    return url(QStringLiteral("wholesale/customers/") + id, wholesaleQuery());
}

template <typename T>
ApiRequest* WholesaleClient::call(const QByteArray& method,
                                  const QUrl& target,
                                  const json& body,
                                  QObject* context,
                                  std::function<ParseResult<T>(const ApiResponse&)> read,
                                  Callback<T> done)
{
    const QByteArray payload = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
    ApiRequest* request = m_session->send(method, target, payload);
    QPointer<QObject> guard(context);
    connect(
        request, &ApiRequest::finished, this, [guard, read = std::move(read), done = std::move(done)](ApiRequest* r) {
            if (!guard) {
                return;
            }
            const ApiResponse& response = r->response();
            ApiResult<T> result;
            result.trackingId = response.trackingId;
            if (!response.ok()) {
                result.error = response.error;
            } else {
                ParseResult<T> parsed = read(response);
                if (parsed.ok()) {
                    result.value = std::move(parsed.value);
                } else {
                    result.error = ApiError::unreadableAnswer(parsed.error, response.trackingId);
                }
            }
            done(result);
        });
    return request;
}

template <typename T>
PagedFetch* WholesaleClient::fetchPages(const QUrl& firstPage,
                                        QObject* context,
                                        ParseResult<QList<T>> (*readList)(const json&),
                                        std::function<void(const QList<T>&)> page,
                                        std::function<void(const std::optional<ApiError>&)> done)
{
    auto* fetch = new PagedFetch(m_session, firstPage, QStringLiteral("items"), context);
    // Read on the fetch's worker thread: the window's thread only gets the finished list of each page.
    fetch->setItemsReader([readList](json items, QString* error) -> std::any {
        json document = json::object();
        document["items"] = std::move(items);
        ParseResult<QList<T>> read = readList(document);
        if (!read.ok()) {
            *error = read.error;
            return {};
        }
        return std::move(*read.value);
    });
    connect(fetch, &PagedFetch::pageRead, context, [page = std::move(page)](const std::any& read, int) {
        page(std::any_cast<const QList<T>&>(read));
    });
    connect(fetch, &PagedFetch::finished, context, [fetch, done = std::move(done)](bool) {
        done(fetch->error());
        fetch->deleteLater();
    });
    fetch->start();
    return fetch;
}

// Customers ---------------------------------------------------------------------------------------------------------

PagedFetch* WholesaleClient::listCustomers(const CustomerFilter& filter,
                                           QObject* context,
                                           std::function<void(const QList<model::Customer>&)> page,
                                           std::function<void(const std::optional<ApiError>&)> done)
{
    QUrlQuery query = wholesaleQuery();
    if (!filter.externalId.isEmpty()) {
        query.addQueryItem(QStringLiteral("externalId"), filter.externalId);
    }
    if (!filter.orgId.isEmpty()) {
        query.addQueryItem(QStringLiteral("orgId"), filter.orgId);
    }
    for (const QString& status : filter.statuses) {
        query.addQueryItem(QStringLiteral("status"), status);
    }
    query.addQueryItem(QStringLiteral("max"), QString::number(filter.pageSize));
    return fetchPages<model::Customer>(url(QStringLiteral("wholesale/customers"), query),
                                       context,
                                       &model::WholesaleJson::customerListFromJson,
                                       std::move(page),
                                       std::move(done));
}

ApiRequest* WholesaleClient::getCustomer(const QString& id,
                                         QObject* context,
                                         Callback<model::Customer> done,
                                         bool includePackageLicenseInfo)
{
    QUrlQuery query = wholesaleQuery();
    if (includePackageLicenseInfo) {
        query.addQueryItem(QStringLiteral("includePackageLicenseInfo"), QStringLiteral("true"));
    }
    return call<model::Customer>("GET",
                                 url(QStringLiteral("wholesale/customers/") + id, query),
                                 nullptr,
                                 context,
                                 reader(&model::WholesaleJson::customerFromJson),
                                 std::move(done));
}

ApiRequest*
WholesaleClient::provisionCustomer(const model::Customer& customer, QObject* context, Callback<Created> done)
{
    return call<QUrl>("POST",
                      url(QStringLiteral("wholesale/customers"), wholesaleQuery()),
                      model::WholesaleJson::toProvisionRequest(customer),
                      context,
                      &resourceUrl,
                      [this, done = std::move(done)](const ApiResult<QUrl>& result) {
                          if (!result.ok()) {
                              done({ std::nullopt, result.error, result.trackingId });
                              return;
                          }
                          const QString id = model::WebexId::idFromResourceUrl(result.value->toString());
                          emit customerCreated(id);
                          done({ Created { id, *result.value }, std::nullopt, result.trackingId });
                      });
}

ApiRequest* WholesaleClient::findCustomer(const QString& externalId,
                                          QObject* context,
                                          Callback<std::optional<model::Customer>> done)
{
    QUrlQuery query = wholesaleQuery();
    query.addQueryItem(QStringLiteral("externalId"), externalId);
    return call<std::optional<model::Customer>>(
        "GET",
        url(QStringLiteral("wholesale/customers"), query),
        nullptr,
        context,
        [externalId](const ApiResponse& response) {
            const auto list = model::WholesaleJson::customerListFromJson(bodyOf(response));
            if (!list.ok()) {
                return ParseResult<std::optional<model::Customer>>::failure(list.error);
            }
            for (const model::Customer& customer : *list.value) {
                if (customer.externalId == externalId) {
                    return ParseResult<std::optional<model::Customer>>::success(customer);
                }
            }
            return ParseResult<std::optional<model::Customer>>::success(std::nullopt);
        },
        std::move(done));
}

ApiRequest* WholesaleClient::updateCustomer(const model::Customer& customer, QObject* context, Callback<QUrl> done)
{
    return call<QUrl>("PUT",
                      customerUrl(customer.id),
                      model::WholesaleJson::toUpdateRequest(customer),
                      context,
                      &resourceUrl,
                      std::move(done));
}

ApiRequest* WholesaleClient::deleteCustomer(const QString& id, QObject* context, Callback<QUrl> done)
{
    return call<QUrl>(
        "DELETE",
        customerUrl(id),
        nullptr,
        context,
        [this, id](const ApiResponse& response) {
            auto target = resourceUrl(response);
            return target.ok() ? target : ParseResult<QUrl>::success(customerUrl(id));
        },
        [this, id, done = std::move(done)](const ApiResult<QUrl>& result) {
            if (result.ok()) {
                emit customerDeleted(id);
            }
            done(result);
        });
}

ApiRequest* WholesaleClient::precheckCustomer(const model::Customer& customer,
                                              QObject* context,
                                              Callback<model::PrecheckResult> done)
{
    return call<model::PrecheckResult>("POST",
                                       url(QStringLiteral("wholesale/customers/validate"), wholesaleQuery()),
                                       model::WholesaleJson::toPrecheckRequest(customer),
                                       context,
                                       reader(&model::WholesaleJson::precheckResultFromJson),
                                       std::move(done));
}

// Subscribers -------------------------------------------------------------------------------------------------------

PagedFetch* WholesaleClient::listSubscribers(const SubscriberFilter& filter,
                                             QObject* context,
                                             std::function<void(const QList<model::Subscriber>&)> page,
                                             std::function<void(const std::optional<ApiError>&)> done)
{
    QUrlQuery query = wholesaleQuery();
    const QList<QPair<QString, QString>> filters
        = { { QStringLiteral("customerId"), filter.customerId },
            { QStringLiteral("email"), filter.email },
            { QStringLiteral("externalCustomerId"), filter.externalCustomerId },
            { QStringLiteral("status"), filter.status } };
    for (const auto& [key, value] : filters) {
        if (!value.isEmpty()) {
            query.addQueryItem(key, value);
        }
    }
    query.addQueryItem(QStringLiteral("max"), QString::number(filter.pageSize));
    return fetchPages<model::Subscriber>(url(QStringLiteral("wholesale/subscribers"), query),
                                         context,
                                         &model::WholesaleJson::subscriberListFromJson,
                                         std::move(page),
                                         std::move(done));
}

ApiRequest* WholesaleClient::getSubscriber(const QString& id, QObject* context, Callback<model::Subscriber> done)
{
    return call<model::Subscriber>("GET",
                                   url(QStringLiteral("wholesale/subscribers/") + id, wholesaleQuery()),
                                   nullptr,
                                   context,
                                   reader(&model::WholesaleJson::subscriberFromJson),
                                   std::move(done));
}

ApiRequest* WholesaleClient::findSubscriber(const QString& customerId,
                                            const QString& email,
                                            QObject* context,
                                            Callback<std::optional<model::Subscriber>> done)
{
    QUrlQuery query = wholesaleQuery();
    query.addQueryItem(QStringLiteral("customerId"), customerId);
    query.addQueryItem(QStringLiteral("email"), email);
    return call<std::optional<model::Subscriber>>(
        "GET",
        url(QStringLiteral("wholesale/subscribers"), query),
        nullptr,
        context,
        [email](const ApiResponse& response) {
            const auto list = model::WholesaleJson::subscriberListFromJson(bodyOf(response));
            if (!list.ok()) {
                return ParseResult<std::optional<model::Subscriber>>::failure(list.error);
            }
            for (const model::Subscriber& subscriber : *list.value) {
                if (subscriber.email.compare(email, Qt::CaseInsensitive) == 0) {
                    return ParseResult<std::optional<model::Subscriber>>::success(subscriber);
                }
            }
            return ParseResult<std::optional<model::Subscriber>>::success(std::nullopt);
        },
        std::move(done));
}

void WholesaleClient::provisionSubscriber(const model::Subscriber& subscriber,
                                          QObject* context,
                                          Callback<model::Subscriber> done)
{
    call<model::Subscriber>(
        "POST",
        url(QStringLiteral("wholesale/subscribers"), wholesaleQuery()),
        model::WholesaleJson::toProvisionRequest(subscriber),
        context,
        reader(&model::WholesaleJson::subscriberFromJson),
        [this, customerId = subscriber.customerId, done](const ApiResult<model::Subscriber>& result) {
            if (result.ok()) {
                emit subscriberCreated(result.value->id, customerId);
            }
            done(result);
        });
}

ApiRequest* WholesaleClient::updateSubscriber(const model::Subscriber& subscriber,
                                              QObject* context,
                                              Callback<model::Subscriber> done)
{
    return call<model::Subscriber>("PUT",
                                   url(QStringLiteral("wholesale/subscribers/") + subscriber.id, wholesaleQuery()),
                                   model::WholesaleJson::toUpdateRequest(subscriber),
                                   context,
                                   reader(&model::WholesaleJson::subscriberFromJson),
                                   std::move(done));
}

ApiRequest* WholesaleClient::deleteSubscriber(const QString& id, QObject* context, Callback<bool> done)
{
    return call<bool>("DELETE",
                      url(QStringLiteral("wholesale/subscribers/") + id, wholesaleQuery()),
                      nullptr,
                      context,
                      &accepted,
                      std::move(done));
}

ApiRequest* WholesaleClient::precheckSubscriber(const model::Subscriber& subscriber,
                                                QObject* context,
                                                Callback<model::PrecheckResult> done)
{
    return call<model::PrecheckResult>("POST",
                                       url(QStringLiteral("wholesale/subscribers/validate"), wholesaleQuery()),
                                       model::WholesaleJson::toPrecheckRequest(subscriber),
                                       context,
                                       reader(&model::WholesaleJson::precheckResultFromJson),
                                       std::move(done));
}

ApiRequest* WholesaleClient::resendConsentEmail(const QString& subscriberId, QObject* context, Callback<bool> done)
{
    // The published path has no /wholesale prefix.
    return call<bool>("POST",
                      url(QStringLiteral("subscribers/%1/emails/consentMove").arg(subscriberId), wholesaleQuery()),
                      json::object(),
                      context,
                      &accepted,
                      std::move(done));
}

ApiRequest* WholesaleClient::listSubPartners(QObject* context, Callback<QList<model::SubPartner>> done)
{
    return call<QList<model::SubPartner>>("GET",
                                          url(QStringLiteral("wholesale/subPartners")),
                                          nullptr,
                                          context,
                                          reader(&model::WholesaleJson::subPartnerListFromJson),
                                          std::move(done));
}

// Calling -----------------------------------------------------------------------------------------------------------

namespace {

QUrlQuery orgQuery(const QString& orgId)
{
    QUrlQuery query;
    if (!orgId.isEmpty()) {
        query.addQueryItem(QStringLiteral("orgId"), orgId);
    }
    return query;
}

} // namespace

ApiRequest*
WholesaleClient::listLocations(const QString& orgId, QObject* context, Callback<QList<model::Location>> done)
{
    QUrlQuery query = orgQuery(orgId);
    query.addQueryItem(QStringLiteral("max"), QStringLiteral("1000"));
    return call<QList<model::Location>>("GET",
                                        url(QStringLiteral("locations"), query),
                                        nullptr,
                                        context,
                                        reader(&model::CallingJson::locationListFromJson),
                                        std::move(done));
}

ApiRequest* WholesaleClient::getLocation(const QString& orgId,
                                         const QString& locationId,
                                         QObject* context,
                                         Callback<model::Location> done)
{
    return call<model::Location>("GET",
                                 url(QStringLiteral("locations/") + locationId, orgQuery(orgId)),
                                 nullptr,
                                 context,
                                 reader(&model::CallingJson::locationFromJson),
                                 std::move(done));
}

ApiRequest* WholesaleClient::createLocation(const QString& orgId,
                                            const model::Location& location,
                                            QObject* context,
                                            Callback<QString> done)
{
    return call<QString>("POST",
                         url(QStringLiteral("locations"), orgQuery(orgId)),
                         model::CallingJson::toCreateRequest(location),
                         context,
                         reader(&model::CallingJson::createdIdFromJson),
                         std::move(done));
}

ApiRequest* WholesaleClient::updateLocation(const QString& orgId,
                                            const model::Location& location,
                                            QObject* context,
                                            Callback<bool> done)
{
    return call<bool>("PUT",
                      url(QStringLiteral("locations/") + location.id, orgQuery(orgId)),
                      model::CallingJson::toUpdateRequest(location),
                      context,
                      &accepted,
                      std::move(done));
}

ApiRequest* WholesaleClient::listNumbers(const QString& orgId,
                                         const QString& locationId,
                                         bool availableOnly,
                                         QObject* context,
                                         Callback<model::PhoneNumberList> done)
{
    QUrlQuery query = orgQuery(orgId);
    if (!locationId.isEmpty()) {
        query.addQueryItem(QStringLiteral("locationId"), locationId);
    }
    if (availableOnly) {
        query.addQueryItem(QStringLiteral("available"), QStringLiteral("true"));
    }
    return call<model::PhoneNumberList>("GET",
                                        url(QStringLiteral("telephony/config/numbers"), query),
                                        nullptr,
                                        context,
                                        reader(&model::CallingJson::phoneNumberListFromJson),
                                        std::move(done));
}

ApiRequest* WholesaleClient::addNumbers(const QString& orgId,
                                        const QString& locationId,
                                        const QStringList& e164Numbers,
                                        QObject* context,
                                        Callback<bool> done,
                                        const QString& numberType)
{
    return call<bool>("POST",
                      url(QStringLiteral("telephony/config/locations/%1/numbers").arg(locationId), orgQuery(orgId)),
                      model::CallingJson::addNumbersRequest(e164Numbers, numberType),
                      context,
                      &accepted,
                      std::move(done));
}

ApiRequest* WholesaleClient::pstnConnectionOptions(const QString& orgId,
                                                   const QString& locationId,
                                                   QObject* context,
                                                   Callback<QList<model::PstnConnectionOption>> done)
{
    return call<QList<model::PstnConnectionOption>>(
        "GET",
        url(QStringLiteral("telephony/pstn/locations/%1/connectionOptions").arg(locationId), orgQuery(orgId)),
        nullptr,
        context,
        reader(&model::CallingJson::pstnConnectionOptionListFromJson),
        std::move(done));
}

ApiRequest* WholesaleClient::pstnConnection(const QString& orgId,
                                            const QString& locationId,
                                            QObject* context,
                                            Callback<model::PstnConnectionOption> done)
{
    return call<model::PstnConnectionOption>(
        "GET",
        url(QStringLiteral("telephony/pstn/locations/%1/connection").arg(locationId), orgQuery(orgId)),
        nullptr,
        context,
        reader(&model::CallingJson::pstnConnectionFromJson),
        std::move(done));
}

ApiRequest* WholesaleClient::setPstnConnection(
    const QString& orgId, const QString& locationId, const QString& connectionId, QObject* context, Callback<bool> done)
{
    return call<bool>("PUT",
                      url(QStringLiteral("telephony/pstn/locations/%1/connection").arg(locationId), orgQuery(orgId)),
                      model::CallingJson::pstnConnectionRequest(connectionId),
                      context,
                      &accepted,
                      std::move(done));
}

ApiRequest* WholesaleClient::setPremisesPstnConnection(const QString& orgId,
                                                       const QString& locationId,
                                                       const QString& premiseRouteType,
                                                       const QString& premiseRouteId,
                                                       QObject* context,
                                                       Callback<bool> done)
{
    return call<bool>("PUT",
                      url(QStringLiteral("telephony/pstn/locations/%1/connection").arg(locationId), orgQuery(orgId)),
                      model::CallingJson::premisesPstnConnectionRequest(premiseRouteType, premiseRouteId),
                      context,
                      &accepted,
                      std::move(done));
}

ApiRequest* WholesaleClient::activateNumbers(const QString& orgId,
                                             const QString& locationId,
                                             const QStringList& e164Numbers,
                                             QObject* context,
                                             Callback<bool> done)
{
    return call<bool>("PUT",
                      url(QStringLiteral("telephony/config/locations/%1/numbers").arg(locationId), orgQuery(orgId)),
                      model::CallingJson::numbersRequest(e164Numbers),
                      context,
                      &accepted,
                      std::move(done));
}

ApiRequest* WholesaleClient::setMainNumber(const QString& orgId,
                                           const QString& locationId,
                                           const QString& callingLineName,
                                           const QString& e164Number,
                                           QObject* context,
                                           Callback<bool> done)
{
    return call<bool>("PUT",
                      url(QStringLiteral("telephony/config/locations/%1").arg(locationId), orgQuery(orgId)),
                      model::CallingJson::mainNumberRequest(callingLineName, e164Number),
                      context,
                      &accepted,
                      std::move(done));
}

// People, roles, organizations --------------------------------------------------------------------------------------

ApiRequest* WholesaleClient::findPeople(const QString& orgId,
                                        const QString& email,
                                        QObject* context,
                                        Callback<QList<model::Person>> done)
{
    QUrlQuery query = orgQuery(orgId);
    if (!email.isEmpty()) {
        query.addQueryItem(QStringLiteral("email"), email);
    }
    return call<QList<model::Person>>("GET",
                                      url(QStringLiteral("people"), query),
                                      nullptr,
                                      context,
                                      reader(&model::AdminJson::personListFromJson),
                                      std::move(done));
}

ApiRequest* WholesaleClient::getPerson(const QString& personId, QObject* context, Callback<model::Person> done)
{
    return call<model::Person>("GET",
                               url(QStringLiteral("people/") + personId),
                               nullptr,
                               context,
                               reader(&model::AdminJson::personFromJson),
                               std::move(done));
}

ApiRequest* WholesaleClient::setPersonRoles(const QString& personId,
                                            const QStringList& roleIds,
                                            QObject* context,
                                            Callback<model::Person> done)
{
    json roles = json::array();
    for (const QString& role : roleIds) {
        roles.push_back(role.toStdString());
    }
    return call<model::Person>("PUT",
                               url(QStringLiteral("people/") + personId),
                               json { { "roles", roles } },
                               context,
                               reader(&model::AdminJson::personFromJson),
                               std::move(done));
}

ApiRequest* WholesaleClient::listRoles(QObject* context, Callback<QList<model::Role>> done)
{
    return call<QList<model::Role>>("GET",
                                    url(QStringLiteral("roles")),
                                    nullptr,
                                    context,
                                    reader(&model::AdminJson::roleListFromJson),
                                    std::move(done));
}

ApiRequest* WholesaleClient::getOrganizationName(const QString& orgId, QObject* context, Callback<QString> done)
{
    return call<QString>(
        "GET",
        url(QStringLiteral("organizations/") + orgId),
        nullptr,
        context,
        [](const ApiResponse& response) {
            const QString name = jsonText(bodyOf(response), "displayName");
            return name.isEmpty() ? ParseResult<QString>::failure(QStringLiteral("displayName: missing"))
                                  : ParseResult<QString>::success(name);
        },
        std::move(done));
}

// Sandbox templates -------------------------------------------------------------------------------------------------

ApiRequest* WholesaleClient::listSandboxTemplates(QObject* context, Callback<QList<model::OnboardingTemplate>> done)
{
    return call<QList<model::OnboardingTemplate>>(
        "GET",
        url(QStringLiteral("sandbox/onboardingTemplates")),
        nullptr,
        context,
        [](const ApiResponse& response) {
            const json body = bodyOf(response);
            QList<model::OnboardingTemplate> templates;
            if (!body.is_object() || !body.contains("items") || !body["items"].is_array()) {
                return ParseResult<QList<model::OnboardingTemplate>>::failure(
                    QStringLiteral("items: expected an array"));
            }
            for (const json& item : body["items"]) {
                auto parsed = model::TemplateJson::templateFromJson(item);
                if (!parsed.ok()) {
                    return ParseResult<QList<model::OnboardingTemplate>>::failure(parsed.error);
                }
                templates.append(*parsed.value);
            }
            return ParseResult<QList<model::OnboardingTemplate>>::success(templates);
        },
        std::move(done));
}

ApiRequest* WholesaleClient::createSandboxTemplate(const model::OnboardingTemplate& onboardingTemplate,
                                                   QObject* context,
                                                   Callback<model::OnboardingTemplate> done)
{
    return call<model::OnboardingTemplate>("POST",
                                           url(QStringLiteral("sandbox/onboardingTemplates")),
                                           model::TemplateJson::toJson(onboardingTemplate),
                                           context,
                                           reader(&model::TemplateJson::templateFromJson),
                                           std::move(done));
}

ApiRequest* WholesaleClient::deleteSandboxTemplate(const QString& provisioningId, QObject* context, Callback<bool> done)
{
    return call<bool>("DELETE",
                      url(QStringLiteral("sandbox/onboardingTemplates/") + provisioningId),
                      nullptr,
                      context,
                      &accepted,
                      std::move(done));
}

} // namespace onboarder::api
