#include "api/RequestPacer.h"

#include <algorithm>
#include <cmath>

namespace onboarder::api {

namespace {

double steadyMilliseconds()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The answers before a first 429 are counted over the last second: a server's bucket commonly holds a second of its
// rate, and a longer look back would count time the profile sent nothing.
constexpr double kFirstWindowMs = 1000.0;
// A pace grown this far past what was learned has stopped holding anything back (the profile sent little for a few
// seconds), so the answers since the last 429 no longer tell the server's rate: a new 429 is taken as a first.
constexpr double kOutgrown = 8.0;
// Below this the server is as good as closed; pacing slower would only make a lifted limit take longer to find.
constexpr double kSlowestRate = 0.5;

} // namespace

RequestPacer::RequestPacer(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock(steadyMilliseconds))
{
}

double RequestPacer::now() const
{
    return m_clock();
}

RequestPacer::Milliseconds RequestPacer::reserve()
{
    const std::optional<double> perSecond = rate();
    if (!perSecond) {
        return Milliseconds(0);
    }
    const double at = now();
    const double turn = std::max(at, m_nextTurnMs);
    m_nextTurnMs = turn + 1000.0 / *perSecond;
    return Milliseconds(static_cast<long long>(std::ceil(turn - at)));
}

void RequestPacer::answered()
{
    const double at = now();
    forgetAnswersBefore(at - kFirstWindowMs);
    m_lastSecondsAnswers.push_back(at);
    ++m_answersSinceLimited;
}

void RequestPacer::rateLimited(Milliseconds pause)
{
    const double at = now();
    forgetAnswersBefore(at - kFirstWindowMs);
    const std::optional<double> pacedAt = rate();
    double learned = 0;
    if (m_learnedRate && pacedAt && *pacedAt <= kOutgrown * *m_learnedRate) {
        // What the server let through since its last 429, that pause included (never shorter than a millisecond).
        learned = m_answersSinceLimited * 1000.0 / std::max(1.0, at - m_lastLimitedMs);
    } else {
        learned = static_cast<double>(m_lastSecondsAnswers.size()) * 1000.0 / kFirstWindowMs;
    }
    m_learnedRate = std::max(kSlowestRate, learned);
    m_learnedAtMs = at + static_cast<double>(pause.count());
    m_nextTurnMs = m_learnedAtMs;
    m_lastLimitedMs = at;
    m_answersSinceLimited = 0;
}

std::optional<double> RequestPacer::rate()
{
    if (!m_learnedRate) {
        return std::nullopt;
    }
    const double at = now();
    if (at - m_lastLimitedMs > static_cast<double>(kPacedFor.count())) {
        stopPacing();
        return std::nullopt;
    }
    const double grownFor = std::max(0.0, at - m_learnedAtMs) / 1000.0;
    return *m_learnedRate * std::pow(kGrowthPerSecond, grownFor);
}

void RequestPacer::forgetAnswersBefore(double ms)
{
    while (!m_lastSecondsAnswers.empty() && m_lastSecondsAnswers.front() < ms) {
        m_lastSecondsAnswers.pop_front();
    }
}

void RequestPacer::stopPacing()
{
    m_learnedRate.reset();
    m_nextTurnMs = 0;
}

} // namespace onboarder::api
