#include "ui/views/customers/CustomersView.h"

#include "ui_CustomersView.h"

#include "api/OrganizationNames.h"
#include "api/PagedFetch.h"
#include "api/WhenReady.h"
#include "api/WholesaleClient.h"
#include "connection/CustomerNameCache.h"
#include "jobs/CustomerStatusTracker.h"
#include "ui/dialogs/DeleteCustomerDialog.h"
#include "ui/dialogs/UpdatePackagesDialog.h"
#include "ui/views/customers/CustomerDetailsPane.h"
#include "ui/views/customers/CustomerFilterProxy.h"
#include "ui/views/customers/CustomerItemDelegate.h"
#include "ui/views/customers/CustomerListExport.h"
#include "ui/views/customers/CustomerStatusExplanation.h"
#include "ui/views/customers/CustomerTableModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFuture>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QStyle>

#include <algorithm>

namespace onboarder::ui {

CustomersView::CustomersView(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CustomersView)
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerFilterProxy(this))
{
    m_ui->setupUi(this);
    // Made where it is shown: a pane made elsewhere and moved there is styled twice over (the application has a style
    // sheet), a cost of the start.
    m_details = new CustomerDetailsPane(m_ui->detailsContents);
    m_ui->customersTitle->setProperty("role", QStringLiteral("pageTitle"));
    m_ui->refreshCustomersButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->newCustomerButton->setIcon(QIcon(QStringLiteral(":/icons/customers.svg")));
    m_ui->newCustomerButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Export what the table shows, beside the refresh button.
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportCustomersButton"));
    m_exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->customersHeader->insertWidget(m_ui->customersHeader->indexOf(m_ui->refreshCustomersButton), m_exportButton);
    // A batch of customers from files, beside New Customer.
    m_importButton = new QToolButton(this);
    m_importButton->setObjectName(QStringLiteral("importCustomersButton"));
    m_importButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->customersHeader->insertWidget(m_ui->customersHeader->indexOf(m_ui->newCustomerButton) + 1, m_importButton);
    // Notifications have one line of their own that is always there, so one coming or going never moves the
    // table under the pointer; a notification clears itself once it is old news.
    m_ui->notificationLabel->setProperty("role", QStringLiteral("notification"));
    m_ui->notificationLabel->setFixedHeight(m_ui->notificationLabel->fontMetrics().height() + 8);
    m_notificationTimer.setSingleShot(true);
    m_notificationTimer.setInterval(std::chrono::seconds(20));
    connect(&m_notificationTimer, &QTimer::timeout, m_ui->notificationLabel, &QLabel::clear);
    m_renameTimer.setSingleShot(true);
    m_renameTimer.setInterval(0);
    connect(&m_renameTimer, &QTimer::timeout, this, &CustomersView::renameSlice);
    m_pageTimer.setSingleShot(true);
    connect(&m_pageTimer, &QTimer::timeout, this, &CustomersView::flushPages);
    m_repaintTimer.setSingleShot(true);
    connect(&m_repaintTimer, &QTimer::timeout, this, &CustomersView::repaintTable);
    m_details->setObjectName(QStringLiteral("customerDetailsPane"));
    m_ui->detailsHost->addWidget(m_details);

    m_proxy->setCustomerModel(m_model);
    QTableView* table = m_ui->customersTable;
    table->setModel(m_proxy);
    table->setItemDelegate(new CustomerItemDelegate(table));
    table->verticalHeader()->hide();
    // Fixed row heights and no ResizeToContents: with 20,000 rows, measuring every cell would stall each page.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes the width the others leave; they are sized to their content (fitColumns).
    header->setSectionResizeMode(CustomerTableModel::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // The name's width follows the table's; any other column resized, not by shareColumns(), was a person.
        if (!m_sharingColumns && column != CustomerTableModel::NameColumn) {
            m_columnsSizedByUser = true;
        }
    });
    table->viewport()->installEventFilter(this);
    fitColumns();
    table->sortByColumn(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    // The table and the pane take all the height; the labels above and below only what their text needs.
    m_ui->customersLayout->setStretchFactor(m_ui->customersSplitter, 1);
    m_ui->detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->customersSplitter->setStretchFactor(0, 5);
    m_ui->customersSplitter->setStretchFactor(1, 2);
    fillStatusFilter();

    connect(m_ui->customerSearchEdit, &QLineEdit::textChanged, m_proxy, &CustomerFilterProxy::setText);
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_ui->statusFilterCombo->currentData();
        m_proxy->setStatus(data.isValid() ? std::optional(model::CustomerStatus::Value(data.toInt())) : std::nullopt);
        updateStatusText();
    });
    connect(m_ui->customerSearchEdit, &QLineEdit::textChanged, this, &CustomersView::updateStatusText);
    connect(m_ui->refreshCustomersButton, &QToolButton::clicked, this, &CustomersView::refresh);
    connect(m_exportButton, &QToolButton::clicked, this, &CustomersView::exportInteractive);
    connect(m_importButton, &QToolButton::clicked, this, &CustomersView::importCustomersRequested);
    connect(m_ui->newCustomerButton, &QToolButton::clicked, this, &CustomersView::newCustomerRequested);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomersView::onCurrentChanged);
    connect(m_details, &CustomerDetailsPane::retryRequested, this, &CustomersView::retryCurrent);
    connect(m_details, &CustomerDetailsPane::updatePackagesRequested, this, &CustomersView::updatePackagesCurrent);
    connect(m_details, &CustomerDetailsPane::deleteRequested, this, &CustomersView::deleteCurrent);
    connect(m_details, &CustomerDetailsPane::configureRequested, this, &CustomersView::configureCustomerRequested);
    retranslate();
}

