#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace onboarder::testsupport {

// A minimal HTTP/1.1 server on loopback that holds every request unanswered until the test answers them, so a test
// sees how many requests and connections a client has on the wire at the same time. It answers 200 with "{}" and
// keeps connections open; it also serves as an HTTP proxy (a proxied request names the whole URL in its first line).
class HoldingHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HoldingHttpServer(QObject* parent = nullptr);

    bool listen();
    quint16 port() const;
    QUrl url(const QString& path) const;

    // Requests read in full and not yet answered; the most there were at once.
    int pending() const;
    int mostPending() const;
    int openConnections() const;
    int mostOpenConnections() const;
    // The target of every request read so far, as its first line gave it: "/v1/x", or "http://host:port/v1/x" when
    // it came through this server as a proxy.
    QList<QByteArray> targets() const;

    void answerAll();

private:
    void accept();
    void read(QTcpSocket* socket);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QTcpSocket*> m_waiting; // one entry per request held, in the order read
    QList<QByteArray> m_targets;
    int m_mostPending = 0;
    int m_mostOpen = 0;
};

} // namespace onboarder::testsupport
