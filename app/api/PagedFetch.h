#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <nlohmann/json.hpp>
#include <optional>

namespace onboarder::api {

class ApiRequest;
class ApiSession;

// Fetches a list page by page, following the Link rel="next" header, and hands each page to the caller as soon as
// it arrives so the first rows of a 20,000-row list show at once. Filters a next link dropped are put back.
class PagedFetch : public QObject
{
    Q_OBJECT

public:
    // itemsKey names the array in each page ("items"; "subPartners" and "phoneNumbers" elsewhere). A page that
    // carries the array under "items" instead is read too, as some endpoints disagree with their schema.
    PagedFetch(ApiSession* session,
               const QUrl& firstPage,
               const QString& itemsKey = QStringLiteral("items"),
               QObject* parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const;
    int pagesFetched() const;
    int itemsFetched() const;
    const std::optional<ApiError>& error() const;

signals:
    void page(const nlohmann::json& items, int pageNumber);
    // ok is false on an error or cancel; error() says which.
    void finished(bool ok);

private:
    void fetch(const QUrl& url);
    void onPage(ApiRequest* request);
    void finish(std::optional<ApiError> error);

    QPointer<ApiSession> m_session;
    QUrl m_firstPage;
    QString m_itemsKey;
    QPointer<ApiRequest> m_current;
    std::optional<ApiError> m_error;
    int m_pages = 0;
    int m_items = 0;
    bool m_finished = false;
};

} // namespace onboarder::api
