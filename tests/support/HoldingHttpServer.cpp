#include "HoldingHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

namespace onboarder::testsupport {

HoldingHttpServer::HoldingHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HoldingHttpServer::accept);
}

bool HoldingHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

quint16 HoldingHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl HoldingHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

int HoldingHttpServer::pending() const
{
    return static_cast<int>(m_waiting.size());
}

int HoldingHttpServer::mostPending() const
{
    return m_mostPending;
}

int HoldingHttpServer::openConnections() const
{
    return static_cast<int>(m_buffers.size());
}

int HoldingHttpServer::mostOpenConnections() const
{
    return m_mostOpen;
}

QList<QByteArray> HoldingHttpServer::targets() const
{
    return m_targets;
}

void HoldingHttpServer::answerAll()
{
    static const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    const QList<QTcpSocket*> waiting = std::exchange(m_waiting, {});
    for (QTcpSocket* socket : waiting) {
        // A socket the client closed meanwhile is gone from the buffers and deleted later: nothing to answer.
        if (m_buffers.contains(socket)) {
            socket->write(answer);
        }
    }
}

void HoldingHttpServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        m_mostOpen = std::max(m_mostOpen, openConnections());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_waiting.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void HoldingHttpServer::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Every request read in full is held; a body is as long as its Content-Length says.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        qsizetype bodyLength = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("content-length:")) {
                bodyLength = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
        }
        const qsizetype requestLength = headerEnd + 4 + bodyLength;
        if (buffer.size() < requestLength) {
            return;
        }
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_targets.append(requestLine.value(1));
        buffer.remove(0, requestLength);
        m_waiting.append(socket);
        m_mostPending = std::max(m_mostPending, pending());
    }
}

} // namespace onboarder::testsupport
