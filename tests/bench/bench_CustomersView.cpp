// Loads the customers of a large sandbox seed into the real CustomersView (offscreen) and measures what the user
// feels: time to the first row, time to all rows, the longest stall of the event loop while rows stream in,
// filtering by text and by status, sorting, a burst of in-place status updates, and peak memory (VmHWM) of this
// process. The sandbox runs as its own process (onboarder-sandbox on a free loopback port), as a real server would,
// so the peak memory is the view's alone. The same run also fetches the list without a view, before and after the view
// loads, so the view's cost shows as a ratio to the network's. The view names its customers from the organizations
// list (counted in requests) and keeps the names in a cache file; a second view then starts from that cache, as the
// next start of the app does.
// Every figure with a goal is printed beside it (BenchGoals.h) and written to the JSON under "goals".
// Exits non-zero when the work itself fails (the sandbox does not start, a load fails, a count is wrong); a goal not
// met is reported, not an error.
//   bench_CustomersView [--seed large:N] [--quick] [--sandbox PATH] [--json FILE]
#include "BenchGoals.h"
#include "api/ApiSession.h"
#include "api/PagedFetch.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/CustomerNameCache.h"
#include "ui/Resources.h"
#include "ui/views/customers/CustomerFilterProxy.h"
#include "ui/views/customers/CustomerTableModel.h"
#include "ui/views/customers/CustomersView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <ctime>
#include <optional>

using namespace onboarder;

namespace {

// Peak resident set size of a process in MiB, from /proc/PID/status ("self" for this one).
double peakMemoryMiB(const QString& pid = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time this thread has used, in ms.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The longest gap between ticks of a 5 ms timer: how long the UI could not react. Beside it the most CPU time the
// window's thread spent within one gap: on a machine that other work shares, a gap also counts the time the thread
// waited for a core, the CPU time only what the view itself did.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double cpu = threadCpuMs();
            m_maxGap = std::max(m_maxGap, ms(m_clock));
            m_maxCpu = std::max(m_maxCpu, cpu - m_cpu);
            m_clock.restart();
            m_cpu = cpu;
        });
    }
    void start()
    {
        m_maxGap = 0;
        m_maxCpu = 0;
        m_cpu = threadCpuMs();
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_maxGap;
    }
    double maxCpu() const
    {
        return m_maxCpu;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_cpu = 0;
    double m_maxGap = 0;
    double m_maxCpu = 0;
};

// onboarder-sandbox as a child process on a free loopback port: started with a token of our own, ready once it
// prints the address it listens on, stopped (SIGTERM, then SIGKILL) when this goes out of scope.
class SandboxProcess
{
public:
    ~SandboxProcess()
    {
        stop();
    }

    bool start(const QString& executable, const QString& seed, int timeoutMs)
    {
        m_token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(executable,
                        { QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--bind"),
                          QStringLiteral("127.0.0.1"),
                          QStringLiteral("--memory"),
                          QStringLiteral("--seed"),
                          seed,
                          QStringLiteral("--token"),
                          m_token });
        if (!m_process.waitForStarted(10000)) {
            std::fprintf(
                stderr, "could not start %s: %s\n", qPrintable(executable), qPrintable(m_process.errorString()));
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        QByteArray output;
        while (!output.contains('\n')) {
            if (m_process.state() != QProcess::Running || clock.elapsed() > timeoutMs) {
                std::fprintf(stderr, "the sandbox did not get ready: %s\n", output.constData());
                return false;
            }
            m_process.waitForReadyRead(100);
            output += m_process.readAllStandardOutput();
        }
        const QByteArray line = output.left(output.indexOf('\n')).trimmed();
        const QByteArray prefix = "Listening on ";
        if (!line.startsWith(prefix)) {
            std::fprintf(stderr, "the sandbox said: %s\n", line.constData());
            return false;
        }
        m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
        return m_baseUrl.isValid();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl baseUrl() const
    {
        return m_baseUrl;
    }
    QString token() const
    {
        return m_token;
    }
    double peakMemoryMiB() const
    {
        return ::peakMemoryMiB(QString::number(m_process.processId()));
    }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_token;
};

// The sandbox built beside this benchmark, unless --sandbox names another.
QString defaultSandboxExecutable()
{
#ifdef ONBOARDER_SANDBOX_EXECUTABLE
    return QStringLiteral(ONBOARDER_SANDBOX_EXECUTABLE);
#else
    return QStringLiteral("onboarder-sandbox");
#endif
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        qputenv("QT_LOGGING_RULES", "*.debug=false"); // the sandbox (a child, which inherits it) logs every request
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Sandbox seed."), QStringLiteral("seed"), QStringLiteral("large:20000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("A smaller run of the same work (seed large:2000)."));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QStringLiteral("The onboarder-sandbox executable to run."),
                                           QStringLiteral("path"),
                                           defaultSandboxExecutable());
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Write the results as JSON to FILE."), QStringLiteral("file"));
    parser.addOptions({ seedOption, quickOption, sandboxOption, jsonOption });
    parser.process(app);
    ui::initResources();
    const QString seed = parser.isSet(quickOption) && !parser.isSet(seedOption) ? QStringLiteral("large:2000")
                                                                                : parser.value(seedOption);

