#include "api/PagedFetch.h"

#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/LinkHeader.h"

#include <QCoreApplication>

namespace onboarder::api {

// A page as the worker read it, on its way back to the window's thread.
struct PagedFetch::ReadPage
{
    nlohmann::json items; // without a reader
    std::any read; // with one
    std::size_t count = 0;
    std::optional<QString> error; // the page could not be read
    QString trackingId;
};

PagedFetch::PagedFetch(ApiSession* session, const QUrl& firstPage, const QString& itemsKey, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_firstPage(firstPage)
    , m_itemsKey(itemsKey)
{
    m_readers.setMaxThreadCount(1);
}

PagedFetch::~PagedFetch()
{
    *m_stopped = true;
    m_readers.waitForDone();
}

void PagedFetch::setItemsReader(ItemsReader reader)
{
    m_reader = std::move(reader);
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
    cancelNextPage();
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
    connect(m_current, &ApiRequest::finished, this, &PagedFetch::onAnswer);
}

void PagedFetch::onAnswer(ApiRequest* request)
{
    m_current = nullptr;
    const ApiResponse& response = request->response();
    if (!response.ok()) {
        // The pages before it still come first.
        m_lastPageAnswered = true;
        m_endError = response.error;
        finishWhenAllRead();
        return;
    }
    // The next page is asked for before this one is read, so the server works on it meanwhile. A link back to the
    // same page would loop forever.
    const QUrl next = LinkHeader::nextPage(response.header("link"), request->url());
    if (!next.isEmpty() && next != request->url()) {
        fetch(next);
    } else {
        m_lastPageAnswered = true;
    }
    ++m_pagesBeingRead;
    // The fetch waits for its worker before it goes, so the worker may name it; the answer is queued to it and is
    // dropped with it.
    m_readers.start([this,
                     stopped = m_stopped,
                     body = response.body,
                     trackingId = response.trackingId,
                     key = m_itemsKey.toStdString(),
                     reader = m_reader] {
        if (*stopped) {
            return;
        }
        std::shared_ptr<ReadPage> read = readPage(body, key, reader);
        read->trackingId = trackingId;
        QMetaObject::invokeMethod(
            this, [this, read] { onPageRead(read); }, Qt::QueuedConnection);
    });
}

std::shared_ptr<PagedFetch::ReadPage>
PagedFetch::readPage(const QByteArray& body, const std::string& itemsKey, const ItemsReader& reader)
{
    auto read = std::make_shared<ReadPage>();
    auto json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    nlohmann::json* items = nullptr;
    if (json.is_object()) {
        if (auto it = json.find(itemsKey); it != json.end() && it->is_array()) {
            items = &*it;
        } else if (auto fallback = json.find("items"); fallback != json.end() && fallback->is_array()) {
            items = &*fallback;
        }
    }
    if (!items) {
        read->error = QString();
        return read;
    }
    read->count = items->size();
    if (!reader) {
        read->items = std::move(*items);
        return read;
    }
    QString error;
    read->read = reader(std::move(*items), &error);
    if (!error.isEmpty()) {
        read->error = error;
    }
    return read;
}

void PagedFetch::onPageRead(const std::shared_ptr<ReadPage>& read)
{
    --m_pagesBeingRead;
    if (m_finished) {
        return;
    }
    if (read->error) {
        cancelNextPage();
        QString message = QCoreApplication::translate("PagedFetch", "The server sent a list page we could not read.");
        if (!read->error->isEmpty()) {
            message += QLatin1Char(' ') + *read->error;
        }
        finish(ApiError::make(ApiError::Kind::InvalidResponse, message, read->trackingId));
        return;
    }
    ++m_pages;
    m_items += static_cast<int>(read->count);
    if (m_reader) {
        emit pageRead(read->read, m_pages);
    } else {
        emit page(read->items, m_pages);
    }
    if (m_finished) {
        return; // the receiver cancelled, and with it the next page
    }
    // An empty page ends the list whatever its link says, or it could loop forever; pages read after it are dropped.
    if (read->count == 0) {
        cancelNextPage();
        finish(std::nullopt);
        return;
    }
    finishWhenAllRead();
}

void PagedFetch::finishWhenAllRead()
{
    if (m_lastPageAnswered && !m_current && m_pagesBeingRead == 0) {
        finish(m_endError);
    }
}

void PagedFetch::cancelNextPage()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
        m_current = nullptr;
    }
}

void PagedFetch::finish(std::optional<ApiError> error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    *m_stopped = true;
    m_error = std::move(error);
    emit finished(!m_error.has_value());
}

} // namespace onboarder::api
