#include "GuiTestSupport.h"
#include "connection/AuditLog.h"
#include "connection/ProfileStore.h"
#include "jobs/TemplateStore.h"
#include "ui/MainWindow.h"
#include "ui/ProfileConnection.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/ConfigureCustomerWindow.h"
#include "ui/views/customers/CustomerDetailsPane.h"
#include "ui/views/customers/CustomerTableModel.h"
#include "ui/views/customers/CustomersView.h"
#include "ui/views/templates/TemplateTableModel.h"
#include "ui/views/templates/TemplatesView.h"
#include "ui/wizards/template/TemplateWizard.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace onboarder;
using namespace onboarder::guitest;

// The main window started with no profile: it must open on the in-process demo sandbox with no sign-in.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsOnDemoSandbox();
    void navigationSwitchesPages();
    void templatesViewOpensDuplicatesAndDeletes();
    void activityTellsWhatWasDone();
    void newTemplateOpensWizard();
    void configureCustomerOpensItsWindow();

private:
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

void tst_MainWindow::activityTellsWhatWasDone()
{
    // The duplicate and delete of the previous test are in the audit log; the activity page says them in words.
    m_window->showPage(ui::MainWindow::ActivityPage);
    auto* table = child<QTableWidget>(m_window.get(), "activityTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 2, 10000);
    QStringList actions;
    for (int row = 0; row < table->rowCount(); ++row) {
        actions << table->item(row, 2)->text();
        QVERIFY(!table->item(row, 3)->text().isEmpty());
    }
    QVERIFY2(actions.contains(QStringLiteral("Delete onboarding template")), qPrintable(actions.join(u'|')));
    const auto created = std::find_if(actions.cbegin(), actions.cend(), [](const QString& action) {
        return action.startsWith(QStringLiteral("Create onboarding template “"))
            && action.contains(QStringLiteral("(copy)"));
    });
    QVERIFY2(created != actions.cend(), qPrintable(actions.join(u'|')));
    QCOMPARE(table->item(static_cast<int>(created - actions.cbegin()), 3)->text(), QStringLiteral("Done"));
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

void tst_MainWindow::configureCustomerOpensItsWindow()
{
    // From the customers list: a provisioned demo customer, its Configure button, its own window, loaded.
    m_window->showPage(ui::MainWindow::CustomersPage);
    ui::CustomersView* view = m_window->customersView();
    QAbstractItemModel* model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && model->rowCount() > 0, 20000);
    auto* configure = child<QPushButton>(view->detailsPane(), "configureButton");
    QString customerId;
    for (int row = 0; row < model->rowCount() && customerId.isEmpty(); ++row) {
        const QString id = model->index(row, 0).data(ui::CustomerTableModel::CustomerIdRole).toString();
        if (view->selectCustomer(id) && configure->isEnabled()) {
            customerId = id;
        }
    }
    QVERIFY2(!customerId.isEmpty(), "the demo seed has a provisioned customer");
    click(configure);
    auto openWindow = []() -> ui::ConfigureCustomerWindow* {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<ui::ConfigureCustomerWindow*>(top); found && found->isVisible()) {
                return found;
            }
        }
        return nullptr;
    };
    QTRY_VERIFY(openWindow());
    ui::ConfigureCustomerWindow* window = openWindow();
    QCOMPARE(window->property("customerId").toString(), customerId);
    QSignalSpy loaded(window->controller(), &ui::ConfigureCustomerController::loaded);
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));

    // Asking again raises the same window rather than opening a second one.
    QCOMPARE(m_window->configureCustomer(customerId), window);
    // Switching the profile closes it: its client goes with the old connection.
    QPointer<ui::ConfigureCustomerWindow> guard(window);
    QSignalSpy ready(m_window.get(), &ui::MainWindow::profileReady);
    m_window->activateProfile(QString());
    QVERIFY(guard.isNull());
    QVERIFY(ready.wait(60000));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
