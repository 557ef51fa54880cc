#include "sandbox/ApiRequest.h"

namespace onboarder::sandbox {

QByteArray ApiRequest::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

bool ApiRequest::hasQuery(const char* name) const
{
    return query.hasQueryItem(QString::fromLatin1(name));
}

std::string ApiRequest::queryValue(const char* name) const
{
    return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).toStdString();
}

std::vector<std::string> ApiRequest::queryValues(const char* name) const
{
    std::vector<std::string> values;
    const QStringList all = query.allQueryItemValues(QString::fromLatin1(name), QUrl::FullyDecoded);
    for (const QString& value : all) {
        // Accept both repeated parameters and comma-separated lists.
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            values.push_back(part.trimmed().toStdString());
        }
    }
    return values;
}

std::optional<bool> ApiRequest::queryBool(const char* name) const
{
    if (!hasQuery(name)) {
        return false;
    }
    const std::string value = queryValue(name);
    if (value == "true" || value == "1" || value.empty()) {
        return true;
    }
    if (value == "false" || value == "0") {
        return false;
    }
    return std::nullopt;
}

std::string ApiRequest::param(std::size_t index) const
{
    return index < params.size() ? params[index] : std::string();
}

const char* ApiRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Patch:
        return "PATCH";
    case Method::Other:
        break;
    }
    return "OTHER";
}

} // namespace onboarder::sandbox
