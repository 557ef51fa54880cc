#include "GuiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/CustomerNameCache.h"
#include "jobs/CustomerStatusTracker.h"
#include "ui/Resources.h"
#include "ui/dialogs/DeleteCustomerDialog.h"
#include "ui/views/customers/CustomerDetailsPane.h"
#include "ui/views/customers/CustomerFilterProxy.h"
#include "ui/views/customers/CustomerTableModel.h"
#include "ui/views/customers/CustomersView.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace onboarder;

using namespace onboarder::guitest;
using model::CustomerStatus;
using ui::CustomerTableModel;

// The customers view against the in-process sandbox: the provisioning triggers (sbx-warn-, sbx-error-, sbx-rpl-)
// settle live in the view, the filters narrow the table, and the detail pane's actions reach the API.
class tst_CustomersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void followsInFlightCustomersUntilTheySettle();
    void eachSettledStateShowsItsExplanation_data();
    void eachSettledStateShowsItsExplanation();
    void copyErrorTextHasCodesAndTrackingId();
    void textAndStatusFiltersNarrowTheList();
    void retryProvisionsAgain();
    void languageChangeKeepsTextsSetInCode();
    void configureCustomerIsRequestedWithItsId();
    void deleteAsksForTheName();
    void customersAreNamedInTheListSearchAndPaneAfterARestart();
    void exportWritesWhatIsShown();

private:
    model::Customer rowOf(const QString& id) const;
    bool select(const QString& id);

    testsupport::SandboxFixture m_sandbox;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    ui::CustomersView* m_view = nullptr;
    QHash<QString, QString> m_ids; // externalId prefix -> customer ID
    QTemporaryDir m_dir;
    std::unique_ptr<api::CustomerNameCache> m_names;
};

void tst_CustomersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QVERIFY(m_sandbox.start(testsupport::SandboxFixture::options(QStringLiteral("demo"), 1500)));
    m_tokens = new api::StaticTokenProvider(m_sandbox.token(), this);
    m_session = new api::ApiSession(m_sandbox.baseUrl(), m_tokens, this);
    m_client = new api::WholesaleClient(m_session, this);
    int serial = 0;
    for (const QString& prefix : { QStringLiteral("crm-view-"),
                                   QStringLiteral("sbx-warn-view-"),
                                   QStringLiteral("sbx-error-view-"),
                                   QStringLiteral("sbx-rpl-view-") }) {
        ++serial;
        const QString id = m_sandbox.createCustomer(prefix + QString::number(serial),
                                                    QStringLiteral("view%1@kund.example").arg(serial));
        QVERIFY(!id.isEmpty());
        m_ids.insert(prefix, id);
    }
    m_view = new ui::CustomersView;
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy loaded(m_view, &ui::CustomersView::loaded);
    m_names = std::make_unique<api::CustomerNameCache>(m_dir.filePath(QStringLiteral("customer-names.sqlite")));
    m_view->setNameCache(m_names.get(), QStringLiteral("Test"));
    m_view->setClient(m_client);
    m_view->tracker()->setInitialInterval(std::chrono::milliseconds(100));
    m_view->tracker()->setMaxInterval(std::chrono::milliseconds(300));
    QVERIFY(loaded.wait(15000));
}

void tst_CustomersView::cleanupTestCase()
{
    delete m_view;
    delete m_client;
    delete m_session;
    m_sandbox.stop();
}

model::Customer tst_CustomersView::rowOf(const QString& id) const
{
    const int row = m_view->customerModel()->rowOf(id);
    return row >= 0 ? m_view->customerModel()->customerAt(row) : model::Customer();
}

bool tst_CustomersView::select(const QString& id)
{
    if (!m_view->selectCustomer(id)) {
        return false;
    }
    // The pane reads the customer again (for its tracking ID); wait for that answer.
    return QTest::qWaitFor(
        [&] {
            return m_view->detailsPane()->customer().id == id
                && m_view->detailsPane()
                       ->findChild<QLabel*>(QStringLiteral("trackingIdValue"))
                       ->text()
                       .startsWith(QStringLiteral("ONBOARDER_"));
        },
        10000);
}