    SandboxProcess sandbox;
    QElapsedTimer seeding;
    seeding.start();
    if (!sandbox.start(parser.value(sandboxOption), seed, 600000)) {
        return 1;
    }
    const double seedMs = ms(seeding);
    api::StaticTokenProvider tokens(sandbox.token());
    api::ApiSession session(sandbox.baseUrl(), &tokens);
    api::WholesaleClient client(&session);

    // Baseline: the same pages without a view, timed before the view loads and again after it, so that a machine
    // busier during one than the other moves both alike; the ratio is to their mean. A first untimed pass lets the
    // sandbox render every customer once (it keeps the rendering), so no timed pass pays for that.
    int fetched = 0;
    struct Fetch
    {
        double ms = 0;
        double cpuMs = 0;
    };
    const auto fetchWithoutView = [&]() -> std::optional<Fetch> {
        QElapsedTimer fetchClock;
        fetchClock.start();
        const double fetchCpuStart = threadCpuMs();
        fetched = 0;
        bool fetchDone = false;
        bool fetchFailed = false;
        client.listCustomers(
            {},
            &app,
            [&](const QList<model::Customer>& page) { fetched += int(page.size()); },
            [&](const std::optional<api::ApiError>& error) {
                fetchDone = true;
                if (error) {
                    fetchFailed = true;
                    std::fprintf(stderr, "list failed: %s\n", qPrintable(error->toSupportText()));
                }
            });
        while (!fetchDone) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        if (fetchFailed) {
            return std::nullopt;
        }
        return Fetch { ms(fetchClock), threadCpuMs() - fetchCpuStart };
    };
    const std::optional<Fetch> warmUp = fetchWithoutView();
    const std::optional<Fetch> fetchBefore = fetchWithoutView();
    if (!warmUp || !fetchBefore) {
        return 1;
    }

