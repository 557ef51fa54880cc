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
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
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