void tst_CustomersView::followsInFlightCustomersUntilTheySettle()
{
    // The four customers were created moments ago, so the list shows them provisioning and the tracker follows them.
    QSignalSpy settled(m_view, &ui::CustomersView::customerSettled);
    QVERIFY(rowOf(m_ids.value(QStringLiteral("crm-view-"))).status == CustomerStatus::Provisioning
            || rowOf(m_ids.value(QStringLiteral("crm-view-"))).status == CustomerStatus::Provisioned);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowOf(m_ids.value(QStringLiteral("crm-view-"))).status, CustomerStatus(CustomerStatus::Provisioned), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(m_ids.value(QStringLiteral("sbx-warn-view-"))).status,
                              CustomerStatus(CustomerStatus::ProvisionedWithErrors),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowOf(m_ids.value(QStringLiteral("sbx-error-view-"))).status, CustomerStatus(CustomerStatus::Error), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(m_ids.value(QStringLiteral("sbx-rpl-view-"))).status,
                              CustomerStatus(CustomerStatus::PendingRplReview),
                              20000);
    // One notification per settled customer, naming it.
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 4, 10000);
    QStringList settledIds;
    for (const auto& args : settled) {
        settledIds.append(args.at(0).toString());
    }
    for (const QString& id : m_ids) {
        QVERIFY(settledIds.contains(id));
    }
    QVERIFY(!m_view->notificationText().isEmpty());
    screenshot(m_view, QStringLiteral("customers-view"));
}

void tst_CustomersView::eachSettledStateShowsItsExplanation_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("advice");
    QTest::newRow("provisioned") << QStringLiteral("crm-view-") << QStringLiteral("every package is ready")
                                 << QStringLiteral("Configure Customer");
    QTest::newRow("provisioned_with_errors")
        << QStringLiteral("sbx-warn-view-") << QStringLiteral("at least one package did not provision")
        << QStringLiteral("2560: Webex Calling is in maintenance. Retry later.");
    QTest::newRow("error") << QStringLiteral("sbx-error-view-") << QStringLiteral("no organization was created")
                           << QStringLiteral("support ticket");
    QTest::newRow("pending_rpl_review") << QStringLiteral("sbx-rpl-view-") << QStringLiteral("restricted party list")
                                        << QStringLiteral("Nothing to do but wait");
}

void tst_CustomersView::eachSettledStateShowsItsExplanation()
{
    QFETCH(QString, prefix);
    QFETCH(QString, meaning);
    QFETCH(QString, advice);
    const QString id = m_ids.value(prefix);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id).status.isTerminal() || rowOf(id).status == CustomerStatus::PendingRplReview,
                             20000);
    QVERIFY(select(id));
    ui::CustomerDetailsPane* pane = m_view->detailsPane();
    const QString status = child<QLabel>(pane, "statusLabel")->text();
    const QString what = child<QLabel>(pane, "adviceLabel")->text();
    QVERIFY2(status.contains(meaning), qPrintable(status));
    QVERIFY2(what.contains(advice), qPrintable(what));
    screenshot(m_view,
               QStringLiteral("customer-details-")
                   + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('_'), QLatin1Char('-')));
    // Retry is offered exactly for the failed states.
    QCOMPARE(child<QPushButton>(pane, "retryButton")->isEnabled(), rowOf(id).status.isFailure());
}

void tst_CustomersView::copyErrorTextHasCodesAndTrackingId()
{
    const QString id = m_ids.value(QStringLiteral("sbx-warn-view-"));
    QVERIFY(select(id));
    ui::CustomerDetailsPane* pane = m_view->detailsPane();
    const QString trackingId = child<QLabel>(pane, "trackingIdValue")->text();
    click(child<QPushButton>(pane, "copyErrorButton"));
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("2560")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("provisioned_with_errors")));
    QVERIFY(text.contains(trackingId));
    QVERIFY(text.contains(QStringLiteral("Time: ")));
    QVERIFY(text.contains(QStringLiteral("sbx-warn-view-")));
}

void tst_CustomersView::textAndStatusFiltersNarrowTheList()
{
    QAbstractItemModel* shown = m_view->model();
    const int all = m_view->customerModel()->rowCount();
    QVERIFY(all >= 10);
    QCOMPARE(shown->rowCount(), all);
    QTest::keyClicks(m_view->findChild<QLineEdit*>(QStringLiteral("customerSearchEdit")),
                     QStringLiteral("SBX-ERROR-VIEW"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(CustomerTableModel::CustomerIdRole).toString(),
             m_ids.value(QStringLiteral("sbx-error-view-")));
    m_view->setTextFilter(QString());
    QCOMPARE(shown->rowCount(), all);

    // By status: every row left has it, and none of that status is missing.
    auto* combo = m_view->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    combo->setCurrentIndex(combo->findData(int(CustomerStatus::Error)));
    int errors = 0;
    for (int row = 0; row < all; ++row) {
        errors += m_view->customerModel()->statusAt(row) == CustomerStatus::Error ? 1 : 0;
    }
    QVERIFY(errors >= 2); // the seed's Maple Leaf Logistics and ours
    QCOMPARE(shown->rowCount(), errors);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, 0).data(CustomerTableModel::StatusRole).toInt(), int(CustomerStatus::Error));
    }
    // Both filters together.
    m_view->setTextFilter(QStringLiteral("view"));
    QCOMPARE(shown->rowCount(), 1);
    // Sorting by status keeps all rows.
    m_view->setTextFilter(QString());
    m_view->setStatusFilter(std::nullopt);
    m_view->findChild<QTableView*>(QStringLiteral("customersTable"))
        ->sortByColumn(CustomerTableModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(shown->rowCount(), all);
    const QString first = shown->index(0, CustomerTableModel::StatusColumn).data().toString();
    const QString last = shown->index(all - 1, CustomerTableModel::StatusColumn).data().toString();
    QVERIFY(QString::compare(first, last, Qt::CaseInsensitive) >= 0);
}

