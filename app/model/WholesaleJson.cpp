#include "model/WholesaleJson.h"

#include "model/JsonReader.h"
#include "model/JsonWriter.h"

#include <QCoreApplication>

namespace onboarder::model {

using nlohmann::json;

namespace {

void readAddress(JsonReader& reader, const json& object, const QString& path, Address& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "addressLine1", out.line1, path);
    reader.readString(object, "addressLine2", out.line2, path);
    reader.readString(object, "city", out.city, path);
    reader.readString(object, "stateOrProvince", out.stateOrProvince, path);
    reader.readString(object, "zipOrPostalCode", out.postalCode, path);
    reader.readString(object, "country", out.country, path);
}

void readErrorDetail(JsonReader& reader, const json& object, const QString& path, ErrorDetail& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readCode(object, "errorCode", out.errorCode, path);
    reader.readString(object, "description", out.description, path);
}

void readErrorList(JsonReader& reader, const json& object, const char* key, const QString& path, ErrorDetails& out)
{
    const json* array = reader.array(object, key, path);
    if (!array) {
        return;
    }
    const QString arrayPath = JsonReader::at(path, key);
    for (std::size_t i = 0; i < array->size(); ++i) {
        ErrorDetail detail;
        readErrorDetail(reader, (*array)[i], JsonReader::at(arrayPath, i), detail);
        out.append(detail);
    }
}

json errorListJson(const ErrorDetails& errors)
{
    json array = json::array();
    for (const ErrorDetail& error : errors) {
        array.push_back(WholesaleJson::toJson(error));
    }
    return array;
}

void readPackageDetail(JsonReader& reader, const json& object, const QString& path, PackageDetail& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "name", out.name, path);
    QString status;
    reader.readString(object, "status", status, path);
    out.status = PackageStatus::fromWire(status);
    readErrorList(reader, object, "warnings", path, out.warnings);
    readErrorList(reader, object, "errors", path, out.errors);
    reader.readStringList(object, "licenseIds", out.licenseIds, path);
}

void readCallingLocation(JsonReader& reader, const json& object, const QString& path, CallingLocation& out)
{
    reader.readString(object, "name", out.name, path);
    if (const json* address = reader.object(object, "address", path)) {
        readAddress(reader, *address, JsonReader::at(path, "address"), out.address);
    }
    reader.readString(object, "timezone", out.timezone, path);
    reader.readString(object, "language", out.language, path);
    reader.readString(object, "emergencyLocationIdentifier", out.emergencyLocationIdentifier, path);
}

void readProvisioningParameters(JsonReader& reader, const json& object, const QString& path, Customer& out)
{
    if (const json* calling = reader.object(object, "calling", path)) {
        const QString callingPath = JsonReader::at(path, "calling");
        if (const json* location = reader.object(*calling, "location", callingPath)) {
            readCallingLocation(reader, *location, JsonReader::at(callingPath, "location"), out.callingLocation);
        }
    }
    if (const json* meetings = reader.object(object, "meetings", path)) {
        reader.readString(*meetings, "timezone", out.meetingsTimezone, JsonReader::at(path, "meetings"));
    }
    if (const json* packages = reader.object(object, "packages", path)) {
        const QString packagesPath = JsonReader::at(path, "packages");
        if (const json* limits = reader.object(*packages, "limits", packagesPath)) {
            const QString limitsPath = JsonReader::at(packagesPath, "limits");
            for (auto it = limits->begin(); it != limits->end(); ++it) {
                if (it->is_null()) {
                    continue;
                }
                const QString name = QString::fromStdString(it.key());
                qint64 quantity = 0;
                reader.readIntegerValue(it.value(), quantity, limitsPath + QLatin1Char('.') + name);
                out.packageLimits.insert(name, quantity);
            }
        }
    }
}

json callingLocationJson(const CallingLocation& location)
{
    json object = json::object();
    JsonWriter::putString(object, "name", location.name);
    JsonWriter::putObject(object, "address", WholesaleJson::toJson(location.address));
    JsonWriter::putString(object, "timezone", location.timezone);
    JsonWriter::putString(object, "language", location.language);
    JsonWriter::putString(object, "emergencyLocationIdentifier", location.emergencyLocationIdentifier);
    return object;
}

