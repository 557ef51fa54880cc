// Requests per second of the sandbox SERVER on loopback: onboarder-sandbox runs in its own process (as a user or the
// GUI's tests start it), and a lean load generator in this process drives it: a few threads, each owning kept-alive
// connections, writing raw HTTP/1.1 requests and reading the answers by Content-Length, with a fixed number of
// requests in flight (one per connection). Every answer's status is checked. It also times seeding large:20000 as the
// sandbox process reports it: the median of five fresh processes, since a process that starts while the kernel must
// first reclaim page cache for its 240 MB seeds up to three times slower (seen as system time).
//   bench_SandboxThroughput [--sandbox PATH] [--requests N] [--connections C] [--threads T] [--seed large:N]
//                           [--seed-runs N] [--quick] [--json FILE]
// The figures compare with `wrk -t2 -c8` against the same sandbox; the load generator shares the machine with the
// server, as wrk does.
#include "BenchGoals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <poll.h>
#include <string>
#include <string_view>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#ifndef ONBOARDER_SANDBOX_EXECUTABLE
#define ONBOARDER_SANDBOX_EXECUTABLE ""
#endif

using onboarder::bench::BenchGoals;
using Clock = std::chrono::steady_clock;

namespace {

const char* const kToken = "bench-token";
constexpr int kIoTimeoutMs = 20000; // no answer for this long fails the run

// ---- The sandbox process ------------------------------------------------------------------------------------------

// onboarder-sandbox started with a seed on a free port; stopped (SIGTERM) when destroyed.
class SandboxProcess
{
public:
    bool start(const QString& program, const QString& seed, QString* error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The seeding time is an info message; the per-request debug line stays off, whatever the caller's rules.
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("onboarder.sandbox.info=true;onboarder.sandbox.http.debug=false"));
        m_process.setProcessEnvironment(env);
        m_process.start(program,
                        { QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--memory"),
                          QStringLiteral("--seed"),
                          seed,
                          QStringLiteral("--token"),
                          QString::fromLatin1(kToken) });
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
            return false;
        }
        // "Listening on http://127.0.0.1:PORT/v1" once seeded; the log line "seeded SEED in X ms" comes before it.
        static const QRegularExpression listening(QStringLiteral("Listening on http://[^:]+:(\\d+)/v1"));
        static const QRegularExpression seeded(
            QStringLiteral("seeded \\S+ in ([0-9.]+) ms \\(processor time ([0-9.]+) ms\\)"));
        QElapsedTimer clock;
        clock.start();
        QElapsedTimer listeningSince;
        while (clock.elapsed() < 120000) {
            m_stdout += m_process.readAllStandardOutput();
            m_stderr += m_process.readAllStandardError();
            const auto port = listening.match(QString::fromUtf8(m_stdout));
            const auto seeding = seeded.match(QString::fromUtf8(m_stderr));
            if (seeding.hasMatch()) {
                m_seedingMs = seeding.captured(1).toDouble();
                m_seedingCpuMs = seeding.captured(2).toDouble();
            }
            if (port.hasMatch() && m_port == 0) {
                m_port = static_cast<quint16>(port.captured(1).toUInt());
                listeningSince.start();
            }
            // The seeding line comes first; a sandbox that does not log it (an older build) is given a moment.
            if (m_port != 0 && (seeding.hasMatch() || listeningSince.elapsed() > 2000)) {
                return true;
            }
            if (m_process.state() == QProcess::NotRunning) {
                break;
            }
            m_process.waitForReadyRead(100);
        }
        *error = QStringLiteral("the sandbox did not start: %1 %2")
                     .arg(QString::fromUtf8(m_stdout), QString::fromUtf8(m_stderr));
        return false;
    }

    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    quint16 port() const
    {
        return m_port;
    }
    double seedingMs() const
    {
        return m_seedingMs;
    }
    double seedingCpuMs() const
    {
        return m_seedingCpuMs;
    }

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint16 m_port = 0;
    double m_seedingMs = -1;
    double m_seedingCpuMs = -1;
};

// ---- A kept-alive HTTP/1.1 connection over a blocking socket --------------------------------------------------------

struct Response
{
    int status = 0;
    std::string body;
};

