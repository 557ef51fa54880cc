#include "model/CallingJson.h"

#include "model/JsonReader.h"
#include "model/JsonWriter.h"

namespace onboarder::model {

using nlohmann::json;

namespace {

void readAddress(JsonReader& reader, const json& object, const QString& path, Address& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "address1", out.line1, path);
    reader.readString(object, "address2", out.line2, path);
    reader.readString(object, "city", out.city, path);
    reader.readString(object, "state", out.stateOrProvince, path);
    reader.readString(object, "postalCode", out.postalCode, path);
    reader.readString(object, "country", out.country, path);
}

void readLocation(JsonReader& reader, const json& object, const QString& path, Location& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "id", out.id, path);
    reader.readString(object, "name", out.name, path);
    reader.readString(object, "orgId", out.orgId, path);
    reader.readString(object, "timeZone", out.timeZone, path);
    reader.readString(object, "preferredLanguage", out.preferredLanguage, path);
    reader.readString(object, "announcementLanguage", out.announcementLanguage, path);
    if (const json* address = reader.object(object, "address", path)) {
        readAddress(reader, *address, JsonReader::at(path, "address"), out.address);
    }
    reader.readString(object, "latitude", out.latitude, path);
    reader.readString(object, "longitude", out.longitude, path);
    reader.readString(object, "notes", out.notes, path);
}

void readPhoneNumber(JsonReader& reader, const json& object, const QString& path, PhoneNumber& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "phoneNumber", out.phoneNumber, path);
    reader.readString(object, "extension", out.extension, path);
    reader.readString(object, "routingPrefix", out.routingPrefix, path);
    reader.readString(object, "esn", out.esn, path);
    reader.readString(object, "state", out.state, path);
    reader.readString(object, "phoneNumberType", out.phoneNumberType, path);
    reader.readBool(object, "mainNumber", out.mainNumber, path);
    reader.readString(object, "includedTelephonyTypes", out.includedTelephonyTypes, path);
    reader.readString(object, "mobileNetwork", out.mobileNetwork, path);
    reader.readString(object, "routingProfile", out.routingProfile, path);
    reader.readBool(object, "tollFreeNumber", out.tollFreeNumber, path);
    reader.readBool(object, "isServiceNumber", out.isServiceNumber, path);
    if (const json* location = reader.object(object, "location", path)) {
        const QString locationPath = JsonReader::at(path, "location");
        reader.readString(*location, "id", out.locationId, locationPath);
        reader.readString(*location, "name", out.locationName, locationPath);
    }
    if (const json* owner = reader.object(object, "owner", path)) {
        const QString ownerPath = JsonReader::at(path, "owner");
        reader.readString(*owner, "id", out.ownerId, ownerPath);
        reader.readString(*owner, "type", out.ownerType, ownerPath);
        reader.readString(*owner, "firstName", out.ownerFirstName, ownerPath);
        reader.readString(*owner, "lastName", out.ownerLastName, ownerPath);
    }
}

void readPstnConnection(JsonReader& reader, const json& object, const QString& path, PstnConnectionOption& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "id", out.id, path);
    reader.readString(object, "displayName", out.displayName, path);
    reader.readStringList(object, "pstnServices", out.pstnServices, path);
    reader.readString(object, "pstnConnectionType", out.connectionType, path);
}

template <typename T, typename ReadOne>
ParseResult<QList<T>> readList(const json& document, const char* key, ReadOne read)
{
    JsonReader reader;
    QList<T> items;
    if (!reader.expectObject(document, QString())) {
        return ParseResult<QList<T>>::failure(reader.error());
    }
    if (const json* array = reader.array(document, key, QString())) {
        for (std::size_t i = 0; i < array->size(); ++i) {
            T item;
            read(reader, (*array)[i], JsonReader::at(QString::fromLatin1(key), i), item);
            items.append(item);
        }
    }
    return reader.finish(items);
}