CustomersView::~CustomersView()
{
    if (m_fetch) {
        // Its end must not reach a view being destroyed: loaded() would call into a main window destroyed before it.
        m_fetch->disconnect(this);
        m_fetch->cancel();
    }
}

void CustomersView::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->newCustomerButton->setText(tr("New Customer"));
    m_exportButton->setText(tr("E&xport…"));
    m_importButton->setText(tr("I&mport…"));
    m_importButton->setToolTip(tr("Onboard a batch of customers, with their users, from spreadsheet files"));
    m_exportButton->setToolTip(tr("Save the customers shown, with their names, statuses and packages, as a CSV file"));
    m_exportButton->setAccessibleName(tr("Export the customers shown"));
    fillStatusFilter();
    m_model->retranslate();
    fitColumns();
    updateStatusText();
}

void CustomersView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CustomersView::fillStatusFilter()
{
    QComboBox* combo = m_ui->statusFilterCombo;
    const QVariant current = combo->currentData();
    QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All statuses"));
    for (model::CustomerStatus::Value value : { model::CustomerStatus::Provisioned,
                                                model::CustomerStatus::ProvisionedWithErrors,
                                                model::CustomerStatus::Provisioning,
                                                model::CustomerStatus::Updating,
                                                model::CustomerStatus::Deleting,
                                                model::CustomerStatus::Error,
                                                model::CustomerStatus::PendingRplReview }) {
        combo->addItem(model::CustomerStatus(value).displayName(), int(value));
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void CustomersView::setClient(api::WholesaleClient* client)
{
    m_client = client;
    delete m_tracker;
    m_tracker = nullptr;
    if (client) {
        m_tracker = new jobs::CustomerStatusTracker(client, this);
        connect(m_tracker, &jobs::CustomerStatusTracker::customerChanged, this, &CustomersView::onCustomerChanged);
        connect(m_tracker, &jobs::CustomerStatusTracker::customerFinished, this, [this](const model::Customer& c) {
            onCustomerChanged(c);
            const int row = m_model->rowOf(c.id);
            const QString name = row >= 0 ? CustomerTableModel::displayName(m_model->customerAt(row)) : c.externalId;
            notify(c.id, tr("%1: %2").arg(name, CustomerStatusExplanation::meaning(c.status)));
        });
        connect(m_tracker, &jobs::CustomerStatusTracker::customerGone, this, [this](const QString& id) {
            const int row = m_model->rowOf(id);
            const QString name = row >= 0 ? CustomerTableModel::displayName(m_model->customerAt(row)) : id;
            if (row >= 0 && row < m_renameRow) {
                --m_renameRow; // the renaming pass goes on with the row that moved up
            }
            m_model->removeCustomer(id);
            if (m_details->customer().id == id) {
                m_details->setCustomer({});
            }
            notify(id, tr("%1 was deleted.").arg(name));
            updateStatusText();
        });
        connect(m_tracker,
                &jobs::CustomerStatusTracker::trackingStopped,
                this,
                [this](const QString& id, const QString& reason) {
                    const int row = m_model->rowOf(id);
                    notify(id,
                           tr("%1: %2").arg(row >= 0 ? CustomerTableModel::displayName(m_model->customerAt(row)) : id,
                                            reason));
                });
    }
    refresh();
}

QAbstractItemModel* CustomersView::model() const
{
    return m_proxy;
}

CustomerTableModel* CustomersView::customerModel() const
{
    return m_model;
}

CustomerFilterProxy* CustomersView::filterProxy() const
{
    return m_proxy;
}

jobs::CustomerStatusTracker* CustomersView::tracker() const
{
    return m_tracker;
}

CustomerDetailsPane* CustomersView::detailsPane() const
{
    return m_details;
}

bool CustomersView::isLoading() const
{
    return !m_fetch.isNull() || !m_pendingPages.isEmpty() || m_listFetched;
}

void CustomersView::setNameCache(api::CustomerNameCache* cache, const QString& profile)
{
    m_nameCache = cache;
    m_profile = profile;
    m_cachedNames = cache ? cache->names(profile) : QHash<QString, QString>();
    m_createdNames.clear();
    m_orgNames.clear();
}

int CustomersView::nameRequestCount() const
{
    return m_nameRequests;
}

bool CustomersView::isLoadingNames() const
{
    return m_loadingNames;
}

void CustomersView::loadNames()
{
    // The wholesale customer list carries no company name: the organizations list names every provisioned
    // customer in one request; the others keep the name known from their create (or the cache). Asked once the
    // list is in: its answer is large (2 MB for 14,000 organizations), and a server that answers one request at a
    // time, as the sandbox does, would hold the pages back behind it (200 pages came a third slower). Rows are
    // named from the cache as they come meanwhile, and by the organizations once they answer.
    m_namesRequested = true;
    ++m_nameRequests;
    const int generation = m_loadGeneration;
    api::OrganizationNames::fetch(
        m_client->session(), this, [this, generation](const api::ApiResult<api::OrganizationNames::Names>& result) {
            if (generation != m_loadGeneration) {
                return; // an answer for a load before the last refresh (or another profile)
            }
            if (!result.ok()) {
                m_namesAnswered = true;
                keepNames();
                return;
            }
            // Rows arriving from now on are named as they come (name()); the ones already listed get theirs in
            // slices.
            m_orgNames = *result.value;
            m_renameRow = 0;
            renameSlice();
        });
}

void CustomersView::renameSlice()
{
    if (m_renameRow < 0) {
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const int last = m_renameRow + m_renameSliceRows - 1;
    m_model->applyNames(m_orgNames, m_cachedNames, m_renameRow, last);
    m_renameRow = last + 1;
    // A slice should take a few milliseconds, also while the filter and the sort react to it, whatever the machine.
    const qint64 took = clock.elapsed();
    if (took > 8) {
        m_renameSliceRows = qMax(100, m_renameSliceRows / 2);
    } else if (took < 3) {
        m_renameSliceRows = qMin(20000, m_renameSliceRows * 2);
    }
    if (m_renameRow < m_model->rowCount()) {
        m_renameTimer.start();
        return;
    }
    m_renameRow = -1;
    m_namesAnswered = true;
    const int row = m_model->rowOf(m_details->customer().id);
    if (row >= 0) {
        m_details->setCustomer(m_model->customerAt(row));
    }
    keepNames();
    updateStatusText();
}

void CustomersView::name(model::Customer& customer) const
{
    const QString orgName = customer.orgId.isEmpty() ? QString() : m_orgNames.value(customer.orgId);
    if (!orgName.isEmpty()) {
        customer.customerInfo.name = orgName;
    } else if (customer.customerInfo.name.isEmpty()) {
        customer.customerInfo.name = m_createdNames.value(customer.id, m_cachedNames.value(customer.id));
    }
}

void CustomersView::keepNames()
{
    if (isLoading() || !m_namesAnswered || !m_loadingNames || m_namesKeptForLoad == m_loadGeneration) {
        return; // once both the list and the names are in, and once per load
    }
    if (!m_nameCache) {
        m_loadingNames = false;
        return;
    }
    // Only the rows are copied here; what changed is found and written off the window's thread, since the first
    // start of a large account writes every name at once.
    QList<api::CustomerNameCache::Entry> customers;
    customers.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const model::Customer& customer = m_model->customerAt(row);
        customers.append({ customer.id, customer.customerInfo.name, customer.orgId });
    }
    const int generation = m_loadGeneration;
    m_namesKeptForLoad = generation;
    api::whenReady(m_nameCache->updateInBackground(m_profile, customers),
                   this,
                   [this, generation](const std::optional<QHash<QString, QString>>& cached) {
                       if (generation != m_loadGeneration) {
                           return; // the cache was set again for another load meanwhile
                       }
                       if (cached) {
                           m_cachedNames = *cached;
                       }
                       m_loadingNames = false;
                   });
}

void CustomersView::fitColumns()
{
    // Measured from a sample of rows, not all 20,000: a column fits what a customer typically holds, and the
    // tooltip has the full text of a longer cell. Of the sample's texts only the longest few are measured, as the
    // widest is among them, so fitting the columns after a load of 20,000 rows costs a fraction of a frame.
    QTableView* table = m_ui->customersTable;
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const int rows = qMin(m_model->rowCount(), 400);
    const auto widest = [&](int column, QStringList samples, int maxChars) {
        int width = headerWidth(column);
        qint64 lastTime = -1;
        for (int row = 0; row < rows; ++row) {
            if (column == CustomerTableModel::LastChangeColumn) {
                // Rows listed together share their time: each time is formatted once.
                if (m_model->lastChangeMSecs(row) == lastTime) {
                    continue;
                }
                lastTime = m_model->lastChangeMSecs(row);
            }
            samples.append(m_model->text(row, column));
        }
        samples.removeDuplicates();
        constexpr qsizetype measured = 16;
        const auto longest = samples.begin() + qMin(measured, samples.size());
        std::partial_sort(samples.begin(), longest, samples.end(), [](const QString& a, const QString& b) {
            return a.size() > b.size();
        });
        for (auto sample = samples.begin(); sample != longest; ++sample) {
            width = qMax(width, metrics.horizontalAdvance(*sample) + padding);
        }
        return qMin(width, maxChars * metrics.averageCharWidth() + padding);
    };
    QStringList statuses;
    for (int value = model::CustomerStatus::Provisioned; value <= model::CustomerStatus::PendingRplReview; ++value) {
        statuses.append(model::CustomerStatus(model::CustomerStatus::Value(value)).displayName());
    }
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    m_fittedWidths[CustomerTableModel::ExternalIdColumn] = widest(CustomerTableModel::ExternalIdColumn, {}, 14);
    m_fittedWidths[CustomerTableModel::StatusColumn] = widest(CustomerTableModel::StatusColumn, statuses, 22) + icon;
    m_fittedWidths[CustomerTableModel::PackagesColumn] = widest(CustomerTableModel::PackagesColumn, {}, 26);
    m_fittedWidths[CustomerTableModel::CountryColumn] = widest(CustomerTableModel::CountryColumn, {}, 12);
    m_fittedWidths[CustomerTableModel::LastChangeColumn]
        = widest(CustomerTableModel::LastChangeColumn,
                 { QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat) },
                 20);
    m_columnsSizedByUser = false;
    shareColumns();
}

int CustomersView::headerWidth(int column) const
{
    return m_ui->customersTable->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
        + 24;
}

void CustomersView::shareColumns()
{
    // The name is what a person reads a customer by, and it takes the width the others leave. When the table is too
    // narrow for every other column at its fitted width and a name of about 30 characters, those that read well cut
    // short (external ID, status, packages, country) give up width alike, never below their header's, before the name
    // is cut shorter; the last change keeps its width, as a time cut short says nothing. Widths a person set stay.
    if (m_columnsSizedByUser) {
        return;
    }
    QTableView* table = m_ui->customersTable;
    const int nameWanted = 30 * table->fontMetrics().averageCharWidth() + 8;
    const auto gives = [](int column) {
        return column != CustomerTableModel::NameColumn && column != CustomerTableModel::LastChangeColumn;
    };
    int flexible = 0;
    const int fixed = m_fittedWidths[CustomerTableModel::LastChangeColumn];
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        flexible += gives(column) ? m_fittedWidths[std::size_t(column)] : 0;
    }
    const int available = table->viewport()->width() - fixed - nameWanted;
    const double scale
        = available >= flexible || flexible == 0 ? 1.0 : std::max(0.0, double(available) / double(flexible));
    m_sharingColumns = true;
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        if (column == CustomerTableModel::NameColumn) {
            continue;
        }
        const int fitted = m_fittedWidths[std::size_t(column)];
        const int floor = qMin(fitted, headerWidth(column));
        table->setColumnWidth(column, gives(column) ? std::max(floor, int(fitted * scale)) : fitted);
    }
    m_sharingColumns = false;
}

