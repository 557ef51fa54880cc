#include "GuiTestSupport.h"
#include "api/ApiSession.h"
#include "api/WholesaleClient.h"
#include "connection/AuditLog.h"
#include "connection/ProfileStore.h"
#include "jobs/TemplateStore.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/ProfileConnection.h"
#include "ui/ThemeSwitcher.h"
#include "ui/configure/AddUsersTab.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/ConfigureCustomerWindow.h"
#include "ui/configure/UnsentUsersStore.h"
#include "ui/configure/UserTableModel.h"
#include "ui/views/activity/ActivityView.h"
#include "ui/views/customers/CustomerDetailsPane.h"
#include "ui/views/customers/CustomerTableModel.h"
#include "ui/views/customers/CustomersView.h"
#include "ui/views/templates/TemplateTableModel.h"
#include "ui/views/templates/TemplatesView.h"
#include "ui/wizards/template/TemplateWizard.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

using namespace onboarder;
using namespace onboarder::guitest;

namespace {

// Calls `seen` whenever the object it filters gets an event of `type`.
class EventWatcher : public QObject
{
public:
    EventWatcher(QObject* parent, QEvent::Type type, std::function<void()> seen)
        : QObject(parent)
        , m_type(type)
        , m_seen(std::move(seen))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == m_type) {
            m_seen();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_seen;
};

} // namespace

// The main window started with no profile: it must open on the in-process demo sandbox with no sign-in.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsOnDemoSandbox();
    void connectionStatusFollowsTheLanguage();
    void firstStartOpensOnCustomersWithoutHorizontalScroll();
    void navigationSwitchesPages();
    void templatesViewOpensDuplicatesAndDeletes();
    void templateCountFollowsTheLanguage();
    void activityTellsWhatWasDone();
    void activityGroupsABulkRunAndFiltersByCustomer();
    void newTemplateOpensWizard();
    void configureCustomerOpensItsWindow();
    void usersFileOfTheWizardOpensConfigureWhenProvisioned();
    void profileSwitchAsksAboutUsersNotAdded();
    void pagesInEveryThemeAndLanguage();
    void demoWorkSurvivesARestartAndResetReturnsTheSeed();
    void startsOnAConnectionStartedBeforeItAndMakesTheOtherPagesLater();
    void showsWithItsFirstListWhenItComesWithinTheBudget();
    void asksForTheCustomersAtOnceWhenTheSandboxListensBeforeTheWindowIsBuilt();
    void activityAskedBeforeTheFirstListRunsTheStartUpWorkFirst();
    void searchFieldClearsWithTheApplicationsIconInEveryTheme();

private:
    // Opens Configure customer for a provisioned demo customer from the customers list; null when none opened.
    ui::ConfigureCustomerWindow* openConfigureWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<api::ProfileStore> m_profiles;
    std::unique_ptr<api::AuditLog> m_audit;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OnboarderTests"));
    m_profiles = std::make_unique<api::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_audit = std::make_unique<api::AuditLog>();
    QVERIFY(m_audit->open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
    QSettings().remove(QStringLiteral("mainWindow")); // a first start
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en"))); // English plurals come from its catalogue
    m_window = std::make_unique<ui::MainWindow>(m_profiles.get(), m_audit.get(), nullptr);
    QSignalSpy ready(m_window.get(), &ui::MainWindow::profileReady);
    m_window->show();
    m_window->activateProfile(QString());
    QVERIFY(ready.wait(60000));
}

void tst_MainWindow::cleanupTestCase()
{
    m_window.reset();
}