json provisioningParametersJson(const Customer& customer)
{
    json parameters = json::object();
    if (!customer.callingLocation.isEmpty()) {
        parameters["calling"] = json { { "location", callingLocationJson(customer.callingLocation) } };
    }
    if (!customer.meetingsTimezone.isEmpty()) {
        parameters["meetings"] = json { { "timezone", customer.meetingsTimezone.toStdString() } };
    }
    if (!customer.packageLimits.isEmpty()) {
        json limits = json::object();
        for (auto it = customer.packageLimits.cbegin(); it != customer.packageLimits.cend(); ++it) {
            limits[it.key().toStdString()] = it.value();
        }
        parameters["packages"] = json { { "limits", limits } };
    }
    return parameters;
}

json customerInfoJson(const CustomerInfo& info, bool withLanguage)
{
    json object = json::object();
    JsonWriter::putString(object, "name", info.name);
    JsonWriter::putString(object, "primaryEmail", info.primaryEmail);
    if (withLanguage) {
        JsonWriter::putString(object, "language", info.language);
    }
    return object;
}

void readSubscriber(JsonReader& reader, const json& object, const QString& path, Subscriber& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "id", out.id, path);
    reader.readString(object, "personId", out.personId, path);
    reader.readString(object, "email", out.email, path);
    reader.readString(object, "customerId", out.customerId, path);
    reader.readString(object, "externalCustomerId", out.externalCustomerId, path);
    reader.readString(object, "package", out.package, path);
    reader.readStringList(object, "packages", out.packages, path);
    QString status;
    reader.readString(object, "status", status, path);
    out.status = SubscriberStatus::fromWire(status);
    readErrorList(reader, object, "errors", path, out.errors);
    reader.readString(object, "created", out.created, path);
    reader.readString(object, "lastStatusChange", out.lastStatusChange, path);
    reader.readString(object, "provisioningId", out.provisioningId, path);
    if (const json* parameters = reader.object(object, "provisioningParameters", path)) {
        const QString p = JsonReader::at(path, "provisioningParameters");
        reader.readString(*parameters, "firstName", out.firstName, p);
        reader.readString(*parameters, "lastName", out.lastName, p);
        reader.readString(*parameters, "primaryPhoneNumber", out.primaryPhoneNumber, p);
        reader.readString(*parameters, "extension", out.extension, p);
        reader.readString(*parameters, "locationId", out.locationId, p);
    }
    if (const json* info = reader.object(object, "customerInfo", path)) {
        reader.readString(*info, "primaryEmail", out.customerPrimaryEmail, JsonReader::at(path, "customerInfo"));
    }
}

void putPackages(json& object, const Subscriber& subscriber)
{
    // Requests carry exactly one of the two forms; "packages" is the current one.
    if (!subscriber.packages.isEmpty()) {
        JsonWriter::putStringList(object, "packages", subscriber.packages);
    } else {
        JsonWriter::putString(object, "package", subscriber.package);
    }
}

json subscriberParametersJson(const Subscriber& subscriber, bool withNames)
{
    json parameters = json::object();
    if (withNames) {
        JsonWriter::putString(parameters, "firstName", subscriber.firstName);
        JsonWriter::putString(parameters, "lastName", subscriber.lastName);
    }
    JsonWriter::putString(parameters, "primaryPhoneNumber", subscriber.primaryPhoneNumber);
    JsonWriter::putString(parameters, "extension", subscriber.extension);
    JsonWriter::putString(parameters, "locationId", subscriber.locationId);
    return parameters;
}

void readSubPartner(JsonReader& reader, const json& object, const QString& path, SubPartner& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "orgId", out.orgId, path);
    reader.readString(object, "subscriptionId", out.subscriptionId, path);
    QString state;
    reader.readString(object, "provisioningState", state, path);
    out.provisioningState = SubPartnerState::fromWire(state);
    reader.readString(object, "created", out.created, path);
    reader.readString(object, "billingStartDate", out.billingStartDate, path);
}

// Reads {"<key>": [...]} with `read` for each element.
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

} // namespace

json WholesaleJson::toJson(const Address& address)
{
    json object = json::object();
    JsonWriter::putString(object, "addressLine1", address.line1);
    JsonWriter::putString(object, "addressLine2", address.line2);
    JsonWriter::putString(object, "city", address.city);
    JsonWriter::putString(object, "stateOrProvince", address.stateOrProvince);
    JsonWriter::putString(object, "zipOrPostalCode", address.postalCode);
    JsonWriter::putString(object, "country", address.country);
    return object;
}

ParseResult<Address> WholesaleJson::addressFromJson(const json& document)
{
    return JsonReader::readDocument<Address>(document, &readAddress);
}

json WholesaleJson::toJson(const ErrorDetail& error)
{
    json object = json::object();
    if (!error.errorCode.isEmpty()) {
        object["errorCode"] = JsonReader::codeValue(error.errorCode);
    }
    JsonWriter::putString(object, "description", error.description);
    return object;
}