bool CustomersView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->customersTable->viewport() && event->type() == QEvent::Resize) {
        shareColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void CustomersView::updateStatusText()
{
    if (!m_client) {
        m_ui->customersStatus->setText(tr("Not connected."));
        return;
    }
    if (!m_loadError.isEmpty()) {
        m_ui->customersStatus->setText(tr("Could not load the customers: %1").arg(m_loadError));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n customer(s).", nullptr, all)
                                : tr("%1 of %n customer(s) shown.", nullptr, all).arg(shown);
    if (isLoading()) {
        text = tr("Loading customers… %1").arg(text);
    }
    if (m_tracker && m_tracker->activeCount() + m_tracker->queuedCount() > 0) {
        text += QLatin1Char(' ')
            + tr("Following %n customer(s) in progress.", nullptr, m_tracker->activeCount() + m_tracker->queuedCount());
    }
    m_ui->customersStatus->setText(text);
}

void CustomersView::refresh()
{
    if (m_fetch) {
        m_fetch->cancel();
        m_fetch = nullptr;
    }
    // A load cancelled with pages still waiting ends, as one cancelled after its last page does.
    m_pageTimer.stop();
    m_pendingPages.clear();
    if (m_listFetched) {
        m_listFetched = false;
        emit loaded();
    }
    if (m_tracker) {
        m_tracker->cancelAll();
    }
    m_selectAfterLoad = currentCustomerId();
    m_ui->notificationLabel->clear(); // about customers of the list before
    m_model->clear();
    m_details->setCustomer({});
    m_loadError.clear();
    // Answers and writes for the load before are dropped.
    ++m_loadGeneration;
    m_renameTimer.stop();
    m_renameRow = -1;
    repaintTable();
    m_sinceRepaint.invalidate();
    m_sinceListed.invalidate();
    m_namesRequested = false;
    m_namesAnswered = false;
    m_loadingNames = !m_client.isNull();
    if (!m_client) {
        updateStatusText();
        return;
    }
    m_fetch = m_client->listCustomers(
        {},
        this,
        [this](const QList<model::Customer>& page) {
            m_pendingPages.append(page);
            constexpr qint64 listInterval = 50;
            if (!m_pageTimer.isActive()) {
                const qint64 since = m_sinceListed.isValid() ? m_sinceListed.elapsed() : listInterval;
                m_pageTimer.start(std::chrono::milliseconds(std::max<qint64>(0, listInterval - since)));
            }
        },
        [this](const std::optional<api::ApiError>& error) {
            m_fetch = nullptr;
            if (error) {
                m_loadError = error->toSupportText();
            }
            m_listFetched = true;
            // The list counts as loaded once the pages still waiting are in too. With nothing more to ask for, they
            // are listed now rather than a turn of the event loop later: the first list of a start waits on it.
            flushPages();
        });
    updateStatusText();
}

void CustomersView::flushPages()
{
    m_pageTimer.stop();
    // Whole pages, a turn's worth of rows at a time, so none holds up a frame however many pages wait.
    constexpr qsizetype rowsPerTurn = 500;
    qsizetype pages = 0;
    qsizetype rows = 0;
    while (pages < m_pendingPages.size() && (pages == 0 || rows + m_pendingPages.at(pages).size() <= rowsPerTurn)) {
        rows += m_pendingPages.at(pages++).size();
    }
    // Named where they are and handed to the table as the pages they came in, which it keeps: the fetch has let go of
    // them by now, so no customer is copied or moved.
    std::vector<QList<model::Customer>> named;
    named.reserve(std::size_t(pages));
    for (qsizetype i = 0; i < pages; ++i) {
        QList<model::Customer> page = m_pendingPages.takeFirst();
        for (model::Customer& customer : page) {
            name(customer);
            if (m_tracker) {
                m_tracker->trackIfTransitional(customer);
            }
        }
        named.push_back(std::move(page));
    }
    if (rows > 0) {
        m_model->append(std::move(named));
        m_sinceListed.start();
        if (!m_selectAfterLoad.isEmpty() && selectCustomer(m_selectAfterLoad)) {
            m_selectAfterLoad.clear();
        }
    }
    // A repaint of the whole table costs a few milliseconds and pages come every one or two: the first rows are shown
    // at once, then at most every 200 ms, and once the last page is in.
    constexpr qint64 repaintInterval = 200;
    const bool moreWaiting = !m_pendingPages.isEmpty();
    if (!m_sinceRepaint.isValid() || m_sinceRepaint.elapsed() >= repaintInterval || (m_listFetched && !moreWaiting)) {
        repaintTable();
    } else {
        m_ui->customersTable->viewport()->setUpdatesEnabled(false);
        if (!m_repaintTimer.isActive()) {
            m_repaintTimer.start(std::chrono::milliseconds(repaintInterval - m_sinceRepaint.elapsed()));
        }
    }
    if (moreWaiting) {
        m_pageTimer.start(0);
    } else if (m_listFetched) {
        finishLoad();
        return;
    }
    updateStatusText();
}

void CustomersView::repaintTable()
{
    m_repaintTimer.stop();
    m_ui->customersTable->viewport()->setUpdatesEnabled(true);
    m_sinceRepaint.start();
}

void CustomersView::finishLoad()
{
    if (!m_listFetched) {
        return;
    }
    m_listFetched = false;
    if (!m_namesRequested && m_client) {
        loadNames();
    }
    // Fitting the columns to what came and copying the names for the cache take a turn of the event loop each, one
    // after the other, rather than adding to this one's.
    QTimer::singleShot(0, this, [this] {
        fitColumns();
        QTimer::singleShot(0, this, &CustomersView::keepNames);
    });
    updateStatusText();
    emit loaded();
}

bool CustomersView::selectCustomer(const QString& customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, CustomerTableModel::ExternalIdColumn));
    if (!index.isValid()) {
        return false; // filtered out
    }
    m_ui->customersTable->setCurrentIndex(index);
    m_ui->customersTable->scrollTo(index);
    return true;
}

