#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace onboarder::api {

// Reads an RFC 5988 Link header ('<https://…?offset=100>; rel="next", <…>; rel="prev"') into rel → URL.
class LinkHeader
{
public:
    static QHash<QString, QUrl> parse(const QByteArray& header);
    // The next page's URL, with every query item of the original request that the link dropped put back: Webex's
    // links are known to lose filters, which would silently widen the listing.
    static QUrl nextPage(const QByteArray& header, const QUrl& requestUrl);
};

} // namespace onboarder::api
