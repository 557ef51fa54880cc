#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace onboarder::api {

// The pace at which one profile's requests are sent once its server has rate-limited them. A 429 says the limit was
// reached, not what it is: the pace is learned from the answers between two 429 pauses (what the server let through
// in that time, the pause included, is its rate; for a first 429, the answers of the last second), and requests are
// then sent one by one at that rate instead of in bursts that each end in 429s for every request in flight and another
// pause. The pace grows by half every second without a 429, so an estimate taken while little was sent, or a limit
// since lifted, holds nothing back for long, and a minute without a 429 ends the pacing. Before the first 429 nothing
// is paced.
class RequestPacer
{
public:
    using Milliseconds = std::chrono::milliseconds;
    // Milliseconds on a monotonic clock; the steady clock unless a test sets its own.
    using Clock = std::function<double()>;

    explicit RequestPacer(Clock clock = {});

    // A request is about to be sent: the time it waits for its turn, zero when unpaced. The turn is its own.
    Milliseconds reserve();
    // A request was answered with anything but 429.
    void answered();
    // The server answered 429 and no request goes out for `pause` from now: the rate is learned anew and the turns
    // restart when the pause ends.
    void rateLimited(Milliseconds pause);
    // Requests per second now, or nothing while unpaced.
    std::optional<double> rate();

    static constexpr double kGrowthPerSecond = 1.5;
    static constexpr Milliseconds kPacedFor { std::chrono::minutes(1) };

private:
    double now() const;
    void forgetAnswersBefore(double ms);
    void stopPacing();

    Clock m_clock;
    std::deque<double> m_lastSecondsAnswers; // when each answer of the last second came
    int m_answersSinceLimited = 0;
    std::optional<double> m_learnedRate;
    double m_learnedAtMs = 0; // when the learned rate starts to apply: the end of the pause
    double m_lastLimitedMs = 0;
    double m_nextTurnMs = 0;
};

} // namespace onboarder::api