void tst_MainWindow::startsOnDemoSandbox()
{
    QVERIFY(m_window->connection()->isSandbox());
    QCOMPARE(m_profiles->lastProfileName(), api::Profile::demoProfileName());
    QVERIFY(child<QLabel>(m_window.get(), "demoBadge")->isVisible());
    auto* combo = child<QComboBox>(m_window.get(), "profileCombo");
    QVERIFY(combo->currentText().contains(api::Profile::demoProfileName()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo")));
    // Customers come from the sandbox's demo seed.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->customersView()->model()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->templatesView()->model()->rowCount() > 0, 20000);
}

void tst_MainWindow::connectionStatusFollowsTheLanguage()
{
    // The demo's status stays in the status bar all day: a language switch says it again in the new language.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->isReady(), 20000);
    QStatusBar* bar = m_window->statusBar();
    const QString url = m_window->connection()->session()->baseUrl().toDisplayString();
    const QString english = QStringLiteral("Demo sandbox at %1 – demo data only, nothing reaches Webex").arg(url);
    QCOMPARE(bar->currentMessage(), english);
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    settle();
    QCOMPARE(bar->currentMessage(), QStringLiteral("Demosandlåda på %1 – endast demodata, inget når Webex").arg(url));
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    settle();
    QCOMPARE(bar->currentMessage(), english);
    // A message shown since stays as it was said.
    bar->showMessage(QStringLiteral("Template created."));
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    settle();
    QCOMPARE(bar->currentMessage(), QStringLiteral("Template created."));
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    settle();
    bar->clearMessage();
}

void tst_MainWindow::firstStartOpensOnCustomersWithoutHorizontalScroll()
{
    QCOMPARE(m_window->currentPage(), ui::MainWindow::CustomersPage);
    // The default size on a 1366×768 screen (a panel takes some of its height).
    const QSize size = ui::MainWindow::defaultSize(QSize(1366, 768 - 32));
    QVERIFY(size.width() <= 1366 && size.height() <= 768);
    m_window->resize(size);
    ui::CustomersView* view = m_window->customersView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && !view->isLoadingNames() && view->model()->rowCount() > 0, 20000);
    settle();
    auto* table = child<QTableView>(view, "customersTable");
    QVERIFY2(!table->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("table %1 px wide, its columns need %2 px")
                            .arg(table->viewport()->width())
                            .arg(table->horizontalHeader()->length())
                        + [table] {
                              QString widths;
                              for (int c = 0; c < table->model()->columnCount(); ++c) {
                                  widths += QStringLiteral(" %1").arg(table->columnWidth(c));
                              }
                              return widths;
                          }()));
    // Every column is there, the Packages one wide enough for a customer's two packages.
    for (int column = 0; column < ui::CustomerTableModel::ColumnCount; ++column) {
        QVERIFY(!table->isColumnHidden(column));
    }
    screenshot(m_window.get(), QStringLiteral("main-window-1366x768"));
}

void tst_MainWindow::navigationSwitchesPages()
{
    auto* nav = child<QListWidget>(m_window.get(), "navigationList");
    QCOMPARE(nav->count(), 3);
    nav->setFocus();
    nav->setCurrentRow(0);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::CustomersPage);
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::TemplatesPage);
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::ActivityPage);
}