ParseResult<ErrorDetail> WholesaleJson::errorDetailFromJson(const json& document)
{
    return JsonReader::readDocument<ErrorDetail>(document, &readErrorDetail);
}

json WholesaleJson::toJson(const Customer& customer)
{
    json object = json::object();
    JsonWriter::putString(object, "id", customer.id);
    JsonWriter::putString(object, "orgId", customer.orgId);
    JsonWriter::putString(object, "externalId", customer.externalId);
    JsonWriter::putObject(object, "address", toJson(customer.address));
    JsonWriter::putString(object, "status", customer.status.toWire());
    JsonWriter::putStringList(object, "packages", customer.packages);
    if (!customer.packageDetails.isEmpty()) {
        json packages = json::array();
        for (const PackageDetail& detail : customer.packageDetails) {
            json item = json::object();
            JsonWriter::putString(item, "name", detail.name);
            JsonWriter::putString(item, "status", detail.status.toWire());
            JsonWriter::putArray(item, "warnings", errorListJson(detail.warnings));
            JsonWriter::putArray(item, "errors", errorListJson(detail.errors));
            JsonWriter::putStringList(item, "licenseIds", detail.licenseIds);
            packages.push_back(std::move(item));
        }
        object["resourceDetails"] = json { { "packages", std::move(packages) } };
    }
    JsonWriter::putArray(object, "errors", errorListJson(customer.errors));
    return object;
}

ParseResult<Customer> WholesaleJson::customerFromJson(const json& document)
{
    JsonReader reader;
    Customer customer;
    if (!reader.expectObject(document, QString())) {
        return ParseResult<Customer>::failure(reader.error());
    }
    const QString root;
    reader.readString(document, "id", customer.id, root);
    reader.readString(document, "orgId", customer.orgId, root);
    reader.readString(document, "externalId", customer.externalId, root);
    reader.readString(document, "provisioningId", customer.provisioningId, root);
    reader.readString(document, "subPartnerAdminEmail", customer.subPartnerAdminEmail, root);
    if (const auto* address = reader.object(document, "address", root)) {
        readAddress(reader, *address, QStringLiteral("address"), customer.address);
    }
    QString status;
    reader.readString(document, "status", status, root);
    customer.status = CustomerStatus::fromWire(status);
    reader.readStringList(document, "packages", customer.packages, root);
    if (const auto* details = reader.object(document, "resourceDetails", root)) {
        if (const auto* packages = reader.array(*details, "packages", QStringLiteral("resourceDetails"))) {
            for (std::size_t i = 0; i < packages->size(); ++i) {
                PackageDetail detail;
                readPackageDetail(
                    reader, (*packages)[i], JsonReader::at(QStringLiteral("resourceDetails.packages"), i), detail);
                customer.packageDetails.append(detail);
            }
        }
    }
    readErrorList(reader, document, "errors", root, customer.errors);
    if (const auto* info = reader.object(document, "customerInfo", root)) {
        const QString infoPath = QStringLiteral("customerInfo");
        reader.readString(*info, "name", customer.customerInfo.name, infoPath);
        reader.readString(*info, "primaryEmail", customer.customerInfo.primaryEmail, infoPath);
        reader.readString(*info, "language", customer.customerInfo.language, infoPath);
    }
    if (const auto* parameters = reader.object(document, "provisioningParameters", root)) {
        readProvisioningParameters(reader, *parameters, QStringLiteral("provisioningParameters"), customer);
    }
    return reader.finish(customer);
}

ParseResult<QList<Customer>> WholesaleJson::customerListFromJson(const json& document)
{
    return readList<Customer>(
        document, "items", [](JsonReader& reader, const nlohmann::json& item, const QString& path, Customer& out) {
            if (!reader.expectObject(item, path)) {
                return;
            }
            const ParseResult<Customer> parsed = customerFromJson(item);
            if (!parsed.ok()) {
                reader.fail(path, parsed.error);
                return;
            }
            out = *parsed.value;
        });
}

json WholesaleJson::toCustomerListJson(const QList<Customer>& customers)
{
    json items = json::array();
    for (const Customer& customer : customers) {
        items.push_back(toJson(customer));
    }
    return json { { "items", std::move(items) } };
}

