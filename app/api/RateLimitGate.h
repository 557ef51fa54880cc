#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace onboarder::api {

// The pause a 429 imposes, shared by every request of one profile: when the server says "Retry-After: 30", no request
// of that profile is sent for 30 seconds, so parallel work slows down together instead of hammering the server.
// While paused it ticks once a second so the UI can show a countdown.
class RateLimitGate : public QObject
{
    Q_OBJECT

public:
    using Milliseconds = std::chrono::milliseconds;

    explicit RateLimitGate(QObject* parent = nullptr);

    // Longest pause accepted from one Retry-After, and the pause used when a 429 carries none.
    void setMaxPause(Milliseconds pause);
    void setDefaultPause(Milliseconds pause);

    // Parses a Retry-After value (delta seconds or an HTTP date) into a pause, capped and defaulted.
    Milliseconds pauseFor(const QByteArray& retryAfterHeader,
                          const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Holds every request back for at least the given pause; a shorter pause never shortens a running one.
    void pause(Milliseconds pause);
    // Time left before requests may be sent again; zero when open.
    Milliseconds remaining() const;
    bool isPaused() const;

signals:
    void paused(int secondsRemaining);
    void countdown(int secondsRemaining);
    void resumed();

private:
    void tick();

    Milliseconds m_maxPause { std::chrono::seconds(120) };
    Milliseconds m_defaultPause { std::chrono::seconds(5) };
    QDateTime m_pausedUntil;
    QTimer m_ticker;
};

} // namespace onboarder::api
