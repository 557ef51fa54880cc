#include "api/AdaptiveConcurrency.h"

#include <algorithm>
#include <cmath>

namespace onboarder::api {

AdaptiveConcurrency::AdaptiveConcurrency(QObject* parent)
    : AdaptiveConcurrency(Settings {}, parent)
{
}

AdaptiveConcurrency::AdaptiveConcurrency(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_limit(std::clamp(settings.initial, settings.minimum, settings.maximum))
    , m_highest(static_cast<int>(m_limit))
{
}

int AdaptiveConcurrency::limit() const
{
    // A round's increments add up to one; let rounding error not take it away.
    return static_cast<int>(std::floor(m_limit + 1e-9));
}

int AdaptiveConcurrency::highestLimit() const
{
    return m_highest;
}

AdaptiveConcurrency::Settings AdaptiveConcurrency::settings() const
{
    return m_settings;
}

void AdaptiveConcurrency::answered(Milliseconds latency)
{
    ++m_answersSinceDecrease;
    // The fastest answer seen stands for the server's own time; a zero would make every later answer look slow.
    const Milliseconds sample = std::max(latency, Milliseconds(1));
    if (!m_fastest || sample < *m_fastest) {
        m_fastest = sample;
    }
    // The recent answers on average, so that one answer held up on a busy machine does not count as congestion.
    m_recent = m_recent < 0 ? static_cast<double>(sample.count())
                            : 0.8 * m_recent + 0.2 * static_cast<double>(sample.count());
    if (m_recent > m_settings.slowFactor * static_cast<double>(m_fastest->count())) {
        decrease();
        return;
    }
    // One more in flight per round of answers (a round: as many answers as are in flight).
    setLimit(m_limit + 1.0 / limit());
}

void AdaptiveConcurrency::rateLimited()
{
    decrease();
}

void AdaptiveConcurrency::reset()
{
    m_fastest.reset();
    m_recent = -1;
    m_answersSinceDecrease = std::numeric_limits<int>::max() / 2;
    m_highest = std::clamp(m_settings.initial, m_settings.minimum, m_settings.maximum);
    setLimit(m_highest);
}

void AdaptiveConcurrency::decrease()
{
    // The answers of one round (what was in flight when it last went down) all tell of the same congestion: halve
    // once for them.
    if (m_answersSinceDecrease < m_roundAfterDecrease) {
        return;
    }
    m_answersSinceDecrease = 0;
    setLimit(m_limit / 2.0);
    m_roundAfterDecrease = limit();
}

void AdaptiveConcurrency::setLimit(double limit)
{
    const int before = this->limit();
    m_limit = std::clamp(limit, static_cast<double>(m_settings.minimum), static_cast<double>(m_settings.maximum));
    m_highest = std::max(m_highest, this->limit());
    if (this->limit() != before) {
        emit limitChanged(this->limit());
    }
}

} // namespace onboarder::api
