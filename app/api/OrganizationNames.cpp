#include "api/OrganizationNames.h"

#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/WhenReady.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <nlohmann/json.hpp>

namespace onboarder::api {

using nlohmann::json;

model::ParseResult<OrganizationNames::Names> OrganizationNames::read(const QByteArray& body)
{
    const json answer = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!answer.is_object() || !answer.contains("items") || !answer["items"].is_array()) {
        return model::ParseResult<Names>::failure(QStringLiteral("items: missing"));
    }
    Names names;
    for (const json& org : answer["items"]) {
        if (org.is_object() && org.value("id", json()).is_string() && org.value("displayName", json()).is_string()) {
            const QString id = QString::fromStdString(org["id"].get<std::string>());
            const QString name = QString::fromStdString(org["displayName"].get<std::string>());
            if (!id.isEmpty() && !name.isEmpty()) {
                names.insert(id, name);
            }
        }
    }
    return model::ParseResult<Names>::success(names);
}

namespace {

// Reads the answer on a pooled thread; whenReady() brings the names back to `context`'s thread.
QFuture<model::ParseResult<OrganizationNames::Names>> readInBackground(const QByteArray& body)
{
    // QThreadPool takes a copyable task; the promise is not, so the task shares it.
    auto promise = std::make_shared<QPromise<model::ParseResult<OrganizationNames::Names>>>();
    QFuture<model::ParseResult<OrganizationNames::Names>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body] {
        promise->addResult(OrganizationNames::read(body));
        promise->finish();
    });
    return future;
}

} // namespace

ApiRequest*
OrganizationNames::fetch(ApiSession* session, QObject* context, std::function<void(const ApiResult<Names>&)> done)
{
    ApiRequest* request = session->get(QStringLiteral("organizations"));
    QObject::connect(request, &ApiRequest::finished, context, [context, done = std::move(done)](ApiRequest* r) {
        const ApiResponse& response = r->response();
        ApiResult<Names> result;
        result.trackingId = response.trackingId;
        if (!response.ok()) {
            result.error = response.error;
            done(result);
            return;
        }
        // Dropped when the context is gone before the names are read.
        whenReady(
            readInBackground(response.body), context, [done, result](const model::ParseResult<Names>& parsed) mutable {
                if (parsed.ok()) {
                    result.value = parsed.value;
                } else {
                    result.error = ApiError::unreadableAnswer(parsed.error, result.trackingId);
                }
                done(result);
            });
    });
    return request;
}

} // namespace onboarder::api