void tst_MainWindow::templatesViewOpensDuplicatesAndDeletes()
{
    m_window->showPage(ui::MainWindow::TemplatesPage);
    ui::TemplatesView* view = m_window->templatesView();
    auto* table = child<QTableView>(view, "templatesTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    settle();
    const int before = table->model()->rowCount();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    const auto current = view->currentTemplate();
    QVERIFY(current);

    // Open: the dialog shows the Provisioning ID with a copy button.
    click(child<QPushButton>(view, "openTemplateButton"));
    QDialog* dialog = view->findChild<QDialog*>(QStringLiteral("templateDetailsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "provisioningIdEdit")->text(), current->provisioningId);
    QVERIFY(child<QPushButton>(dialog, "copyProvisioningIdButton")->isEnabled());
    dialog->close();

    // Duplicate: a copy with its own name and a new Provisioning ID.
    click(child<QPushButton>(view, "duplicateTemplateButton"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 10000);
    const QString copyName = current->name + QStringLiteral(" (copy)");
    QVERIFY(view->selectTemplate(copyName));
    QVERIFY(!view->currentTemplate()->provisioningId.isEmpty());
    QVERIFY(view->currentTemplate()->provisioningId != current->provisioningId);

    // Delete asks first; Cancel keeps it.
    int asked = 0;
    view->setConfirmAnswer([&asked] {
        ++asked;
        return QMessageBox::Cancel;
    });
    click(child<QPushButton>(view, "deleteTemplateButton"));
    QCOMPARE(asked, 1);
    QTest::qWait(200);
    QCOMPARE(table->model()->rowCount(), before + 1);
    view->setConfirmAnswer([&asked] {
        ++asked;
        return QMessageBox::Yes;
    });
    click(child<QPushButton>(view, "deleteTemplateButton"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before, 10000);

    // Export of the selected template.
    QVERIFY(view->selectTemplate(current->name));
    QString error;
    const QString md = m_dir.filePath(QStringLiteral("export.md"));
    QVERIFY2(view->exportCurrentTo(md, &error), qPrintable(error));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(current->name));
    QVERIFY(text.contains(current->provisioningId));
}

// The templates page's count is said again in the language chosen while the page shows it.
void tst_MainWindow::templateCountFollowsTheLanguage()
{
    m_window->showPage(ui::MainWindow::TemplatesPage);
    auto* status = child<QLabel>(m_window.get(), "templatesStatus");
    QSignalSpy changed(m_window->templatesView()->store(), &jobs::TemplateStore::templatesChanged);
    m_window->templatesView()->store()->refresh();
    QVERIFY(changed.wait(20000));
    const int count = int(m_window->templatesView()->store()->templates().size());
    QVERIFY(count > 1);
    QCOMPARE(status->text(), QStringLiteral("%1 templates.").arg(count));
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    settle();
    QCOMPARE(status->text(), QStringLiteral("%1 mallar.").arg(count));
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    settle();
    QCOMPARE(status->text(), QStringLiteral("%1 templates.").arg(count));
}

void tst_MainWindow::activityTellsWhatWasDone()
{
    // The duplicate and delete of the previous test are in the audit log; the activity page says them in words.
    m_window->showPage(ui::MainWindow::ActivityPage);
    auto* table = child<QTreeWidget>(m_window.get(), "activityTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->topLevelItemCount() >= 2, 10000);
    QStringList actions;
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        actions << table->topLevelItem(row)->text(2);
        QVERIFY(!table->topLevelItem(row)->text(3).isEmpty());
    }
    QVERIFY2(actions.contains(QStringLiteral("Delete onboarding template")), qPrintable(actions.join(u'|')));
    const auto created = std::find_if(actions.cbegin(), actions.cend(), [](const QString& action) {
        return action.startsWith(QStringLiteral("Create onboarding template “"))
            && action.contains(QStringLiteral("(copy)"));
    });
    QVERIFY2(created != actions.cend(), qPrintable(actions.join(u'|')));
    QCOMPARE(table->topLevelItem(static_cast<int>(created - actions.cbegin()))->text(3), QStringLiteral("Done"));
}

void tst_MainWindow::activityGroupsABulkRunAndFiltersByCustomer()
{
    // A 100-user import for a demo customer, as the audit log records it (a precheck and a create per user, all
    // with the run's ID); while it runs, a change of another customer, a location added to the first customer's
    // organization (the request names only the organization) and a check of 3 other users of the same customer in
    // a run of its own.
    ui::CustomersView* customers = m_window->customersView();
    QTRY_VERIFY_WITH_TIMEOUT(!customers->isLoading() && !customers->isLoadingNames(), 20000);
    QString kaffe;
    QString kaffeOrg;
    QString other;
    for (int row = 0; row < customers->customerModel()->rowCount(); ++row) {
        const model::Customer& c = customers->customerModel()->customerAt(row);
        if (c.externalId == QStringLiteral("crm-se-1001")) {
            kaffe = c.id;
            kaffeOrg = c.orgId;
        } else {
            other = c.id;
        }
    }
    QVERIFY(!kaffe.isEmpty() && !kaffeOrg.isEmpty() && !other.isEmpty());
    const QString profile = api::Profile::demoProfileName();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QString bulkRun = QStringLiteral("run-100-users");
    const QString checkRun = QStringLiteral("run-check-3-users");
    const auto record = [&](const QString& path, const QString& summary, int status, int second, const QString& run) {
        api::AuditEntry e;
        e.time = start.addSecs(second);
        e.profile = profile;
        e.method = "POST";
        e.path = path;
        e.httpStatus = status;
        e.trackingId = QStringLiteral("ONBOARDER_test_%1").arg(second);
        e.summary = summary;
        e.runId = run;
        QVERIFY(m_audit->append(e));
    };
    const auto user = [&kaffe](int i) {
        return QStringLiteral(R"({"customerId":"%1","email":"user%2@kaffe.example"})").arg(kaffe).arg(i);
    };
    for (int i = 0; i < 100; ++i) {
        record(QStringLiteral("/v1/wholesale/subscribers/validate"), user(i), 200, i / 10, bulkRun);
    }
    for (int i = 0; i < 3; ++i) {
        record(QStringLiteral("/v1/wholesale/subscribers/validate"), user(500 + i), 200, 10, checkRun);
    }
    record(QStringLiteral("/v1/locations?orgId=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(kaffeOrg))),
           QStringLiteral(R"({"name":"Lager Hisingen"})"),
           201,
           11,
           QString());
    for (int i = 0; i < 100; ++i) {
        record(QStringLiteral("/v1/wholesale/subscribers"), user(i), i == 42 ? 409 : 201, 10 + i / 10, bulkRun);
    }
    api::AuditEntry update;
    update.time = start.addSecs(30);
    update.profile = profile;
    update.method = "PUT";
    update.path = QStringLiteral("/v1/wholesale/customers/") + other;
    update.httpStatus = 202;
    QVERIFY(m_audit->append(update));

    m_window->showPage(ui::MainWindow::ActivityPage);
    ui::ActivityView* activity = m_window->activityView();
    activity->refresh();
    auto* tree = child<QTreeWidget>(activity, "activityTable");
    // Newest first: the update, the run (its newest request came after the location and the check), the location,
    // the check.
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Update customer packages"));
    QTreeWidgetItem* run = tree->topLevelItem(1);
    QCOMPARE(run->childCount(), 200);
    QCOMPARE(run->text(1), QStringLiteral("Kaffebryggeriet Göteborg AB"));
    QCOMPARE(run->text(2), QStringLiteral("Add 100 users"));
    QCOMPARE(run->text(3), QStringLiteral("1 of 200 requests failed"));
    QVERIFY(run->child(0)->text(4).startsWith(QStringLiteral("ONBOARDER_test_")));
    QTreeWidgetItem* location = tree->topLevelItem(2);
    QCOMPARE(location->text(2), QStringLiteral("Add location “Lager Hisingen”"));
    QCOMPARE(location->text(1), QStringLiteral("Kaffebryggeriet Göteborg AB"));
    QTreeWidgetItem* check = tree->topLevelItem(3);
    QCOMPARE(check->childCount(), 3);
    QCOMPARE(check->text(2), QStringLiteral("Precheck 3 users"));
    screenshot(m_window.get(), QStringLiteral("main-window-activity"));

    // By customer: only its two runs and the location are left; by result: only the failed create inside the run.
    auto* customerCombo = child<QComboBox>(activity, "activityCustomerCombo");
    QVERIFY(customerCombo->findText(QStringLiteral("Kaffebryggeriet Göteborg AB")) > 0);
    activity->setCustomerFilter(kaffe);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 200);
    activity->setResultFilter(ui::ActivityView::Result::Failed);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    // Export writes what is shown.
    const QString csv = m_dir.filePath(QStringLiteral("activity.csv"));
    QString error;
    QVERIFY2(activity->exportShown(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 2); // the header and the failed create
    activity->setResultFilter(ui::ActivityView::Result::Any);
    activity->setCustomerFilter(other);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 0);
    // By text.
    activity->setCustomerFilter(QString());
    activity->setTextFilter(QStringLiteral("update customer"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    activity->setTextFilter(QString());
}

void tst_MainWindow::newTemplateOpensWizard()
{
    ui::TemplateWizard* wizard = m_window->newTemplateWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ui::TemplateWizard::Page_OfferType));

    // File → Save Draft (Ctrl+S) of the main window saves the open wizard to its draft file.
    QAction* save = m_window->findChild<QAction*>(QStringLiteral("saveDraftAction"));
    QVERIFY(save);
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    const QString path = m_dir.filePath(QStringLiteral("from-main-window.onboarder-template.json"));
    QString error;
    QVERIFY2(wizard->saveDraft(path, &error), qPrintable(error)); // names the draft file, as Save As would
    const QDateTime first = QFileInfo(path).lastModified();
    QTest::qWait(1100); // file times have one-second resolution on some file systems
    save->trigger();
    QVERIFY(QFileInfo(path).lastModified() > first);
    QVERIFY(!wizard->isModified());
    wizard->close();
}

ui::ConfigureCustomerWindow* tst_MainWindow::openConfigureWindow()
{
    m_window->showPage(ui::MainWindow::CustomersPage);
    ui::CustomersView* view = m_window->customersView();
    QAbstractItemModel* model = view->model();
    if (!QTest::qWaitFor([&] { return !view->isLoading() && model->rowCount() > 0; }, 20000)) {
        qWarning("no customers listed");
        return nullptr;
    }
    // The pane makes its buttons when it first shows a customer.
    QPushButton* configure = nullptr;
    QString customerId;
    for (int row = 0; row < model->rowCount() && customerId.isEmpty(); ++row) {
        const QString id = model->index(row, 0).data(ui::CustomerTableModel::CustomerIdRole).toString();
        if (view->selectCustomer(id)) {
            configure = child<QPushButton>(view->detailsPane(), "configureButton");
            if (configure->isEnabled()) {
                customerId = id;
            }
        }
    }
    if (customerId.isEmpty()) {
        qWarning("the demo seed has no provisioned customer");
        return nullptr;
    }
    settle();
    QTest::mouseClick(configure, Qt::LeftButton);
    ui::ConfigureCustomerWindow* window = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* found = qobject_cast<ui::ConfigureCustomerWindow*>(top); found && found->isVisible()) {
                    window = found;
                }
            }
            return window != nullptr;
        },
        5000);
    if (!opened || window->property("customerId").toString() != customerId) {
        qWarning("the customer's window did not open");
        return nullptr;
    }
    QSignalSpy loaded(window->controller(), &ui::ConfigureCustomerController::loaded);
    if (loaded.count() == 0 && !window->controller()->isLoaded() && !loaded.wait(20000)) {
        qWarning("the customer did not load");
        return nullptr;
    }
    return window;
}