void tst_CustomersView::retryProvisionsAgain()
{
    const QString id = m_ids.value(QStringLiteral("sbx-error-view-"));
    QVERIFY(select(id));
    ui::CustomerDetailsPane* pane = m_view->detailsPane();
    const QString before = child<QLabel>(pane, "trackingIdValue")->text();
    click(child<QPushButton>(pane, "retryButton"));
    // The PUT is sent, the row goes to updating and then settles again (the trigger still fails it).
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id).status == CustomerStatus::Updating, 10000);
    QVERIFY(child<QLabel>(pane, "trackingIdValue")->text() != before);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(id).status, CustomerStatus(CustomerStatus::Error), 20000);
}

void tst_CustomersView::languageChangeKeepsTextsSetInCode()
{
    const QString id = m_ids.value(QStringLiteral("sbx-warn-view-"));
    QVERIFY(select(id));
    auto* combo = m_view->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    combo->setCurrentIndex(combo->findData(int(CustomerStatus::ProvisionedWithErrors)));
    const int shownBefore = m_view->model()->rowCount();
    const QString advice = child<QLabel>(m_view->detailsPane(), "adviceLabel")->text();
    // Installing a translator sends LanguageChange to every widget; texts set in code must come back, not vanish.
    QTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(child<QToolButton>(m_view, "newCustomerButton")->text(), QStringLiteral("New Customer"));
    QCOMPARE(combo->count(), 8);
    QCOMPARE(combo->currentData().toInt(), int(CustomerStatus::ProvisionedWithErrors));
    QCOMPARE(m_view->model()->rowCount(), shownBefore);
    QCOMPARE(child<QLabel>(m_view->detailsPane(), "adviceLabel")->text(), advice);
    QCoreApplication::removeTranslator(&translator);
    m_view->setStatusFilter(std::nullopt);
}

void tst_CustomersView::configureCustomerIsRequestedWithItsId()
{
    const QString id = m_ids.value(QStringLiteral("crm-view-"));
    QVERIFY(select(id));
    QSignalSpy requested(m_view, &ui::CustomersView::configureCustomerRequested);
    click(child<QPushButton>(m_view->detailsPane(), "configureButton"));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), id);
    // Not for a customer without an organization.
    QVERIFY(select(m_ids.value(QStringLiteral("sbx-rpl-view-"))));
    QVERIFY(!child<QPushButton>(m_view->detailsPane(), "configureButton")->isEnabled());
}

void tst_CustomersView::deleteAsksForTheName()
{
    const QString id = m_ids.value(QStringLiteral("crm-view-"));
    QVERIFY(select(id));
    const QString name = CustomerTableModel::displayName(rowOf(id));
    click(child<QPushButton>(m_view->detailsPane(), "deleteButton"));
    ui::DeleteCustomerDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<ui::DeleteCustomerDialog*>()) && dialog->isVisible());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    auto* edit = child<QLineEdit>(dialog, "confirmNameEdit");
    QTest::keyClicks(edit, name.left(name.size() - 1));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QVERIFY(!child<QLabel>(dialog, "deleteMismatch")->text().isEmpty());
    QTest::keyClicks(edit, name.right(1));
    QVERIFY(dialog->deleteButton()->isEnabled());
    screenshot(dialog, QStringLiteral("customer-details-delete-confirmation"));
    QSignalSpy settled(m_view, &ui::CustomersView::customerSettled);
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("customersTable"));
    const int tableTop = table->mapTo(m_view, QPoint(0, 0)).y();
    click(dialog->deleteButton());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->customerModel()->rowOf(id) < 0, 20000);
    QVERIFY(m_view->notificationText().contains(QStringLiteral("was deleted")));
    // The message has its own line: the table did not move. Once stale, it goes.
    settle();
    QCOMPARE(table->mapTo(m_view, QPoint(0, 0)).y(), tableTop);
    m_view->setNotificationLifetime(std::chrono::milliseconds(100));
    QTRY_VERIFY(m_view->notificationText().isEmpty());
    m_view->setNotificationLifetime(std::chrono::seconds(20));
    QCOMPARE(m_sandbox.client().get(QStringLiteral("/wholesale/customers/") + id).status, 404);
}

