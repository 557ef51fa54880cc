#include "api/RetryPolicy.h"

#include "api/ApiError.h"

#include <QRandomGenerator>

#include <algorithm>

namespace onboarder::api {

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

void RetryPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

int RetryPolicy::maxAttempts() const
{
    return m_maxAttempts;
}

void RetryPolicy::setBaseDelay(Milliseconds delay)
{
    m_baseDelay = delay;
}

void RetryPolicy::setMaxDelay(Milliseconds delay)
{
    m_maxDelay = delay;
}

void RetryPolicy::setRandomSource(std::function<double()> random)
{
    m_random = std::move(random);
}

bool RetryPolicy::isIdempotent(const QByteArray& method)
{
    return method == "GET" || method == "HEAD";
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    // 429 is RateLimitGate's: it waits as long as the server asked, for every method.
    return httpStatus != 429 && ApiError::isTransientStatus(httpStatus);
}

RetryPolicy::Decision RetryPolicy::afterTransportError(const QByteArray& method, int attempt) const
{
    return decide(isIdempotent(method), attempt);
}

RetryPolicy::Decision RetryPolicy::afterHttpStatus(const QByteArray& method, int httpStatus, int attempt) const
{
    return decide(isIdempotent(method) && isRetryableStatus(httpStatus), attempt);
}

RetryPolicy::Milliseconds RetryPolicy::backoff(int attempt) const
{
    const int doublings = std::clamp(attempt - 1, 0, 20);
    const auto uncapped = m_baseDelay.count() * (1LL << doublings);
    const auto capped = std::min<long long>(uncapped, m_maxDelay.count());
    const double jitter = std::clamp(m_random ? m_random() : 0.5, 0.0, 1.0);
    return Milliseconds(static_cast<long long>(capped * (0.5 + jitter / 2.0)));
}

RetryPolicy::Decision RetryPolicy::decide(bool retryable, int attempt) const
{
    if (!retryable || attempt >= m_maxAttempts) {
        return {};
    }
    return { true, backoff(attempt) };
}

} // namespace onboarder::api
