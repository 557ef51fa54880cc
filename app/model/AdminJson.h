#pragma once

#include "model/ParseResult.h"
#include "model/Person.h"
#include "model/Role.h"

#include <QList>

#include <nlohmann/json.hpp>

namespace onboarder::model {

// Maps people and roles (webex-admin-subset.openapi.json) to and from the model. Person fields this program does not
// model are kept in Person::otherFields and written back, because PUT /people replaces the whole person.
class AdminJson
{
public:
    static nlohmann::json toJson(const Person& person);
    static ParseResult<Person> personFromJson(const nlohmann::json& json);
    // {"items": [...], "notFoundIds": [...]}; notFoundIds is ignored.
    static ParseResult<QList<Person>> personListFromJson(const nlohmann::json& json);

    static nlohmann::json toJson(const Role& role);
    static ParseResult<Role> roleFromJson(const nlohmann::json& json);
    static ParseResult<QList<Role>> roleListFromJson(const nlohmann::json& json);
};

} // namespace onboarder::model
