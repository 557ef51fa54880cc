#include "api/PagedFetch.h"

#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/LinkHeader.h"

#include <QCoreApplication>

namespace onboarder::api {

PagedFetch::PagedFetch(ApiSession* session, const QUrl& firstPage, const QString& itemsKey, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_firstPage(firstPage)
    , m_itemsKey(itemsKey)
{
}

void PagedFetch::start()
{
    fetch(m_firstPage);
}

void PagedFetch::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, QCoreApplication::translate("PagedFetch", "Cancelled.")));
}

bool PagedFetch::isFinished() const
{
    return m_finished;
}

int PagedFetch::pagesFetched() const
{
    return m_pages;
}

int PagedFetch::itemsFetched() const
{
    return m_items;
}

const std::optional<ApiError>& PagedFetch::error() const
{
    return m_error;
}

void PagedFetch::fetch(const QUrl& url)
{
    if (!m_session) {
        finish(ApiError::make(ApiError::Kind::Cancelled,
                              QCoreApplication::translate("PagedFetch", "The connection was closed.")));
        return;
    }
    m_current = m_session->send("GET", url);
    connect(m_current, &ApiRequest::finished, this, &PagedFetch::onPage);
}

void PagedFetch::onPage(ApiRequest* request)
{
    m_current = nullptr;
    const ApiResponse& response = request->response();
    if (!response.ok()) {
        finish(response.error);
        return;
    }
    const auto json = nlohmann::json::parse(response.body.constBegin(), response.body.constEnd(), nullptr, false);
    const std::string key = m_itemsKey.toStdString();
    const nlohmann::json* items = nullptr;
    if (json.is_object()) {
        if (auto it = json.find(key); it != json.end() && it->is_array()) {
            items = &*it;
        } else if (auto fallback = json.find("items"); fallback != json.end() && fallback->is_array()) {
            items = &*fallback;
        }
    }
    if (!items) {
        finish(
            ApiError::make(ApiError::Kind::InvalidResponse,
                           QCoreApplication::translate("PagedFetch", "The server sent a list page we could not read."),
                           response.trackingId));
        return;
    }
    ++m_pages;
    m_items += static_cast<int>(items->size());
    emit page(*items, m_pages);
    if (m_finished) {
        return; // the receiver cancelled
    }
    const QUrl next = LinkHeader::nextPage(response.header("link"), request->url());
    // An empty page or a link back to the same page would loop forever.
    if (next.isEmpty() || items->empty() || next == request->url()) {
        finish(std::nullopt);
        return;
    }
    fetch(next);
}

void PagedFetch::finish(std::optional<ApiError> error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = std::move(error);
    emit finished(!m_error.has_value());
}

} // namespace onboarder::api
