#pragma once

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <optional>

namespace onboarder::sandbox {

// The faults a client must survive, on demand: a token-bucket rate limit (429 + Retry-After) and random
// 502/503 answers, repeatable with a seed. Used on the server thread only.
class FaultInjector
{
public:
    struct Fault
    {
        int status = 0;
        int retryAfterSecs = 0; // 0: no Retry-After header
    };

    FaultInjector(double ratePerSecond, double failRate, std::optional<quint32> seed);

    // Decides the fate of one request; nullopt lets it through.
    std::optional<Fault> rateLimit();
    std::optional<Fault> randomFailure();

private:
    double m_rate;
    double m_failRate;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefillNs = 0;
    QRandomGenerator m_random;
};

} // namespace onboarder::sandbox
