#include "model/AdminJson.h"

#include "model/JsonReader.h"
#include "model/JsonWriter.h"

#include <set>
#include <string>

namespace onboarder::model {

using nlohmann::json;

namespace {

// The Person fields read into named members; everything else goes to otherFields.
const std::set<std::string>& modelledPersonFields()
{
    static const std::set<std::string> fields {
        "id",        "emails",    "phoneNumbers", "extension",     "locationId",  "displayName",  "nickName",
        "firstName", "lastName",  "avatar",       "orgId",         "roles",       "licenses",     "department",
        "manager",   "managerId", "title",        "timezone",      "created",     "lastModified", "lastActivity",
        "siteUrls",  "status",    "type",         "invitePending", "loginEnabled"
    };
    return fields;
}

void readPerson(JsonReader& reader, const json& object, const QString& path, Person& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "id", out.id, path);
    reader.readStringList(object, "emails", out.emails, path);
    if (const json* numbers = reader.array(object, "phoneNumbers", path)) {
        const QString numbersPath = JsonReader::at(path, "phoneNumbers");
        for (std::size_t i = 0; i < numbers->size(); ++i) {
            const QString itemPath = JsonReader::at(numbersPath, i);
            const json& item = (*numbers)[i];
            if (!reader.expectObject(item, itemPath)) {
                break;
            }
            PersonPhoneNumber number;
            reader.readString(item, "type", number.type, itemPath);
            reader.readString(item, "value", number.value, itemPath);
            reader.readBool(item, "primary", number.primary, itemPath);
            out.phoneNumbers.append(number);
        }
    }
    reader.readString(object, "extension", out.extension, path);
    reader.readString(object, "locationId", out.locationId, path);
    reader.readString(object, "displayName", out.displayName, path);
    reader.readString(object, "nickName", out.nickName, path);
    reader.readString(object, "firstName", out.firstName, path);
    reader.readString(object, "lastName", out.lastName, path);
    reader.readString(object, "avatar", out.avatar, path);
    reader.readString(object, "orgId", out.orgId, path);
    reader.readStringList(object, "roles", out.roles, path);
    reader.readStringList(object, "licenses", out.licenses, path);
    reader.readString(object, "department", out.department, path);
    reader.readString(object, "manager", out.manager, path);
    reader.readString(object, "managerId", out.managerId, path);
    reader.readString(object, "title", out.title, path);
    reader.readString(object, "timezone", out.timezone, path);
    reader.readString(object, "created", out.created, path);
    reader.readString(object, "lastModified", out.lastModified, path);
    reader.readString(object, "lastActivity", out.lastActivity, path);
    reader.readStringList(object, "siteUrls", out.siteUrls, path);
    reader.readString(object, "status", out.status, path);
    reader.readString(object, "type", out.type, path);
    reader.readBool(object, "invitePending", out.invitePending, path);
    reader.readBool(object, "loginEnabled", out.loginEnabled, path);

    json others = json::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (modelledPersonFields().count(it.key()) == 0) {
            others[it.key()] = it.value();
        }
    }
    out.otherFields = JsonReader::toQJsonObject(others);
}

void readRole(JsonReader& reader, const json& object, const QString& path, Role& out)
{
    if (!reader.expectObject(object, path)) {
        return;
    }
    reader.readString(object, "id", out.id, path);
    reader.readString(object, "name", out.name, path);
}

template <typename T, typename ReadOne>
ParseResult<QList<T>> readList(const json& document, ReadOne read)
{
    JsonReader reader;
    QList<T> items;
    if (!reader.expectObject(document, QString())) {
        return ParseResult<QList<T>>::failure(reader.error());
    }
    if (const json* array = reader.array(document, "items", QString())) {
        for (std::size_t i = 0; i < array->size(); ++i) {
            T item;
            read(reader, (*array)[i], JsonReader::at(QStringLiteral("items"), i), item);
            items.append(item);
        }
    }
    return reader.finish(items);
}

} // namespace

json AdminJson::toJson(const Person& person)
{
    // Unmodelled fields first, so a named member always wins over a stale copy.
    json object = JsonReader::fromQJsonObject(person.otherFields);
    JsonWriter::putString(object, "id", person.id);
    JsonWriter::putStringList(object, "emails", person.emails);
    if (!person.phoneNumbers.isEmpty()) {
        json numbers = json::array();
        for (const PersonPhoneNumber& number : person.phoneNumbers) {
            json item = json::object();
            JsonWriter::putString(item, "type", number.type);
            JsonWriter::putString(item, "value", number.value);
            JsonWriter::putBool(item, "primary", number.primary);
            numbers.push_back(std::move(item));
        }
        object["phoneNumbers"] = std::move(numbers);
    }
    JsonWriter::putString(object, "extension", person.extension);
    JsonWriter::putString(object, "locationId", person.locationId);
    JsonWriter::putString(object, "displayName", person.displayName);
    JsonWriter::putString(object, "nickName", person.nickName);
    JsonWriter::putString(object, "firstName", person.firstName);
    JsonWriter::putString(object, "lastName", person.lastName);
    JsonWriter::putString(object, "avatar", person.avatar);
    JsonWriter::putString(object, "orgId", person.orgId);
    JsonWriter::putStringList(object, "roles", person.roles);
    JsonWriter::putStringList(object, "licenses", person.licenses);
    JsonWriter::putString(object, "department", person.department);
    JsonWriter::putString(object, "manager", person.manager);
    JsonWriter::putString(object, "managerId", person.managerId);
    JsonWriter::putString(object, "title", person.title);
    JsonWriter::putString(object, "timezone", person.timezone);
    JsonWriter::putString(object, "created", person.created);
    JsonWriter::putString(object, "lastModified", person.lastModified);
    JsonWriter::putString(object, "lastActivity", person.lastActivity);
    JsonWriter::putStringList(object, "siteUrls", person.siteUrls);
    JsonWriter::putString(object, "status", person.status);
    JsonWriter::putString(object, "type", person.type);
    // Written as booleans, which PUT /people takes.
    JsonWriter::putBool(object, "invitePending", person.invitePending);
    JsonWriter::putBool(object, "loginEnabled", person.loginEnabled);
    return object;
}

ParseResult<Person> AdminJson::personFromJson(const json& document)
{
    return JsonReader::readDocument<Person>(document, &readPerson);
}

ParseResult<QList<Person>> AdminJson::personListFromJson(const json& document)
{
    return readList<Person>(document, &readPerson);
}

json AdminJson::toJson(const Role& role)
{
    json object = json::object();
    JsonWriter::putString(object, "id", role.id);
    JsonWriter::putString(object, "name", role.name);
    return object;
}

ParseResult<Role> AdminJson::roleFromJson(const json& document)
{
    return JsonReader::readDocument<Role>(document, &readRole);
}

ParseResult<QList<Role>> AdminJson::roleListFromJson(const json& document)
{
    return readList<Role>(document, &readRole);
}

} // namespace onboarder::model