class Connection
{
public:
    explicit Connection(quint16 port)
        : m_port(port)
    {
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection()
    {
        close();
    }

    bool open(std::string* error)
    {
        close();
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            *error = std::string("socket: ") + std::strerror(errno);
            return false;
        }
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
            *error = std::string("connect: ") + std::strerror(errno);
            close();
            return false;
        }
        m_buffer.clear();
        return true;
    }

    void close()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

    int fd() const
    {
        return m_fd;
    }

    bool send(const std::string& request, std::string* error)
    {
        std::size_t sent = 0;
        while (sent < request.size()) {
            const ssize_t n = ::send(m_fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                *error = std::string("send: ") + std::strerror(errno);
                return false;
            }
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    // Reads what the socket has (call when poll says it is readable). False on a closed or failed connection.
    bool receive(std::string* error)
    {
        char chunk[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                *error = std::string("recv: ") + std::strerror(errno);
                return false;
            }
            if (n == 0) {
                *error = "the server closed the connection";
                return false;
            }
            m_buffer.append(chunk, static_cast<std::size_t>(n));
            return true;
        }
    }

    // A complete answer at the front of the buffer, taken out of it; nullopt while incomplete. *closing: the server
    // announced it closes the connection. *error: an answer this client cannot read (no Content-Length).
    std::optional<Response> takeResponse(bool* closing, std::string* error)
    {
        const std::size_t headerEnd = m_buffer.find("\r\n\r\n");
        if (headerEnd == std::string::npos) {
            return std::nullopt;
        }
        const std::string_view head(m_buffer.data(), headerEnd);
        Response response;
        if (head.size() < 12 || head.substr(0, 5) != "HTTP/") {
            *error = "not an HTTP answer";
            return std::nullopt;
        }
        response.status = std::atoi(std::string(head.substr(9, 3)).c_str());
        std::optional<std::size_t> length;
        *closing = false;
        std::size_t lineStart = head.find("\r\n");
        while (lineStart != std::string_view::npos && lineStart + 2 < head.size()) {
            const std::size_t from = lineStart + 2;
            const std::size_t lineEnd = head.find("\r\n", from);
            const std::string_view line
                = head.substr(from, lineEnd == std::string_view::npos ? head.npos : lineEnd - from);
            const std::size_t colon = line.find(':');
            if (colon != std::string_view::npos) {
                std::string name(line.substr(0, colon));
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
                    return static_cast<char>(std::tolower(c));
                });
                std::string_view value = line.substr(colon + 1);
                while (!value.empty() && value.front() == ' ') {
                    value.remove_prefix(1);
                }
                if (name == "content-length") {
                    length = static_cast<std::size_t>(std::strtoull(std::string(value).c_str(), nullptr, 10));
                } else if (name == "transfer-encoding") {
                    *error = "chunked answers are not read by this client";
                    return std::nullopt;
                } else if (name == "connection" && (value == "close" || value == "Close")) {
                    *closing = true;
                }
            }
            lineStart = lineEnd;
        }
        if (!length) {
            if (response.status == 204 || response.status == 304) {
                length = 0;
            } else {
                *error = "an answer without Content-Length";
                return std::nullopt;
            }
        }
        const std::size_t total = headerEnd + 4 + *length;
        if (m_buffer.size() < total) {
            return std::nullopt;
        }
        response.body.assign(m_buffer, headerEnd + 4, *length);
        m_buffer.erase(0, total);
        return response;
    }

    // One request and its answer, blocking (set-up and checks outside the timed runs).
    std::optional<Response> exchange(const std::string& request, std::string* error)
    {
        if ((m_fd < 0 && !open(error)) || !send(request, error)) {
            return std::nullopt;
        }
        for (;;) {
            bool closing = false;
            if (auto response = takeResponse(&closing, error)) {
                if (closing) {
                    close();
                }
                return response;
            }
            if (!error->empty()) {
                return std::nullopt;
            }
            pollfd pfd { m_fd, POLLIN, 0 };
            if (::poll(&pfd, 1, kIoTimeoutMs) <= 0) {
                *error = "no answer in time";
                return std::nullopt;
            }
            if (!receive(error)) {
                return std::nullopt;
            }
        }
    }

private:
    quint16 m_port;
    int m_fd = -1;
    std::string m_buffer;
};

