// The bulk subscriber import against the sandbox on loopback (server on its own thread, as in the GUI):
//  1. rate-limited: 1,000 users with --rate-limit 100/s; elapsed time against the bound the limit sets
//     (rows ÷ limit for the creates, requests ÷ limit for the whole import with its precheck);
//  2. slow server: --latency-ms 50 and no limit; the job (many requests in flight, over the session's network
//     managers) against a sequential client that sends one request at a time, both doing the same precheck + create
//     per user.
// Prints a table and the figures against their goals (BenchGoals), and writes JSON (--json FILE). Ratios compare runs
// of the same process, not absolute times. Exits 1 when a run's work fails (a user not created, a run not finished).
//   bench_BulkImport [--rows N] [--quick (200 rows)] [--concurrency C (0: adaptive, the default)] [--json FILE]
#include "BenchGoals.h"
#include "SandboxFixture.h"
#include "api/AdaptiveConcurrency.h"
#include "api/ApiSession.h"
#include "api/NetworkPool.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/import/BulkImportJob.h"
#include "jobs/import/SubscriberImportFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using onboarder::api::ApiResult;
using onboarder::api::ApiSession;
using onboarder::api::StaticTokenProvider;
using onboarder::api::WholesaleClient;
using onboarder::jobs::BulkImportJob;
using onboarder::testsupport::SandboxFixture;

