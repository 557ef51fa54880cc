#include "GuiTestSupport.h"
#include "api/WholesaleClient.h"
#include "connection/AuditLog.h"
#include "connection/ProfileStore.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/ProfileConnection.h"
#include "ui/import/CustomerBatchModel.h"
#include "ui/import/CustomerImportDialog.h"
#include "ui/views/customers/CustomerTableModel.h"
#include "ui/views/customers/CustomersView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace onboarder;
using namespace onboarder::guitest;

// Customers view → Import Customers…: a customers file and a users file, checked, previewed and imported on the
// in-process demo sandbox, as a user does it: the customers show in the customers view by name, provisioned, with
// their users; and the keyboard-only path is counted.
class tst_CustomerImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importsCustomersWithTheirUsers();
    void importsByKeyboardCountingActions();
    void usersOfNoCustomerAreNamedInTheSummary();

private:
    QString templateId();
    void writeFiles(const QString& prefix, int customers, int users, QString* customersPath, QString* usersPath);
    ui::CustomerImportDialog* openedDialog();
    int rowOfName(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<api::ProfileStore> m_profiles;
    std::unique_ptr<api::AuditLog> m_audit;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_CustomerImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OnboarderTests"));
    m_profiles = std::make_unique<api::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_audit = std::make_unique<api::AuditLog>();
    QVERIFY(m_audit->open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
    QSettings().remove(QStringLiteral("mainWindow"));
    // A run of its own: no demo state or import journals left by an earlier run of this test.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    m_window = std::make_unique<ui::MainWindow>(m_profiles.get(), m_audit.get(), nullptr);
    QSignalSpy ready(m_window.get(), &ui::MainWindow::profileReady);
    m_window->show();
    m_window->activateProfile(QString());
    QVERIFY(ready.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->customersView()->model()->rowCount() > 0, 20000);
}

void tst_CustomerImport::cleanupTestCase()
{
    m_window.reset();
}

QString tst_CustomerImport::templateId()
{
    QString id;
    bool done = false;
    m_window->connection()->client()->listSandboxTemplates(
        this, [&](const api::ApiResult<QList<model::OnboardingTemplate>>& result) {
            if (result.ok() && !result.value->isEmpty()) {
                id = result.value->constFirst().provisioningId;
            }
            done = true;
        });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return id;
}

void tst_CustomerImport::writeFiles(
    const QString& prefix, int customers, int users, QString* customersPath, QString* usersPath)
{
    const QString provisioningId = templateId();
    QByteArray customersCsv = "Company name,Administrator email,External customer ID,Country,Language,Onboarding "
                              "template,Packages,Address line 1,City,Postal code,Time zone,Location name\r\n";
    QByteArray usersCsv = "Customer external ID,First name,Last name,Email,Package\r\n";
    for (int c = 0; c < customers; ++c) {
        const QString externalId = QStringLiteral("%1-%2").arg(prefix).arg(c);
        customersCsv += QStringLiteral("%1 Bageri %2 AB,admin@%3.example,%3,SE,sv_SE,%4,webex_meetings,"
                                       "Storgatan %5,Uppsala,753 20,Europe/Stockholm,Huvudkontor\r\n")
                            .arg(prefix)
                            .arg(c)
                            .arg(externalId, provisioningId)
                            .arg(c + 1)
                            .toUtf8();
        for (int u = 0; u < users; ++u) {
            usersCsv += QStringLiteral("%1,Person,%2,person%2@%1.example,webex_meetings\r\n")
                            .arg(externalId)
                            .arg(u)
                            .toUtf8();
        }
    }
    *customersPath = m_dir.filePath(prefix + QStringLiteral("-customers.csv"));
    *usersPath = m_dir.filePath(prefix + QStringLiteral("-users.csv"));
    QFile c(*customersPath);
    QFile u(*usersPath);
    QVERIFY(c.open(QIODevice::WriteOnly) && u.open(QIODevice::WriteOnly));
    c.write(customersCsv);
    u.write(usersCsv);
}

ui::CustomerImportDialog* tst_CustomerImport::openedDialog()
{
    return m_window->findChild<ui::CustomerImportDialog*>(QStringLiteral("customerImportDialog"));
}

int tst_CustomerImport::rowOfName(const QString& name)
{
    QAbstractItemModel* model = m_window->customersView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::CustomerTableModel::NameColumn).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

void tst_CustomerImport::importsCustomersWithTheirUsers()
{
    QString customers;
    QString users;
    writeFiles(QStringLiteral("Gui"), 5, 3, &customers, &users);
    auto* importButton = child<QToolButton>(m_window.get(), "importCustomersButton");
    click(importButton);
    ui::CustomerImportDialog* dialog = openedDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* start = child<QPushButton>(dialog, "startButton");
    QVERIFY(!start->isEnabled());

    QSignalSpy checked(dialog, &ui::CustomerImportDialog::checked);
    dialog->setFiles(customers, users);
    QVERIFY(checked.wait(60000));
    auto* table = child<QTableView>(dialog, "previewTable");
    QCOMPARE(table->model()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(table->model()->index(row, ui::CustomerBatchModel::UsersColumn).data().toInt(), 3);
        QCOMPARE(table->model()->index(row, ui::CustomerBatchModel::CompanyColumn).data().toString(),
                 QStringLiteral("Gui Bageri %1 AB").arg(row));
    }
    QVERIFY2(dialog->summaryText().contains(QLatin1String("Everything passed")), qPrintable(dialog->summaryText()));
    QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(),
             child<QProgressBar>(dialog, "progressBar")->maximum());

    QSignalSpy finished(dialog, &ui::CustomerImportDialog::importFinished);
    click(start);
    QVERIFY(finished.wait(120000));
    QVERIFY2(dialog->summaryText().contains(QLatin1String("5 of 5 customers provisioned; 15 of 15 users added")),
             qPrintable(dialog->summaryText()));
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(table->model()->index(row, ui::CustomerBatchModel::StateColumn).data().toString(),
                 QStringLiteral("Provisioned, users 3 of 3"));
    }
    QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(),
             child<QProgressBar>(dialog, "progressBar")->maximum());
    // The customers view lists them by name, provisioned.
    for (int c = 0; c < 5; ++c) {
        const QString name = QStringLiteral("Gui Bageri %1 AB").arg(c);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfName(name) >= 0, 20000);
        QAbstractItemModel* model = m_window->customersView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(rowOfName(name), 0).data(ui::CustomerTableModel::StatusRole).toInt(),
                                  int(model::CustomerStatus::Provisioned),
                                  20000);
    }
    screenshot(dialog, QStringLiteral("customer-import-en"));
    QVERIFY(child<QPushButton>(dialog, "exportReportButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "retryFailedButton")->isEnabled());

    // Opening the import again raises this window: two on the same files would race for one journal.
    QCOMPARE(m_window->importCustomers(), dialog);
    dialog->close();
    QTRY_VERIFY(!openedDialog());
}

// A users row that names no customer of the customers file belongs to no row of the preview: the summary says so,
// with its line, before and after the import.
void tst_CustomerImport::usersOfNoCustomerAreNamedInTheSummary()
{
    QString customers;
    QString users;
    writeFiles(QStringLiteral("Orphan"), 1, 1, &customers, &users);
    QFile file(users);
    QVERIFY(file.open(QIODevice::Append));
    file.write("Orphan-77,Ingen,Kund,ingen@orphan.example,webex_meetings\r\n");
    file.close();
    ui::CustomerImportDialog* dialog = m_window->importCustomers();
    QSignalSpy checked(dialog, &ui::CustomerImportDialog::checked);
    dialog->setFiles(customers, users);
    QVERIFY(checked.wait(60000));
    QVERIFY2(dialog->summaryText().contains(QLatin1String("1 row of the users file names no customer")),
             qPrintable(dialog->summaryText()));
    QVERIFY(dialog->summaryText().contains(QLatin1String("(line 3)")));
    QSignalSpy finished(dialog, &ui::CustomerImportDialog::importFinished);
    click(child<QPushButton>(dialog, "startButton"));
    QVERIFY(finished.wait(120000));
    QVERIFY2(dialog->summaryText().contains(QLatin1String("1 of 2 users added")), qPrintable(dialog->summaryText()));
    QVERIFY(dialog->summaryText().contains(QLatin1String("(line 3)")));
    dialog->close();
}

// Keyboard only, counting what the user does (a typed field, a key: one each): open the import, give both files,
// check, start, and close when it is done. Goal: at most 10 for 10 customers with 20 users each.
void tst_CustomerImport::importsByKeyboardCountingActions()
{
    QString customers;
    QString users;
    writeFiles(QStringLiteral("Kbd"), 10, 20, &customers, &users);
    int actions = 0;
    auto key = [&](QWidget* target, Qt::Key k, Qt::KeyboardModifiers modifiers = {}) {
        ++actions;
        QTest::keyClick(target, k, modifiers);
        settle();
    };
    auto type = [&](QWidget* target, const QString& text) {
        ++actions;
        QTest::keyClicks(target, text);
        settle();
    };

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    key(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    ui::CustomerImportDialog* dialog = openedDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "customersFileEdit"));
    type(QApplication::focusWidget(), customers);
    key(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "usersFileEdit"));
    type(QApplication::focusWidget(), users);
    QSignalSpy checked(dialog, &ui::CustomerImportDialog::checked);
    key(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(checked.wait(60000) || checked.count() > 0);
    QVERIFY2(dialog->isVisible(), "Return in a file field closed the dialog");
    QCOMPARE(dialog->run()->phase(), jobs::CustomerBatchRun::Phase::Prepared);
    QCOMPARE(dialog->run()->users().rows.size(), 200);

    QSignalSpy finished(dialog, &ui::CustomerImportDialog::importFinished);
    key(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
    QVERIFY(finished.wait(180000));
    QVERIFY2(dialog->summaryText().contains(QLatin1String("10 of 10 customers provisioned; 200 of 200 users added")),
             qPrintable(dialog->summaryText()));
    key(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!openedDialog() || !openedDialog()->isVisible());
    qInfo("keyboard-only: %d actions to onboard 10 customers with 20 users each from two files (goal: at most 10)",
          actions);
    QVERIFY(actions <= 10);
}

QTEST_MAIN(tst_CustomerImport)
#include "tst_CustomerImport.moc"