QString CustomersView::currentCustomerId() const
{
    return m_details->customer().id;
}

void CustomersView::addCreatedCustomer(const model::Customer& customer)
{
    if (!customer.customerInfo.name.isEmpty()) {
        m_createdNames.insert(customer.id, customer.customerInfo.name);
        // Kept at once: until it is provisioned, nothing but this create knows its name.
        if (m_nameCache) {
            const QString profile = m_profile;
            api::whenReady(m_nameCache->storeInBackground(profile, { { customer.id, customer.customerInfo.name } }),
                           this,
                           [this, profile, id = customer.id, name = customer.customerInfo.name](bool stored) {
                               if (stored && profile == m_profile) {
                                   m_cachedNames.insert(id, name);
                               }
                           });
        }
    }
    m_model->upsertCustomer(customer);
    if (m_tracker) {
        m_tracker->track(customer.id);
    }
    selectCustomer(customer.id);
    updateStatusText();
}

void CustomersView::setTextFilter(const QString& text)
{
    m_ui->customerSearchEdit->setText(text);
}

void CustomersView::setStatusFilter(std::optional<model::CustomerStatus::Value> status)
{
    m_ui->statusFilterCombo->setCurrentIndex(status ? qMax(0, m_ui->statusFilterCombo->findData(int(*status))) : 0);
}

