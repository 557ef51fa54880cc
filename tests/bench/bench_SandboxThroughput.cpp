// Requests per second of the sandbox on loopback: GET the customer list and POST subscribers, with a fixed number
// of requests and a fixed number in flight. The server runs on its own thread (as in the GUI); the client is a
// QNetworkAccessManager on the main thread.
//   bench_SandboxThroughput [--requests N] [--concurrency C] [--seed large:N] [--json FILE]
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using onboarder::sandbox::SandboxOptions;
using onboarder::sandbox::SandboxThread;

namespace {

struct Scenario
{
    QString name;
    QByteArray method;
    std::function<QUrl(int)> url;
    std::function<QByteArray(int)> body;
    int expectedStatus = 200;
};

struct Result
{
    QString name;
    int requests = 0;
    int concurrency = 0;
    int failures = 0;
    double seconds = 0;
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
};

// Keeps `concurrency` requests in flight until `count` have finished, then calls done.
class Runner : public QObject
{
public:
    Runner(QNetworkAccessManager* manager, QString token, Scenario scenario, int count, int concurrency)
        : m_manager(manager)
        , m_token(std::move(token))
        , m_scenario(std::move(scenario))
        , m_count(count)
        , m_concurrency(concurrency)
    {
    }

    void run(std::function<void(Result)> done)
    {
        m_done = std::move(done);
        m_latencies.reserve(static_cast<std::size_t>(m_count));
        m_clock.start();
        for (int i = 0; i < m_concurrency && m_started < m_count; ++i) {
            startOne();
        }
    }

private:
    void startOne()
    {
        const int index = m_started++;
        QNetworkRequest request(m_scenario.url(index));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        const QByteArray body = m_scenario.body ? m_scenario.body(index) : QByteArray();
        const qint64 startedNs = m_clock.nsecsElapsed();
        QNetworkReply* reply = m_manager->sendCustomRequest(request, m_scenario.method, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, startedNs] {
            m_latencies.push_back((m_clock.nsecsElapsed() - startedNs) / 1e6);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != m_scenario.expectedStatus) {
                ++m_failures;
            }
            reply->readAll();
            reply->deleteLater();
            if (++m_finished == m_count) {
                finish();
            } else if (m_started < m_count) {
                startOne();
            }
        });
    }

    void finish()
    {
        Result result;
        result.name = m_scenario.name;
        result.requests = m_count;
        result.concurrency = m_concurrency;
        result.failures = m_failures;
        result.seconds = m_clock.nsecsElapsed() / 1e9;
        result.requestsPerSecond = m_count / result.seconds;
        std::sort(m_latencies.begin(), m_latencies.end());
        auto percentile = [this](double p) {
            return m_latencies[std::min(m_latencies.size() - 1, static_cast<std::size_t>(p * m_latencies.size()))];
        };
        result.p50Ms = percentile(0.50);
        result.p95Ms = percentile(0.95);
        result.p99Ms = percentile(0.99);
        m_done(result);
    }

    QNetworkAccessManager* m_manager;
    QString m_token;
    Scenario m_scenario;
    int m_count;
    int m_concurrency;
    int m_started = 0;
    int m_finished = 0;
    int m_failures = 0;
    QElapsedTimer m_clock;
    std::vector<double> m_latencies;
    std::function<void(Result)> m_done;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests per scenario."),
                                            QStringLiteral("N"),
                                            QStringLiteral("2000"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Requests in flight."), QStringLiteral("C"), QStringLiteral("6"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Sandbox seed."), QStringLiteral("SEED"), QStringLiteral("large:2000"));
    // --json like every benchmark; --output is the older spelling.
    const QCommandLineOption outputOption(QStringList { QStringLiteral("json"), QStringLiteral("output") },
                                          QStringLiteral("JSON result file."),
                                          QStringLiteral("FILE"),
                                          QStringLiteral("bench_SandboxThroughput.json"));
    parser.addOptions({ requestsOption, concurrencyOption, seedOption, outputOption });
    parser.process(app);
    const int requests = std::max(1, parser.value(requestsOption).toInt());
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());

    SandboxOptions options;
    options.seed = parser.value(seedOption);
    options.token = QStringLiteral("bench-token");
    SandboxThread sandbox;
    QNetworkAccessManager manager;
    std::vector<Result> results;
    std::vector<Scenario> scenarios;
    std::unique_ptr<Runner> runner;
    std::function<void(std::size_t)> runScenario;

    QObject::connect(&sandbox, &SandboxThread::failed, &app, [](const QString& error) {
        std::fprintf(stderr, "sandbox failed: %s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    QObject::connect(&sandbox, &SandboxThread::started, &app, [&](const QUrl& baseUrl, const QString&) {
        const QString base = baseUrl.toString();
        // A provisioned customer of the large seed (every 7th is provisioned at index 0 mod 7).
        const QString customerId = QString::fromLatin1(
            QByteArray("ciscospark://us/ENTERPRISE/")
                .append(QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c2a56-3b7e-4f7c-9d3e-5a0b8f2e9c41}")),
                                            QByteArray("ENTERPRISE:large-100000"))
                            .toString(QUuid::WithoutBraces)
                            .toLatin1())
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
        scenarios = {
            { QStringLiteral("GET /wholesale/customers?max=100"),
              "GET",
              [base](int i) {
                  return QUrl(base + QStringLiteral("/wholesale/customers?max=100&offset=")
                              + QString::number((i * 100) % 1000));
              },
              {},
              200 },
            { QStringLiteral("POST /wholesale/subscribers"),
              "POST",
              [base](int) { return QUrl(base + QStringLiteral("/wholesale/subscribers")); },
              [customerId, stamp](int i) {
                  return QStringLiteral(
                             R"({"customerId":"%1","email":"bench.%2.%3@bench.example","package":"webex_meetings",)"
                             R"("provisioningParameters":{"firstName":"Bench","lastName":"User"}})")
                      .arg(customerId)
                      .arg(stamp)
                      .arg(i)
                      .toUtf8();
              },
              200 },
        };
        runScenario = [&](std::size_t index) {
            if (index == scenarios.size()) {
                QCoreApplication::exit(0);
                return;
            }
            runner = std::make_unique<Runner>(
                &manager, QStringLiteral("bench-token"), scenarios[index], requests, concurrency);
            runner->run([&, index](Result result) {
                results.push_back(result);
                QTimer::singleShot(0, &app, [&, index] { runScenario(index + 1); });
            });
        };
        runScenario(0);
    });
    sandbox.start(options);
    const int code = app.exec();
    sandbox.stop();
    if (code != 0) {
        return code;
    }

    std::printf("\nSandbox throughput on loopback (seed %s, %d requests per scenario, %d in flight)\n",
                qPrintable(options.seed),
                requests,
                concurrency);
    std::printf(
        "%-36s %10s %8s %9s %9s %9s %8s\n", "scenario", "req/s", "seconds", "p50 ms", "p95 ms", "p99 ms", "failed");
    QJsonArray rows;
    for (const Result& result : results) {
        std::printf("%-36s %10.1f %8.2f %9.2f %9.2f %9.2f %8d\n",
                    qPrintable(result.name),
                    result.requestsPerSecond,
                    result.seconds,
                    result.p50Ms,
                    result.p95Ms,
                    result.p99Ms,
                    result.failures);
        rows.append(QJsonObject { { QStringLiteral("scenario"), result.name },
                                  { QStringLiteral("requests"), result.requests },
                                  { QStringLiteral("concurrency"), result.concurrency },
                                  { QStringLiteral("seconds"), result.seconds },
                                  { QStringLiteral("requestsPerSecond"), result.requestsPerSecond },
                                  { QStringLiteral("p50Ms"), result.p50Ms },
                                  { QStringLiteral("p95Ms"), result.p95Ms },
                                  { QStringLiteral("p99Ms"), result.p99Ms },
                                  { QStringLiteral("failures"), result.failures } });
    }
    const QJsonObject report { { QStringLiteral("benchmark"), QStringLiteral("SandboxThroughput") },
                               { QStringLiteral("seed"), options.seed },
                               { QStringLiteral("host"), QSysInfo::machineHostName() },
                               { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                               { QStringLiteral("results"), rows } };
    QFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    file.write(QJsonDocument(report).toJson());
    std::printf("Results written to %s\n", qPrintable(file.fileName()));
    const bool failed = std::any_of(results.begin(), results.end(), [](const Result& r) { return r.failures > 0; });
    return failed ? 1 : 0;
}