json WholesaleJson::toProvisionRequest(const Customer& customer)
{
    json object = json::object();
    JsonWriter::putString(object, "provisioningId", customer.provisioningId);
    object["packages"] = json::array();
    JsonWriter::putStringList(object, "packages", customer.packages);
    JsonWriter::putString(object, "orgId", customer.orgId);
    JsonWriter::putString(object, "externalId", customer.externalId);
    JsonWriter::putObject(object, "address", toJson(customer.address));
    JsonWriter::putObject(object, "customerInfo", customerInfoJson(customer.customerInfo, true));
    JsonWriter::putObject(object, "provisioningParameters", provisioningParametersJson(customer));
    JsonWriter::putString(object, "subPartnerAdminEmail", customer.subPartnerAdminEmail);
    return object;
}

json WholesaleJson::toUpdateRequest(const Customer& customer)
{
    json object = json::object();
    JsonWriter::putString(object, "externalId", customer.externalId);
    // A full replacement: an empty list is sent as such rather than left out.
    object["packages"] = json::array();
    JsonWriter::putStringList(object, "packages", customer.packages);
    JsonWriter::putObject(object, "address", toJson(customer.address));
    JsonWriter::putObject(object, "provisioningParameters", provisioningParametersJson(customer));
    JsonWriter::putString(object, "subPartnerAdminEmail", customer.subPartnerAdminEmail);
    return object;
}

json WholesaleJson::toPrecheckRequest(const Customer& customer)
{
    json object = json::object();
    JsonWriter::putString(object, "provisioningId", customer.provisioningId);
    JsonWriter::putStringList(object, "packages", customer.packages);
    JsonWriter::putString(object, "orgId", customer.orgId);
    JsonWriter::putString(object, "externalId", customer.externalId);
    object["address"] = toJson(customer.address);
    // The precheck's customerInfo has no language.
    JsonWriter::putObject(object, "customerInfo", customerInfoJson(customer.customerInfo, false));
    JsonWriter::putObject(object, "provisioningParameters", provisioningParametersJson(customer));
    return object;
}

json WholesaleJson::toJson(const Subscriber& subscriber)
{
    json object = json::object();
    JsonWriter::putString(object, "id", subscriber.id);
    JsonWriter::putString(object, "personId", subscriber.personId);
    JsonWriter::putString(object, "email", subscriber.email);
    JsonWriter::putString(object, "customerId", subscriber.customerId);
    JsonWriter::putString(object, "externalCustomerId", subscriber.externalCustomerId);
    JsonWriter::putString(object, "package", subscriber.package);
    JsonWriter::putStringList(object, "packages", subscriber.packages);
    JsonWriter::putString(object, "status", subscriber.status.toWire());
    JsonWriter::putArray(object, "errors", errorListJson(subscriber.errors));
    JsonWriter::putString(object, "created", subscriber.created);
    JsonWriter::putString(object, "lastStatusChange", subscriber.lastStatusChange);
    return object;
}

ParseResult<Subscriber> WholesaleJson::subscriberFromJson(const json& document)
{
    return JsonReader::readDocument<Subscriber>(document, &readSubscriber);
}

ParseResult<QList<Subscriber>> WholesaleJson::subscriberListFromJson(const json& document)
{
    return readList<Subscriber>(document, "items", &readSubscriber);
}

json WholesaleJson::toSubscriberListJson(const QList<Subscriber>& subscribers)
{
    json items = json::array();
    for (const Subscriber& subscriber : subscribers) {
        items.push_back(toJson(subscriber));
    }
    return json { { "items", std::move(items) } };
}

json WholesaleJson::toProvisionRequest(const Subscriber& subscriber)
{
    json object = json::object();
    JsonWriter::putString(object, "customerId", subscriber.customerId);
    JsonWriter::putString(object, "email", subscriber.email);
    putPackages(object, subscriber);
    // Required by the contract, even when empty.
    object["provisioningParameters"] = subscriberParametersJson(subscriber, true);
    return object;
}

json WholesaleJson::toUpdateRequest(const Subscriber& subscriber)
{
    json object = json::object();
    putPackages(object, subscriber);
    JsonWriter::putObject(object, "provisioningParameters", subscriberParametersJson(subscriber, false));
    return object;
}

json WholesaleJson::toPrecheckRequest(const Subscriber& subscriber)
{
    json object = json::object();
    JsonWriter::putString(object, "provisioningId", subscriber.provisioningId);
    JsonWriter::putString(object, "customerId", subscriber.customerId);
    JsonWriter::putString(object, "email", subscriber.email);
    putPackages(object, subscriber);
    JsonWriter::putObject(object, "provisioningParameters", subscriberParametersJson(subscriber, true));
    if (!subscriber.customerPrimaryEmail.isEmpty()) {
        object["customerInfo"] = json { { "primaryEmail", subscriber.customerPrimaryEmail.toStdString() } };
    }
    return object;
}