QString CustomersView::notificationText() const
{
    return m_ui->notificationLabel->text();
}

bool CustomersView::exportShown(const QString& path, QString* errorMessage) const
{
    return CustomerListExport::write(*m_proxy, path, errorMessage);
}

void CustomersView::exportInteractive()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Customers"), tr("customers.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportShown(path, &error)) {
        QMessageBox::warning(this, tr("Customers Not Exported"), error);
        return;
    }
    showNotification(
        tr("%n customer(s) exported to %1.", nullptr, m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)));
}

void CustomersView::setNotificationLifetime(std::chrono::milliseconds lifetime)
{
    m_notificationTimer.setInterval(lifetime); // restarts a running one with the new lifetime
}

void CustomersView::showNotification(const QString& message)
{
    m_ui->notificationLabel->setText(message);
    m_ui->notificationLabel->setToolTip(message);
    m_notificationTimer.start();
}

void CustomersView::notify(const QString& customerId, const QString& message)
{
    showNotification(message);
    updateStatusText();
    emit customerSettled(customerId, message);
}

void CustomersView::onCurrentChanged()
{
    const QModelIndex index = m_proxy->mapToSource(m_ui->customersTable->currentIndex());
    if (!index.isValid()) {
        m_details->setCustomer({});
        return;
    }
    const model::Customer customer = m_model->customerAt(index.row());
    m_details->setCustomer(customer);
    if (!m_client) {
        return;
    }
    // Read the customer again: the detail has the freshest state and the tracking ID of this very request.
    const QString id = customer.id;
    m_client->getCustomer(id, this, [this, id](const api::ApiResult<model::Customer>& result) {
        if (m_details->customer().id != id) {
            return;
        }
        m_details->setTrackingId(result.trackingId);
        if (result.ok()) {
            model::Customer fresh = *result.value;
            name(fresh);
            m_model->updateCustomer(fresh);
            m_details->setCustomer(fresh);
            if (m_tracker) {
                m_tracker->trackIfTransitional(fresh);
            }
        } else if (result.error) {
            m_details->showActionResult(result.error->toSupportText(), true);
        }
    });
}

