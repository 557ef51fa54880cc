#include "sandbox/ApiResponse.h"

namespace onboarder::sandbox {

ApiResponse ApiResponse::ok(nlohmann::json body, int status)
{
    ApiResponse response;
    response.status = status;
    response.json = std::move(body);
    return response;
}

ApiResponse ApiResponse::noContent(int status)
{
    ApiResponse response;
    response.status = status;
    return response;
}

ApiResponse ApiResponse::error(int status, const std::string& message, std::vector<ErrorDetail> errors)
{
    if (errors.empty()) {
        errors.push_back({ message, 0 });
    }
    nlohmann::json list = nlohmann::json::array();
    for (const auto& detail : errors) {
        nlohmann::json entry = { { "description", detail.description } };
        if (detail.errorCode != 0) {
            entry["errorCode"] = detail.errorCode;
        }
        list.push_back(std::move(entry));
    }
    ApiResponse response;
    response.status = status;
    response.isError = true;
    response.json = { { "message", message }, { "errors", std::move(list) } };
    return response;
}

ApiResponse ApiResponse::error(int status, const std::vector<ErrorDetail>& errors)
{
    const std::string message = errors.empty() ? std::string("Bad request") : errors.front().description;
    return error(status, message, errors);
}

ApiResponse ApiResponse::oauthError(int status, const std::string& error, const std::string& description)
{
    ApiResponse response = ApiResponse::error(status, description);
    response.json["error"] = error;
    response.json["error_description"] = description;
    return response;
}

ApiResponse& ApiResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray ApiResponse::serializedBody() const
{
    if (json.is_null()) {
        return rawBody;
    }
    return QByteArray::fromStdString(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace onboarder::sandbox
