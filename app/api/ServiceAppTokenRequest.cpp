#include "api/ServiceAppTokenRequest.h"

#include "api/ApiRequest.h"
#include "api/ApiSession.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace onboarder::api {

ApiRequest* ServiceAppTokenRequest::send(ApiSession* session,
                                         const QString& applicationId,
                                         const QString& clientId,
                                         const QString& clientSecret,
                                         const QString& targetOrgId,
                                         QObject* context,
                                         Callback done)
{
    const nlohmann::json body = { { "clientId", clientId.toStdString() },
                                  { "clientSecret", clientSecret.toStdString() },
                                  { "targetOrgId", targetOrgId.toStdString() } };
    const QString path
        = QStringLiteral("applications/%1/token").arg(QString::fromUtf8(QUrl::toPercentEncoding(applicationId)));
    ApiRequest* request = session->send("POST", session->urlFor(path), QByteArray::fromStdString(body.dump()));
    QPointer<QObject> guard(context);
    QObject::connect(request, &ApiRequest::finished, context, [guard, done = std::move(done)](ApiRequest* finished) {
        if (!guard) {
            return;
        }
        const ApiResponse& response = finished->response();
        ApiResult<Tokens> result;
        result.trackingId = response.trackingId;
        if (!response.ok()) {
            result.error = response.error;
            done(result);
            return;
        }
        const auto json = nlohmann::json::parse(response.body.toStdString(), nullptr, false);
        const auto text = [&json](const char* key) {
            return json.is_object() && json.contains(key) && json[key].is_string()
                ? QString::fromStdString(json[key].get<std::string>())
                : QString();
        };
        Tokens tokens { text("access_token"), text("refresh_token") };
        if (tokens.accessToken.isEmpty()) {
            result.error = ApiError::make(
                ApiError::Kind::InvalidResponse,
                QCoreApplication::translate("ServiceAppTokenRequest", "The answer held no access token."),
                response.trackingId);
        } else {
            result.value = tokens;
        }
        done(result);
    });
    return request;
}

} // namespace onboarder::api
