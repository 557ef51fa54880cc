// Startup of the application: time from process start to the first painted main window on the demo sandbox, and the
// peak resident memory (VmHWM) at that moment, next to bench_MinimalWindow (a bare Qt Widgets window from the same
// build) as a ratio. Each run is a first start in fresh XDG folders; the two programs alternate so that a busy
// machine affects both alike. The clock starts in this launcher just before the process is started and stops at
// the CLOCK_MONOTONIC stamp the child prints after its first paint (app/gui/FirstPaintReport.h).
//   bench_Startup --app PATH --baseline PATH [--runs N] [--json FILE]
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

struct Sample
{
    double firstPaintMs = 0;
    double peakMemoryMb = 0;
};

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

std::optional<Sample> runOnce(const QString& program, QString* error)
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
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish within 2 minutes").arg(program);
        return std::nullopt;
    }
    const QByteArray err = process.readAllStandardError();
    for (const QByteArray& line : err.split('\n')) {
        if (!line.startsWith("onboarder-first-paint ")) {
            continue;
        }
        qint64 paintedNs = 0;
        qint64 hwmKb = 0;
        for (const QByteArray& field : line.split(' ')) {
            if (field.startsWith("monotonic-ns=")) {
                paintedNs = field.mid(13).toLongLong();
            } else if (field.startsWith("vmhwm-kb=")) {
                hwmKb = field.mid(9).toLongLong();
            }
        }
        return Sample { (paintedNs - startedNs) / 1e6, hwmKb / 1024.0 };
    }
    *error = QStringLiteral("%1 printed no first-paint line (exit code %2): %3")
                 .arg(program)
                 .arg(process.exitCode())
                 .arg(QString::fromLocal8Bit(err.right(2000)));
    return std::nullopt;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
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
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("JSON result file."),
                                        QStringLiteral("FILE"),
                                        QStringLiteral("bench_Startup.json"));
    parser.addOptions({ appOption, baselineOption, runsOption, jsonOption });
    parser.process(app);
    if (!parser.isSet(appOption) || !parser.isSet(baselineOption)) {
        std::fprintf(stderr, "bench_Startup: --app and --baseline are required\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString programs[2] = { parser.value(appOption), parser.value(baselineOption) };

    std::vector<double> paint[2];
    std::vector<double> memory[2];
    // One unmeasured run of each first, so both start with warm file caches.
    for (int i = -1; i < runs; ++i) {
        for (int p = 0; p < 2; ++p) {
            QString error;
            const auto sample = runOnce(programs[p], &error);
            if (!sample) {
                std::fprintf(stderr, "bench_Startup: %s\n", qPrintable(error));
                return 1;
            }
            if (i >= 0) {
                paint[p].push_back(sample->firstPaintMs);
                memory[p].push_back(sample->peakMemoryMb);
            }
        }
    }

    const double paintMedian[2] = { median(paint[0]), median(paint[1]) };
    const double memoryMedian[2] = { median(memory[0]), median(memory[1]) };
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"));
    std::printf("\nStartup to first paint, median of %d runs each (platform %s, first start on the demo sandbox)\n",
                runs,
                qPrintable(platform));
    std::printf("%-28s %16s %16s %16s\n", "program", "first paint ms", "min..max ms", "peak RSS MiB");
    const char* names[2] = { "onboarder", "minimal Qt window" };
    for (int p = 0; p < 2; ++p) {
        const auto [lo, hi] = std::minmax_element(paint[p].begin(), paint[p].end());
        std::printf("%-28s %16.1f %7.0f..%-7.0f %16.1f\n", names[p], paintMedian[p], *lo, *hi, memoryMedian[p]);
    }
    const double paintRatio = paintMedian[0] / paintMedian[1];
    const double memoryRatio = memoryMedian[0] / memoryMedian[1];
    std::printf("%-28s %16.2f %16s %16.2f\n", "ratio onboarder / minimal", paintRatio, "", memoryRatio);

    auto toArray = [](const std::vector<double>& values) {
        QJsonArray array;
        for (double v : values) {
            array.append(v);
        }
        return array;
    };
    QJsonArray results;
    for (int p = 0; p < 2; ++p) {
        results.append(QJsonObject { { QStringLiteral("program"), QString::fromLatin1(names[p]) },
                                     { QStringLiteral("firstPaintMsMedian"), paintMedian[p] },
                                     { QStringLiteral("peakMemoryMbMedian"), memoryMedian[p] },
                                     { QStringLiteral("firstPaintMs"), toArray(paint[p]) },
                                     { QStringLiteral("peakMemoryMb"), toArray(memory[p]) } });
    }
    const QJsonObject report { { QStringLiteral("benchmark"), QStringLiteral("Startup") },
                               { QStringLiteral("runs"), runs },
                               { QStringLiteral("platform"), platform },
                               { QStringLiteral("host"), QSysInfo::machineHostName() },
                               { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                               { QStringLiteral("results"), results },
                               { QStringLiteral("firstPaintRatio"), paintRatio },
                               { QStringLiteral("peakMemoryRatio"), memoryRatio } };
    QFile file(parser.value(jsonOption));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_Startup: cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    file.write(QJsonDocument(report).toJson());
    std::printf("Results written to %s\n", qPrintable(file.fileName()));
    return 0;
}