void CustomersView::onCustomerChanged(const model::Customer& changed)
{
    model::Customer customer = changed;
    name(customer);
    m_model->updateCustomer(customer);
    if (m_details->customer().id == customer.id) {
        m_details->setCustomer(customer);
    }
    updateStatusText();
}

void CustomersView::sendUpdate(const model::Customer& customer, const QString& busyText, const QString& doneText)
{
    if (!m_client) {
        return;
    }
    m_details->setBusy(true, busyText);
    const QString id = customer.id;
    m_client->updateCustomer(customer, this, [this, id, customer, doneText](const api::ApiResult<QUrl>& result) {
        if (m_details->customer().id == id) {
            m_details->setBusy(false);
            m_details->setTrackingId(result.trackingId);
        }
        if (!result.ok()) {
            if (m_details->customer().id == id && result.error) {
                m_details->showActionResult(result.error->toSupportText(), true);
            }
            return;
        }
        model::Customer updating = m_model->rowOf(id) >= 0 ? m_model->customerAt(m_model->rowOf(id)) : customer;
        updating.packages = customer.packages;
        updating.packageLimits = customer.packageLimits;
        updating.status = model::CustomerStatus::Updating;
        onCustomerChanged(updating);
        if (m_details->customer().id == id) {
            m_details->showActionResult(doneText, false);
        }
        if (m_tracker) {
            m_tracker->track(id);
        }
    });
}