void tst_MainWindow::configureCustomerOpensItsWindow()
{
    // From the customers list: a provisioned demo customer, its Configure button, its own window, loaded.
    ui::ConfigureCustomerWindow* window = openConfigureWindow();
    QVERIFY(window);
    const QString customerId = window->property("customerId").toString();

    // Asking again raises the same window rather than opening a second one.
    QCOMPARE(m_window->configureCustomer(customerId), window);
    // Switching the profile closes it: its client goes with the old connection.
    QPointer<ui::ConfigureCustomerWindow> guard(window);
    QSignalSpy ready(m_window.get(), &ui::MainWindow::profileReady);
    m_window->activateProfile(QString());
    QVERIFY(guard.isNull());
    QVERIFY(ready.wait(60000));
}

// Choosing a profile closes the Configure customer windows as closing them by hand does: a window with users not
// added asks first. Cancel keeps the profile, the window and its rows; Keep for next time keeps the rows and then
// switches.
// The users file named on the customer wizard's summary: once the customer is provisioned its Configure Customer
// window opens with the users imported and checked, ready to add; a customer that ended in error says so instead.
void tst_MainWindow::usersFileOfTheWizardOpensConfigureWhenProvisioned()
{
    m_window->showPage(ui::MainWindow::CustomersPage);
    ui::CustomersView* view = m_window->customersView();
    QAbstractItemModel* model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && model->rowCount() > 0, 20000);
    auto firstWithStatus = [model](model::CustomerStatus::Value status, const QString& name = QString()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ui::CustomerTableModel::StatusRole).toInt() == int(status)
                && index.data().toString().startsWith(name)) {
                return index.data(ui::CustomerTableModel::CustomerIdRole).toString();
            }
        }
        return QString();
    };
    // A customer with Webex Meetings, the package of the file's users.
    const QString provisioned = firstWithStatus(model::CustomerStatus::Provisioned, QStringLiteral("Kaffebryggeriet"));
    const QString failed = firstWithStatus(model::CustomerStatus::Error);
    QVERIFY(!provisioned.isEmpty());
    QVERIFY(!failed.isEmpty());
    const QString profile = api::Profile::demoProfileName();
    ui::UnsentUsersStore::forget(profile, provisioned);

    const QString usersFile = m_dir.filePath(QStringLiteral("users-after-create.csv"));
    QFile file(usersFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First name,Last name,Email,Package\n"
               "Tove,Ek,tove.ek@after-create.example,webex_meetings\n"
               "Ulf,Ek,ulf.ek@after-create.example,webex_meetings\n");
    file.close();

    m_window->addUsersWhenProvisioned(provisioned, usersFile);
    QPointer<ui::ConfigureCustomerWindow> window;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                auto* found = qobject_cast<ui::ConfigureCustomerWindow*>(top);
                if (found && found->isVisible() && found->property("customerId").toString() == provisioned) {
                    window = found;
                }
            }
            return !window.isNull();
        }(),
        20000);
    ui::UserTableModel* users = window->usersTab()->model();
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 2, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(child<QPushButton>(window, "provisionUsersButton")->isEnabled(),
                              qPrintable(child<QLabel>(window, "usersSummary")->text()),
                              20000); // checked
    QCOMPARE(users->state(0), ui::UserTableModel::RowState::Checked);
    QCOMPARE(users->state(1), ui::UserTableModel::RowState::Checked);
    // Not added: closing asks, and Discard drops them.
    window->close();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("unsentUsersBox"))) && box->isVisible());
    click(child<QPushButton>(box, "discardUsersButton"));
    QTRY_VERIFY(window.isNull());
    QVERIFY(ui::UnsentUsersStore::kept(profile, provisioned).isEmpty());

    m_window->addUsersWhenProvisioned(failed, usersFile);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("The users of users-after-create.csv")),
        20000);
    for (QWidget* top : QApplication::topLevelWidgets()) {
        auto* found = qobject_cast<ui::ConfigureCustomerWindow*>(top);
        QVERIFY(!found || found->property("customerId").toString() != failed);
    }
}