json locationBody(const Location& location, bool withIds, bool withAnnouncement, bool withExtras)
{
    json object = json::object();
    if (withIds) {
        JsonWriter::putString(object, "id", location.id);
    }
    JsonWriter::putString(object, "name", location.name);
    if (withIds) {
        JsonWriter::putString(object, "orgId", location.orgId);
    }
    JsonWriter::putString(object, "timeZone", location.timeZone);
    JsonWriter::putString(object, "preferredLanguage", location.preferredLanguage);
    if (withAnnouncement) {
        JsonWriter::putString(object, "announcementLanguage", location.announcementLanguage);
    }
    JsonWriter::putObject(object, "address", CallingJson::toJson(location.address));
    if (withExtras) {
        JsonWriter::putString(object, "latitude", location.latitude);
        JsonWriter::putString(object, "longitude", location.longitude);
        JsonWriter::putString(object, "notes", location.notes);
    }
    return object;
}

} // namespace

json CallingJson::toJson(const Address& address)
{
    json object = json::object();
    JsonWriter::putString(object, "address1", address.line1);
    JsonWriter::putString(object, "address2", address.line2);
    JsonWriter::putString(object, "city", address.city);
    JsonWriter::putString(object, "state", address.stateOrProvince);
    JsonWriter::putString(object, "postalCode", address.postalCode);
    JsonWriter::putString(object, "country", address.country);
    return object;
}

ParseResult<Address> CallingJson::addressFromJson(const json& document)
{
    return JsonReader::readDocument<Address>(document, &readAddress);
}

json CallingJson::toJson(const Location& location)
{
    return locationBody(location, true, true, true);
}

ParseResult<Location> CallingJson::locationFromJson(const json& document)
{
    return JsonReader::readDocument<Location>(document, &readLocation);
}

ParseResult<QList<Location>> CallingJson::locationListFromJson(const json& document)
{
    return readList<Location>(document, "items", &readLocation);
}

json CallingJson::toCreateRequest(const Location& location)
{
    return locationBody(location, false, true, true);
}

json CallingJson::toUpdateRequest(const Location& location)
{
    return locationBody(location, false, false, false);
}

ParseResult<QString> CallingJson::createdIdFromJson(const json& document)
{
    JsonReader reader;
    QString id;
    if (reader.expectObject(document, QString())) {
        reader.readString(document, "id", id, QString());
        if (reader.ok() && id.isEmpty()) {
            reader.fail(QStringLiteral("id"), QCoreApplication::translate("CallingJson", "missing"));
        }
    }
    return reader.finish(id);
}

json CallingJson::toJson(const PhoneNumber& number)
{
    json object = json::object();
    JsonWriter::putString(object, "phoneNumber", number.phoneNumber);
    JsonWriter::putString(object, "extension", number.extension);
    JsonWriter::putString(object, "routingPrefix", number.routingPrefix);
    JsonWriter::putString(object, "esn", number.esn);
    JsonWriter::putString(object, "state", number.state);
    JsonWriter::putString(object, "phoneNumberType", number.phoneNumberType);
    JsonWriter::putBool(object, "mainNumber", number.mainNumber);
    JsonWriter::putString(object, "includedTelephonyTypes", number.includedTelephonyTypes);
    JsonWriter::putString(object, "mobileNetwork", number.mobileNetwork);
    JsonWriter::putString(object, "routingProfile", number.routingProfile);
    JsonWriter::putBool(object, "tollFreeNumber", number.tollFreeNumber);
    JsonWriter::putBool(object, "isServiceNumber", number.isServiceNumber);
    json location = json::object();
    JsonWriter::putString(location, "id", number.locationId);
    JsonWriter::putString(location, "name", number.locationName);
    JsonWriter::putObject(object, "location", location);
    json owner = json::object();
    JsonWriter::putString(owner, "id", number.ownerId);
    JsonWriter::putString(owner, "type", number.ownerType);
    JsonWriter::putString(owner, "firstName", number.ownerFirstName);
    JsonWriter::putString(owner, "lastName", number.ownerLastName);
    JsonWriter::putObject(object, "owner", owner);
    return object;
}

ParseResult<PhoneNumber> CallingJson::phoneNumberFromJson(const json& document)
{
    return JsonReader::readDocument<PhoneNumber>(document, &readPhoneNumber);
}

json CallingJson::toJson(const PhoneNumberList& list)
{
    json object = json::object();
    json numbers = json::array();
    for (const PhoneNumber& number : list.phoneNumbers) {
        numbers.push_back(toJson(number));
    }
    object["phoneNumbers"] = std::move(numbers);
    if (list.count) {
        const PhoneNumberCount& c = *list.count;
        object["count"] = json {
            { "assigned", c.assigned },           { "unAssigned", c.unAssigned },           { "inActive", c.inActive },
            { "extensionOnly", c.extensionOnly }, { "tollFreeNumbers", c.tollFreeNumbers }, { "total", c.total },
            { "mobileNumber", c.mobileNumber },   { "serviceNumber", c.serviceNumber }
        };
    }
    return object;
}

