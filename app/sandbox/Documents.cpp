#include "sandbox/Documents.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

namespace onboarder::sandbox {

qint64 Documents::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::string Documents::isoTime(qint64 ms)
{
    // What QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) writes, without its QString: every
    // person, organization and subscriber carries such stamps. Years 1970 to 9999 here, QDateTime beyond.
    constexpr qint64 msPerDay = 86400000;
    if (ms < 0 || ms >= 253402300800000LL) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
    }
    const qint64 days = ms / msPerDay;
    const qint64 inDay = ms % msPerDay;
    // Civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[] = "0000-00-00T00:00:00.000Z";
    auto put = [&text](std::size_t at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, inDay / 3600000, 2);
    put(14, inDay / 60000 % 60, 2);
    put(17, inDay / 1000 % 60, 2);
    put(20, inDay % 1000, 3);
    return std::string(text, sizeof(text) - 1);
}

std::string Documents::nowIso()
{
    return isoTime(nowMs());
}

std::optional<qint64> Documents::parseTime(const std::string& text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    bool allDigits = true;
    for (char c : text) {
        allDigits = allDigits && c >= '0' && c <= '9';
    }
    if (allDigits && text.size() <= 15) {
        return std::stoll(text);
    }
    QDateTime time = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(QString::fromStdString(text), Qt::ISODate);
    }
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time.toMSecsSinceEpoch();
}

nlohmann::json Documents::publicView(const nlohmann::json& doc)
{
    nlohmann::json view = nlohmann::json::object();
    if (doc.is_object()) {
        // The keys come in order, so each one goes at the end without a search.
        auto& fields = view.get_ref<nlohmann::json::object_t&>();
        for (const auto& [key, value] : doc.get_ref<const nlohmann::json::object_t&>()) {
            if (!key.empty() && key.front() != '_') {
                fields.emplace_hint(fields.end(), key, value);
            }
        }
        return view;
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!it.key().empty() && it.key().front() != '_') {
            view[it.key()] = it.value();
        }
    }
    return view;
}

std::string Documents::text(const nlohmann::json& doc, const char* key)
{
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_string()) {
        return {};
    }
    return it->get<std::string>();
}

const std::string& Documents::textRef(const nlohmann::json& doc, const std::string& key)
{
    static const std::string empty;
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_string()) {
        return empty;
    }
    return it->get_ref<const std::string&>();
}

qint64 Documents::integer(const nlohmann::json& doc, const char* key)
{
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_number()) {
        return 0;
    }
    return it->get<qint64>();
}

bool Documents::isEmail(const std::string& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.size() <= 254 && pattern.match(QString::fromStdString(text)).hasMatch();
}

bool Documents::isE164(const std::string& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(QString::fromStdString(text)).hasMatch();
}

bool Documents::startsWith(const std::string& text, const char* prefix)
{
    return text.rfind(prefix, 0) == 0;
}

} // namespace onboarder::sandbox
