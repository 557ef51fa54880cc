#pragma once

#include "api/ApiResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace onboarder::api {

class ApiRequest;
class ApiSession;

// Fetches the token pair of a Service app (wholesale-api.md §1.3): POST /applications/{applicationId}/token with the
// app's client ID, client secret and target organization, sent with a token that holds spark:applications_token
// (the session's). The pair then renews like an integration's, with the refresh token at /access_token.
class ServiceAppTokenRequest
{
public:
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
    };
    using Callback = std::function<void(const ApiResult<Tokens>&)>;

    static ApiRequest* send(ApiSession* session,
                            const QString& applicationId,
                            const QString& clientId,
                            const QString& clientSecret,
                            const QString& targetOrgId,
                            QObject* context,
                            Callback done);
};

} // namespace onboarder::api
