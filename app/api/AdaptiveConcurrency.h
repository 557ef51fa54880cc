#pragma once

#include <QObject>

#include <chrono>
#include <limits>
#include <optional>

namespace onboarder::api {

// How many requests a bulk run keeps in flight on one profile. It grows while answers come back about as fast as the
// fastest seen (one more per round of answers), so a slow but unloaded server gets many requests at once; it halves
// on a 429 (the server said too many) and when recent answers take on average more than slowFactor times the fastest
// (the server is queueing them), at most once per round, so one burst does not collapse it. One per ApiSession: every
// run of the profile, in the window and on the command line, shares what it learned.
class AdaptiveConcurrency : public QObject
{
    Q_OBJECT

public:
    using Milliseconds = std::chrono::milliseconds;

    struct Settings
    {
        int initial = 4;
        int minimum = 1;
        int maximum = 32;
        double slowFactor = 3.0;
    };

    explicit AdaptiveConcurrency(QObject* parent = nullptr);
    explicit AdaptiveConcurrency(const Settings& settings, QObject* parent = nullptr);

    // Requests to keep in flight now.
    int limit() const;
    // The highest limit reached since the last reset, for reports and benchmarks.
    int highestLimit() const;
    Settings settings() const;

    // An answer (success or failure, not 429) that was this long on the wire, from its attempt's sending.
    void answered(Milliseconds latency);
    // The server answered 429 Too Many Requests.
    void rateLimited();
    void reset();

signals:
    void limitChanged(int limit);

private:
    void decrease();
    void setLimit(double limit);

    Settings m_settings;
    double m_limit;
    int m_highest;
    std::optional<Milliseconds> m_fastest;
    double m_recent = -1; // moving average of recent answers' times in ms; -1 before the first
    // Answers since the limit last went down; the first congestion signal always counts.
    int m_answersSinceDecrease = std::numeric_limits<int>::max() / 2;
    int m_roundAfterDecrease = 0;
};

} // namespace onboarder::api