ParseResult<PhoneNumberList> CallingJson::phoneNumberListFromJson(const json& document)
{
    JsonReader reader;
    PhoneNumberList list;
    if (!reader.expectObject(document, QString())) {
        return ParseResult<PhoneNumberList>::failure(reader.error());
    }
    if (const json* numbers = reader.array(document, "phoneNumbers", QString())) {
        for (std::size_t i = 0; i < numbers->size(); ++i) {
            PhoneNumber number;
            readPhoneNumber(reader, (*numbers)[i], JsonReader::at(QStringLiteral("phoneNumbers"), i), number);
            list.phoneNumbers.append(number);
        }
    }
    if (const json* count = reader.object(document, "count", QString())) {
        PhoneNumberCount c;
        const QString path = QStringLiteral("count");
        reader.readInteger(*count, "assigned", c.assigned, path);
        reader.readInteger(*count, "unAssigned", c.unAssigned, path);
        reader.readInteger(*count, "inActive", c.inActive, path);
        reader.readInteger(*count, "extensionOnly", c.extensionOnly, path);
        reader.readInteger(*count, "tollFreeNumbers", c.tollFreeNumbers, path);
        reader.readInteger(*count, "total", c.total, path);
        reader.readInteger(*count, "mobileNumber", c.mobileNumber, path);
        reader.readInteger(*count, "serviceNumber", c.serviceNumber, path);
        list.count = c;
    }
    return reader.finish(list);
}

json CallingJson::toJson(const PstnConnectionOption& option)
{
    json object = json::object();
    JsonWriter::putString(object, "id", option.id);
    JsonWriter::putString(object, "displayName", option.displayName);
    JsonWriter::putStringList(object, "pstnServices", option.pstnServices);
    JsonWriter::putString(object, "pstnConnectionType", option.connectionType);
    return object;
}

ParseResult<PstnConnectionOption> CallingJson::pstnConnectionFromJson(const json& document)
{
    return JsonReader::readDocument<PstnConnectionOption>(document, &readPstnConnection);
}

ParseResult<QList<PstnConnectionOption>> CallingJson::pstnConnectionOptionListFromJson(const json& document)
{
    return readList<PstnConnectionOption>(document, "items", &readPstnConnection);
}

json CallingJson::toPstnConnectionOptionListJson(const QList<PstnConnectionOption>& options)
{
    json items = json::array();
    for (const PstnConnectionOption& option : options) {
        items.push_back(toJson(option));
    }
    return json { { "items", std::move(items) } };
}

json CallingJson::pstnConnectionRequest(const QString& connectionId)
{
    return json { { "id", connectionId.toStdString() } };
}

json CallingJson::premisesPstnConnectionRequest(const QString& premiseRouteType, const QString& premiseRouteId)
{
    return json { { "premiseRouteType", premiseRouteType.toStdString() },
                  { "premiseRouteId", premiseRouteId.toStdString() } };
}

json CallingJson::addNumbersRequest(const QStringList& e164Numbers,
                                    const QString& numberType,
                                    const QString& numberUsageType,
                                    const QString& state,
                                    const QString& subscriptionId)
{
    json object = numbersRequest(e164Numbers);
    JsonWriter::putString(object, "numberType", numberType);
    JsonWriter::putString(object, "numberUsageType", numberUsageType);
    JsonWriter::putString(object, "state", state);
    JsonWriter::putString(object, "subscriptionId", subscriptionId);
    return object;
}

json CallingJson::numbersRequest(const QStringList& e164Numbers)
{
    json object = json::object();
    object["phoneNumbers"] = json::array();
    JsonWriter::putStringList(object, "phoneNumbers", e164Numbers);
    return object;
}

json CallingJson::mainNumberRequest(const QString& callingLineName, const QString& e164Number)
{
    json callingLineId = json::object();
    JsonWriter::putString(callingLineId, "name", callingLineName);
    JsonWriter::putString(callingLineId, "phoneNumber", e164Number);
    return json { { "callingLineId", callingLineId } };
}

} // namespace onboarder::model