void tst_MainWindow::profileSwitchAsksAboutUsersNotAdded()
{
    QPointer<ui::ConfigureCustomerWindow> window = openConfigureWindow();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->usersTab()->isReady(), 20000);
    const QString customerId = window->property("customerId").toString();
    const QString profile = api::Profile::demoProfileName();
    ui::UnsentUsersStore::forget(profile, customerId);
    ui::UserTableModel* users = window->usersTab()->model();
    const QString email = QStringLiteral("vera.vaxla@kaffebryggeriet.example");
    QVERIFY(users->setData(users->index(0, ui::UserTableModel::Email), email));
    QCOMPARE(window->usersTab()->unsentUsers().size(), 1);

    auto* combo = child<QComboBox>(m_window.get(), "profileCombo");
    ui::ProfileConnection* connection = m_window->connection();
    QSignalSpy ready(m_window.get(), &ui::MainWindow::profileReady);
    auto question = [&window]() -> QMessageBox* {
        QMessageBox* box = nullptr;
        const bool asked = QTest::qWaitFor(
            [&] {
                box = window ? window->findChild<QMessageBox*>(QStringLiteral("unsentUsersBox")) : nullptr;
                return box && box->isVisible();
            },
            5000);
        return asked ? box : nullptr;
    };
    emit combo->activated(combo->currentIndex());
    QMessageBox* box = question();
    QVERIFY2(box, "switching the profile asks about the users not added");
    QCOMPARE(m_window->connection(), connection); // nothing switched before the answer

    click(box->button(QMessageBox::Cancel));
    QTRY_VERIFY(!window->findChild<QMessageBox*>(QStringLiteral("unsentUsersBox")));
    QVERIFY(window->isVisible());
    QCOMPARE(window->usersTab()->unsentUsers().size(), 1);
    QCOMPARE(m_window->connection(), connection);
    QVERIFY(combo->currentText().contains(profile));
    QCOMPARE(ready.count(), 0);

    emit combo->activated(combo->currentIndex());
    box = question();
    QVERIFY(box);
    click(child<QPushButton>(box, "keepUsersButton"));
    QVERIFY(ready.wait(60000));
    QVERIFY(window.isNull());
    QVERIFY(ui::UnsentUsersStore::kept(profile, customerId).contains(email.toUtf8()));
    ui::UnsentUsersStore::forget(profile, customerId);
}

