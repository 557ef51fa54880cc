#pragma once

#include "model/Address.h"
#include "model/ApiErrorBody.h"
#include "model/Customer.h"
#include "model/ErrorDetail.h"
#include "model/ParseResult.h"
#include "model/PrecheckResult.h"
#include "model/SubPartner.h"
#include "model/Subscriber.h"

#include <QList>

#include <nlohmann/json.hpp>

namespace onboarder::model {

// Maps the wholesale API's wire shapes (webex-wholesale.openapi.json) to and from the model. Readers accept every
// shape the contract and its examples show (reference §10.4): unknown enum values are kept, "info" may be an
// object or an array, sub-partner lists may use "items" or "subPartners", IDs are kept exactly as received, and
// codes may be numbers or strings. Writers leave out empty optional fields. Readers return an error for input of
// the wrong shape and never throw.
class WholesaleJson
{
public:
    // Address (addressLine1, addressLine2, city, stateOrProvince, zipOrPostalCode, country).
    static nlohmann::json toJson(const Address& address);
    static ParseResult<Address> addressFromJson(const nlohmann::json& json);

    // {errorCode, description}.
    static nlohmann::json toJson(const ErrorDetail& error);
    static ParseResult<ErrorDetail> errorDetailFromJson(const nlohmann::json& json);

    // Customer as GET /wholesale/customers/{id} returns it (the resource fields only).
    static nlohmann::json toJson(const Customer& customer);
    // Reads a customer resource, and equally a provision/update/precheck body (customerInfo, provisioningParameters).
    static ParseResult<Customer> customerFromJson(const nlohmann::json& json);
    // {"items": [...]}.
    static ParseResult<QList<Customer>> customerListFromJson(const nlohmann::json& json);
    static nlohmann::json toCustomerListJson(const QList<Customer>& customers);
    // Request bodies.
    static nlohmann::json toProvisionRequest(const Customer& customer); // POST /wholesale/customers
    static nlohmann::json toUpdateRequest(const Customer& customer); // PUT /wholesale/customers/{id}
    static nlohmann::json toPrecheckRequest(const Customer& customer); // POST /wholesale/customers/validate

    // Subscriber as the API returns it.
    static nlohmann::json toJson(const Subscriber& subscriber);
    // Reads a subscriber resource, and equally a provision/update/precheck body.
    static ParseResult<Subscriber> subscriberFromJson(const nlohmann::json& json);
    static ParseResult<QList<Subscriber>> subscriberListFromJson(const nlohmann::json& json);
    static nlohmann::json toSubscriberListJson(const QList<Subscriber>& subscribers);
    static nlohmann::json toProvisionRequest(const Subscriber& subscriber); // POST /wholesale/subscribers
    static nlohmann::json toUpdateRequest(const Subscriber& subscriber); // PUT /wholesale/subscribers/{id}
    static nlohmann::json toPrecheckRequest(const Subscriber& subscriber); // POST /wholesale/subscribers/validate

    static nlohmann::json toJson(const SubPartner& subPartner);
    static ParseResult<SubPartner> subPartnerFromJson(const nlohmann::json& json);
    // Accepts {"items": [...]} (the schema) and {"subPartners": [...]} (the example).
    static ParseResult<QList<SubPartner>> subPartnerListFromJson(const nlohmann::json& json);
    static nlohmann::json toSubPartnerListJson(const QList<SubPartner>& subPartners);

    // Precheck answers: "info" is read from an object or an array, and written as an array like the examples.
    static nlohmann::json toJson(const PrecheckResult& result);
    static ParseResult<PrecheckResult> precheckResultFromJson(const nlohmann::json& json);

    // Error bodies: {message, errors: [{description, errorCode}], trackingId}.
    static nlohmann::json toJson(const ApiErrorBody& body);
    static ParseResult<ApiErrorBody> apiErrorBodyFromJson(const nlohmann::json& json);

    // {"url": "..."} of a 202 answer; the new resource's ID is its last path segment (WebexId::idFromResourceUrl).
    static ParseResult<QString> resourceUrlFromJson(const nlohmann::json& json);
    static nlohmann::json toResourceUrlJson(const QString& url);
};

} // namespace onboarder::model
