#include "api/RateLimitGate.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace onboarder::api {

namespace {

int secondsRoundedUp(std::chrono::milliseconds duration)
{
    return static_cast<int>((duration.count() + 999) / 1000);
}

} // namespace

RateLimitGate::RateLimitGate(QObject* parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RateLimitGate::tick);
}

void RateLimitGate::setMaxPause(Milliseconds pause)
{
    m_maxPause = pause;
}

void RateLimitGate::setDefaultPause(Milliseconds pause)
{
    m_defaultPause = pause;
}

RateLimitGate::Milliseconds RateLimitGate::pauseFor(const QByteArray& retryAfterHeader, const QDateTime& now) const
{
    const QByteArray value = retryAfterHeader.trimmed();
    if (value.isEmpty()) {
        return std::min(m_defaultPause, m_maxPause);
    }
    bool isNumber = false;
    const double seconds = value.toDouble(&isNumber);
    Milliseconds pause = m_defaultPause;
    if (isNumber && std::isfinite(seconds)) {
        pause = Milliseconds(static_cast<long long>(std::max(0.0, std::min(seconds, 86400.0)) * 1000.0));
    } else {
        // An HTTP date such as "Wed, 21 Oct 2026 07:28:00 GMT".
        QDateTime until
            = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (until.isValid()) {
            until.setTimeSpec(Qt::UTC);
            pause = Milliseconds(std::max<qint64>(0, now.msecsTo(until)));
        }
    }
    return std::min(pause, m_maxPause);
}

void RateLimitGate::pause(Milliseconds pause)
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(pause.count());
    if (m_pausedUntil.isValid() && m_pausedUntil >= until) {
        return;
    }
    const bool wasPaused = isPaused();
    m_pausedUntil = until;
    if (!wasPaused) {
        m_ticker.start();
        emit paused(secondsRoundedUp(remaining()));
    } else {
        emit countdown(secondsRoundedUp(remaining()));
    }
}

RateLimitGate::Milliseconds RateLimitGate::remaining() const
{
    if (!m_pausedUntil.isValid()) {
        return Milliseconds(0);
    }
    return Milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil)));
}

bool RateLimitGate::isPaused() const
{
    return remaining().count() > 0;
}

void RateLimitGate::tick()
{
    const auto left = remaining();
    if (left.count() > 0) {
        emit countdown(secondsRoundedUp(left));
        return;
    }
    m_ticker.stop();
    m_pausedUntil = QDateTime();
    emit resumed();
}

} // namespace onboarder::api
