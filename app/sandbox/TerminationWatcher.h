#pragma once

#include <QObject>

class QSocketNotifier;

namespace onboarder::sandbox {

// Turns SIGINT and SIGTERM into a normal event-loop exit, so the stand-alone sandbox closes its database cleanly
// (state is already safe: every write goes straight to SQLite). Uses the self-pipe pattern Qt documents for Unix
// signals, since only async-signal-safe calls are allowed in the handler.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject* parent = nullptr);
    ~TerminationWatcher() override;

    bool isActive() const;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace onboarder::sandbox
