#include "api/LinkHeader.h"

#include <QUrlQuery>

namespace onboarder::api {

QHash<QString, QUrl> LinkHeader::parse(const QByteArray& header)
{
    QHash<QString, QUrl> links;
    qsizetype pos = 0;
    while (pos < header.size()) {
        const qsizetype open = header.indexOf('<', pos);
        if (open < 0) {
            break;
        }
        const qsizetype close = header.indexOf('>', open + 1);
        if (close < 0) {
            break;
        }
        const QUrl url = QUrl::fromEncoded(header.mid(open + 1, close - open - 1).trimmed());
        // Parameters run until the next link, which starts after a comma outside quotes.
        qsizetype end = close + 1;
        bool quoted = false;
        while (end < header.size() && (quoted || header.at(end) != ',')) {
            if (header.at(end) == '"') {
                quoted = !quoted;
            }
            ++end;
        }
        const QList<QByteArray> params = header.mid(close + 1, end - close - 1).split(';');
        for (const QByteArray& param : params) {
            const qsizetype eq = param.indexOf('=');
            if (eq < 0 || param.left(eq).trimmed().toLower() != "rel") {
                continue;
            }
            QByteArray rels = param.mid(eq + 1).trimmed();
            if (rels.startsWith('"') && rels.endsWith('"') && rels.size() >= 2) {
                rels = rels.mid(1, rels.size() - 2);
            }
            for (const QByteArray& rel : rels.split(' ')) {
                if (!rel.isEmpty() && url.isValid()) {
                    links.insert(QString::fromLatin1(rel.toLower()), url);
                }
            }
        }
        pos = end + 1;
    }
    return links;
}

QUrl LinkHeader::nextPage(const QByteArray& header, const QUrl& requestUrl)
{
    QUrl next = parse(header).value(QStringLiteral("next"));
    if (!next.isValid() || next.isEmpty()) {
        return {};
    }
    if (next.isRelative()) {
        next = requestUrl.resolved(next);
    }
    QUrlQuery nextQuery(next);
    const QUrlQuery original(requestUrl);
    bool changed = false;
    QStringList seen;
    for (const auto& item : original.queryItems(QUrl::FullyEncoded)) {
        const QString& key = item.first;
        if (key == QLatin1String("offset") || seen.contains(key)) {
            continue;
        }
        seen.append(key);
        // Compare all values, so repeated keys (status=a&status=b) survive too.
        const QStringList originalValues = original.allQueryItemValues(key, QUrl::FullyEncoded);
        if (nextQuery.allQueryItemValues(key, QUrl::FullyEncoded).size() < originalValues.size()) {
            nextQuery.removeAllQueryItems(key);
            for (const QString& value : originalValues) {
                nextQuery.addQueryItem(key, value);
            }
            changed = true;
        }
    }
    if (changed) {
        next.setQuery(nextQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return next;
}

} // namespace onboarder::api
