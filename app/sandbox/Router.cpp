#include "sandbox/Router.h"

namespace onboarder::sandbox {

namespace {
std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> segments;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty()) {
                segments.push_back(current);
                current.clear();
            }
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) {
        segments.push_back(current);
    }
    return segments;
}
} // namespace

void Router::add(ApiRequest::Method method,
                 const std::string& pattern,
                 QStringList scopes,
                 BodyKind body,
                 Handler handler,
                 bool faultExempt)
{
    m_routes.push_back({ method, splitPath(pattern), std::move(scopes), body, faultExempt, std::move(handler) });
}

Router::Match Router::match(ApiRequest::Method method, const QString& path) const
{
    const std::vector<std::string> segments = splitPath(path.toStdString());
    Match result;
    // Literal segments win over "{}" so "/wholesale/customers/validate" is not taken for an ID.
    int bestScore = -1;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size()) {
            continue;
        }
        int score = 0;
        bool matches = true;
        std::vector<std::string> params;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            if (route.segments[i] == "{}") {
                params.push_back(segments[i]);
            } else if (route.segments[i] == segments[i]) {
                score += 1;
            } else {
                matches = false;
                break;
            }
        }
        if (!matches) {
            continue;
        }
        if (route.method != method) {
            const QString name = QString::fromLatin1(ApiRequest::methodName(route.method));
            if (!result.allowedMethods.contains(name)) {
                result.allowedMethods.append(name);
            }
            continue;
        }
        if (score > bestScore) {
            bestScore = score;
            result.route = &route;
            result.params = std::move(params);
        }
    }
    return result;
}

} // namespace onboarder::sandbox
