#include "sandbox/SandboxThread.h"

#include "sandbox/SandboxServer.h"

#include <QThread>

namespace onboarder::sandbox {

SandboxThread::SandboxThread(QObject* parent)
    : QObject(parent)
{
}

SandboxThread::~SandboxThread()
{
    stop();
}

void SandboxThread::start(const SandboxOptions& options)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("onboarder-sandbox"));
    m_server = new SandboxServer(options);
    m_token = m_server->token();
    m_server->moveToThread(m_thread);
    // The server (and its SQLite connection) must die on the thread that used it.
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    SandboxServer* server = m_server;
    connect(
        server, &SandboxServer::started, this, [this, server](const QUrl& url) { emit started(url, server->token()); });
    connect(server, &SandboxServer::failed, this, &SandboxThread::failed);
    m_thread->start();
    QMetaObject::invokeMethod(
        server, [server] { server->start(); }, Qt::QueuedConnection);
}

void SandboxThread::stop()
{
    if (!m_thread) {
        return;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
}

bool SandboxThread::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl SandboxThread::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString SandboxThread::token() const
{
    return m_server ? m_token : QString();
}

QString SandboxThread::mintToken(const QStringList& scopes, qint64 lifetimeSecs) const
{
    return m_server ? m_server->mintToken(scopes, lifetimeSecs) : QString();
}

} // namespace onboarder::sandbox