void tst_MainWindow::pagesInEveryThemeAndLanguage()
{
    // Each page in light and dark, English and Swedish: they switch without a restart, and with
    // ONBOARDER_SCREENSHOT_DIR set they are the screenshots of docs/screenshots.
    m_window->resize(ui::MainWindow::defaultSize(QSize(1366, 768 - 32)));
    const QList<QPair<ui::MainWindow::Page, QString>> pages {
        { ui::MainWindow::CustomersPage, QStringLiteral("customers") },
        { ui::MainWindow::TemplatesPage, QStringLiteral("templates") },
        { ui::MainWindow::ActivityPage, QStringLiteral("activity") }
    };
    auto* nav = child<QListWidget>(m_window.get(), "navigationList");
    ui::CustomersView* customers = m_window->customersView();
    QTRY_VERIFY_WITH_TIMEOUT(!customers->isLoading() && !customers->isLoadingNames(), 20000);
    for (const QString& theme : { ui::ThemeSwitcher::light(), ui::ThemeSwitcher::dark() }) {
        ui::ThemeSwitcher::apply(theme);
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("sv") }) {
            QVERIFY(ui::LanguageSwitcher::apply(language));
            settle();
            QCOMPARE(nav->item(0)->text(),
                     language == QLatin1String("sv") ? QStringLiteral("Kunder") : QStringLiteral("Customers"));
            for (const auto& [page, name] : pages) {
                m_window->showPage(page);
                if (page == ui::MainWindow::CustomersPage) {
                    m_window->customersView()->selectCustomer(m_window->customersView()
                                                                  ->model()
                                                                  ->index(0, 0)
                                                                  .data(ui::CustomerTableModel::CustomerIdRole)
                                                                  .toString());
                }
                settle();
                screenshot(m_window.get(), QStringLiteral("main-window-%1-%2-%3").arg(name, language, theme));
            }
        }
    }
    ui::ThemeSwitcher::apply(ui::ThemeSwitcher::light());
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    m_window->showPage(ui::MainWindow::CustomersPage);
}

namespace {
// The sandbox's templates of the window's connection, asked through its client.
QStringList templateIds(ui::MainWindow* window)
{
    QStringList ids;
    bool done = false;
    window->connection()->client()->listSandboxTemplates(
        window, [&](const api::ApiResult<QList<model::OnboardingTemplate>>& result) {
            done = true;
            for (const model::OnboardingTemplate& t : result.value.value_or(QList<model::OnboardingTemplate>())) {
                ids.append(t.provisioningId);
            }
        });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        qWarning("no answer for the templates");
    }
    return ids;
}

std::unique_ptr<ui::MainWindow> startDemo(api::ProfileStore* profiles, const QString& dataDir)
{
    auto window = std::make_unique<ui::MainWindow>(profiles, nullptr, nullptr);
    window->setDemoDataDir(dataDir);
    QSignalSpy ready(window.get(), &ui::MainWindow::profileReady);
    window->activateProfile(QString());
    if (!ready.wait(60000)) {
        return nullptr;
    }
    return window;
}
} // namespace

