#include "sandbox/FaultInjector.h"

#include <algorithm>
#include <cmath>

namespace onboarder::sandbox {

FaultInjector::FaultInjector(double ratePerSecond, double failRate, std::optional<quint32> seed, double loseAnswerRate)
    : m_rate(ratePerSecond)
    , m_failRate(failRate)
    , m_loseAnswerRate(loseAnswerRate)
    , m_tokens(ratePerSecond)
    , m_random(seed ? *seed : QRandomGenerator::system()->generate())
{
    m_clock.start();
    m_lastRefillNs = m_clock.nsecsElapsed();
}

std::optional<FaultInjector::Fault> FaultInjector::rateLimit()
{
    if (m_rate <= 0) {
        return std::nullopt;
    }
    // The bucket holds one second's worth of requests, so a burst of N/s passes and the next one waits.
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = std::min(m_rate, m_tokens + (now - m_lastRefillNs) / 1e9 * m_rate);
    m_lastRefillNs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return std::nullopt;
    }
    const double waitSecs = (1.0 - m_tokens) / m_rate;
    return Fault { 429, std::max(1, static_cast<int>(std::ceil(waitSecs))) };
}

std::optional<FaultInjector::Fault> FaultInjector::randomFailure()
{
    if (m_failRate <= 0) {
        return std::nullopt;
    }
    if (m_random.generateDouble() >= m_failRate) {
        return std::nullopt;
    }
    if (m_random.bounded(2) == 0) {
        return Fault { 502, 0 };
    }
    return Fault { 503, 1 };
}

std::optional<FaultInjector::Fault> FaultInjector::lostAnswer()
{
    // No draw when off, so a --fail-seed gives the same 502/503 sequence with or without this option.
    if (m_loseAnswerRate <= 0) {
        return std::nullopt;
    }
    if (m_random.generateDouble() >= m_loseAnswerRate) {
        return std::nullopt;
    }
    // What a gateway answers when the server behind it acted but its answer did not come through.
    return Fault { m_random.bounded(2) == 0 ? 502 : 504, 0 };
}

} // namespace onboarder::sandbox