void CustomersView::retryCurrent()
{
    const model::Customer customer = m_details->customer();
    if (customer.id.isEmpty()) {
        return;
    }
    // Webex has no retry call: sending the same packages again makes it provision what failed.
    sendUpdate(customer, tr("Asking Webex to provision again…"), tr("Provisioning again; the status updates itself."));
}

void CustomersView::updatePackagesCurrent()
{
    const model::Customer customer = m_details->customer();
    if (customer.id.isEmpty()) {
        return;
    }
    auto* dialog = new UpdatePackagesDialog(customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        sendUpdate(
            dialog->updatedCustomer(), tr("Updating the packages…"), tr("Packages sent; the customer is updating."));
    });
    dialog->open();
}

void CustomersView::deleteCurrent()
{
    const model::Customer customer = m_details->customer();
    if (customer.id.isEmpty() || !m_client) {
        return;
    }
    auto* dialog = new DeleteCustomerDialog(CustomerTableModel::displayName(customer), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = customer.id;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        if (!m_client) {
            return;
        }
        m_details->setBusy(true, tr("Deleting…"));
        m_client->deleteCustomer(id, this, [this, id](const api::ApiResult<QUrl>& result) {
            if (m_details->customer().id == id) {
                m_details->setBusy(false);
                m_details->setTrackingId(result.trackingId);
            }
            if (!result.ok()) {
                if (m_details->customer().id == id && result.error) {
                    m_details->showActionResult(result.error->toSupportText(), true);
                }
                return;
            }
            const int row = m_model->rowOf(id);
            if (row >= 0) {
                model::Customer deleting = m_model->customerAt(row);
                deleting.status = model::CustomerStatus::Deleting;
                onCustomerChanged(deleting);
            }
            if (m_tracker) {
                m_tracker->track(id);
            }
        });
    });
    dialog->open();
}

} // namespace onboarder::ui
