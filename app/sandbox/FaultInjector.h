#pragma once

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <optional>

namespace onboarder::sandbox {

// The faults a client must survive, on demand: a token-bucket rate limit (429 + Retry-After), random 502/503
// answers before the request is carried out, and answers lost after it was carried out (a 502/504 in place of
// the real answer), all repeatable with one seed. Used on the server thread only.
class FaultInjector
{
public:
    struct Fault
    {
        int status = 0;
        int retryAfterSecs = 0; // 0: no Retry-After header
    };

    FaultInjector(double ratePerSecond, double failRate, std::optional<quint32> seed, double loseAnswerRate = 0);

    // Decides the fate of one request; nullopt lets it through.
    std::optional<Fault> rateLimit();
    std::optional<Fault> randomFailure();
    // Asked after a request took effect: a fault replaces its answer, so the client cannot tell whether it did.
    std::optional<Fault> lostAnswer();

private:
    double m_rate;
    double m_failRate;
    double m_loseAnswerRate;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefillNs = 0;
    QRandomGenerator m_random;
};

} // namespace onboarder::sandbox
