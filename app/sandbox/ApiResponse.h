#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace onboarder::sandbox {

// One entry of the standard Webex error body's errors[].
struct ErrorDetail
{
    std::string description;
    int errorCode = 0; // 0: no code
};

// What a handler answers. JSON bodies stay structured until the dispatcher stamps the tracking ID into errors.
class ApiResponse
{
public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    nlohmann::json json; // null: no JSON body
    QByteArray rawBody; // used when json is null
    QByteArray contentType;
    bool isError = false;

    static ApiResponse ok(nlohmann::json body, int status = 200);
    static ApiResponse noContent(int status = 204);
    static ApiResponse error(int status, const std::string& message, std::vector<ErrorDetail> errors = {});
    static ApiResponse error(int status, const std::vector<ErrorDetail>& errors);
    // RFC 6749 error answer of the OAuth endpoints, which also carries the Webex fields.
    static ApiResponse oauthError(int status, const std::string& error, const std::string& description);

    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray serializedBody() const;
};

} // namespace onboarder::sandbox