void tst_CustomersView::customersAreNamedInTheListSearchAndPaneAfterARestart()
{
    // A customer created here that never gets an organization: only its create knows its name.
    const QString failedId
        = m_sandbox.createCustomer(QStringLiteral("sbx-error-named-1"), QStringLiteral("named@kund.example"));
    QVERIFY(!failedId.isEmpty());
    model::Customer created;
    created.id = failedId;
    created.externalId = QStringLiteral("sbx-error-named-1");
    created.customerInfo.name = QStringLiteral("Felsökning Kund AB");
    created.status = CustomerStatus(CustomerStatus::Provisioning);
    m_view->addCreatedCustomer(created);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(failedId).status, CustomerStatus(CustomerStatus::Error), 20000);

    const auto checkNames = [](ui::CustomersView* view, const QString& failed) {
        const auto idOf = [view](const QString& externalId) {
            for (int row = 0; row < view->customerModel()->rowCount(); ++row) {
                if (view->customerModel()->customerAt(row).externalId == externalId) {
                    return view->customerModel()->customerAt(row).id;
                }
            }
            return QString();
        };
        // Every seeded customer with an organization is named after it; ours by its create.
        const QString kaffe = idOf(QStringLiteral("crm-se-1001"));
        QVERIFY(!kaffe.isEmpty());
        const CustomerTableModel* model = view->customerModel();
        QCOMPARE(model->index(model->rowOf(kaffe), CustomerTableModel::NameColumn).data().toString(),
                 QStringLiteral("Kaffebryggeriet Göteborg AB"));
        QCOMPARE(model->index(model->rowOf(failed), CustomerTableModel::NameColumn).data().toString(),
                 QStringLiteral("Felsökning Kund AB"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        // Search by name.
        auto* search = view->findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Kaffe"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toString(), kaffe);
        search->clear();
        view->setTextFilter(QStringLiteral("felsökning")); // typed keys must be ASCII in QTest
        QCOMPARE(view->model()->rowCount(), 1);
        search->clear();
        // The pane is titled by the name, the external ID beneath.
        QVERIFY(view->selectCustomer(kaffe));
        QCOMPARE(child<QLabel>(view->detailsPane(), "detailsTitle")->text(),
                 QStringLiteral("Kaffebryggeriet Göteborg AB"));
        QVERIFY(child<QLabel>(view->detailsPane(), "detailsSubtitle")->text().contains(QStringLiteral("crm-se-1001")));
    };
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoadingNames(), 10000);
    checkNames(m_view, failedId);
    if (QTest::currentTestFailed()) {
        return;
    }

    // A restart: a new view and cache object on the same file. The names come with the list, the failed
    // customer's from the cache alone (no organization names it), and the list took one request for all names.
    api::CustomerNameCache names(m_dir.filePath(QStringLiteral("customer-names.sqlite")));
    ui::CustomersView restarted;
    restarted.resize(1200, 700);
    restarted.show();
    QSignalSpy loaded(&restarted, &ui::CustomersView::loaded);
    restarted.setNameCache(&names, QStringLiteral("Test"));
    restarted.setClient(m_client);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!restarted.isLoadingNames(), 10000);
    QCOMPARE(restarted.nameRequestCount(), 1);
    checkNames(&restarted, failedId);
    // Another profile's cache does not lend its names.
    QVERIFY(names.names(QStringLiteral("Other")).isEmpty());
    // Each organization is kept with its customer, for requests that name only the organization.
    const api::CustomerNameCache::Known known = names.known(QStringLiteral("Test"));
    int withOrganization = 0;
    for (int row = 0; row < restarted.customerModel()->rowCount(); ++row) {
        const model::Customer& customer = restarted.customerModel()->customerAt(row);
        if (!customer.orgId.isEmpty()) {
            QCOMPARE(known.orgIdsByCustomerId.value(customer.id), customer.orgId);
            ++withOrganization;
        }
    }
    QVERIFY(withOrganization > 0);
    QVERIFY(!known.orgIdsByCustomerId.contains(failedId));
}

void tst_CustomersView::exportWritesWhatIsShown()
{
    m_view->setStatusFilter(std::nullopt);
    m_view->setTextFilter(QStringLiteral("Kaffe"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    const QString path = m_dir.filePath(QStringLiteral("customers.csv"));
    QString error;
    QVERIFY2(m_view->exportShown(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read it as UTF-8
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and the one customer shown
    QCOMPARE(lines.at(0), QStringLiteral("Name,External ID,Status,Packages,Country,Last change"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral(
                 "Kaffebryggeriet Göteborg AB,crm-se-1001,Provisioned,\"Webex Calling, Webex Meetings\",")),
             qPrintable(lines.at(1)));
    m_view->setTextFilter(QString());
}

QTEST_MAIN(tst_CustomersView)
#include "tst_CustomersView.moc"