namespace {

// Over plain HTTP (the sandbox's) Qt opens at most 6 connections to one host per network manager; the session has a
// pool of managers, so the requests on the wire are bounded by the pool, not by one manager.
constexpr int kHttpConnectionsPerHost = onboarder::api::NetworkPool::kConnectionsPerManager;

struct Measurement
{
    QString name;
    int rows = 0;
    int requests = 0;
    int provisioned = 0;
    double prepareSeconds = 0; // reading, checking and prechecking
    double provisionSeconds = 0; // creating
    double totalSeconds = 0;
    int highestConcurrency = 1; // requests the job had in flight at most (adaptive unless --concurrency)
    int limitCuts = 0; // times the adaptive limit went down (429s, or answers slower than the fastest by far)
    int networkManagers = 1; // the session's network managers at the end
    int inFlightCeiling = 1; // the most the job may have on the wire: its limit's maximum, or what the managers carry
    int rateLimited = 0; // 429 pauses
    int retries = 0; // answers that were retried: 429s under the rate limit, where nothing else fails
};

// Runs the event loop until `flag` is set; false after the timeout.
bool waitFor(const bool& flag, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!flag && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return flag;
}

QByteArray usersCsv(const QString& prefix, int rows)
{
    QByteArray csv = "First name;Last name;Email;Package;Extension\r\n";
    for (int i = 0; i < rows; ++i) {
        const bool calling = i % 3 == 0;
        csv += QStringLiteral("Bench;User %2;%1-%2@bench.example;%3;%4\r\n")
                   .arg(prefix)
                   .arg(i)
                   .arg(calling ? QStringLiteral("webex_calling") : QStringLiteral("webex_meetings"),
                        calling ? QString::number(30000 + i) : QString())
                   .toUtf8();
    }
    return csv;
}

QString provisionedCustomer(SandboxFixture& sandbox, const QString& externalId)
{
    // Both packages the file gives its users.
    const QString id = sandbox.createCustomer(externalId,
                                              externalId + QStringLiteral("@admin.example"),
                                              nlohmann::json::array({ "webex_calling", "webex_meetings" }));
    if (id.isEmpty() || sandbox.waitForTerminal(id, 60000).value("status", std::string()) != "provisioned") {
        return {};
    }
    return id;
}

bool startSandbox(SandboxFixture* sandbox, double rateLimit, int latencyMs)
{
    auto options = SandboxFixture::options(QStringLiteral("empty"), 100);
    options.rateLimitPerSecond = rateLimit;
    options.latencyMs = latencyMs;
    return sandbox->start(options, 180000);
}

std::optional<Measurement>
runJob(const QString& name, SandboxFixture& sandbox, int rows, int concurrency, const QString& journal)
{
    const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bench-") + name);
    if (customerId.isEmpty()) {
        std::fprintf(stderr, "%s: no customer\n", qPrintable(name));
        return std::nullopt;
    }
    StaticTokenProvider tokens(sandbox.token());
    ApiSession session(sandbox.baseUrl(), &tokens);
    WholesaleClient client(&session);
    int requests = 0;
    int retries = 0;
    QObject::connect(
        &session,
        &ApiSession::requestFinished,
        [&requests, &retries](auto&&, auto&&, auto&&, const onboarder::api::ApiResponse& response, auto&&) {
            ++requests;
            retries += std::max(0, response.attempts - 1);
        });
    int rateLimited = 0;
    QObject::connect(&session, &ApiSession::rateLimited, [&rateLimited](auto&&...) { ++rateLimited; });
    int limitCuts = 0;
    QObject::connect(session.concurrency(),
                     &onboarder::api::AdaptiveConcurrency::limitChanged,
                     [&limitCuts, previous = session.concurrency()->limit()](int limit) mutable {
                         limitCuts += limit < previous ? 1 : 0;
                         previous = limit;
                     });
    BulkImportJob job(&client);
    BulkImportJob::Options options;
    options.customerId = customerId;
    options.concurrency = concurrency;
    job.setOptions(options);
    QSignalSpy prepared(&job, &BulkImportJob::prepared);
    QSignalSpy finished(&job, &BulkImportJob::finished);
    QElapsedTimer clock;
    clock.start();
    job.prepare(usersCsv(name, rows), QStringLiteral("bench.csv"), journal);
    if (!prepared.wait(600000)) {
        std::fprintf(stderr, "%s: prepare did not finish\n", qPrintable(name));
        return std::nullopt;
    }
    const qint64 preparedAt = clock.elapsed();
    job.provision();
    if (!finished.wait(1200000)) {
        std::fprintf(stderr, "%s: provisioning did not finish\n", qPrintable(name));
        return std::nullopt;
    }
    Measurement m;
    m.name = name;
    m.rows = rows;
    m.requests = requests;
    m.provisioned = job.counts().provisioned;
    m.prepareSeconds = preparedAt / 1000.0;
    m.totalSeconds = clock.elapsed() / 1000.0;
    m.provisionSeconds = m.totalSeconds - m.prepareSeconds;
    m.highestConcurrency = concurrency > 0 ? concurrency : session.concurrency()->highestLimit();
    m.rateLimited = rateLimited;
    m.retries = retries;
    m.limitCuts = limitCuts;
    m.networkManagers = session.networkPool()->managerCount();
    m.inFlightCeiling = std::min(concurrency > 0 ? concurrency : session.concurrency()->settings().maximum,
                                 session.networkPool()->maxManagers() * kHttpConnectionsPerHost);
    return m;
}

// What a simple script does: for each user, precheck, wait, create, wait.
std::optional<Measurement> runSequential(SandboxFixture& sandbox, int rows)
{
    const QString name = QStringLiteral("sequential");
    const QString customerId = provisionedCustomer(sandbox, QStringLiteral("bench-") + name);
    if (customerId.isEmpty()) {
        return std::nullopt;
    }
    StaticTokenProvider tokens(sandbox.token());
    ApiSession session(sandbox.baseUrl(), &tokens);
    WholesaleClient client(&session);
    onboarder::jobs::SubscriberImportFile::Options options;
    options.customerId = customerId;
    const auto file = onboarder::jobs::SubscriberImportFile::read(usersCsv(name, rows), options);
    Measurement m;
    m.name = name;
    m.rows = rows;
    QElapsedTimer clock;
    clock.start();
    qint64 precheckMs = 0;
    for (const auto& row : file.rows) {
        bool done = false;
        QElapsedTimer step;
        step.start();
        client.precheckSubscriber(row.subscriber, &client, [&](const auto&) { done = true; });
        if (!waitFor(done, 60000)) {
            return std::nullopt;
        }
        precheckMs += step.elapsed();
        done = false;
        client.provisionSubscriber(row.subscriber, &client, [&](const ApiResult<onboarder::model::Subscriber>& r) {
            m.provisioned += r.ok() ? 1 : 0;
            done = true;
        });
        if (!waitFor(done, 60000)) {
            return std::nullopt;
        }
        m.requests += 2;
    }
    m.totalSeconds = clock.elapsed() / 1000.0;
    m.prepareSeconds = precheckMs / 1000.0;
    m.provisionSeconds = m.totalSeconds - m.prepareSeconds;
    return m;
}

QJsonObject toJson(const Measurement& m)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), m.name);
    object.insert(QStringLiteral("rows"), m.rows);
    object.insert(QStringLiteral("requests"), m.requests);
    object.insert(QStringLiteral("provisioned"), m.provisioned);
    object.insert(QStringLiteral("prepareSeconds"), m.prepareSeconds);
    object.insert(QStringLiteral("provisionSeconds"), m.provisionSeconds);
    object.insert(QStringLiteral("totalSeconds"), m.totalSeconds);
    object.insert(QStringLiteral("highestConcurrency"), m.highestConcurrency);
    object.insert(QStringLiteral("limitCuts"), m.limitCuts);
    object.insert(QStringLiteral("networkManagers"), m.networkManagers);
    object.insert(QStringLiteral("rateLimited"), m.rateLimited);
    object.insert(QStringLiteral("retriedAnswers"), m.retries);
    return object;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Users per run."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests the job keeps in flight; 0 adapts."),
                                               QStringLiteral("C"),
                                               QStringLiteral("0"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the results here."),
                                        QStringLiteral("FILE"),
                                        QStringLiteral("bench_BulkImport.json"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("200 users per run."));
    parser.addOptions({ rowsOption, concurrencyOption, jsonOption, quickOption });
    parser.process(app);
    const int rows = parser.isSet(quickOption) ? 200 : std::max(1, parser.value(rowsOption).toInt());
    const int concurrency = std::max(0, parser.value(concurrencyOption).toInt());
    constexpr double kRateLimit = 100;
    constexpr int kLatencyMs = 50;
    // The goals of the performance issue.
    constexpr double kCreateRatioGoal = 1.05;
    constexpr double kImportRatioGoal = 1.02;
    constexpr double kSpeedupGoal = 10;
    // The sandbox's token bucket holds one second of requests: what the client may lose to 429s at most.
    constexpr int kBurst = int(kRateLimit);

    QTemporaryDir dir;
    QJsonObject results;

    // 1. Rate-limited.
    SandboxFixture limited;
    if (!startSandbox(&limited, kRateLimit, 0)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const auto rated = runJob(
        QStringLiteral("rate-limited"), limited, rows, concurrency, dir.filePath(QStringLiteral("rated.sqlite")));
    limited.stop();
    if (!rated) {
        return 1;
    }
    const double createBound = rows / kRateLimit;
    const double requestBound = rated->requests / kRateLimit;

    // 2. Slow server: the job against one request at a time.
    SandboxFixture slow;
    if (!startSandbox(&slow, 0, kLatencyMs)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const auto parallel
        = runJob(QStringLiteral("latency-job"), slow, rows, concurrency, dir.filePath(QStringLiteral("slow.sqlite")));
    const auto sequential = runSequential(slow, rows);
    slow.stop();
    if (!parallel || !sequential) {
        return 1;
    }

    std::printf("bulk import of %d users, job concurrency %s\n\n",
                rows,
                concurrency > 0 ? qPrintable(QString::number(concurrency)) : "adaptive");
    std::printf("%-14s %9s %9s %11s %11s %9s %9s %5s %9s %7s %5s\n",
                "run",
                "requests",
                "created",
                "precheck s",
                "create s",
                "total s",
                "in flight",
                "cuts",
                "managers",
                "pauses",
                "429s");
    for (const Measurement* m : { &*rated, &*parallel, &*sequential }) {
        std::printf("%-14s %9d %9d %11.2f %11.2f %9.2f %9d %5d %9d %7d %5d\n",
                    qPrintable(m->name),
                    m->requests,
                    m->provisioned,
                    m->prepareSeconds,
                    m->provisionSeconds,
                    m->totalSeconds,
                    m->highestConcurrency,
                    m->limitCuts,
                    m->networkManagers,
                    m->rateLimited,
                    m->retries);
    }
    const double createRatio = rated->provisionSeconds / createBound;
    const double requestRatio = rated->totalSeconds / requestBound;
    const double speedup = sequential->totalSeconds / parallel->totalSeconds;
    const double createSpeedup = sequential->provisionSeconds / parallel->provisionSeconds;
    std::printf("\nrate limit %.0f/s: creates took %.2f s against a bound of %.2f s (rows / limit): ratio %.2f\n",
                kRateLimit,
                rated->provisionSeconds,
                createBound,
                createRatio);
    std::printf("rate limit %.0f/s: the whole import took %.2f s against %.2f s (requests / limit): ratio %.2f\n",
                kRateLimit,
                rated->totalSeconds,
                requestBound,
                requestRatio);
    std::printf("latency %d ms: job %.2f s, sequential %.2f s: %.2fx faster (creates alone %.2fx)\n",
                kLatencyMs,
                parallel->totalSeconds,
                sequential->totalSeconds,
                speedup,
                createSpeedup);
    std::printf("  ceiling: the job has at most %d requests on the wire (its limit's maximum, over %d network "
                "managers of %d connections each), so with %d ms answers at most %d answers a second, %d x a "
                "one-at-a-time client; the job reached %.0f %% of that ceiling\n",
                parallel->inFlightCeiling,
                parallel->networkManagers,
                kHttpConnectionsPerHost,
                kLatencyMs,
                parallel->inFlightCeiling * 1000 / kLatencyMs,
                parallel->inFlightCeiling,
                100.0 * speedup / parallel->inFlightCeiling);

    onboarder::bench::BenchGoals goals(QStringLiteral("BulkImport"));
    goals.atMost(QStringLiteral("rate limit: creates / bound (rows / limit)"),
                 createRatio,
                 kCreateRatioGoal,
                 QStringLiteral("×"),
                 2);
    goals.atMost(QStringLiteral("rate limit: whole import / bound (requests / limit)"),
                 requestRatio,
                 kImportRatioGoal,
                 QStringLiteral("×"),
                 2);
    goals.atMost(QStringLiteral("rate limit: 429 answers (the burst allows %1)").arg(kBurst),
                 rated->retries,
                 kBurst,
                 QString(),
                 0);
    goals.atLeast(
        QStringLiteral("latency 50 ms: job faster than one at a time"), speedup, kSpeedupGoal, QStringLiteral("×"), 2);
    goals.print();

    results[QStringLiteral("rows")] = rows;
    results[QStringLiteral("concurrency")] = concurrency;
    results[QStringLiteral("rateLimitPerSecond")] = kRateLimit;
    results[QStringLiteral("latencyMs")] = kLatencyMs;
    results[QStringLiteral("runs")] = QJsonArray { toJson(*rated), toJson(*parallel), toJson(*sequential) };
    results[QStringLiteral("createSecondsOverRowBound")] = createRatio;
    results[QStringLiteral("totalSecondsOverRequestBound")] = requestRatio;
    results[QStringLiteral("sequentialOverJob")] = speedup;
    results[QStringLiteral("sequentialOverJobCreates")] = createSpeedup;
    results[QStringLiteral("httpConnectionsPerHost")] = kHttpConnectionsPerHost;
    results[QStringLiteral("inFlightCeiling")] = parallel->inFlightCeiling;
    results[QStringLiteral("goals")] = goals.toJson();
    results[QStringLiteral("date")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    results[QStringLiteral("machine")] = QSysInfo::prettyProductName();
    results[QStringLiteral("cpus")] = QThread::idealThreadCount();
    QFile file(parser.value(jsonOption));
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    file.write(QJsonDocument(results).toJson());
    // Figures of a run whose work failed measure nothing: say so and fail, after the table that shows it.
    int failedRuns = 0;
    for (const Measurement* m : { &*rated, &*parallel, &*sequential }) {
        if (m->provisioned != rows) {
            std::fprintf(stderr, "%s: %d of %d users created\n", qPrintable(m->name), m->provisioned, rows);
            ++failedRuns;
        }
    }
    return failedRuns == 0 ? 0 : 1;
}