json WholesaleJson::toJson(const SubPartner& subPartner)
{
    json object = json::object();
    JsonWriter::putString(object, "orgId", subPartner.orgId);
    JsonWriter::putString(object, "subscriptionId", subPartner.subscriptionId);
    JsonWriter::putString(object, "provisioningState", subPartner.provisioningState.toWire());
    JsonWriter::putString(object, "created", subPartner.created);
    JsonWriter::putString(object, "billingStartDate", subPartner.billingStartDate);
    return object;
}

ParseResult<SubPartner> WholesaleJson::subPartnerFromJson(const json& document)
{
    return JsonReader::readDocument<SubPartner>(document, &readSubPartner);
}

ParseResult<QList<SubPartner>> WholesaleJson::subPartnerListFromJson(const json& document)
{
    // The schema says "items", the published example "subPartners".
    const char* key = document.is_object() && !document.contains("items") && document.contains("subPartners")
        ? "subPartners"
        : "items";
    return readList<SubPartner>(document, key, &readSubPartner);
}

json WholesaleJson::toSubPartnerListJson(const QList<SubPartner>& subPartners)
{
    json items = json::array();
    for (const SubPartner& subPartner : subPartners) {
        items.push_back(toJson(subPartner));
    }
    return json { { "items", std::move(items) } };
}

json WholesaleJson::toJson(const PrecheckResult& result)
{
    json object = json::object();
    JsonWriter::putString(object, "message", result.message);
    if (!result.info.isEmpty()) {
        json info = json::array();
        for (const PrecheckInfo& entry : result.info) {
            json item = json::object();
            if (!entry.infoCode.isEmpty()) {
                item["infoCode"] = JsonReader::codeValue(entry.infoCode);
            }
            JsonWriter::putString(item, "description", entry.description);
            info.push_back(std::move(item));
        }
        object["info"] = std::move(info);
    }
    return object;
}

ParseResult<PrecheckResult> WholesaleJson::precheckResultFromJson(const json& document)
{
    JsonReader reader;
    PrecheckResult result;
    if (!reader.expectObject(document, QString())) {
        return ParseResult<PrecheckResult>::failure(reader.error());
    }
    reader.readString(document, "message", result.message, QString());
    auto readInfo = [&](const nlohmann::json& item, const QString& path) {
        if (!reader.expectObject(item, path)) {
            return;
        }
        PrecheckInfo entry;
        reader.readCode(item, "infoCode", entry.infoCode, path);
        reader.readString(item, "description", entry.description, path);
        result.info.append(entry);
    };
    const auto it = document.find("info");
    if (it != document.end() && !it->is_null()) {
        // The schema has one object, the examples an array.
        if (it->is_array()) {
            for (std::size_t i = 0; i < it->size(); ++i) {
                readInfo((*it)[i], JsonReader::at(QStringLiteral("info"), i));
            }
        } else {
            readInfo(*it, QStringLiteral("info"));
        }
    }
    return reader.finish(result);
}

json WholesaleJson::toJson(const ApiErrorBody& body)
{
    json object = json::object();
    JsonWriter::putString(object, "message", body.message);
    if (!body.errorCode.isEmpty()) {
        object["errorCode"] = JsonReader::codeValue(body.errorCode);
    }
    JsonWriter::putArray(object, "errors", errorListJson(body.errors));
    JsonWriter::putString(object, "trackingId", body.trackingId);
    return object;
}

ParseResult<ApiErrorBody> WholesaleJson::apiErrorBodyFromJson(const json& document)
{
    JsonReader reader;
    ApiErrorBody body;
    if (!reader.expectObject(document, QString())) {
        return ParseResult<ApiErrorBody>::failure(reader.error());
    }
    reader.readString(document, "message", body.message, QString());
    reader.readCode(document, "errorCode", body.errorCode, QString());
    readErrorList(reader, document, "errors", QString(), body.errors);
    reader.readString(document, "trackingId", body.trackingId, QString());
    return reader.finish(body);
}

ParseResult<QString> WholesaleJson::resourceUrlFromJson(const json& document)
{
    JsonReader reader;
    QString url;
    if (reader.expectObject(document, QString())) {
        reader.readString(document, "url", url, QString());
        if (reader.ok() && url.isEmpty()) {
            reader.fail(QStringLiteral("url"), QCoreApplication::translate("WholesaleJson", "missing"));
        }
    }
    return reader.finish(url);
}

json WholesaleJson::toResourceUrlJson(const QString& url)
{
    return json { { "url", url.toStdString() } };
}

} // namespace onboarder::model
