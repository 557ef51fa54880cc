#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace onboarder::sandbox {

// One HTTP request as the handlers see it: transport-independent, with the parts the dispatcher resolved
// (path parameters, parsed JSON body, tracking ID, granted scopes).
class ApiRequest
{
public:
    enum class Method { Get, Post, Put, Delete, Patch, Other };

    Method method = Method::Get;
    QString path; // below /v1, starting with '/'
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    nlohmann::json json; // parsed body when the route takes JSON
    std::vector<std::string> params; // path parameters in order
    std::string trackingId;
    std::string baseUrl; // absolute, ending in /v1
    std::string subPartnerOrgId; // canonical onBehalfOfSubPartnerOrgId, empty when acting as the partner
    QStringList scopes;

    QByteArray header(const QByteArray& name) const;
    bool hasQuery(const char* name) const;
    std::string queryValue(const char* name) const;
    std::vector<std::string> queryValues(const char* name) const;
    std::optional<bool> queryBool(const char* name) const;
    std::string param(std::size_t index) const;
    static const char* methodName(Method method);
};

} // namespace onboarder::sandbox
