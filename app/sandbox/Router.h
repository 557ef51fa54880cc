#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"

#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace onboarder::sandbox {

// Maps method + path pattern ("/wholesale/customers/{}") to a handler and the metadata the dispatcher needs
// (which scopes grant access, whether a JSON body is expected).
class Router
{
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    enum class BodyKind { None, Json, OptionalJson, Form };

    struct Route
    {
        ApiRequest::Method method;
        std::vector<std::string> segments; // "{}" matches one segment
        QStringList scopes; // any one of them grants access; empty: no bearer token needed
        BodyKind body = BodyKind::None;
        bool faultExempt = false; // OAuth endpoints: sign-in stays reliable under --fail-rate
        Handler handler;
    };

    struct Match
    {
        const Route* route = nullptr;
        std::vector<std::string> params;
        QStringList allowedMethods; // filled when the path exists under other methods
    };

    void add(ApiRequest::Method method,
             const std::string& pattern,
             QStringList scopes,
             BodyKind body,
             Handler handler,
             bool faultExempt = false);
    Match match(ApiRequest::Method method, const QString& path) const;

private:
    std::vector<Route> m_routes;
};

} // namespace onboarder::sandbox