// ---- The load generator ---------------------------------------------------------------------------------------------

struct Scenario
{
    QString name;
    std::function<std::string(std::size_t index)> request; // the raw request for the index-th call
    int expectedStatus = 200;
    std::string bodyStart; // every answer's body starts so (a cheap check of each; one is parsed in full apart)
};

struct Result
{
    QString name;
    std::size_t requests = 0;
    int connections = 0;
    int threads = 0;
    std::size_t failures = 0;
    double seconds = 0;
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    std::string firstFailure;
};

// Sends `count` requests of the scenario over `connections` kept-alive connections spread over `threads` threads,
// one request in flight per connection, each connection sending its next request as soon as its answer is in.
Result runLoad(quint16 port, const Scenario& scenario, std::size_t count, int connections, int threads)
{
    std::atomic<std::size_t> next { 0 };
    std::mutex mutex;
    std::vector<double> latencies;
    latencies.reserve(count);
    std::size_t failures = 0;
    std::string firstFailure;
    auto fail = [&](const std::string& why) {
        std::lock_guard<std::mutex> lock(mutex);
        ++failures;
        if (firstFailure.empty()) {
            firstFailure = why;
        }
    };

    auto worker = [&](int connectionCount) {
        struct Slot
        {
            std::unique_ptr<Connection> connection;
            Clock::time_point sentAt;
            bool busy = false;
        };
        std::vector<Slot> lanes(static_cast<std::size_t>(connectionCount));
        std::vector<double> mine;
        mine.reserve(count / static_cast<std::size_t>(threads) + 16);
        auto sendNext = [&](Slot& slot) {
            const std::size_t index = next.fetch_add(1);
            if (index >= count) {
                slot.busy = false;
                return true;
            }
            std::string error;
            if (slot.connection->fd() < 0 && !slot.connection->open(&error)) {
                fail(error);
                return false;
            }
            slot.sentAt = Clock::now();
            if (!slot.connection->send(scenario.request(index), &error)) {
                fail(error);
                return false;
            }
            slot.busy = true;
            return true;
        };
        for (Slot& slot : lanes) {
            slot.connection = std::make_unique<Connection>(port);
            if (!sendNext(slot)) {
                return;
            }
        }
        std::vector<pollfd> fds;
        std::vector<Slot*> polled;
        for (;;) {
            fds.clear();
            polled.clear();
            for (Slot& slot : lanes) {
                if (slot.busy) {
                    fds.push_back(pollfd { slot.connection->fd(), POLLIN, 0 });
                    polled.push_back(&slot);
                }
            }
            if (fds.empty()) {
                break;
            }
            const int ready = ::poll(fds.data(), fds.size(), kIoTimeoutMs);
            if (ready <= 0) {
                fail(ready == 0 ? "no answer in time" : std::string("poll: ") + std::strerror(errno));
                return;
            }
            for (std::size_t i = 0; i < fds.size(); ++i) {
                if (fds[i].revents == 0) {
                    continue;
                }
                Slot& slot = *polled[i];
                std::string error;
                if (!slot.connection->receive(&error)) {
                    fail(error);
                    return;
                }
                bool closing = false;
                std::optional<Response> response = slot.connection->takeResponse(&closing, &error);
                if (!error.empty()) {
                    fail(error);
                    return;
                }
                if (!response) {
                    continue; // more of the answer to come
                }
                mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - slot.sentAt).count());
                if (response->status != scenario.expectedStatus) {
                    fail("status " + std::to_string(response->status) + ": " + response->body.substr(0, 300));
                } else if (response->body.compare(0, scenario.bodyStart.size(), scenario.bodyStart) != 0) {
                    fail("unexpected body: " + response->body.substr(0, 300));
                }
                if (closing) {
                    slot.connection->close();
                }
                if (!sendNext(slot)) {
                    return;
                }
            }
        }
        std::lock_guard<std::mutex> lock(mutex);
        latencies.insert(latencies.end(), mine.begin(), mine.end());
    };

    const auto started = Clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        // Connections dealt out as evenly as the counts allow.
        const int share = connections / threads + (t < connections % threads ? 1 : 0);
        if (share > 0) {
            pool.emplace_back(worker, share);
        }
    }
    for (std::thread& thread : pool) {
        thread.join();
    }
    Result result;
    result.name = scenario.name;
    result.requests = latencies.size();
    result.connections = connections;
    result.threads = threads;
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    result.failures = failures + (count - std::min(count, latencies.size()));
    result.firstFailure = firstFailure;
    result.requestsPerSecond = result.seconds > 0 ? static_cast<double>(latencies.size()) / result.seconds : 0;
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&latencies](double p) {
        if (latencies.empty()) {
            return 0.0;
        }
        return latencies[std::min(latencies.size() - 1, static_cast<std::size_t>(p * latencies.size()))];
    };
    result.p50Ms = percentile(0.50);
    result.p95Ms = percentile(0.95);
    result.p99Ms = percentile(0.99);
    return result;
}

