// Loads the customers of a large sandbox seed into the real CustomersView (offscreen) and measures what the user
// feels: time to the first row, time to all rows, the longest stall of the event loop while rows stream in,
// filtering by text and by status, sorting, a burst of in-place status updates, and peak memory (VmHWM). The same
// run also fetches the list without a view, so the view's cost shows as a ratio to the network's. The view names
// its customers from the organizations list (counted in requests) and keeps the names in a cache file; a second
// view then starts from that cache, as the next start of the app does.
//   bench_CustomersView [--seed large:N] [--json FILE]
#include "api/ApiSession.h"
#include "api/PagedFetch.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/CustomerNameCache.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxThread.h"
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
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace onboarder;

namespace {

// Peak resident set size of this process in MiB, from /proc/self/status.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
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

// The longest gap between ticks of a 5 ms timer: how long the UI could not react.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGap = std::max(m_maxGap, ms(m_clock));
            m_clock.restart();
        });
    }
    void start()
    {
        m_maxGap = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_maxGap;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_maxGap = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        qputenv("QT_LOGGING_RULES", "*.debug=false"); // the sandbox logs every request at debug level
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("seed"),
                       QStringLiteral("Sandbox seed."),
                       QStringLiteral("seed"),
                       QStringLiteral("large:20000") });
    parser.addOption(
        { QStringLiteral("json"), QStringLiteral("Write the results as JSON to FILE."), QStringLiteral("file") });
    parser.process(app);
    ui::initResources();

    sandbox::SandboxOptions options;
    options.seed = parser.value(QStringLiteral("seed"));
    sandbox::SandboxThread sandbox;
    QSignalSpy started(&sandbox, &sandbox::SandboxThread::started);
    QElapsedTimer seeding;
    seeding.start();
    sandbox.start(options);
    if (!started.wait(600000)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const double seedMs = ms(seeding);
    api::StaticTokenProvider tokens(sandbox.token());
    api::ApiSession session(sandbox.baseUrl(), &tokens);
    api::WholesaleClient client(&session);

    // Baseline: the same pages without a view.
    QElapsedTimer fetchClock;
    fetchClock.start();
    int fetched = 0;
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
    const double fetchMs = ms(fetchClock);

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
    view.setClient(&client);
    loaded.wait(600000);
    const double allRowsMs = ms(loadClock);
    while (view.isLoadingNames()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const double allNamesMs = ms(loadClock);
    const double maxStallMs = stalls.stop();
    const int rows = view.customerModel()->rowCount();
    const int nameRequests = view.nameRequestCount();
    int namedRows = 0;
    for (int row = 0; row < rows; ++row) {
        namedRows += view.customerModel()->customerAt(row).customerInfo.name.isEmpty() ? 0 : 1;
    }

    QElapsedTimer clock;
    clock.start();
    view.setTextFilter(QStringLiteral("large-10123"));
    QCoreApplication::processEvents();
    const double textFilterMs = ms(clock);
    const int textMatches = shown->rowCount();
    clock.restart();
    view.setTextFilter(QString());
    QCoreApplication::processEvents();
    const double clearFilterMs = ms(clock);
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

    // 1,000 customers changing status at once, as when a refresh of in-flight customers comes back.
    QList<model::Customer> changed;
    for (int row = 0; row < std::min(rows, 1000); ++row) {
        model::Customer customer = view.customerModel()->customerAt(row * (rows / std::max(1, std::min(rows, 1000))));
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
    restartedLoaded.wait(600000);

    std::printf("bench_CustomersView  seed %s  (%s, %s)\n",
                qPrintable(options.seed),
                qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()));
    std::printf("%-44s %12s\n", "measure", "value");
    auto row
        = [](const char* name, double value, const char* unit) { std::printf("%-44s %9.1f %s\n", name, value, unit); };
    row("sandbox seeding", seedMs, "ms");
    row("list fetch without a view (baseline)", fetchMs, "ms");
    row("view: time to first row", firstRowMs, "ms");
    row("view: time to all rows", allRowsMs, "ms");
    row("view: all rows / baseline fetch", allRowsMs / fetchMs, "x");
    row("view: time to all names", allNamesMs, "ms");
    row("view: longest event-loop stall while loading", maxStallMs, "ms");
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
    row("peak memory (VmHWM)", peakMiB, "MiB");
    std::printf("rows %d (fetched without view %d), text matches %d, status matches %d\n",
                rows,
                fetched,
                textMatches,
                statusMatches);

    const QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("bench_CustomersView") },
                               { QStringLiteral("seed"), options.seed },
                               { QStringLiteral("rows"), rows },
                               { QStringLiteral("seedMs"), seedMs },
                               { QStringLiteral("baselineFetchMs"), fetchMs },
                               { QStringLiteral("firstRowMs"), firstRowMs },
                               { QStringLiteral("allRowsMs"), allRowsMs },
                               { QStringLiteral("viewToBaselineRatio"), allRowsMs / fetchMs },
                               { QStringLiteral("allNamesMs"), allNamesMs },
                               { QStringLiteral("maxStallMs"), maxStallMs },
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
                               { QStringLiteral("peakMemoryMiB"), peakMiB } };
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(result).toJson()) < 0) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    // A failed fetch or a view short of rows measured nothing: fail rather than report its figures as a result.
    return !fetchFailed && fetched > 0 && rows == fetched ? 0 : 1;
}