    QTemporaryDir cacheDir;
    const QString cachePath = cacheDir.filePath(QStringLiteral("customer-names.sqlite"));
    api::CustomerNameCache names(cachePath);
    ui::CustomersView view;
    view.setNameCache(&names, QStringLiteral("bench"));
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    auto* table = view.findChild<QTableView*>(QStringLiteral("customersTable"));
    QAbstractItemModel* shown = view.model();
    double firstRowMs = -1;
    QElapsedTimer loadClock;
    QObject::connect(shown, &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRowMs < 0) {
            firstRowMs = ms(loadClock);
        }
    });
    StallMeter stalls;
    QSignalSpy loaded(&view, &ui::CustomersView::loaded);
    stalls.start();
    loadClock.start();
    const double loadCpuStart = threadCpuMs();
    view.setClient(&client);
    const bool loadedInTime = loaded.count() > 0 || loaded.wait(600000);
    const double allRowsMs = ms(loadClock);
    const double loadCpuMs = threadCpuMs() - loadCpuStart;
    while (view.isLoadingNames()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const double allNamesMs = ms(loadClock);
    const std::optional<Fetch> fetchAfter = fetchWithoutView();
    if (!fetchAfter) {
        return 1;
    }
    const double fetchMs = (fetchBefore->ms + fetchAfter->ms) / 2;
    const double fetchCpuMs = (fetchBefore->cpuMs + fetchAfter->cpuMs) / 2;
    const double maxStallMs = stalls.stop();
    const double maxStallCpuMs = stalls.maxCpu();
    const ui::CustomerTableModel* customers = view.customerModel();
    const int rows = customers->rowCount();
    const int nameRequests = view.nameRequestCount();
    int namedRows = 0;
    int withName = 0; // rows whose name the text filter below finds, counted without the filter
    int withText = 0;
    int withError = 0;
    for (int row = 0; row < rows; ++row) {
        const model::Customer& customer = customers->customerAt(row);
        namedRows += customer.customerInfo.name.isEmpty() ? 0 : 1;
        withName += customer.customerInfo.name.contains(QStringLiteral("Kund 110123"), Qt::CaseInsensitive) ? 1 : 0;
        withText += customer.externalId.contains(QStringLiteral("large-10123")) ? 1 : 0;
        withError += customer.status == model::CustomerStatus::Error ? 1 : 0;
    }

    QElapsedTimer clock;
    // A full repaint of the table, as after each batch of rows.
    clock.start();
    constexpr int repaints = 20;
    for (int i = 0; i < repaints; ++i) {
        table->viewport()->repaint();
    }
    const double repaintMs = ms(clock) / repaints;
    clock.start();
    view.setTextFilter(QStringLiteral("large-10123"));
    QCoreApplication::processEvents();
    const double textFilterMs = ms(clock);
    const int textMatches = shown->rowCount();
    clock.restart();
    view.setTextFilter(QString());
    QCoreApplication::processEvents();
    const double clearFilterMs = ms(clock);
    const int afterClear = shown->rowCount();
    clock.restart();
    view.setTextFilter(QStringLiteral("Kund 110123"));
    QCoreApplication::processEvents();
    const double nameFilterMs = ms(clock);
    const int nameMatches = shown->rowCount();
    view.setTextFilter(QString());
    QCoreApplication::processEvents();
    clock.restart();
    view.setStatusFilter(model::CustomerStatus::Error);
    QCoreApplication::processEvents();
    const double statusFilterMs = ms(clock);
    const int statusMatches = shown->rowCount();
    view.setStatusFilter(std::nullopt);
    QCoreApplication::processEvents();
    clock.restart();
    table->sortByColumn(ui::CustomerTableModel::StatusColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    const double sortMs = ms(clock);
    bool sorted = shown->rowCount() == rows;
    for (int row = 1; sorted && row < shown->rowCount(); ++row) {
        sorted = QString::compare(shown->index(row - 1, ui::CustomerTableModel::StatusColumn).data().toString(),
                                  shown->index(row, ui::CustomerTableModel::StatusColumn).data().toString(),
                                  Qt::CaseInsensitive)
            <= 0;
    }

    // 1,000 customers changing status at once, as when a refresh of in-flight customers comes back.
    QList<model::Customer> changed;
    for (int row = 0; row < std::min(rows, 1000); ++row) {
        model::Customer customer = customers->customerAt(row * (rows / std::max(1, std::min(rows, 1000))));
        customer.status = model::CustomerStatus::Updating;
        changed.append(customer);
    }
    clock.restart();
    for (const model::Customer& customer : changed) {
        view.customerModel()->updateCustomer(customer);
    }
    QCoreApplication::processEvents();
    const double updatesMs = ms(clock);
    const double peakMiB = peakMemoryMiB();
    const double sandboxPeakMiB = sandbox.peakMemoryMiB();

    // The next start: a second view over the same cache file is named as its rows arrive.
    api::CustomerNameCache cachedNames(cachePath);
    ui::CustomersView restarted;
    clock.restart();
    restarted.setNameCache(&cachedNames, QStringLiteral("bench"));
    const double cacheReadMs = ms(clock);
    int namedOnArrival = 0;
    int arrived = 0;
    QObject::connect(restarted.customerModel(),
                     &QAbstractItemModel::rowsInserted,
                     &app,
                     [&](const QModelIndex&, int first, int last) {
                         for (int row = first; row <= last; ++row) {
                             ++arrived;
                             namedOnArrival
                                 += restarted.customerModel()->customerAt(row).customerInfo.name.isEmpty() ? 0 : 1;
                         }
                     });
    QSignalSpy restartedLoaded(&restarted, &ui::CustomersView::loaded);
    restarted.setClient(&client);
    const bool restartedInTime = restartedLoaded.count() > 0 || restartedLoaded.wait(600000);
    sandbox.stop();

    std::printf("bench_CustomersView  seed %s  (%s, %s)\n",
                qPrintable(seed),
                qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()));
    std::printf("%-44s %12s\n", "measure", "value");
    auto row
        = [](const char* name, double value, const char* unit) { std::printf("%-44s %9.1f %s\n", name, value, unit); };
    row("sandbox seeding (its own process)", seedMs, "ms");
    row("list fetch without a view (baseline), mean of", fetchMs, "ms");
    row("  before the view", fetchBefore->ms, "ms");
    row("  after the view", fetchAfter->ms, "ms");
    row("view: time to first row", firstRowMs, "ms");
    row("view: time to all rows", allRowsMs, "ms");
    row("view: all rows / baseline fetch", allRowsMs / fetchMs, "x");
    row("CPU time of this thread: the fetch without a view", fetchCpuMs, "ms");
    row("CPU time of this thread: loading the view", loadCpuMs, "ms");
    row("view: time to all names", allNamesMs, "ms");
    row("view: longest event-loop stall while loading", maxStallMs, "ms");
    row("  its most CPU time within one gap", maxStallCpuMs, "ms");
    row("requests for the names", nameRequests, "");
    row("rows named", namedRows, "");
    row("filter by name (Kund 110123)", nameFilterMs, "ms");
    row("next start: reading the name cache", cacheReadMs, "ms");
    row("next start: rows named on arrival", arrived > 0 ? 100.0 * namedOnArrival / arrived : 0, "%");
    row("filter by text (large-10123)", textFilterMs, "ms");
    row("clear the text filter", clearFilterMs, "ms");
    row("filter by status (error)", statusFilterMs, "ms");
    row("sort by status", sortMs, "ms");
    row("1,000 rows updated in place", updatesMs, "ms");
    row("a full repaint of the table", repaintMs, "ms");
    row("peak memory (VmHWM), this process", peakMiB, "MiB");
    row("peak memory (VmHWM), the sandbox process", sandboxPeakMiB, "MiB");
    std::printf("rows %d (fetched without view %d), text matches %d, name matches %d, status matches %d\n",
                rows,
                fetched,
                textMatches,
                nameMatches,
                statusMatches);

    bench::BenchGoals goals(QStringLiteral("bench_CustomersView"));
    goals.atMost(QStringLiteral("time to the first row"), firstRowMs, 100, QStringLiteral("ms"));
    goals.atMost(QStringLiteral("time to all rows"), allRowsMs / 1000.0, 2.0, QStringLiteral("s"), 2);
    goals.atMost(
        QStringLiteral("all rows / the same fetch without a view"), allRowsMs / fetchMs, 1.05, QStringLiteral("×"), 2);
    goals.atMost(QStringLiteral("longest event-loop stall while loading"), maxStallMs, 16, QStringLiteral("ms"));
    goals.atMost(QStringLiteral("filter by text"), textFilterMs, 16, QStringLiteral("ms"));
    goals.atMost(QStringLiteral("clear the text filter"), clearFilterMs, 16, QStringLiteral("ms"));
    goals.atMost(QStringLiteral("filter by name"), nameFilterMs, 16, QStringLiteral("ms"));
    goals.atMost(QStringLiteral("filter by status"), statusFilterMs, 16, QStringLiteral("ms"));
    goals.atMost(QStringLiteral("sort by status"), sortMs, 16, QStringLiteral("ms"));
    goals.atMost(QStringLiteral("peak memory of the GUI process (VmHWM)"), peakMiB, 120, QStringLiteral("MiB"));
    goals.print();

    QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("bench_CustomersView") },
                         { QStringLiteral("seed"), seed },
                         { QStringLiteral("rows"), rows },
                         { QStringLiteral("seedMs"), seedMs },
                         { QStringLiteral("baselineFetchMs"), fetchMs },
                         { QStringLiteral("firstRowMs"), firstRowMs },
                         { QStringLiteral("allRowsMs"), allRowsMs },
                         { QStringLiteral("viewToBaselineRatio"), allRowsMs / fetchMs },
                         { QStringLiteral("allNamesMs"), allNamesMs },
                         { QStringLiteral("baselineFetchCpuMs"), fetchCpuMs },
                         { QStringLiteral("loadCpuMs"), loadCpuMs },
                         { QStringLiteral("maxStallMs"), maxStallMs },
                         { QStringLiteral("maxStallCpuMs"), maxStallCpuMs },
                         { QStringLiteral("repaintMs"), repaintMs },
                         { QStringLiteral("nameRequests"), nameRequests },
                         { QStringLiteral("namedRows"), namedRows },
                         { QStringLiteral("nameFilterMs"), nameFilterMs },
                         { QStringLiteral("nameMatches"), nameMatches },
                         { QStringLiteral("cacheReadMs"), cacheReadMs },
                         { QStringLiteral("namedOnArrival"), namedOnArrival },
                         { QStringLiteral("textFilterMs"), textFilterMs },
                         { QStringLiteral("textMatches"), textMatches },
                         { QStringLiteral("clearFilterMs"), clearFilterMs },
                         { QStringLiteral("statusFilterMs"), statusFilterMs },
                         { QStringLiteral("statusMatches"), statusMatches },
                         { QStringLiteral("sortByStatusMs"), sortMs },
                         { QStringLiteral("updates1000Ms"), updatesMs },
                         { QStringLiteral("peakMemoryMiB"), peakMiB },
                         { QStringLiteral("sandboxPeakMemoryMiB"), sandboxPeakMiB } };
    result.insert(QStringLiteral("goals"), goals.toJson());
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(result).toJson()) < 0) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }

    // A failed fetch, a view short of rows or a filter that found the wrong rows measured nothing: fail rather than
    // report its figures as a result.
    QStringList failures;
    if (fetched == 0) {
        failures << QStringLiteral("the fetch without a view failed or found no customer");
    }
    if (!loadedInTime || rows != fetched) {
        failures << QStringLiteral("the view loaded %1 of %2 customers").arg(rows).arg(fetched);
    }
    if (textMatches != withText || textMatches == 0 || afterClear != rows) {
        failures << QStringLiteral("the text filter showed %1 rows for %2 matches (%3 of %4 after clearing it)")
                        .arg(textMatches)
                        .arg(withText)
                        .arg(afterClear)
                        .arg(rows);
    }
    if (nameMatches != withName) {
        failures << QStringLiteral("the name filter showed %1 rows for %2 matches").arg(nameMatches).arg(withName);
    }
    if (statusMatches != withError) {
        failures
            << QStringLiteral("the status filter showed %1 rows for %2 in error").arg(statusMatches).arg(withError);
    }
    if (!sorted) {
        failures << QStringLiteral("the rows sorted by status are out of order");
    }
    if (!restartedInTime || restarted.customerModel()->rowCount() != fetched) {
        failures << QStringLiteral("the restarted view loaded %1 of %2 customers")
                        .arg(restarted.customerModel()->rowCount())
                        .arg(fetched);
    }
    for (const QString& failure : failures) {
        std::fprintf(stderr, "bench_CustomersView: %s\n", qPrintable(failure));
    }
    return failures.isEmpty() ? 0 : 1;
}