std::string httpRequest(const char* method, const std::string& target, const std::string& host, const std::string& body)
{
    std::string request;
    request.reserve(256 + body.size());
    request.append(method).append(" /v1").append(target).append(" HTTP/1.1\r\nHost: ").append(host);
    request.append("\r\nAuthorization: Bearer ").append(kToken).append("\r\n");
    if (!body.empty() || std::strcmp(method, "POST") == 0) {
        request.append("Content-Type: application/json\r\nContent-Length: ")
            .append(std::to_string(body.size()))
            .append("\r\n");
    }
    request.append("\r\n").append(body);
    return request;
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Throughput of onboarder-sandbox in its own process, driven over loopback."));
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QStringLiteral("The onboarder-sandbox executable."),
                                           QStringLiteral("PATH"),
                                           QStringLiteral(ONBOARDER_SANDBOX_EXECUTABLE));
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests per scenario (default 20000; --quick 3000)."),
                                            QStringLiteral("N"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Kept-alive connections, one request in flight on each."),
                                               QStringLiteral("C"),
                                               QStringLiteral("8"));
    // The earlier spelling of --connections.
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Same as --connections."), QStringLiteral("C"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Load generator threads sharing the connections."),
                                           QStringLiteral("T"),
                                           QStringLiteral("2"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the sandbox serving the requests."),
                                        QStringLiteral("SEED"),
                                        QStringLiteral("large:2000"));
    const QCommandLineOption seedRunsOption(
        QStringLiteral("seed-runs"),
        QStringLiteral("Fresh sandbox processes timed seeding large:20000 (the median counts)."),
        QStringLiteral("N"),
        QStringLiteral("5"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("Fewer requests per scenario."));
    // --json like every benchmark; --output is the older spelling.
    const QCommandLineOption outputOption(QStringList { QStringLiteral("json"), QStringLiteral("output") },
                                          QStringLiteral("JSON result file."),
                                          QStringLiteral("FILE"),
                                          QStringLiteral("bench_SandboxThroughput.json"));
    parser.addOptions({ sandboxOption,
                        requestsOption,
                        connectionsOption,
                        concurrencyOption,
                        threadsOption,
                        seedOption,
                        seedRunsOption,
                        quickOption,
                        outputOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const std::size_t requests = parser.isSet(requestsOption)
        ? static_cast<std::size_t>(std::max(1, parser.value(requestsOption).toInt()))
        : (quick ? 3000 : 20000);
    const int connections = std::max(
        1,
        (parser.isSet(concurrencyOption) ? parser.value(concurrencyOption) : parser.value(connectionsOption)).toInt());
    const int threads = std::clamp(parser.value(threadsOption).toInt(), 1, connections);
    const int seedRuns = std::max(1, parser.value(seedRunsOption).toInt());
    const QString seed = parser.value(seedOption);
    const QString program = parser.value(sandboxOption);
    if (program.isEmpty()) {
        std::fprintf(stderr, "bench_SandboxThroughput: --sandbox PATH is needed (onboarder-sandbox)\n");
        return 2;
    }

    // Seeding large:20000, as the sandbox process reports it, in fresh processes.
    const QString largeSeed = QStringLiteral("large:20000");
    std::vector<double> seedingMs;
    std::vector<double> seedingCpuMs;
    for (int run = 0; run < seedRuns; ++run) {
        SandboxProcess sandbox;
        QString error;
        if (!sandbox.start(program, largeSeed, &error)) {
            std::fprintf(stderr, "bench_SandboxThroughput: %s\n", qPrintable(error));
            return 1;
        }
        seedingMs.push_back(sandbox.seedingMs());
        seedingCpuMs.push_back(sandbox.seedingCpuMs());
    }
    // NaN (and so the goal not met) when the sandbox did not say.
    const bool seedingKnown = std::none_of(seedingMs.begin(), seedingMs.end(), [](double ms) { return ms < 0; });
    const double seedingMedianMs = seedingKnown ? median(seedingMs) : std::nan("");
    const double seedingCpuMedianMs = seedingKnown ? median(seedingCpuMs) : std::nan("");

    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(program, seed, &error)) {
        std::fprintf(stderr, "bench_SandboxThroughput: %s\n", qPrintable(error));
        return 1;
    }
    const std::string host = "127.0.0.1:" + std::to_string(sandbox.port());

    // Set-up and a full check of one answer of each scenario, outside the timed runs.
    Connection setup(sandbox.port());
    std::string ioError;
    const auto found = setup.exchange(
        httpRequest("GET", "/wholesale/customers?externalId=large-100000&status=provisioned", host, {}), &ioError);
    const QJsonArray customers = found ? QJsonDocument::fromJson(QByteArray::fromStdString(found->body))
                                             .object()
                                             .value(QStringLiteral("items"))
                                             .toArray()
                                       : QJsonArray();
    if (!found || found->status != 200 || customers.size() != 1) {
        std::fprintf(stderr,
                     "bench_SandboxThroughput: the seed has no provisioned customer large-100000 (%s)\n",
                     ioError.c_str());
        return 1;
    }
    const std::string customerId = customers.first().toObject().value(QStringLiteral("id")).toString().toStdString();
    const std::string stamp = std::to_string(QDateTime::currentMSecsSinceEpoch());

    std::vector<Scenario> scenarios;
    // The 20 pages of large:2000 in turn.
    scenarios.push_back(
        { QStringLiteral("GET /wholesale/customers?max=100"),
          [host](std::size_t i) {
              return httpRequest(
                  "GET", "/wholesale/customers?max=100&offset=" + std::to_string((i % 20) * 100), host, {});
          },
          200,
          "{\"items\":[" });
    // A new subscriber of a provisioned customer each time (a Meetings user: a person, no number).
    scenarios.push_back({ QStringLiteral("POST /wholesale/subscribers"),
                          [host, customerId, stamp](std::size_t i) {
                              const std::string body = "{\"customerId\":\"" + customerId + "\",\"email\":\"bench."
                                  + stamp + "." + std::to_string(i)
                                  + "@bench.example\",\"package\":\"webex_meetings\",\"provisioningParameters\":{"
                                    "\"firstName\":\"Bench\",\"lastName\":\"User\"}}";
                              return httpRequest("POST", "/wholesale/subscribers", host, body);
                          },
                          200,
                          "{\"" });
    const std::vector<std::size_t> checkItems { 100, 0 };
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
        // A request of its own (a POST's email must stay unused by the timed run).
        const std::string request = s == 0
            ? scenarios[s].request(0)
            : httpRequest("POST",
                          "/wholesale/subscribers",
                          host,
                          "{\"customerId\":\"" + customerId + "\",\"email\":\"check." + stamp
                              + "@bench.example\",\"package\":\"webex_meetings\","
                                "\"provisioningParameters\":{\"firstName\":\"Bench\","
                                "\"lastName\":\"User\"}}");
        const auto answer = setup.exchange(request, &ioError);
        const QJsonObject json
            = answer ? QJsonDocument::fromJson(QByteArray::fromStdString(answer->body)).object() : QJsonObject();
        const bool ok = answer && answer->status == scenarios[s].expectedStatus
            && (checkItems[s] == 0
                    ? json.value(QStringLiteral("status")).toString() == QLatin1String("provisioned")
                    : json.value(QStringLiteral("items")).toArray().size() == static_cast<qsizetype>(checkItems[s]));
        if (!ok) {
            std::fprintf(stderr,
                         "bench_SandboxThroughput: unexpected answer to %s: %d %s %s\n",
                         qPrintable(scenarios[s].name),
                         answer ? answer->status : 0,
                         answer ? answer->body.substr(0, 300).c_str() : "",
                         ioError.c_str());
            return 1;
        }
    }
    setup.close();

    std::vector<Result> results;
    for (const Scenario& scenario : scenarios) {
        // A short warm-up on fresh connections, not counted: connection set-up and first allocations.
        Scenario warmUp = scenario;
        warmUp.request = [&scenario, requests](std::size_t i) { return scenario.request(requests + i); };
        runLoad(sandbox.port(), warmUp, std::min<std::size_t>(500, requests / 10 + 1), connections, threads);
        results.push_back(runLoad(sandbox.port(), scenario, requests, connections, threads));
    }

    std::printf("\nSandbox throughput on loopback: onboarder-sandbox in its own process (seed %s), %zu requests per "
                "scenario over %d kept-alive connections on %d client threads\n",
                qPrintable(seed),
                requests,
                connections,
                threads);
    std::printf(
        "%-36s %10s %8s %9s %9s %9s %8s\n", "scenario", "req/s", "seconds", "p50 ms", "p95 ms", "p99 ms", "failed");
    QJsonArray rows;
    for (const Result& result : results) {
        std::printf("%-36s %10.1f %8.2f %9.2f %9.2f %9.2f %8zu\n",
                    qPrintable(result.name),
                    result.requestsPerSecond,
                    result.seconds,
                    result.p50Ms,
                    result.p95Ms,
                    result.p99Ms,
                    result.failures);
        if (!result.firstFailure.empty()) {
            std::printf("  first failure: %s\n", result.firstFailure.c_str());
        }
        rows.append(QJsonObject { { QStringLiteral("scenario"), result.name },
                                  { QStringLiteral("requests"), static_cast<qint64>(result.requests) },
                                  { QStringLiteral("connections"), result.connections },
                                  { QStringLiteral("threads"), result.threads },
                                  { QStringLiteral("seconds"), result.seconds },
                                  { QStringLiteral("requestsPerSecond"), result.requestsPerSecond },
                                  { QStringLiteral("p50Ms"), result.p50Ms },
                                  { QStringLiteral("p95Ms"), result.p95Ms },
                                  { QStringLiteral("p99Ms"), result.p99Ms },
                                  { QStringLiteral("failures"), static_cast<qint64>(result.failures) } });
    }
    QStringList runs;
    QJsonArray seedingRuns;
    for (const double ms : seedingMs) {
        runs.append(QString::number(ms / 1000, 'f', 3));
        seedingRuns.append(ms / 1000);
    }
    std::printf("\nSeeding %s in a fresh sandbox process (as it reports it): median %.3f s of %d runs (%s); processor "
                "time %.3f s\n",
                qPrintable(largeSeed),
                seedingMedianMs / 1000,
                seedRuns,
                qPrintable(runs.join(QStringLiteral(", "))),
                seedingCpuMedianMs / 1000);

    BenchGoals goals(QStringLiteral("SandboxThroughput"));
    goals.atLeast(QStringLiteral("GET /wholesale/customers?max=100 on %1").arg(seed),
                  results[0].requestsPerSecond,
                  2000,
                  QStringLiteral("req/s"));
    goals.atLeast(
        QStringLiteral("POST /wholesale/subscribers"), results[1].requestsPerSecond, 5000, QStringLiteral("req/s"));
    goals.atMost(QStringLiteral("seeding %1 (median of %2)").arg(largeSeed).arg(seedRuns),
                 seedingMedianMs / 1000,
                 0.3,
                 QStringLiteral("s"),
                 3);
    goals.print();

    const QJsonObject report {
        { QStringLiteral("benchmark"), QStringLiteral("SandboxThroughput") },
        { QStringLiteral("seed"), seed },
        { QStringLiteral("server"), QStringLiteral("onboarder-sandbox in its own process") },
        { QStringLiteral("host"), QSysInfo::machineHostName() },
        { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("results"), rows },
        { QStringLiteral("seeding"),
          QJsonObject { { QStringLiteral("seed"), largeSeed },
                        { QStringLiteral("medianSeconds"), seedingMedianMs / 1000 },
                        { QStringLiteral("medianProcessorSeconds"), seedingCpuMedianMs / 1000 },
                        { QStringLiteral("runsSeconds"), seedingRuns } } },
        { QStringLiteral("goals"), goals.toJson() },
    };
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
