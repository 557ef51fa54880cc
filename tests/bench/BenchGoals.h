// What a benchmark measured next to the goal set for it (the performance issue's table), printed as a table and
// written into the benchmark's JSON under "goals", from where scripts/bench.sh gathers every benchmark's lines into
// one summary. A goal is either an upper bound (times, ratios, memory) or a lower bound (rates).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <vector>

namespace onboarder::bench {

class BenchGoals
{
public:
    explicit BenchGoals(QString benchmark)
        : m_benchmark(std::move(benchmark))
    {
    }

    // value must stay at or under goal; unit is printed after both ("ms", "MiB", "×").
    void atMost(const QString& measure, double value, double goal, const QString& unit, int decimals = 1)
    {
        add(measure, value, goal, unit, decimals, value <= goal, QStringLiteral("≤"));
    }

    // value must reach goal (a rate).
    void atLeast(const QString& measure, double value, double goal, const QString& unit, int decimals = 0)
    {
        add(measure, value, goal, unit, decimals, value >= goal, QStringLiteral("≥"));
    }

    bool allMet() const
    {
        for (const Line& line : m_lines) {
            if (!line.met)
                return false;
        }
        return true;
    }

    void print() const
    {
        std::printf("\nAgainst the goals (%s)\n", qPrintable(m_benchmark));
        std::printf("%-58s %16s %16s  %s\n", "measure", "value", "goal", "met");
        for (const Line& line : m_lines) {
            std::printf("%-58s %16s %16s  %s\n",
                        qPrintable(line.measure),
                        qPrintable(line.value),
                        qPrintable(line.goal),
                        line.met ? "yes" : "NO");
        }
    }

    QJsonArray toJson() const
    {
        QJsonArray lines;
        for (const Line& line : m_lines) {
            lines.append(QJsonObject { { QStringLiteral("benchmark"), m_benchmark },
                                       { QStringLiteral("measure"), line.measure },
                                       { QStringLiteral("value"), line.value },
                                       { QStringLiteral("goal"), line.goal },
                                       { QStringLiteral("met"), line.met } });
        }
        return lines;
    }

private:
    struct Line
    {
        QString measure;
        QString value;
        QString goal;
        bool met = false;
    };

    void add(const QString& measure,
             double value,
             double goal,
             const QString& unit,
             int decimals,
             bool met,
             const QString& relation)
    {
        const QString suffix = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
        m_lines.push_back(Line { measure,
                                 QString::number(value, 'f', decimals) + suffix,
                                 relation + QLatin1Char(' ') + QString::number(goal, 'f', decimals) + suffix,
                                 met });
    }

    QString m_benchmark;
    std::vector<Line> m_lines;
};

} // namespace onboarder::bench