void tst_MainWindow::demoWorkSurvivesARestartAndResetReturnsTheSeed()
{
    QTemporaryDir data;
    api::ProfileStore profiles(data.filePath(QStringLiteral("profiles.ini")));
    const QString demoDir = data.filePath(QStringLiteral("demo-sandbox"));
    auto window = startDemo(&profiles, demoDir);
    QVERIFY(window);
    const QStringList seeded = templateIds(window.get());
    QVERIFY(seeded.size() >= 2);

    // Work on the demo: a template deleted.
    bool deleted = false;
    window->connection()->client()->deleteSandboxTemplate(
        seeded.first(), window.get(), [&](const api::ApiResult<bool>& result) { deleted = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 20000);

    // Quit and start again: the work is still there.
    window.reset();
    window = startDemo(&profiles, demoDir);
    QVERIFY(window);
    QStringList after = templateIds(window.get());
    QCOMPARE(after.size(), seeded.size() - 1);
    QVERIFY(!after.contains(seeded.first()));

    // File → Reset Demo Data (asked and confirmed) returns the seed.
    QAction* reset = window->findChild<QAction*>(QStringLiteral("resetDemoDataAction"));
    QVERIFY(reset);
    QVERIFY(!reset->text().isEmpty());
    QSignalSpy ready(window.get(), &ui::MainWindow::profileReady);
    reset->trigger();
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("resetDemoDataBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(ready.count(), 0); // nothing happens before the answer
    click(child<QPushButton>(box, "resetDemoDataButton"));
    QVERIFY(ready.wait(60000));
    after = templateIds(window.get());
    QCOMPARE(after.size(), seeded.size());
    QVERIFY(after.contains(seeded.first()));
}

// What main() does: the demo's connection started before the window is built, taken over by it; the first window
// has the customers page only, and the rest (start-up work given to runAfterFirstList(), the other pages) comes once
// the first list is in.
void tst_MainWindow::showsWithItsFirstListWhenItComesWithinTheBudget()
{
    QTemporaryDir data;
    api::ProfileStore profiles(data.filePath(QStringLiteral("profiles.ini")));
    api::AuditLog audit;
    audit.keepRecordsUntilOpen();
    // The rows the window has when it is shown, which its first frame draws.
    const auto rowsWhenShown = [](ui::MainWindow* window) {
        auto rows = std::make_shared<int>(-1);
        auto* watcher = new EventWatcher(window, QEvent::Show, [window, rows] {
            if (*rows < 0) {
                *rows = window->customersView()->model()->rowCount();
            }
        });
        window->installEventFilter(watcher);
        return rows;
    };

    // The demo's first customers come while the window waits: it shows with them.
    const api::Profile demo = ui::MainWindow::profileToActivate(&profiles, QString());
    auto* connection = new ui::ProfileConnection(demo, &audit, nullptr);
    connection->start();
    ui::MainWindow window(&profiles, &audit, nullptr);
    window.adoptConnection(connection);
    const auto demoRows = rowsWhenShown(&window);
    window.showWithFirstList(std::chrono::minutes(1));
    QVERIFY(!window.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 60000);
    QVERIFY2(*demoRows > 0, qPrintable(QString::number(*demoRows)));

    // A profile that cannot connect has no list to wait for: its window shows at once, saying why.
    api::Profile real;
    real.name = QStringLiteral("Partner production");
    real.baseUrl = api::Profile::webexBaseUrl();
    auto* failing = new ui::ProfileConnection(real, &audit, nullptr);
    failing->start();
    ui::MainWindow failed(&profiles, &audit, nullptr);
    failed.adoptConnection(failing);
    QVERIFY(failing->hasFailed());
    failed.showWithFirstList(std::chrono::minutes(1));
    QVERIFY(failed.isVisible());
    QCOMPARE(failed.statusBar()->currentMessage(), failing->failureMessage());

    // A list that does not come within the budget holds the window back no longer.
    ui::MainWindow waiting(&profiles, &audit, nullptr);
    const auto waitingRows = rowsWhenShown(&waiting);
    waiting.showWithFirstList(std::chrono::milliseconds(200));
    QVERIFY(!waiting.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(waiting.isVisible(), 10000);
    QCOMPARE(*waitingRows, 0);
}

void tst_MainWindow::startsOnAConnectionStartedBeforeItAndMakesTheOtherPagesLater()
{
    QTemporaryDir data;
    api::ProfileStore profiles(data.filePath(QStringLiteral("profiles.ini")));
    api::AuditLog audit;
    audit.keepRecordsUntilOpen();
    const api::Profile profile = ui::MainWindow::profileToActivate(&profiles, QStringLiteral("no such profile"));
    QVERIFY(profile.isDemo());
    auto* connection = new ui::ProfileConnection(profile, &audit, nullptr);
    connection->start();

    ui::MainWindow window(&profiles, &audit, nullptr);
    QSignalSpy ready(&window, &ui::MainWindow::profileReady);
    window.adoptConnection(connection);
    QCOMPARE(window.connection(), connection);
    QCOMPARE(connection->parent(), &window);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("demoBadge"))->isVisibleTo(&window));
    bool workDone = false;
    window.runAfterFirstList([&] {
        QVERIFY(!window.customersView()->isLoading()); // the list is in
        workDone = audit.open(data.filePath(QStringLiteral("audit.sqlite")));
    });
    // Only the customers page is made before the first list.
    QVERIFY(!window.findChild<ui::TemplatesView*>());
    QVERIFY(!window.findChild<ui::ActivityView*>());
    window.show();
    // Ready already when the sandbox listened by the time the window took the connection over.
    QVERIFY(!ready.isEmpty() || ready.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(window.customersView()->model()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(workDone, 20000);
    // The reads of the start, kept until the log was opened, are in it.
    QTRY_VERIFY(audit.readCount(api::Profile::demoProfileName()) > 0);
    QTRY_VERIFY(window.findChild<ui::TemplatesView*>());
    QTRY_VERIFY(window.findChild<ui::ActivityView*>());
    // Made late, they have the connection all the same.
    QTRY_VERIFY_WITH_TIMEOUT(window.templatesView()->model()->rowCount() > 0, 20000);
    QCOMPARE(window.templatesView()->store(), connection->templateStore());
    // The pages are where the navigation expects them.
    auto* nav = child<QListWidget>(&window, "navigationList");
    nav->setCurrentRow(ui::MainWindow::TemplatesPage);
    QCOMPARE(window.currentPage(), ui::MainWindow::TemplatesPage);
    QVERIFY(window.templatesView()->isVisible());
    nav->setCurrentRow(ui::MainWindow::ActivityPage);
    QVERIFY(window.activityView()->isVisible());
    nav->setCurrentRow(ui::MainWindow::CustomersPage);
    QVERIFY(window.customersView()->isVisible());
}

// main() builds the window while the demo sandbox starts, without running the event loop: a sandbox that listens by
// the time the window takes the connection over is connected to then, and the customers are asked for before the
// window is shown, rather than once the event loop has delivered the sandbox's started().
void tst_MainWindow::asksForTheCustomersAtOnceWhenTheSandboxListensBeforeTheWindowIsBuilt()
{
    QTemporaryDir data;
    api::ProfileStore profiles(data.filePath(QStringLiteral("profiles.ini")));
    const api::Profile profile = ui::MainWindow::profileToActivate(&profiles, QString());
    auto* connection = new ui::ProfileConnection(profile, nullptr, nullptr);
    connection->start();
    QDeadlineTimer deadline(60000);
    while (!connection->isSandboxListening() && !deadline.hasExpired()) {
        QThread::msleep(5); // no event loop here, as in main()
    }
    QVERIFY(connection->isSandboxListening());
    QVERIFY(!connection->isReady());

    ui::MainWindow window(&profiles, nullptr, nullptr);
    QSignalSpy ready(&window, &ui::MainWindow::profileReady);
    window.adoptConnection(connection);
    QVERIFY(connection->isReady());
    QCOMPARE(ready.count(), 1);
    QVERIFY(window.customersView()->isLoading()); // asked for, before the window shows
    api::ApiSession* session = connection->session();
    QVERIFY(session);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.customersView()->model()->rowCount() > 0, 20000);
    // The sandbox's started() came meanwhile and opened nothing again.
    QCOMPARE(connection->session(), session);
    QCOMPARE(ready.count(), 1);
}

// The activity page asked for before the first list is in runs the start-up work first: it reads the audit log.
void tst_MainWindow::activityAskedBeforeTheFirstListRunsTheStartUpWorkFirst()
{
    QTemporaryDir data;
    api::ProfileStore profiles(data.filePath(QStringLiteral("profiles.ini")));
    ui::MainWindow window(&profiles, nullptr, nullptr);
    QStringList done;
    window.runAfterFirstList([&] { done << QStringLiteral("first"); });
    window.runAfterFirstList([&] { done << QStringLiteral("second"); });
    QVERIFY(done.isEmpty());
    QVERIFY(window.activityView());
    QCOMPARE(done, QStringList({ QStringLiteral("first"), QStringLiteral("second") }));
    // Once only.
    QTest::qWait(150);
    QCOMPARE(done.size(), 2);
}

// The customers' search field clears with the application's own icon, in every theme: its style sheet names it, so
// making the field does not look the icon up through the icon theme, milliseconds of every start.
void tst_MainWindow::searchFieldClearsWithTheApplicationsIconInEveryTheme()
{
    const QImage expected = QIcon(QStringLiteral(":/icons/clear.svg")).pixmap(QSize(16, 16)).toImage();
    QVERIFY(!expected.isNull());
    for (const QString& theme : ui::ThemeSwitcher::themes()) {
        ui::ThemeSwitcher::apply(theme);
        ui::CustomersView view;
        auto* search = child<QLineEdit>(&view, "customerSearchEdit");
        QVERIFY(search->isClearButtonEnabled());
        auto* clear = search->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
        QVERIFY(clear);
        QCOMPARE(clear->icon().pixmap(QSize(16, 16)).toImage(), expected);
    }
    ui::ThemeSwitcher::apply(ui::ThemeSwitcher::light());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
