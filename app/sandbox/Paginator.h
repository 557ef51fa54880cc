#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"

#include <optional>

namespace onboarder::sandbox {

// offset/max paging of list endpoints, with RFC 5988 Link headers (rel="first", "prev", "next") that keep the
// request's filters. max is clamped to 100 as Webex does.
class Paginator
{
public:
    static constexpr std::size_t maxPageSize = 100;

    Paginator(const ApiRequest& request, std::size_t defaultMax, const char* offsetName = "offset");

    std::optional<ApiResponse> error() const;
    std::size_t offset() const;
    std::size_t max() const;
    bool contains(std::size_t index) const;
    // Whether `count` matches reach past this page: one past it is enough to link the next page.
    bool isBeyondPage(std::size_t count) const;
    // Adds the Link header for a list of `total` items to the response.
    void addLinks(ApiResponse& response, std::size_t total) const;

private:
    QByteArray linkTo(std::size_t offset) const;

    const ApiRequest& m_request;
    const char* m_offsetName;
    std::size_t m_offset = 0;
    std::size_t m_max = 0;
    std::optional<ApiResponse> m_error;
};

} // namespace onboarder::sandbox
