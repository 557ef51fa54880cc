#pragma once

#include <QNetworkProxy>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace onboarder::api {

// The network managers of one session, so that many requests can be on the wire at once. Over HTTP/1.1 Qt 6.4 opens
// at most six connections to a host per QNetworkAccessManager (a setting for that comes only with Qt 6.5) and queues
// the rest inside, unseen, while their time runs. So each request goes to the least busy manager, and one more,
// built alike, is made when every manager has six in flight, up to a bound.
class NetworkPool : public QObject
{
    Q_OBJECT

public:
    // What Qt's HTTP/1.1 backend sends at once to one host through one manager.
    static constexpr int kConnectionsPerManager = 6;
    // Builds a manager as every manager of the pool must be (TLS settings and the like); the pool sets the proxy.
    using ManagerFactory = std::function<QNetworkAccessManager*(QObject* parent)>;

    NetworkPool(ManagerFactory makeManager, int maxManagers, QObject* parent = nullptr);
    ~NetworkPool() override;

    // The first manager, there from the start; code that sends on a manager itself (the OAuth token flow) uses it.
    QNetworkAccessManager* primary() const;
    // Sends on the least busy manager and counts the reply as in flight on it until it finishes or is deleted.
    QNetworkReply* send(const QNetworkRequest& request, const QByteArray& method, const QByteArray& body);
    // Applies to every manager, those made later too. Without it each manager uses the application's proxy settings.
    void setProxy(const QNetworkProxy& proxy);

    int managerCount() const;
    int maxManagers() const;
    // Replies sent through send() and not yet finished, on all managers.
    int inFlight() const;

private:
    struct Member
    {
        QNetworkAccessManager* manager = nullptr;
        int inFlight = 0;
    };

    // Index of the manager to send on next; makes one when all carry their six and the bound allows.
    std::size_t leastBusy();
    std::size_t addManager();

    ManagerFactory m_makeManager;
    int m_maxManagers;
    std::vector<Member> m_members;
    std::optional<QNetworkProxy> m_proxy;
};

} // namespace onboarder::api
