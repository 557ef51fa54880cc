#include "sandbox/Paginator.h"

#include <QUrl>

#include <algorithm>

namespace onboarder::sandbox {

namespace {
std::optional<long long> parseCount(const std::string& text)
{
    if (text.empty() || text.size() > 9) {
        return std::nullopt;
    }
    long long value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

Paginator::Paginator(const ApiRequest& request, std::size_t defaultMax, const char* offsetName)
    : m_request(request)
    , m_offsetName(offsetName)
    , m_max(defaultMax)
{
    if (request.hasQuery(offsetName)) {
        const auto value = parseCount(request.queryValue(offsetName));
        if (!value) {
            m_error = ApiResponse::error(400, std::string(offsetName) + " must be a non-negative integer");
            return;
        }
        m_offset = static_cast<std::size_t>(*value);
    }
    if (request.hasQuery("max")) {
        const auto value = parseCount(request.queryValue("max"));
        if (!value || *value < 1) {
            m_error = ApiResponse::error(400, "max must be a positive integer");
            return;
        }
        m_max = std::min<std::size_t>(static_cast<std::size_t>(*value), maxPageSize);
    }
}

std::optional<ApiResponse> Paginator::error() const
{
    return m_error;
}

std::size_t Paginator::offset() const
{
    return m_offset;
}

std::size_t Paginator::max() const
{
    return m_max;
}

bool Paginator::contains(std::size_t index) const
{
    return index >= m_offset && index < m_offset + m_max;
}

bool Paginator::isBeyondPage(std::size_t count) const
{
    return count > m_offset + m_max;
}

QByteArray Paginator::linkTo(std::size_t offset) const
{
    QUrlQuery query = m_request.query;
    query.removeAllQueryItems(QString::fromLatin1(m_offsetName));
    query.removeAllQueryItems(QStringLiteral("max"));
    query.addQueryItem(QString::fromLatin1(m_offsetName), QString::number(offset));
    query.addQueryItem(QStringLiteral("max"), QString::number(m_max));
    QUrl url(QString::fromStdString(m_request.baseUrl) + m_request.path);
    url.setQuery(query);
    return url.toEncoded();
}

void Paginator::addLinks(ApiResponse& response, std::size_t total) const
{
    QList<QByteArray> links;
    links.append("<" + linkTo(0) + ">; rel=\"first\"");
    if (m_offset > 0) {
        const std::size_t prev = m_offset > m_max ? m_offset - m_max : 0;
        links.append("<" + linkTo(prev) + ">; rel=\"prev\"");
    }
    if (m_offset + m_max < total) {
        links.append("<" + linkTo(m_offset + m_max) + ">; rel=\"next\"");
    }
    response.withHeader("Link", links.join(", "));
}

} // namespace onboarder::sandbox
