// Startup of the application: time from process start to the first window showing its first list of data (the demo
// sandbox's customers answered and painted in the customers view), and to its first paint, each next to
// bench_MinimalWindow (a bare Qt Widgets window from the same build becoming visible) as a ratio; and the peak
// resident memory (VmHWM) at the first data. Each run is a first start in fresh XDG folders; the two programs
// alternate so that a busy machine affects both alike. The clock starts in this launcher just before the process is
// started and stops at the CLOCK_MONOTONIC stamps the child prints (app/gui/FirstPaintReport.h). A start that fails
// (no first paint, no first data, a crash) fails the benchmark.
//   bench_Startup --app PATH --baseline PATH [--runs N] [--quick] [--json FILE]
#include "BenchGoals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

namespace {

// The goals of the performance issue: the first window with its data within 1.3 × a bare window becoming visible.
constexpr double kRatioGoal = 1.3;
// Memory has no goal of its own: no more than before this benchmark waited for the data (1.60 × at the first paint).
constexpr double kMemoryRatioGoal = 1.6;

struct Sample
{
    double firstPaintMs = 0;
    std::optional<double> firstDataMs;
    int rows = 0; // rows the first data showed
    double peakMemoryMb = 0; // at the last of the two
};

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

struct Report
{
    qint64 ns = 0;
    qint64 hwmKb = 0;
    int rows = 0;
};

// "onboarder-first-paint monotonic-ns=… vmhwm-kb=…" (and rows=… on the first-data line).
std::optional<Report> findReport(const QByteArray& output, const QByteArray& tag)
{
    for (const QByteArray& line : output.split('\n')) {
        if (!line.startsWith(tag + ' ')) {
            continue;
        }
        Report report;
        for (const QByteArray& field : line.split(' ')) {
            if (field.startsWith("monotonic-ns=")) {
                report.ns = field.mid(13).toLongLong();
            } else if (field.startsWith("vmhwm-kb=")) {
                report.hwmKb = field.mid(9).toLongLong();
            } else if (field.startsWith("rows=")) {
                report.rows = field.mid(5).toInt();
            }
        }
        return report;
    }
    return std::nullopt;
}

std::optional<Sample> runOnce(const QString& program, bool needsData, QString* error)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* variable : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" }) {
        env.insert(QString::fromLatin1(variable), home.filePath(QString::fromLatin1(variable).toLower()));
    }
    env.insert(QStringLiteral("ONBOARDER_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 startedNs = monotonicNs();
    process.start(program, {});
    if (!process.waitForStarted(30000)) {
        *error = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish within a minute").arg(program);
        return std::nullopt;
    }
    const QByteArray err = process.readAllStandardError();
    const auto paint = findReport(err, "onboarder-first-paint");
    const auto data = findReport(err, "onboarder-first-data");
    const bool crashed = process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0;
    if (!paint || (needsData && !data) || crashed) {
        *error = QStringLiteral("%1 failed to start (%2, exit code %3): %4")
                     .arg(program,
                          !paint                   ? QStringLiteral("no first paint")
                              : !data && needsData ? QStringLiteral("no first data")
                                                   : QStringLiteral("it did not end cleanly"))
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(err.right(2000)));
        return std::nullopt;
    }
    Sample sample;
    sample.firstPaintMs = (paint->ns - startedNs) / 1e6;
    sample.peakMemoryMb = paint->hwmKb / 1024.0;
    if (data) {
        sample.firstDataMs = (data->ns - startedNs) / 1e6;
        sample.rows = data->rows;
        sample.peakMemoryMb = std::max(paint->hwmKb, data->hwmKb) / 1024.0;
    }
    return sample;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QJsonArray toArray(const std::vector<double>& values)
{
    QJsonArray array;
    for (double v : values) {
        array.append(v);
    }
    return array;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption appOption(
        QStringLiteral("app"), QStringLiteral("The onboarder executable."), QStringLiteral("PATH"));
    const QCommandLineOption baselineOption(
        QStringLiteral("baseline"), QStringLiteral("The bench_MinimalWindow executable."), QStringLiteral("PATH"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs of each program."), QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("3 runs of each program."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("JSON result file."),
                                        QStringLiteral("FILE"),
                                        QStringLiteral("bench_Startup.json"));
    parser.addOptions({ appOption, baselineOption, runsOption, quickOption, jsonOption });
    parser.process(app);
    if (!parser.isSet(appOption) || !parser.isSet(baselineOption)) {
        std::fprintf(stderr, "bench_Startup: --app and --baseline are required\n");
        return 2;
    }
    const int runs = parser.isSet(quickOption) ? 3 : std::max(1, parser.value(runsOption).toInt());
    enum { App, Bare };
    const QString programs[2] = { parser.value(appOption), parser.value(baselineOption) };

    std::vector<double> paint[2];
    std::vector<double> memory[2];
    std::vector<double> data; // the application's only: the bare window's table is filled before it shows
    int rows = 0;
    // One unmeasured run of each first, so both start with warm file caches.
    for (int i = -1; i < runs; ++i) {
        for (int p : { App, Bare }) {
            QString error;
            const auto sample = runOnce(programs[p], p == App, &error);
            if (!sample) {
                std::fprintf(stderr, "bench_Startup: %s\n", qPrintable(error));
                return 1;
            }
            if (i < 0) {
                continue;
            }
            paint[p].push_back(sample->firstPaintMs);
            memory[p].push_back(sample->peakMemoryMb);
            if (p == App) {
                data.push_back(*sample->firstDataMs);
                rows = sample->rows;
            }
        }
    }

    const double paintMedian[2] = { median(paint[App]), median(paint[Bare]) };
    const double memoryMedian[2] = { median(memory[App]), median(memory[Bare]) };
    const double dataMedian = median(data);
    const double paintRatio = paintMedian[App] / paintMedian[Bare];
    const double dataRatio = dataMedian / paintMedian[Bare];
    const double memoryRatio = memoryMedian[App] / memoryMedian[Bare];
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"));

    std::printf(
        "\nStartup, median of %d first starts each (platform %s); onboarder on the demo sandbox, its first data "
        "%d customers shown\n",
        runs,
        qPrintable(platform),
        rows);
    std::printf("%-30s %14s %14s %14s %14s\n", "program", "first paint ms", "min..max", "first data ms", "min..max");
    const auto range = [](const std::vector<double>& values) {
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        return QStringLiteral("%1..%2").arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0);
    };
    std::printf("%-30s %14.1f %14s %14.1f %14s\n",
                "onboarder",
                paintMedian[App],
                qPrintable(range(paint[App])),
                dataMedian,
                qPrintable(range(data)));
    std::printf("%-30s %14.1f %14s %14s %14s\n",
                "bare Qt window (visible)",
                paintMedian[Bare],
                qPrintable(range(paint[Bare])),
                "-",
                "");
    std::printf("%-30s %14.2f %14s %14.2f\n", "ratio onboarder / bare", paintRatio, "", dataRatio);
    std::printf("\npeak RSS: onboarder %.1f MiB (at its first data), bare window %.1f MiB: ratio %.2f\n",
                memoryMedian[App],
                memoryMedian[Bare],
                memoryRatio);

    onboarder::bench::BenchGoals goals(QStringLiteral("Startup"));
    goals.atMost(
        QStringLiteral("start to first paint / bare window visible"), paintRatio, kRatioGoal, QStringLiteral("×"), 2);
    goals.atMost(QStringLiteral("start to first data (demo customers shown) / bare window"),
                 dataRatio,
                 kRatioGoal,
                 QStringLiteral("×"),
                 2);
    goals.atMost(
        QStringLiteral("peak RSS at first data / bare window"), memoryRatio, kMemoryRatioGoal, QStringLiteral("×"), 2);
    goals.print();

    const char* names[2] = { "onboarder", "minimal Qt window" };
    QJsonArray results;
    for (int p : { App, Bare }) {
        QJsonObject result { { QStringLiteral("program"), QString::fromLatin1(names[p]) },
                             { QStringLiteral("firstPaintMsMedian"), paintMedian[p] },
                             { QStringLiteral("peakMemoryMbMedian"), memoryMedian[p] },
                             { QStringLiteral("firstPaintMs"), toArray(paint[p]) },
                             { QStringLiteral("peakMemoryMb"), toArray(memory[p]) } };
        if (p == App) {
            result.insert(QStringLiteral("firstDataMsMedian"), dataMedian);
            result.insert(QStringLiteral("firstDataMs"), toArray(data));
            result.insert(QStringLiteral("firstDataRows"), rows);
        }
        results.append(result);
    }
    const QJsonObject report { { QStringLiteral("benchmark"), QStringLiteral("Startup") },
                               { QStringLiteral("runs"), runs },
                               { QStringLiteral("platform"), platform },
                               { QStringLiteral("host"), QSysInfo::machineHostName() },
                               { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                               { QStringLiteral("results"), results },
                               { QStringLiteral("firstPaintRatio"), paintRatio },
                               { QStringLiteral("firstDataRatio"), dataRatio },
                               { QStringLiteral("peakMemoryRatio"), memoryRatio },
                               { QStringLiteral("goals"), goals.toJson() } };
    QFile file(parser.value(jsonOption));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_Startup: cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    file.write(QJsonDocument(report).toJson());
    std::printf("Results written to %s\n", qPrintable(file.fileName()));
    return 0;
}
