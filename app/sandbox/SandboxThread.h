#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QThread;

namespace onboarder::sandbox {

class SandboxServer;

// Runs a SandboxServer on a QThread of its own, so the GUI and tests keep their event loop free while it seeds
// and serves. start() returns at once; started() follows when the server listens (queued to this object's thread).
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(QObject* parent = nullptr);
    ~SandboxThread() override;

    void start(const SandboxOptions& options);
    // Stops the server and joins its thread (short: it only closes sockets and the database).
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const;
    QString token() const; // known as soon as start() returns
    QString mintToken(const QStringList& scopes, qint64 lifetimeSecs = 3600) const;

signals:
    void started(const QUrl& baseUrl, const QString& token);
    void failed(const QString& error);

private:
    QThread* m_thread = nullptr;
    SandboxServer* m_server = nullptr; // lives on m_thread
    QString m_token;
};

} // namespace onboarder::sandbox
