#pragma once

#include "api/ApiResult.h"
#include "model/ParseResult.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

class QObject;

namespace onboarder::api {

class ApiRequest;
class ApiSession;

// The display names of every organization the account sees (GET /organizations), ID to name. The contract does
// not paginate that list, so one request names every customer that has an organization: what the customers list
// needs, instead of one request per row. With 20,000 customers that one answer is megabytes of JSON, so it is read
// on a worker thread and only the finished map comes back to the caller's thread.
class OrganizationNames
{
public:
    using Names = QHash<QString, QString>;

    // The callback runs on the thread of `context`, and only while `context` lives.
    static ApiRequest* fetch(ApiSession* session, QObject* context, std::function<void(const ApiResult<Names>&)> done);
    static model::ParseResult<Names> read(const QByteArray& body);
};

} // namespace onboarder::api
