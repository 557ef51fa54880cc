#pragma once

#include <QByteArray>

#include <chrono>
#include <functional>

namespace onboarder::api {

// Decides whether and when a failed request is sent again. Only reads (GET/HEAD) are retried after transport errors
// and the statuses ApiError calls transient (500, 502, 503, 504), with capped exponential backoff and jitter; writes
// are never retried blindly because the server may already have acted on them. 429 is handled by RateLimitGate for
// every method, since the server did not act.
class RetryPolicy
{
public:
    using Milliseconds = std::chrono::milliseconds;

    struct Decision
    {
        bool retry = false;
        Milliseconds delay { 0 };
    };

    RetryPolicy();

    void setMaxAttempts(int attempts);
    int maxAttempts() const;
    void setBaseDelay(Milliseconds delay);
    void setMaxDelay(Milliseconds delay);
    // Source of jitter in [0, 1); replaceable so tests get repeatable delays.
    void setRandomSource(std::function<double()> random);

    static bool isIdempotent(const QByteArray& method);
    static bool isRetryableStatus(int httpStatus);

    // attempt is the number of the attempt that just failed, starting at 1.
    Decision afterTransportError(const QByteArray& method, int attempt) const;
    Decision afterHttpStatus(const QByteArray& method, int httpStatus, int attempt) const;
    // Exponential backoff capped at maxDelay, spread over [delay/2, delay] by the jitter.
    Milliseconds backoff(int attempt) const;

private:
    Decision decide(bool retryable, int attempt) const;

    int m_maxAttempts = 4;
    Milliseconds m_baseDelay { 500 };
    Milliseconds m_maxDelay { 30000 };
    std::function<double()> m_random;
};

} // namespace onboarder::api
