#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <any>
#include <atomic>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace onboarder::api {

class ApiRequest;
class ApiSession;

// Fetches a list page by page, following the Link rel="next" header, and hands each page to the caller as soon as
// it arrives so the first rows of a 20,000-row list show at once. Filters a next link dropped are put back.
// The window's thread only sends and receives: the next page is asked for as soon as a page arrives, and each page is
// parsed (and read by the items reader, when there is one) on a worker thread, one page after another, so the pages
// come in order while the server, the parsing and the receiver all work at the same time.
class PagedFetch : public QObject
{
    Q_OBJECT

public:
    // Turns a page's items into what the receiver wants, on the worker thread; sets *error when they cannot be read.
    using ItemsReader = std::function<std::any(nlohmann::json items, QString* error)>;

    // itemsKey names the array in each page ("items"; "subPartners" and "phoneNumbers" elsewhere). A page that
    // carries the array under "items" instead is read too, as some endpoints disagree with their schema.
    PagedFetch(ApiSession* session,
               const QUrl& firstPage,
               const QString& itemsKey = QStringLiteral("items"),
               QObject* parent = nullptr);
    ~PagedFetch() override;

    // With a reader, each page comes as pageRead() with what it returned; without one, as page() with the items.
    void setItemsReader(ItemsReader reader);
    void start();
    void cancel();
    bool isFinished() const;
    int pagesFetched() const;
    int itemsFetched() const;
    const std::optional<ApiError>& error() const;

signals:
    void page(const nlohmann::json& items, int pageNumber);
    void pageRead(const std::any& read, int pageNumber);
    // ok is false on an error or cancel; error() says which.
    void finished(bool ok);

private:
    struct ReadPage;
    void fetch(const QUrl& url);
    void onAnswer(ApiRequest* request);
    // Parses a page and reads its items, on the worker thread.
    static std::shared_ptr<ReadPage>
    readPage(const QByteArray& body, const std::string& itemsKey, const ItemsReader& reader);
    void onPageRead(const std::shared_ptr<ReadPage>& read);
    void cancelNextPage();
    void finishWhenAllRead();
    void finish(std::optional<ApiError> error);

    QPointer<ApiSession> m_session;
    QUrl m_firstPage;
    QString m_itemsKey;
    ItemsReader m_reader;
    QPointer<ApiRequest> m_current;
    // One worker, so pages are read in the order they came.
    QThreadPool m_readers;
    // Set when the fetch ends, so pages still waiting on the worker are dropped unread.
    std::shared_ptr<std::atomic_bool> m_stopped = std::make_shared<std::atomic_bool>(false);
    int m_pagesBeingRead = 0;
    bool m_lastPageAnswered = false;
    std::optional<ApiError> m_endError; // the answer that ended the list, given once the pages before it are read
    std::optional<ApiError> m_error;
    int m_pages = 0;
    int m_items = 0;
    bool m_finished = false;
};

} // namespace onboarder::api
