#pragma once

#include "model/Address.h"
#include "model/Location.h"
#include "model/ParseResult.h"
#include "model/PhoneNumber.h"
#include "model/PhoneNumberList.h"
#include "model/PstnConnectionOption.h"

#include <QList>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace onboarder::model {

// Maps the locations, numbers and PSTN shapes (webex-calling-locations-numbers.openapi.json) to and from the model.
// The locations API spells the address address1/address2/state/postalCode where the wholesale API writes
// addressLine1/stateOrProvince/zipOrPostalCode; both read into the same Address. Same conventions as WholesaleJson:
// empty optional fields are left out, wrong-typed input gives an error, nothing throws.
class CallingJson
{
public:
    // Address in the locations spelling.
    static nlohmann::json toJson(const Address& address);
    static ParseResult<Address> addressFromJson(const nlohmann::json& json);

    // A location as GET /locations/{id} returns it.
    static nlohmann::json toJson(const Location& location);
    static ParseResult<Location> locationFromJson(const nlohmann::json& json);
    static ParseResult<QList<Location>> locationListFromJson(const nlohmann::json& json);
    // POST /locations body: name, timeZone, preferredLanguage, announcementLanguage, address, latitude, longitude,
    // notes.
    static nlohmann::json toCreateRequest(const Location& location);
    // PUT /locations/{id} body: name, timeZone, preferredLanguage, address.
    static nlohmann::json toUpdateRequest(const Location& location);
    // {"id": "..."} of the 201 answer of POST /locations.
    static ParseResult<QString> createdIdFromJson(const nlohmann::json& json);

    static nlohmann::json toJson(const PhoneNumber& number);
    static ParseResult<PhoneNumber> phoneNumberFromJson(const nlohmann::json& json);
    // GET /telephony/config/numbers: {"phoneNumbers": [...], "count": {...}}.
    static nlohmann::json toJson(const PhoneNumberList& list);
    static ParseResult<PhoneNumberList> phoneNumberListFromJson(const nlohmann::json& json);

    static nlohmann::json toJson(const PstnConnectionOption& option);
    static ParseResult<PstnConnectionOption> pstnConnectionFromJson(const nlohmann::json& json);
    // GET .../connectionOptions: {"items": [...]}.
    static ParseResult<QList<PstnConnectionOption>> pstnConnectionOptionListFromJson(const nlohmann::json& json);
    static nlohmann::json toPstnConnectionOptionListJson(const QList<PstnConnectionOption>& options);
    // PUT .../connection bodies: a non-integrated CCP by its ID, or a local gateway by route type and ID.
    static nlohmann::json pstnConnectionRequest(const QString& connectionId);
    static nlohmann::json premisesPstnConnectionRequest(const QString& premiseRouteType, const QString& premiseRouteId);

    // POST /telephony/config/locations/{id}/numbers body. Only for non-integrated PSTN (see
    // PstnConnectionOption::allowsAddingNumbers).
    static nlohmann::json addNumbersRequest(const QStringList& e164Numbers,
                                            const QString& numberType = {},
                                            const QString& numberUsageType = {},
                                            const QString& state = {},
                                            const QString& subscriptionId = {});
    // PUT (activate) and DELETE /telephony/config/locations/{id}/numbers body: {"phoneNumbers": [...]}.
    static nlohmann::json numbersRequest(const QStringList& e164Numbers);
    // PUT /telephony/config/locations/{id}: the main number, {"callingLineId": {"name", "phoneNumber"}}.
    static nlohmann::json mainNumberRequest(const QString& callingLineName, const QString& e164Number);
};

} // namespace onboarder::model
