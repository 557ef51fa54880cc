#include "api/NetworkPool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <memory>
#include <utility>

namespace onboarder::api {

NetworkPool::NetworkPool(ManagerFactory makeManager, int maxManagers, QObject* parent)
    : QObject(parent)
    , m_makeManager(std::move(makeManager))
    , m_maxManagers(std::max(1, maxManagers))
{
    addManager();
}

NetworkPool::~NetworkPool()
{
    // Deleted here, not by QObject after the members are gone: a reply deleted with its manager still counts itself
    // out.
    for (Member& member : m_members) {
        delete member.manager;
        member.manager = nullptr;
    }
}

QNetworkAccessManager* NetworkPool::primary() const
{
    return m_members.front().manager;
}

QNetworkReply* NetworkPool::send(const QNetworkRequest& request, const QByteArray& method, const QByteArray& body)
{
    const std::size_t index = leastBusy();
    QNetworkReply* reply = m_members[index].manager->sendCustomRequest(request, method, body);
    ++m_members[index].inFlight;
    // A reply ends with finished(), also when aborted; one deleted before it finished still ends, once.
    auto counted = std::make_shared<bool>(true);
    auto release = [this, index, counted] {
        if (*counted) {
            *counted = false;
            --m_members[index].inFlight;
        }
    };
    connect(reply, &QNetworkReply::finished, this, release);
    connect(reply, &QObject::destroyed, this, release);
    return reply;
}

void NetworkPool::setProxy(const QNetworkProxy& proxy)
{
    m_proxy = proxy;
    for (const Member& member : m_members) {
        member.manager->setProxy(proxy);
    }
}

int NetworkPool::managerCount() const
{
    return static_cast<int>(m_members.size());
}

int NetworkPool::maxManagers() const
{
    return m_maxManagers;
}

int NetworkPool::inFlight() const
{
    int total = 0;
    for (const Member& member : m_members) {
        total += member.inFlight;
    }
    return total;
}

std::size_t NetworkPool::leastBusy()
{
    // The first of the least busy, so that a few requests at a time all take the first manager's warm connections.
    const auto least = std::min_element(
        m_members.begin(), m_members.end(), [](const Member& a, const Member& b) { return a.inFlight < b.inFlight; });
    if (least->inFlight >= kConnectionsPerManager && managerCount() < m_maxManagers) {
        return addManager();
    }
    return static_cast<std::size_t>(least - m_members.begin());
}

std::size_t NetworkPool::addManager()
{
    Member member;
    member.manager = m_makeManager(this);
    if (m_proxy) {
        member.manager->setProxy(*m_proxy);
    }
    m_members.push_back(member);
    return m_members.size() - 1;
}

} // namespace onboarder::api
