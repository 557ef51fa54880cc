#include "AccessibilityAudit.h"
#include "GuiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/import/BulkImportJob.h"
#include "jobs/import/ImportRunStore.h"
#include "sandbox/Scopes.h"
#include "ui/Resources.h"
#include "ui/configure/AddLocationsTab.h"
#include "ui/configure/AddUsersTab.h"
#include "ui/configure/AdminRolesTab.h"
#include "ui/configure/ApiErrorPanel.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/ConfigureCustomerWindow.h"
#include "ui/configure/ExistingUsersModel.h"
#include "ui/configure/ExistingUsersTab.h"
#include "ui/configure/LocationCallingController.h"
#include "ui/configure/LocationCallingPanel.h"
#include "ui/configure/UnsentUsersStore.h"
#include "ui/configure/UserTableModel.h"
#include "ui/dialogs/SetupAssistanceDialog.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <algorithm>

using namespace onboarder;
using namespace onboarder::guitest;
using ui::ConfigureCustomerWindow;
using ui::UserTableModel;

namespace {
QString str(const nlohmann::json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// The editor the view opened for its current cell: a visible direct child of the viewport.
QWidget* openEditor(QTableView* table)
{
    for (QWidget* widget : table->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (widget->isVisible()) {
            return widget;
        }
    }
    return nullptr;
}

// Home, then the arrow keys until the entry shows.
void chooseInCombo(QComboBox* combo, const QString& text)
{
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !combo->currentText().startsWith(text); ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QVERIFY2(combo->currentText().startsWith(text), qPrintable(combo->currentText()));
}
} // namespace

class tst_ConfigureCustomer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // First: while the customer still has the one location the demo data gives it.
    void callingFileWithoutLocationsGetsTheOnlyLocation();
    void windowAndCliGiveTheSameVerdict();
    void addsCallingAndMeetingsUsersAndALocation();
    void newLocationFromTheUsersTable();
    void typingInACellSurvivesARecheckOfTheRows();
    void importsUsersFromASwedishSpreadsheet();
    void invalidRowShowsReasonAndBlocksProvisioning();
    void adminPackageRuleBlocksDowngrade();
    void consumerUserWaitsForConsentWithResend();
    void mobileNumbersAreSplitIntoRequestsOf20();
    void numbersAreNotOfferedOnCiscoCallingPlan();
    void newCustomerGetsCallingEndToEnd();
    void setupAssistanceRequestIsPrepared();
    void interruptedRunIsResumedWithoutDuplicates();
    void interruptedRunCanBeDiscarded();
    void createsWithoutAnAnswerAreLookedUpWhenTheRunEnds();
    void importAppendsAndAddedRowsStayAdded();
    void rowNumbersSelectAndRemovalCanBeUndone();
    void closingWithUnsentUsersAsksAndKeepsThem();
    void unsentUsersExportedToAFileImportAgain();
    void problemsOnlyShowsTheRowsToFix();
    void valueSetForSelectedRowsIsOneUndoStep();
    void existingUsersAreListedSearchedAndRefreshed();
    void screenshots();

private:
    QString customerId(const QString& externalId);
    ConfigureCustomerWindow* open(const QString& externalId, const QString& profile = QString());
    QTableView* usersTable();
    // The view's index of a model cell: the view may show the rows filtered.
    QModelIndex viewCell(int row, int column);
    void clickRowNumber(int viewRow, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Closes the window and waits for the question about users not added; null when it closed without asking.
    QMessageBox* closeAndAsk();
    UserTableModel* usersModel();
    void editCell(int row, int column, const QString& text);
    void chooseInCell(int row, int column, const QString& text);
    void checkAndProvision(int expectedRows);
    // An import starts the check of its rows by itself: waits until it has finished.
    bool waitForImportCheck();
    nlohmann::json person(const QString& email);
    void fillLocationForm(QWidget* form, const QString& name, const QString& street);
    QStringList interruptProvisioning(const QString& prefix, int users);
    int subscribersWithEmail(const QString& email);
    QString writeFile(QTemporaryDir* dir, const QString& name, const QByteArray& bytes);

    testsupport::SandboxFixture m_sandbox;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    QPointer<ConfigureCustomerWindow> m_window;
};

void tst_ConfigureCustomer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Runs an earlier test process left unfinished would be offered for resuming, users it kept restored.
    QDir(jobs::BulkImportJob::journalFolder()).removeRecursively();
    QDir(ui::UnsentUsersStore::folder()).removeRecursively();
    ui::initResources();
    QVERIFY(m_sandbox.start(testsupport::SandboxFixture::options()));
    m_tokens = new api::StaticTokenProvider(m_sandbox.token(), this);
    m_session = new api::ApiSession(m_sandbox.baseUrl(), m_tokens, this);
    m_client = new api::WholesaleClient(m_session, this);
}

void tst_ConfigureCustomer::cleanupTestCase()
{
    delete m_client;
    delete m_session;
    m_sandbox.stop();
}

void tst_ConfigureCustomer::cleanup()
{
    delete m_window;
    // A window deleted with rows not added keeps them; the next test starts from an empty table.
    QDir(ui::UnsentUsersStore::folder()).removeRecursively();
}

QString tst_ConfigureCustomer::customerId(const QString& externalId)
{
    const auto result = m_sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=") + externalId);
    if (result.status != 200 || result.json["items"].empty()) {
        return {};
    }
    return QString::fromStdString(result.json["items"][0]["id"].get<std::string>());
}

ConfigureCustomerWindow* tst_ConfigureCustomer::open(const QString& externalId, const QString& profile)
{
    const QString id = customerId(externalId);
    if (id.isEmpty()) {
        qWarning("no customer %s", qPrintable(externalId));
        return nullptr;
    }
    auto* window = new ConfigureCustomerWindow(m_client, id);
    window->setProfileName(profile);
    QSignalSpy loaded(window->controller(), &ui::ConfigureCustomerController::loaded);
    window->show();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        qWarning("window not active");
    }
    if (!loaded.wait(20000)) {
        qWarning("customer not loaded");
    }
    m_window = window;
    return window;
}

QTableView* tst_ConfigureCustomer::usersTable()
{
    return child<QTableView>(m_window, "usersTable");
}

UserTableModel* tst_ConfigureCustomer::usersModel()
{
    return m_window->usersTab()->model();
}

QModelIndex tst_ConfigureCustomer::viewCell(int row, int column)
{
    const QModelIndex cell = usersModel()->index(row, column);
    auto* proxy = qobject_cast<QAbstractProxyModel*>(usersTable()->model());
    return proxy ? proxy->mapFromSource(cell) : cell;
}

void tst_ConfigureCustomer::clickRowNumber(int viewRow, Qt::KeyboardModifiers modifiers)
{
    QHeaderView* numbers = usersTable()->verticalHeader();
    settle();
    const QPoint at(numbers->width() / 2,
                    numbers->sectionViewportPosition(viewRow) + numbers->sectionSize(viewRow) / 2);
    QTest::mouseClick(numbers->viewport(), Qt::LeftButton, modifiers, at);
}

QMessageBox* tst_ConfigureCustomer::closeAndAsk()
{
    settle();
    if (m_window->close()) {
        qWarning("the window closed without asking");
        return nullptr;
    }
    QMessageBox* box = nullptr;
    const bool asked = QTest::qWaitFor(
        [&] {
            box = m_window->findChild<QMessageBox*>(QStringLiteral("unsentUsersBox"));
            return box && box->isVisible();
        },
        5000);
    return asked ? box : nullptr;
}

// F2 opens the cell's editor, as a keyboard user would; the text goes into it and Enter commits.
void tst_ConfigureCustomer::editCell(int row, int column, const QString& text)
{
    QTableView* table = usersTable();
    QVERIFY(table);
    settle();
    table->setFocus();
    table->setCurrentIndex(viewCell(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = openEditor(table);
    QVERIFY2(editor, "an editor opened");
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->selectAll();
    }
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

// A list cell: F2, type the entry's beginning, Enter.
void tst_ConfigureCustomer::chooseInCell(int row, int column, const QString& text)
{
    QTableView* table = usersTable();
    QVERIFY(table);
    settle();
    table->setFocus();
    table->setCurrentIndex(viewCell(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(openEditor(table));
    QVERIFY2(combo, "a list editor opened");
    // Arrow keys through the list until the entry shows.
    for (int i = 0; i < combo->count() && !combo->currentText().startsWith(text); ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QVERIFY2(combo->currentText().startsWith(text), qPrintable(combo->currentText()));
    QTest::keyClick(combo, Qt::Key_Return);
    settle();
}

void tst_ConfigureCustomer::checkAndProvision(int expectedRows)
{
    auto* check = child<QPushButton>(m_window, "checkUsersButton");
    auto* provision = child<QPushButton>(m_window, "provisionUsersButton");
    ui::UserProvisioningController* controller = m_window->provisioningController();
    // An import checks its rows by itself when they allow it; typed rows are checked here.
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), 20000);
    const QList<int> toSend = usersModel()->rowsToSend();
    const bool checkedByImport = !toSend.isEmpty() && std::all_of(toSend.begin(), toSend.end(), [this](int row) {
        return usersModel()->state(row) == UserTableModel::RowState::Checked;
    });
    QSignalSpy finished(controller, &ui::UserProvisioningController::finished);
    if (!checkedByImport) {
        QVERIFY2(!provision->isEnabled(), "nothing is added before the check");
        QSignalSpy prechecked(controller, &ui::UserProvisioningController::rowPrechecked);
        click(check);
        QVERIFY(finished.wait(20000));
        QCOMPARE(prechecked.size(), expectedRows);
    }
    QCOMPARE(usersModel()->rowsToSend().size(), expectedRows);
    for (int row : usersModel()->rowsToSend()) {
        QCOMPARE(usersModel()->state(row), UserTableModel::RowState::Checked);
    }
    QSignalSpy provisioned(controller, &ui::UserProvisioningController::rowProvisioned);
    click(provision);
    QVERIFY(finished.wait(20000));
    QCOMPARE(provisioned.size(), expectedRows);
}

bool tst_ConfigureCustomer::waitForImportCheck()
{
    ui::UserProvisioningController* controller = m_window->provisioningController();
    return QTest::qWaitFor([controller] { return !controller->isRunning(); }, 60000)
        && child<QPushButton>(m_window, "provisionUsersButton")->isEnabled();
}

nlohmann::json tst_ConfigureCustomer::person(const QString& email)
{
    const auto result = m_sandbox.client().get(
        QStringLiteral("/people?orgId=%1&email=%2").arg(m_window->controller()->customer().orgId, email));
    return result.json["items"].empty() ? nlohmann::json() : result.json["items"][0];
}

void tst_ConfigureCustomer::fillLocationForm(QWidget* form, const QString& name, const QString& street)
{
    auto type = [form](const char* field, const QString& text) {
        auto* edit = child<QLineEdit>(form, field);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    };
    type("locationNameEdit", name);
    QCOMPARE(child<QComboBox>(form, "locationCountryCombo")->currentData().toString(), QStringLiteral("SE"));
    type("address1Edit", street);
    type("cityEdit", QStringLiteral("Boras"));
    type("stateEdit", QStringLiteral("Vastra Gotaland"));
    type("postalCodeEdit", QStringLiteral("503 30"));
    typeIntoCombo(child<QComboBox>(form, "timeZoneCombo"), QStringLiteral("Europe/Stockholm"));
    QCOMPARE(child<QComboBox>(form, "timeZoneCombo")->currentData().toString(), QStringLiteral("Europe/Stockholm"));
    typeIntoCombo(child<QComboBox>(form, "locationLanguageCombo"), QStringLiteral("Swedish"));
    QCOMPARE(child<QComboBox>(form, "locationLanguageCombo")->currentData().toString(), QStringLiteral("sv_se"));
    type("emergencyIdEdit", QStringLiteral("ELIN-46331"));
}

void tst_ConfigureCustomer::addsCallingAndMeetingsUsersAndALocation()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* controller = m_window->controller();
    QVERIFY(controller->isLoaded());
    QCOMPARE(controller->customerName(), QStringLiteral("Kaffebryggeriet Göteborg AB"));
    QVERIFY(!controller->locations().isEmpty());
    const model::Location head = controller->locations().constFirst();

    // A location, through the locations tab.
    auto* tabs = child<QTabWidget>(m_window, "configureTabs");
    tabs->setCurrentWidget(m_window->locationsTab());
    QWidget* locations = m_window->locationsTab();
    fillLocationForm(locations, QStringLiteral("Filial Boras"), QStringLiteral("Allegatan 5"));
    QSignalSpy created(controller, &ui::ConfigureCustomerController::locationCreated);
    click(child<QPushButton>(locations, "createLocationButton"));
    QVERIFY(created.wait(10000));
    const QString branchId = created.first().first().toString();
    const auto locationsNow
        = m_sandbox.client().get(QStringLiteral("/locations/%1?orgId=%2").arg(branchId, controller->customer().orgId));
    QCOMPARE(locationsNow.status, 200);
    QCOMPARE(str(locationsNow.json["name"]), QStringLiteral("Filial Boras"));
    QCOMPARE(str(locationsNow.json["timeZone"]), QStringLiteral("Europe/Stockholm"));
    QCOMPARE(str(locationsNow.json["address"]["city"]), QStringLiteral("Boras"));
    QVERIFY(child<QListWidget>(locations, "existingLocationsList")
                ->item(1)
                ->text()
                .contains(QStringLiteral("Filial Boras")));

    // Two users, through the users table.
    tabs->setCurrentWidget(m_window->usersTab());
    QCOMPARE(usersModel()->rowCount(), 1); // a first empty row is ready
    editCell(0, UserTableModel::FirstName, QStringLiteral("Ingrid"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Bergman"));
    editCell(0, UserTableModel::Email, QStringLiteral("ingrid.bergman@kaffebryggeriet.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Calling"));
    chooseInCell(0, UserTableModel::Location, QStringLiteral("Head"));
    QTRY_VERIFY(controller->hasNumbers(head.id));
    QVERIFY(!controller->availableNumbers(head.id).isEmpty());
    const QString number = controller->availableNumbers(head.id).constLast().phoneNumber;
    // The number list is searchable: the last digits find it.
    editCell(0, UserTableModel::PhoneNumber, number);
    editCell(0, UserTableModel::Extension, QStringLiteral("2101"));
    QTRY_VERIFY2(usersModel()->errors(0).isEmpty(),
                 qPrintable(usersModel()->index(0, UserTableModel::Status).data().toString()));

    click(child<QPushButton>(m_window, "addRowButton"));
    QCOMPARE(usersModel()->rowCount(), 2);
    editCell(1, UserTableModel::FirstName, QStringLiteral("Sven"));
    editCell(1, UserTableModel::LastName, QStringLiteral("Nyqvist"));
    editCell(1, UserTableModel::Email, QStringLiteral("sven.nyqvist@kaffebryggeriet.example"));
    chooseInCell(1, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    // A meetings-only user has no location or number to fill.
    QVERIFY(!(usersModel()->flags(usersModel()->index(1, UserTableModel::Location)) & Qt::ItemIsEditable));
    QVERIFY(usersModel()->errors(1).isEmpty());

    checkAndProvision(2);
    QCOMPARE(usersModel()->state(0), UserTableModel::RowState::Provisioned);
    QCOMPARE(usersModel()->state(1), UserTableModel::RowState::Provisioned);

    // Through the API: the right package, number and location.
    const auto calling = m_sandbox.client().get(
        QStringLiteral("/wholesale/subscribers?customerId=%1&email=%2")
            .arg(controller->customerId(), QStringLiteral("ingrid.bergman@kaffebryggeriet.example")));
    QCOMPARE(int(calling.json["items"].size()), 1);
    QCOMPARE(str(calling.json["items"][0]["packages"][0]), QStringLiteral("webex_calling"));
    QCOMPARE(str(calling.json["items"][0]["status"]), QStringLiteral("provisioned"));
    const auto ingrid = person(QStringLiteral("ingrid.bergman@kaffebryggeriet.example"));
    QCOMPARE(QString::fromStdString(ingrid["locationId"].get<std::string>()), head.id);
    QCOMPARE(str(ingrid["extension"]), QStringLiteral("2101"));
    QCOMPARE(QString::fromStdString(ingrid["phoneNumbers"][0]["value"].get<std::string>()), number);
    const auto numbers = m_sandbox.client().get(
        QStringLiteral("/telephony/config/numbers?orgId=%1&phoneNumber=%2")
            .arg(controller->customer().orgId, QString::fromLatin1(QUrl::toPercentEncoding(number))));
    QCOMPARE(str(numbers.json["phoneNumbers"][0]["owner"]["firstName"]), QStringLiteral("Ingrid"));

    const auto meetings = m_sandbox.client().get(
        QStringLiteral("/wholesale/subscribers?customerId=%1&email=%2")
            .arg(controller->customerId(), QStringLiteral("sven.nyqvist@kaffebryggeriet.example")));
    QCOMPARE(str(meetings.json["items"][0]["packages"][0]), QStringLiteral("webex_meetings"));
    QVERIFY(person(QStringLiteral("sven.nyqvist@kaffebryggeriet.example"))["phoneNumbers"].empty()
            || person(QStringLiteral("sven.nyqvist@kaffebryggeriet.example"))["phoneNumbers"].size() == 0u);
    // The new users are known to the window: adding Ingrid again is refused before anything is sent.
    QTRY_VERIFY(controller->subscriberByEmail(QStringLiteral("ingrid.bergman@kaffebryggeriet.example")).has_value());
}

void tst_ConfigureCustomer::importsUsersFromASwedishSpreadsheet()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* controller = m_window->controller();
    const model::Location head = controller->locations().constFirst();
    // A free number of the head office, read from the API as the spreadsheet's author would have it.
    const auto free
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?orgId=%1&locationId=%2&available=true")
                                     .arg(controller->customer().orgId, head.id));
    QCOMPARE(free.status, 200);
    QVERIFY(!free.json["phoneNumbers"].empty());
    const QString number = str(free.json["phoneNumbers"].back()["phoneNumber"]);
    QVERIFY(number.startsWith(QLatin1Char('+')));

    // As Excel saves "CSV UTF-8" in Swedish: a byte order mark, semicolons, Swedish headers, the location by name,
    // and a phone number whose "+" the spreadsheet dropped.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anvandare.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "F\xC3\xB6rnamn;Efternamn;E-postadress;Paket;Plats;Telefonnummer;Anknytning\r\n");
    file.write(QStringLiteral("Karin;Lund;karin.lund@kaffebryggeriet.example;Webex Calling;%1;%2;2301\r\n")
                   .arg(head.name, number.mid(1))
                   .toUtf8());
    file.write("Olle;\xC3\x85"
               "berg;olle.aberg@kaffebryggeriet.example;webex_meetings;;;\r\n");
    file.close();

    QString error;
    QVERIFY2(m_window->usersTab()->importFile(path, &error), qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 2); // the untouched first row made way for the file's rows
    const QList<model::Subscriber> rows = usersModel()->rows();
    QCOMPARE(rows.at(0).firstName, QStringLiteral("Karin"));
    QCOMPARE(rows.at(0).locationId, head.id);
    QCOMPARE(rows.at(0).extension, QStringLiteral("2301"));
    QCOMPARE(rows.at(1).lastName, QStringLiteral("Åberg"));
    QCOMPARE(rows.at(1).effectivePackage(), QStringLiteral("webex_meetings"));
    // The "+" the spreadsheet dropped is put back.
    QCOMPARE(rows.at(0).primaryPhoneNumber, number);
    QTRY_VERIFY2(usersModel()->errors(0).isEmpty(),
                 qPrintable(usersModel()->index(0, UserTableModel::Status).data().toString()));
    QVERIFY(usersModel()->errors(1).isEmpty());
    const QString summary = child<QLabel>(m_window, "usersSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("anvandare.csv")), qPrintable(summary));
    QTRY_VERIFY(controller->hasNumbers(head.id)); // loaded for the imported row's location
    checkAndProvision(2);
    QCOMPARE(str(person(QStringLiteral("karin.lund@kaffebryggeriet.example"))["extension"]), QStringLiteral("2301"));

    // A file without an email column is refused as a whole, with the reason, and the table is left as it was.
    const QString bad = dir.filePath(QStringLiteral("utan-e-post.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("F\xC3\xB6rnamn;Efternamn\nAnna;Svensson\n");
    badFile.close();
    QVERIFY(!m_window->usersTab()->importFile(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("utan-e-post.csv")), qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 2);
}

void tst_ConfigureCustomer::typingInACellSurvivesARecheckOfTheRows()
{
    // The rows are checked again whenever the window learns something (a location's numbers come, a user is added
    // elsewhere); an editor open meanwhile keeps what was typed or chosen in it.
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    QTableView* table = usersTable();
    const auto startEditing = [&](int column) -> QWidget* {
        settle();
        table->setFocus();
        table->setCurrentIndex(viewCell(0, column));
        QTest::keyClick(table, Qt::Key_F2);
        return openEditor(table);
    };
    const auto recheck = [&] { usersModel()->setContext(usersModel()->context()); };

    QWidget* editor = startEditing(UserTableModel::FirstName);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Gus"));
    recheck();
    QTest::keyClicks(editor, QStringLiteral("tav"));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    QCOMPARE(usersModel()->rows().at(0).firstName, QStringLiteral("Gustav"));

    auto* packages = qobject_cast<QComboBox*>(startEditing(UserTableModel::Package));
    QVERIFY(packages);
    chooseInCombo(packages, QStringLiteral("Webex Calling"));
    const QString chosen = packages->currentData().toString();
    QVERIFY(!chosen.isEmpty());
    recheck();
    QCOMPARE(packages->currentData().toString(), chosen);
    QTest::keyClick(packages, Qt::Key_Return);
    settle();
    QCOMPARE(usersModel()->rows().at(0).effectivePackage(), chosen);

    // Editors opened afresh show the cell's value, as before.
    editor = startEditing(UserTableModel::FirstName);
    auto* line = qobject_cast<QLineEdit*>(editor);
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("Gustav"));
    QTest::keyClick(editor, Qt::Key_Escape);
}

void tst_ConfigureCustomer::newLocationFromTheUsersTable()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* controller = m_window->controller();
    const int before = static_cast<int>(controller->locations().size());
    editCell(0, UserTableModel::FirstName, QStringLiteral("Gustav"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Vasa"));
    editCell(0, UserTableModel::Email, QStringLiteral("gustav.vasa@kaffebryggeriet.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Calling"));
    // "Add a new location…" opens the location form; the new location lands in the row.
    chooseInCell(0, UserTableModel::Location, QStringLiteral("Add a new"));
    QTRY_VERIFY(m_window->findChild<QDialog*>(QStringLiteral("newLocationDialog")));
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("newLocationDialog"));
    QTRY_VERIFY(dialog->isVisible());
    auto* create = child<QPushButton>(dialog, "createNewLocationButton");
    click(create);
    // Nothing typed yet: every required field says so and nothing is sent.
    QVERIFY(errorShown(child<QLabel>(dialog, "locationNameError")));
    QCOMPARE(controller->locations().size(), before);
    fillLocationForm(dialog, QStringLiteral("Verkstad Boras"), QStringLiteral("Industrigatan 2"));
    QSignalSpy created(controller, &ui::ConfigureCustomerController::locationCreated);
    click(create);
    QVERIFY(created.wait(10000));
    QTRY_COMPARE(usersModel()->index(0, UserTableModel::Location).data(Qt::EditRole).toString(),
                 created.first().first().toString());
    QCOMPARE(usersModel()->index(0, UserTableModel::Location).data().toString(), QStringLiteral("Verkstad Boras"));
    // The new location has no numbers: an extension does.
    editCell(0, UserTableModel::Extension, QStringLiteral("3301"));
    QTRY_VERIFY2(usersModel()->errors(0).isEmpty(),
                 qPrintable(usersModel()->index(0, UserTableModel::Status).data().toString()));
    checkAndProvision(1);
    const auto gustav = person(QStringLiteral("gustav.vasa@kaffebryggeriet.example"));
    QCOMPARE(QString::fromStdString(gustav["locationId"].get<std::string>()), created.first().first().toString());
}

void tst_ConfigureCustomer::invalidRowShowsReasonAndBlocksProvisioning()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    editCell(0, UserTableModel::FirstName, QStringLiteral("Nils"));
    editCell(0, UserTableModel::Email, QStringLiteral("nils@"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Calling"));
    editCell(0, UserTableModel::Extension, QStringLiteral("1"));

    UserTableModel* model = usersModel();
    QVERIFY(!model->errors(0).isEmpty());
    // The reason is in words: in the row's status column, in the cell's tooltip, with an icon, not colour alone.
    const QString status = model->index(0, UserTableModel::Status).data().toString();
    QVERIFY2(status.startsWith(QStringLiteral("Fix:")), qPrintable(status));
    const QString emailReason = model->index(0, UserTableModel::Email).data(Qt::ToolTipRole).toString();
    QVERIFY2(!emailReason.isEmpty() && status.contains(emailReason), qPrintable(emailReason));
    QVERIFY(!model->index(0, UserTableModel::Email).data(Qt::DecorationRole).isNull());
    QVERIFY(!model->index(0, UserTableModel::LastName).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model->index(0, UserTableModel::Location)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("location")));
    QVERIFY(!model->index(0, UserTableModel::Extension).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model->index(0, UserTableModel::FirstName).data(Qt::ToolTipRole).toString().isEmpty());

    // A package the customer does not have is refused too.
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    QVERIFY(model->index(0, UserTableModel::Package).data(Qt::ToolTipRole).toString().isEmpty());

    // A valid second row does not unblock the table.
    click(child<QPushButton>(m_window, "addRowButton"));
    editCell(1, UserTableModel::FirstName, QStringLiteral("Ok"));
    editCell(1, UserTableModel::LastName, QStringLiteral("User"));
    editCell(1, UserTableModel::Email, QStringLiteral("ok.user@kaffebryggeriet.example"));
    chooseInCell(1, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    QVERIFY(model->errors(1).isEmpty());
    QVERIFY(!child<QPushButton>(m_window, "checkUsersButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_window, "provisionUsersButton")->isEnabled());
    QVERIFY(child<QLabel>(m_window, "usersSummary")->text().contains(QStringLiteral("problems")));

    // Fixed, the rows can be checked.
    editCell(0, UserTableModel::Email, QStringLiteral("nils.holgersson@kaffebryggeriet.example"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Holgersson"));
    QVERIFY2(model->errors(0).isEmpty(), qPrintable(model->index(0, UserTableModel::Status).data().toString()));
    QVERIFY(child<QPushButton>(m_window, "checkUsersButton")->isEnabled());
    // The same email twice is caught in the table.
    editCell(1, UserTableModel::Email, QStringLiteral("Nils.Holgersson@kaffebryggeriet.example"));
    QVERIFY(model->cellError(1, UserTableModel::Email).contains(QStringLiteral("row 1")));
    QVERIFY(!child<QPushButton>(m_window, "checkUsersButton")->isEnabled());
    // Nothing reached the API.
    const auto none = m_sandbox.client().get(
        QStringLiteral("/wholesale/subscribers?email=nils.holgersson@kaffebryggeriet.example"));
    QCOMPARE(int(none.json["items"].size()), 0);
}

void tst_ConfigureCustomer::adminPackageRuleBlocksDowngrade()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* tab = m_window->adminRolesTab();
    child<QTabWidget>(m_window, "configureTabs")->setCurrentWidget(tab);
    auto* table = child<QTableWidget>(tab, "adminUsersTable");
    auto rowOf = [table](const QString& email) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == email) {
                return row;
            }
        }
        return -1;
    };
    const int anna = rowOf(QStringLiteral("anna.karlsson@kaffebryggeriet.example"));
    QVERIFY(anna >= 0);
    QVERIFY(table->item(anna, 3)->text().contains(QStringLiteral("Full Administrator")));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(anna, 0)).center());
    chooseInCombo(child<QComboBox>(tab, "packageCombo"), QStringLiteral("Webex Meetings"));
    auto* change = child<QPushButton>(tab, "changePackageButton");
    QVERIFY(!change->isEnabled());
    const QString reason = child<QLabel>(tab, "packageReason")->text();
    QVERIFY2(reason.contains(QStringLiteral("full administrator cannot be moved to a lower package")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("organization's package level")), qPrintable(reason));

    // A meetings-only user (added by the first test) cannot be made an administrator of a calling organization.
    const int meetingsUser = rowOf(QStringLiteral("sven.nyqvist@kaffebryggeriet.example"));
    QVERIFY(meetingsUser >= 0);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(meetingsUser, 0)).center());
    chooseInCombo(child<QComboBox>(tab, "roleCombo"), QStringLiteral("User and Device"));
    QVERIFY(!child<QPushButton>(tab, "assignRoleButton")->isEnabled());
    QVERIFY(child<QLabel>(tab, "roleReason")->text().contains(QStringLiteral("Webex Calling")));

    // A calling user at the organization's level can get the role; the API then has it.
    const int maja = rowOf(QStringLiteral("maja.lindgren@kaffebryggeriet.example"));
    QVERIFY(maja >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(maja, 0)).center());
    chooseInCombo(child<QComboBox>(tab, "roleCombo"), QStringLiteral("User and Device"));
    auto* assign = child<QPushButton>(tab, "assignRoleButton");
    QVERIFY2(assign->isEnabled(), qPrintable(child<QLabel>(tab, "roleReason")->text()));
    QSignalSpy assigned(m_window->controller(), &ui::ConfigureCustomerController::rolesAssigned);
    click(assign);
    QVERIFY(assigned.wait(10000));
    const auto majaPerson = person(QStringLiteral("maja.lindgren@kaffebryggeriet.example"));
    const auto roles = m_sandbox.client().get(QStringLiteral("/roles")).json["items"];
    std::string roleId;
    for (const auto& role : roles) {
        if (role["name"] == "User and Device Administrator") {
            roleId = role["id"].get<std::string>();
        }
    }
    QVERIFY(std::find(majaPerson["roles"].begin(), majaPerson["roles"].end(), roleId) != majaPerson["roles"].end());
    QTRY_VERIFY(table->item(rowOf(QStringLiteral("maja.lindgren@kaffebryggeriet.example")), 3)
                    ->text()
                    .contains(QStringLiteral("User and Device Administrator")));
}

void tst_ConfigureCustomer::consumerUserWaitsForConsentWithResend()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    editCell(0, UserTableModel::FirstName, QStringLiteral("Kalle"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Anka"));
    editCell(0, UserTableModel::Email, QStringLiteral("kalle.anka@consumer.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    auto* resend = child<QPushButton>(m_window, "resendConsentButton");
    QVERIFY(!resend->isEnabled()); // only for users waiting to accept
    checkAndProvision(1);
    QCOMPARE(usersModel()->state(0), UserTableModel::RowState::PendingMigration);
    const QString status = usersModel()->index(0, UserTableModel::Status).data().toString();
    QVERIFY2(status.contains(QStringLiteral("must accept the move")), qPrintable(status));
    QVERIFY(child<QLabel>(m_window, "usersProgressLabel")->text().contains(QStringLiteral("accept")));

    usersTable()->setCurrentIndex(viewCell(0, UserTableModel::Email));
    QVERIFY(resend->isEnabled());
    QSignalSpy sent(m_window->provisioningController(), &ui::UserProvisioningController::consentEmailSent);
    click(resend);
    QVERIFY(sent.wait(10000));
    QVERIFY(child<QLabel>(m_window, "usersSummary")
                ->text()
                .contains(QStringLiteral("sent again to kalle.anka@consumer.example")));
    const auto subscriber
        = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?email=kalle.anka@consumer.example"));
    QCOMPARE(str(subscriber.json["items"][0]["status"]), QStringLiteral("pending_user_migration"));
}

void tst_ConfigureCustomer::mobileNumbersAreSplitIntoRequestsOf20()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* tab = m_window->locationsTab();
    child<QTabWidget>(m_window, "configureTabs")->setCurrentWidget(tab);
    auto* controller = m_window->controller();
    auto* calling = tab->findChild<ui::LocationCallingPanel*>()->callingController();
    const model::Location head = controller->locations().constFirst();
    typeIntoCombo(child<QComboBox>(tab, "numbersLocationCombo"), QStringLiteral("Head"));
    QTRY_COMPARE(calling->calling(head.id).state, ui::LocationCallingController::State::Loaded);
    QTRY_VERIFY(child<QLabel>(tab, "pstnStatusLabel")->text().contains(QStringLiteral("can be added")));
    typeIntoCombo(child<QComboBox>(tab, "numberTypeCombo"), QStringLiteral("Mobile"));
    QStringList numbers;
    for (int i = 0; i < 25; ++i) {
        numbers.append(QStringLiteral("+467012345%1").arg(i, 2, 10, QLatin1Char('0')));
    }
    auto* edit = child<QPlainTextEdit>(tab, "numbersEdit");
    edit->setFocus();
    QTest::keyClicks(edit, numbers.join(QStringLiteral(", ")));
    const QString plan = child<QLabel>(tab, "numbersPlan")->text();
    QVERIFY2(plan.contains(QStringLiteral("2 request")) && plan.contains(QStringLiteral("at most 20 mobile")),
             qPrintable(plan));
    // Mobile numbers are not activated here, so they cannot become the main number now.
    QVERIFY(!child<QCheckBox>(tab, "activateCheck")->isEnabled());
    typeIntoCombo(child<QComboBox>(tab, "mainNumberCombo"), QStringLiteral("Keep"));
    QSignalSpy steps(calling, &ui::LocationCallingController::stepStarted);
    QSignalSpy succeeded(calling, &ui::LocationCallingController::setupSucceeded);
    click(child<QPushButton>(tab, "setUpCallingButton"));
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(steps.size(), 2); // two requests: 20 and 5
    QVERIFY(child<QLabel>(tab, "callingStatus")->text().contains(QStringLiteral("is set up")));
    // All 25 exist as mobile numbers: one request of 25 would have been refused.
    const auto listed
        = m_sandbox.client().get(QStringLiteral("/telephony/config/numbers?orgId=%1&locationId=%2&max=100")
                                     .arg(controller->customer().orgId, head.id));
    int found = 0;
    for (const auto& entry : listed.json["phoneNumbers"]) {
        found += numbers.contains(QString::fromStdString(entry["phoneNumber"].get<std::string>())) ? 1 : 0;
    }
    QCOMPARE(found, 25);
    // An invalid entry is named and blocks the setup.
    QTest::keyClicks(edit, QStringLiteral("+4670, 12"));
    QVERIFY(errorShown(child<QLabel>(tab, "numbersError")));
    QVERIFY(!child<QPushButton>(tab, "setUpCallingButton")->isEnabled());
}

void tst_ConfigureCustomer::numbersAreNotOfferedOnCiscoCallingPlan()
{
    QVERIFY(open(QStringLiteral("crm-se-1002")));
    auto* tab = m_window->locationsTab();
    child<QTabWidget>(m_window, "configureTabs")->setCurrentWidget(tab);
    typeIntoCombo(child<QComboBox>(tab, "numbersLocationCombo"), QStringLiteral("Head"));
    QTRY_VERIFY(child<QLabel>(tab, "pstnStatusLabel")->text().contains(QStringLiteral("Cisco Calling Plan")));
    QVERIFY(child<QLabel>(tab, "pstnStatusLabel")->text().contains(QStringLiteral("ordered")));
    QVERIFY(!child<QPlainTextEdit>(tab, "numbersEdit")->isEnabled());
    // Nothing to change yet: the main number is kept, the connection too.
    typeIntoCombo(child<QComboBox>(tab, "mainNumberCombo"), QStringLiteral("Keep"));
    QVERIFY(!child<QPushButton>(tab, "setUpCallingButton")->isEnabled());
    // Mobile numbers may still be added to a Cisco Calling Plan location.
    typeIntoCombo(child<QComboBox>(tab, "numberTypeCombo"), QStringLiteral("Mobile"));
    QVERIFY(child<QPlainTextEdit>(tab, "numbersEdit")->isEnabled());
}

void tst_ConfigureCustomer::newCustomerGetsCallingEndToEnd()
{
    // A new customer, created as the customer wizard does; its headquarters location has no PSTN connection yet.
    const QString created = m_sandbox.createCustomer(QStringLiteral("gui-calling-1"),
                                                     QStringLiteral("vd@ringbolaget.example"),
                                                     nlohmann::json::array({ "webex_calling" }));
    QVERIFY(!created.isEmpty());
    QCOMPARE(str(m_sandbox.waitForTerminal(created)["status"]), QStringLiteral("provisioned"));
    QVERIFY(open(QStringLiteral("gui-calling-1")));
    auto* controller = m_window->controller();
    const model::Location head = controller->locations().constFirst();
    const QString orgId = controller->customer().orgId;
    auto* tab = m_window->locationsTab();
    child<QTabWidget>(m_window, "configureTabs")->setCurrentWidget(tab);
    auto* calling = tab->findChild<ui::LocationCallingPanel*>()->callingController();
    typeIntoCombo(child<QComboBox>(tab, "numbersLocationCombo"), head.name);
    QTRY_COMPARE(calling->calling(head.id).state, ui::LocationCallingController::State::Loaded);
    QVERIFY(child<QLabel>(tab, "pstnStatusLabel")->text().contains(QStringLiteral("no PSTN connection yet")));
    QVERIFY(!child<QPlainTextEdit>(tab, "numbersEdit")->isEnabled());

    // The connection from the options listed for the location, numbers, and the main number among them.
    chooseInCombo(child<QComboBox>(tab, "pstnConnectionCombo"), QStringLiteral("Nordic Carrier Connect"));
    QTRY_VERIFY(child<QPlainTextEdit>(tab, "numbersEdit")->isEnabled());
    const QStringList numbers
        = { QStringLiteral("+46855500100"), QStringLiteral("+46855500101"), QStringLiteral("+46855500102") };
    auto* edit = child<QPlainTextEdit>(tab, "numbersEdit");
    edit->setFocus();
    QTest::keyClicks(edit, numbers.join(QStringLiteral(", ")));
    QVERIFY(child<QCheckBox>(tab, "activateCheck")->isChecked());
    chooseInCombo(child<QComboBox>(tab, "mainNumberCombo"), numbers.at(1));
    QSignalSpy steps(calling, &ui::LocationCallingController::stepStarted);
    QSignalSpy succeeded(calling, &ui::LocationCallingController::setupSucceeded);
    click(child<QPushButton>(tab, "setUpCallingButton"));
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(steps.size(), 4); // connection, numbers, activation, main number

    // The sandbox shows each.
    const auto connection = m_sandbox.client().get(
        QStringLiteral("/telephony/pstn/locations/%1/connection?orgId=%2").arg(head.id, orgId));
    QCOMPARE(str(connection.json["pstnConnectionType"]), QStringLiteral("NON_INTEGRATED_CCP"));
    const auto listed = m_sandbox.client().get(
        QStringLiteral("/telephony/config/numbers?orgId=%1&locationId=%2").arg(orgId, head.id));
    int added = 0;
    for (const auto& entry : listed.json["phoneNumbers"]) {
        const QString number = str(entry["phoneNumber"]);
        if (numbers.contains(number)) {
            ++added;
            QCOMPARE(str(entry["state"]), QStringLiteral("ACTIVE"));
            QCOMPARE(entry["mainNumber"].get<bool>(), number == numbers.at(1));
        }
    }
    QCOMPARE(added, 3);
    QTRY_VERIFY(child<QLabel>(tab, "pstnStatusLabel")->text().contains(QStringLiteral("Nordic Carrier Connect")));

    // A calling user with one of those numbers.
    child<QTabWidget>(m_window, "configureTabs")->setCurrentWidget(m_window->usersTab());
    editCell(0, UserTableModel::FirstName, QStringLiteral("Rut"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Ringstrom"));
    editCell(0, UserTableModel::Email, QStringLiteral("rut.ringstrom@ringbolaget.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Calling"));
    chooseInCell(0, UserTableModel::Location, head.name);
    QTRY_VERIFY(controller->hasNumbers(head.id));
    editCell(0, UserTableModel::PhoneNumber, numbers.at(2));
    editCell(0, UserTableModel::Extension, QStringLiteral("3001"));
    QTRY_VERIFY2(usersModel()->errors(0).isEmpty(),
                 qPrintable(usersModel()->index(0, UserTableModel::Status).data().toString()));
    checkAndProvision(1);
    const auto rut = person(QStringLiteral("rut.ringstrom@ringbolaget.example"));
    QCOMPARE(str(rut["phoneNumbers"][0]["value"]), numbers.at(2));
    const auto owned = m_sandbox.client().get(
        QStringLiteral("/telephony/config/numbers?orgId=%1&phoneNumber=%2").arg(orgId, numbers.at(2).mid(1)));
    QCOMPARE(str(owned.json["phoneNumbers"][0]["owner"]["id"]), str(rut["id"]));
}

void tst_ConfigureCustomer::setupAssistanceRequestIsPrepared()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    const auto input = m_window->setupAssistanceInput();
    QCOMPARE(input.customerName, QStringLiteral("Kaffebryggeriet Göteborg AB"));
    QVERIFY(input.administrators.contains(QStringLiteral("anna.karlsson@kaffebryggeriet.example")));
    QVERIFY(!input.locations.isEmpty());
    QVERIFY(input.locations.constFirst().userCount >= 3); // the admin and two seeded users at the head office
    click(child<QPushButton>(m_window, "setupAssistanceButton"));
    QTRY_VERIFY(m_window->findChild<ui::SetupAssistanceDialog*>());
    auto* dialog = m_window->findChild<ui::SetupAssistanceDialog*>();
    QVERIFY(child<QLabel>(dialog, "tierSummary")->text().contains(QStringLiteral("Express")));
    QVERIFY(errorShown(child<QLabel>(dialog, "setupAssistanceProblems")));
    auto* contact = child<QLineEdit>(dialog, "contactNameEdit");
    contact->setFocus();
    QTest::keyClicks(contact, QStringLiteral("Sara Lindqvist"));
    auto* email = child<QLineEdit>(dialog, "contactEmailEdit");
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("sara.lindqvist@partner.example"));
    QVERIFY(!child<QLabel>(dialog, "setupAssistanceProblems")->isVisibleTo(dialog));
    QVERIFY(child<QTextBrowser>(dialog, "requestPreview")->toPlainText().contains(QStringLiteral("Sara Lindqvist")));
    QTemporaryDir dir;
    for (const QString& name : { QStringLiteral("request.md"), QStringLiteral("request.pdf") }) {
        const QString path = dir.filePath(name);
        dialog->setSaveFileAnswer([path] { return path; });
        click(child<QPushButton>(dialog, "saveRequestButton"));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    QFile md(dir.filePath(QStringLiteral("request.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("Kaffebryggeriet Göteborg AB")));
    QVERIFY(text.contains(QStringLiteral("| Express |")));
    QFile pdf(dir.filePath(QStringLiteral("request.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

// Writes the screenshots of the documentation when ONBOARDER_SCREENSHOT_DIR names a folder; checks the grabs.
// Imports meetings-only users, checks them, starts adding them and closes the window as a crash would, with
// creates in flight (the server still carries them out). Returns the emails.
QStringList tst_ConfigureCustomer::interruptProvisioning(const QString& prefix, int users)
{
    QStringList emails;
    if (!open(QStringLiteral("crm-se-1001"))) {
        return emails;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return emails;
    }
    file.write("First name,Last name,Email,Package\n");
    for (int i = 0; i < users; ++i) {
        const QString email = QStringLiteral("%1.%2@kaffebryggeriet.example").arg(prefix).arg(i);
        emails.append(email);
        file.write(QStringLiteral("Anna,Nr %1,%2,webex_meetings\n").arg(i).arg(email).toUtf8());
    }
    file.close();
    QString error;
    if (!m_window->usersTab()->importFile(path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!waitForImportCheck()) {
        qWarning("the import's check did not pass");
        return {};
    }
    QSignalSpy provisioned(m_window->provisioningController(), &ui::UserProvisioningController::rowProvisioned);
    click(child<QPushButton>(m_window, "provisionUsersButton"));
    while (provisioned.size() < 5 && provisioned.wait(20000)) { }
    // Gone mid-run: nothing is cancelled or flushed, the journal stays as the last request left it.
    delete m_window;
    return emails;
}

int tst_ConfigureCustomer::subscribersWithEmail(const QString& email)
{
    const auto result = m_sandbox.client().get(QStringLiteral("/wholesale/subscribers?email=") + email);
    return result.status == 200 ? static_cast<int>(result.json["items"].size()) : -1;
}

void tst_ConfigureCustomer::interruptedRunIsResumedWithoutDuplicates()
{
    const QStringList emails = interruptProvisioning(QStringLiteral("resume"), 30);
    QCOMPARE(emails.size(), 30);
    const QString customer = customerId(QStringLiteral("crm-se-1001"));
    const QList<jobs::ImportRunStore::Run> runs = jobs::ImportRunStore::unfinished(customer);
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.constFirst().provisioned >= 5);
    QVERIFY2(runs.constFirst().unknown > 0, "creates were in flight when the window went");
    QCOMPARE(runs.constFirst().provisioned + runs.constFirst().unknown + runs.constFirst().notSent, 30);
    QTRY_VERIFY(subscribersWithEmail(emails.constFirst()) == 1);

    // Opened again: the run is offered, with what it did; Resume finishes the same users.
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* banner = child<QWidget>(m_window, "resumeBanner");
    QVERIFY(banner->isVisible());
    const QString text = child<QLabel>(m_window, "resumeLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("Adding 30 user")) && text.contains(QStringLiteral("possibly created")),
             qPrintable(text));
    const QString screenshots = qEnvironmentVariable("ONBOARDER_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        settle();
        QVERIFY(m_window->grab().save(QDir(screenshots).filePath(QStringLiteral("configure-customer-5-resume.png"))));
    }
    QSignalSpy finished(m_window->provisioningController(), &ui::UserProvisioningController::finished);
    QSignalSpy provisioned(m_window->provisioningController(), &ui::UserProvisioningController::rowProvisioned);
    QSignalSpy failed(m_window->provisioningController(), &ui::UserProvisioningController::rowFailed);
    click(child<QPushButton>(m_window, "resumeRunButton"));
    QVERIFY(!banner->isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(provisioned.size(), 30);
    QCOMPARE(usersModel()->rowCount(), 30);
    for (int row = 0; row < 30; ++row) {
        QCOMPARE(usersModel()->index(row, UserTableModel::Email).data().toString(), emails.at(row));
        QCOMPARE(usersModel()->state(row), UserTableModel::RowState::Provisioned);
        QVERIFY(!usersModel()->subscriberId(row).isEmpty());
    }
    QVERIFY(usersModel()->rowsToSend().isEmpty());
    QCOMPARE(m_sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails),
             QStringList());
    // Settled: nothing is left to offer.
    QVERIFY(jobs::ImportRunStore::unfinished(customer).isEmpty());
    delete m_window;
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    QVERIFY(!child<QWidget>(m_window, "resumeBanner")->isVisible());
}

void tst_ConfigureCustomer::interruptedRunCanBeDiscarded()
{
    QCOMPARE(interruptProvisioning(QStringLiteral("discard"), 20).size(), 20);
    const QString customer = customerId(QStringLiteral("crm-se-1001"));
    const QList<jobs::ImportRunStore::Run> runs = jobs::ImportRunStore::unfinished(customer);
    QCOMPARE(runs.size(), 1);
    QVERIFY(QFileInfo::exists(runs.constFirst().sourcePath));

    QVERIFY(open(QStringLiteral("crm-se-1001")));
    QVERIFY(child<QWidget>(m_window, "resumeBanner")->isVisible());
    click(child<QPushButton>(m_window, "discardRunButton"));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("discardRunBox"))) != nullptr);
    QVERIFY2(box->informativeText().contains(QStringLiteral("may have been created")),
             qPrintable(box->informativeText()));
    click(box->button(QMessageBox::Discard));
    QTRY_VERIFY(!child<QWidget>(m_window, "resumeBanner")->isVisible());
    QVERIFY(jobs::ImportRunStore::unfinished(customer).isEmpty());
    QVERIFY(!QFileInfo::exists(runs.constFirst().sourcePath));
    QVERIFY(!QFileInfo::exists(runs.constFirst().journalPath));
    QCOMPARE(usersModel()->rowCount(), 1); // the table is as a new window has it
}

// Creates that time out on our side (the server carries them out, its answer comes too late) end the job with
// "unknown" rows; when the run ends, each is looked up by email and shown as provisioned, not as a row to add again.
void tst_ConfigureCustomer::createsWithoutAnAnswerAreLookedUpWhenTheRunEnds()
{
    auto options = testsupport::SandboxFixture::options();
    options.latencyMs = 800;
    testsupport::SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    api::StaticTokenProvider tokens(sandbox.token());
    api::ApiSession session(sandbox.baseUrl(), &tokens);
    api::WholesaleClient client(&session);
    const auto customers = sandbox.client().get(QStringLiteral("/wholesale/customers?externalId=crm-se-1001"));
    QCOMPARE(customers.status, 200);
    m_window = new ConfigureCustomerWindow(&client, str(customers.json["items"][0]["id"]));
    QSignalSpy loaded(m_window->controller(), &ui::ConfigureCustomerController::loaded);
    m_window->show();
    QVERIFY(loaded.wait(30000));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First name,Last name,Email,Package\n");
    QStringList emails;
    for (int i = 0; i < 3; ++i) {
        emails.append(QStringLiteral("late.%1@kaffebryggeriet.example").arg(i));
        file.write(QStringLiteral("Per,Nr %1,%2,webex_meetings\n").arg(i).arg(emails.last()).toUtf8());
    }
    file.close();
    QString error;
    QVERIFY2(m_window->usersTab()->importFile(path, &error), qPrintable(error));
    auto* controller = m_window->provisioningController();
    QVERIFY(waitForImportCheck());
    QSignalSpy finished(controller, &ui::UserProvisioningController::finished);

    QSignalSpy provisioned(controller, &ui::UserProvisioningController::rowProvisioned);
    QSignalSpy failed(controller, &ui::UserProvisioningController::rowFailed);
    click(child<QPushButton>(m_window, "provisionUsersButton"));
    auto* job = controller->findChild<jobs::BulkImportJob*>();
    QVERIFY(job);
    // After the job's own check: every create and every lookup of the job gives up before the server answers.
    connect(
        job, &jobs::BulkImportJob::prepared, this, [&session] { session.setTimeout(std::chrono::milliseconds(300)); });
    int rowsDone = 0;
    connect(job, &jobs::BulkImportJob::rowFinished, this, [&session, &rowsDone, job](int index) {
        QCOMPARE(job->outcome(index).outcome, jobs::ImportOutcome::Kind::Unknown);
        if (++rowsDone == 3) {
            session.setTimeout(std::chrono::seconds(20)); // the lookups after the run get their answers
        }
    });
    QVERIFY(finished.wait(60000));
    QCOMPARE(rowsDone, 3);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(provisioned.size(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(usersModel()->state(row), UserTableModel::RowState::Provisioned);
        QVERIFY(!usersModel()->subscriberId(row).isEmpty());
    }
    QTest::qWait(1000); // anything still in flight lands
    QCOMPARE(sandbox.notExactlyOnce(QStringLiteral("/wholesale/subscribers"), QStringLiteral("subscriber"), emails),
             QStringList());
    // Settled by the lookups: nothing is left to resume.
    QVERIFY(jobs::ImportRunStore::unfinished(m_window->controller()->customerId()).isEmpty());
    delete m_window;
}

QString tst_ConfigureCustomer::writeFile(QTemporaryDir* dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

// A file imported after users were added by hand: the added users stay added, and only the file's rows are
// checked and sent (before, the import put every row back to "Ready to check" and Check failed the added ones).
void tst_ConfigureCustomer::importAppendsAndAddedRowsStayAdded()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    editCell(0, UserTableModel::FirstName, QStringLiteral("Hanna"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Hand"));
    editCell(0, UserTableModel::Email, QStringLiteral("hanna.hand@kaffebryggeriet.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    checkAndProvision(1);
    QCOMPARE(usersModel()->state(0), UserTableModel::RowState::Provisioned);
    const QString addedId = usersModel()->subscriberId(0);

    QTemporaryDir dir;
    const QString path = writeFile(&dir,
                                   QStringLiteral("more.csv"),
                                   "First name,Last name,Email,Package\n"
                                   "Filip,Fil,filip.fil@kaffebryggeriet.example,webex_meetings\n"
                                   "Frida,Fil,frida.fil@kaffebryggeriet.example,webex_meetings\n");
    QString error;
    QVERIFY2(m_window->usersTab()->importFile(path, &error), qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 3);
    QCOMPARE(usersModel()->state(0), UserTableModel::RowState::Provisioned);
    QCOMPARE(usersModel()->subscriberId(0), addedId);
    QVERIFY(usersModel()->errors(0).isEmpty());
    QCOMPARE(usersModel()->rowsToSend(), (QList<int> { 1, 2 }));
    checkAndProvision(2);
    QCOMPARE(usersModel()->state(0), UserTableModel::RowState::Provisioned);
    QCOMPARE(subscribersWithEmail(QStringLiteral("hanna.hand@kaffebryggeriet.example")), 1);
    QCOMPARE(subscribersWithEmail(QStringLiteral("frida.fil@kaffebryggeriet.example")), 1);
}

// A click on a row number selects that row, Ctrl+click adds rows; "Remove rows" removes exactly those, not the row
// holding the cursor; Ctrl+Z puts them back.
void tst_ConfigureCustomer::rowNumbersSelectAndRemovalCanBeUndone()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    const QStringList emails { QStringLiteral("keep.0@kaffebryggeriet.example"),
                               QStringLiteral("drop.1@kaffebryggeriet.example"),
                               QStringLiteral("drop.2@kaffebryggeriet.example"),
                               QStringLiteral("keep.3@kaffebryggeriet.example") };
    for (int row = 0; row < emails.size(); ++row) {
        if (row > 0) {
            click(child<QPushButton>(m_window, "addRowButton"));
        }
        editCell(row, UserTableModel::Email, emails.at(row));
    }
    QTableView* table = usersTable();
    table->setCurrentIndex(viewCell(0, UserTableModel::Email));
    QHeaderView* numbers = table->verticalHeader();
    auto clickNumber = [numbers](int row, Qt::KeyboardModifiers modifiers) {
        const QPoint at(numbers->width() / 2, numbers->sectionViewportPosition(row) + numbers->sectionSize(row) / 2);
        QTest::mouseClick(numbers->viewport(), Qt::LeftButton, modifiers, at);
    };
    clickNumber(1, Qt::NoModifier);
    clickNumber(2, Qt::ControlModifier);
    settle();
    QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    QVERIFY(table->selectionModel()->isRowSelected(2, {}));
    QVERIFY(!table->selectionModel()->isRowSelected(0, {}));
    click(child<QPushButton>(m_window, "removeRowButton"));
    QCOMPARE(usersModel()->rowCount(), 2);
    QCOMPARE(usersModel()->rows().at(0).email, emails.at(0));
    QCOMPARE(usersModel()->rows().at(1).email, emails.at(3));

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(usersModel()->rowCount(), 4);
    for (int row = 0; row < emails.size(); ++row) {
        QCOMPARE(usersModel()->rows().at(row).email, emails.at(row));
    }
}

// Closing with users typed and not added asks: Cancel keeps the window open; Keep brings the same rows back, in the
// same order, the next time the customer is opened with that profile (from a file, so after a restart too); Discard
// drops them; a window with nothing unsent closes without asking.
void tst_ConfigureCustomer::closingWithUnsentUsersAsksAndKeepsThem()
{
    const QString profile = QStringLiteral("Keep profile");
    QVERIFY(open(QStringLiteral("crm-se-1001"), profile));
    const QString kept = ui::UnsentUsersStore::filePath(profile, m_window->controller()->customerId());
    QVERIFY(kept.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    // Nothing typed: nothing to ask.
    QVERIFY(m_window->close());
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("unsentUsersBox")));
    delete m_window;

    QVERIFY(open(QStringLiteral("crm-se-1001"), profile));
    editCell(0, UserTableModel::FirstName, QStringLiteral("Karin"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Kvar"));
    editCell(0, UserTableModel::Email, QStringLiteral("karin.kvar@kaffebryggeriet.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    click(child<QPushButton>(m_window, "addRowButton"));
    // A row with a problem is the user's work too.
    editCell(1, UserTableModel::FirstName, QStringLiteral("Olle"));
    editCell(1, UserTableModel::Email, QStringLiteral("olle.inte-klar@"));
    click(child<QPushButton>(m_window, "addRowButton")); // an empty row is not
    QCOMPARE(usersModel()->rowCount(), 3);
    const QList<model::Subscriber> typed = usersModel()->rows().mid(0, 2);

    QMessageBox* box = closeAndAsk();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("2 user")), qPrintable(box->text()));
    QVERIFY2(AccessibilityAudit::problems(box).isEmpty(), qPrintable(AccessibilityAudit::problems(box).join(u'\n')));
    click(box->button(QMessageBox::Cancel));
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("unsentUsersBox")));
    QVERIFY(m_window->isVisible());
    QCOMPARE(usersModel()->rowCount(), 3);
    QVERIFY(!QFileInfo::exists(kept));

    box = closeAndAsk();
    QVERIFY(box);
    click(child<QPushButton>(box, "keepUsersButton"));
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(QFileInfo::exists(kept));
    delete m_window;

    // Another profile's window of the same customer does not get them.
    QVERIFY(open(QStringLiteral("crm-se-1001"), QStringLiteral("Other profile")));
    QCOMPARE(usersModel()->rowCount(), 1);
    QVERIFY(usersModel()->isBlank(0));
    QVERIFY(m_window->close());
    delete m_window;

    // Opened again with the profile, as after a restart: the same rows in the same order, and the window says so.
    QVERIFY(open(QStringLiteral("crm-se-1001"), profile));
    QCOMPARE(usersModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const model::Subscriber back = usersModel()->rows().at(row);
        QCOMPARE(back.firstName, typed.at(row).firstName);
        QCOMPARE(back.lastName, typed.at(row).lastName);
        QCOMPARE(back.email, typed.at(row).email);
        QCOMPARE(back.effectivePackage(), typed.at(row).effectivePackage());
    }
    QVERIFY(usersModel()->errors(0).isEmpty());
    QVERIFY(!usersModel()->errors(1).isEmpty());
    const QString summary = child<QLabel>(m_window, "usersSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("not added when this customer was last closed")), qPrintable(summary));

    // Discarded: gone for good.
    box = closeAndAsk();
    QVERIFY(box);
    click(child<QPushButton>(box, "discardUsersButton"));
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!QFileInfo::exists(kept));
    delete m_window;
    QVERIFY(open(QStringLiteral("crm-se-1001"), profile));
    QCOMPARE(usersModel()->rowCount(), 1);
    QVERIFY(usersModel()->isBlank(0));

    // A window that goes without being closed (its profile was switched) cannot ask: it keeps what was typed.
    editCell(0, UserTableModel::Email, QStringLiteral("ulla.undan@kaffebryggeriet.example"));
    delete m_window;
    QVERIFY(QFileInfo::exists(kept));
    QVERIFY(open(QStringLiteral("crm-se-1001"), profile));
    QCOMPARE(usersModel()->rowCount(), 1);
    QCOMPARE(usersModel()->rows().at(0).email, QStringLiteral("ulla.undan@kaffebryggeriet.example"));
}

// "Export to file" writes the users not added as a CSV file that Import from file reads back into the same rows
// with the same verdicts; exported users are not kept as well.
void tst_ConfigureCustomer::unsentUsersExportedToAFileImportAgain()
{
    const QString profile = QStringLiteral("Export profile");
    QVERIFY(open(QStringLiteral("crm-se-1001"), profile));
    const QString kept = ui::UnsentUsersStore::filePath(profile, m_window->controller()->customerId());
    const model::Location head = m_window->controller()->locations().constFirst();
    editCell(0, UserTableModel::FirstName, QStringLiteral("Elsa"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Export"));
    editCell(0, UserTableModel::Email, QStringLiteral("elsa.export@kaffebryggeriet.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Calling"));
    chooseInCell(0, UserTableModel::Location, head.name);
    QTRY_VERIFY(m_window->controller()->hasNumbers(head.id));
    editCell(0, UserTableModel::Extension, QStringLiteral("4711"));
    click(child<QPushButton>(m_window, "addRowButton"));
    editCell(1, UserTableModel::FirstName, QStringLiteral("Åke"));
    editCell(1, UserTableModel::LastName, QStringLiteral("Ölund, \"Junior\""));
    editCell(1, UserTableModel::Email, QStringLiteral("ake.olund@kaffebryggeriet.example"));
    chooseInCell(1, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    click(child<QPushButton>(m_window, "addRowButton"));
    editCell(2, UserTableModel::Email, QStringLiteral("trasig@"));
    QTRY_VERIFY2(usersModel()->errors(0).isEmpty(),
                 qPrintable(usersModel()->index(0, UserTableModel::Status).data().toString()));
    const QList<model::Subscriber> typed = usersModel()->rows();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unsent.csv"));
    QMessageBox* box = closeAndAsk();
    QVERIFY(box);
    click(child<QPushButton>(box, "exportUsersButton"));
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportUsersDialog"))) != nullptr
                && dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    dialog->selectFile(path);
    // As the dialog's Save button does.
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(!QFileInfo::exists(kept));
    delete m_window;

    // Not kept: a new window starts empty; the file imports into the same rows.
    QVERIFY(open(QStringLiteral("crm-se-1001"), profile));
    QCOMPARE(usersModel()->rowCount(), 1);
    QVERIFY(usersModel()->isBlank(0));
    QString error;
    QVERIFY2(m_window->usersTab()->importFile(path, &error), qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const model::Subscriber back = usersModel()->rows().at(row);
        QCOMPARE(back.firstName, typed.at(row).firstName);
        QCOMPARE(back.lastName, typed.at(row).lastName);
        QCOMPARE(back.email, typed.at(row).email);
        QCOMPARE(back.effectivePackage(), typed.at(row).effectivePackage());
        QCOMPARE(back.extension, typed.at(row).extension);
        QCOMPARE(usersModel()->errors(row).isEmpty(), row < 2);
    }
    QCOMPARE(usersModel()->rows().at(0).locationId, head.id);
}

// "Show problems only" leaves the rows to fix, under their own row numbers; an edit or a removal in the filtered
// view acts on the row it shows; once the last problem is fixed the view says so instead of going blank.
void tst_ConfigureCustomer::problemsOnlyShowsTheRowsToFix()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    QTemporaryDir dir;
    const QString path = writeFile(&dir,
                                   QStringLiteral("problems.csv"),
                                   "First name,Last name,Email,Package\n"
                                   "Pia,Ett,pia.ett@kaffebryggeriet.example,webex_meetings\n"
                                   "Per,Tva,per.tva@,webex_meetings\n"
                                   "Pim,Tre,pim.tre@kaffebryggeriet.example,webex_meetings\n"
                                   "Pal,,pal.fyra@kaffebryggeriet.example,webex_meetings\n"
                                   "Pontus,Fem,pontus.fem@kaffebryggeriet.example,webex_meetings\n");
    QString error;
    QVERIFY2(m_window->usersTab()->importFile(path, &error), qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 5);
    QCOMPARE(usersModel()->invalidRowCount(), 2);

    QTableView* table = usersTable();
    QAbstractItemModel* view = table->model();
    auto* problemsOnly = child<QCheckBox>(m_window, "problemsOnlyCheck");
    auto* notice = child<QLabel>(m_window, "usersTableNotice");
    click(problemsOnly);
    QVERIFY(problemsOnly->isChecked());
    QCOMPARE(view->rowCount(), 2);
    QCOMPARE(view->headerData(0, Qt::Vertical).toInt(), 2);
    QCOMPARE(view->headerData(1, Qt::Vertical).toInt(), 4);
    QVERIFY(!notice->isVisible());

    // The second row shown is row 4: the last name goes there.
    table->setFocus();
    table->setCurrentIndex(view->index(1, UserTableModel::LastName));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = openEditor(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Fyra"));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    QCOMPARE(usersModel()->rows().at(3).lastName, QStringLiteral("Fyra"));
    QCOMPARE(usersModel()->rows().at(1).lastName, QStringLiteral("Tva"));
    QVERIFY(usersModel()->errors(3).isEmpty());
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->headerData(0, Qt::Vertical).toInt(), 2);

    // The first row shown is row 2: its number selects it, and Remove removes it, not the table's first row.
    clickRowNumber(0);
    click(child<QPushButton>(m_window, "removeRowButton"));
    QStringList emails;
    for (const model::Subscriber& row : usersModel()->rows()) {
        emails.append(row.email);
    }
    QCOMPARE(emails,
             (QStringList { QStringLiteral("pia.ett@kaffebryggeriet.example"),
                            QStringLiteral("pim.tre@kaffebryggeriet.example"),
                            QStringLiteral("pal.fyra@kaffebryggeriet.example"),
                            QStringLiteral("pontus.fem@kaffebryggeriet.example") }));
    QCOMPARE(view->rowCount(), 0);
    QVERIFY(notice->isVisible());
    // Undo puts it back where it was, with its problem, so it shows again.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(usersModel()->rowCount(), 5);
    QCOMPARE(usersModel()->rows().at(1).email, QStringLiteral("per.tva@"));
    QCOMPARE(view->rowCount(), 1);
    QVERIFY(!notice->isVisible());

    // The last problem fixed: the view says that nothing is left.
    editCell(1, UserTableModel::Email, QStringLiteral("per.tva@kaffebryggeriet.example"));
    QCOMPARE(usersModel()->invalidRowCount(), 0);
    QCOMPARE(view->rowCount(), 0);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("No row has a problem left")), qPrintable(notice->text()));
    click(problemsOnly);
    QCOMPARE(view->rowCount(), 5);
    QVERIFY(!notice->isVisible());
}

// A package from the dialog and a location from the context menu, each set on the selected rows at once with the
// values the cell editors offer; rows that cannot take a location are left alone; each set is one undo step.
void tst_ConfigureCustomer::valueSetForSelectedRowsIsOneUndoStep()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* controller = m_window->controller();
    const model::Location head = controller->locations().constFirst();
    QTemporaryDir dir;
    QByteArray csv = "First name,Last name,Email,Package\n";
    for (int i = 0; i < 4; ++i) {
        csv += QStringLiteral("Sara,Nr %1,sara.%1@kaffebryggeriet.example,webex_meetings\n").arg(i).toUtf8();
    }
    QString error;
    QVERIFY2(m_window->usersTab()->importFile(writeFile(&dir, QStringLiteral("set.csv"), csv), &error),
             qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 4);
    QVERIFY(waitForImportCheck());
    auto packages = [this] {
        QStringList result;
        for (const model::Subscriber& row : usersModel()->rows()) {
            result.append(row.effectivePackage());
        }
        return result;
    };
    auto locations = [this] {
        QStringList result;
        for (const model::Subscriber& row : usersModel()->rows()) {
            result.append(row.locationId);
        }
        return result;
    };
    const QString calling = QStringLiteral("webex_calling");
    const QString meetings = QStringLiteral("webex_meetings");

    QTableView* table = usersTable();
    auto* setButton = child<QPushButton>(m_window, "setForSelectedButton");
    table->setCurrentIndex(viewCell(0, UserTableModel::FirstName));
    table->clearSelection();
    settle();
    QVERIFY(!setButton->isEnabled());
    clickRowNumber(0);
    clickRowNumber(2, Qt::ControlModifier);
    clickRowNumber(3, Qt::ControlModifier);
    click(setButton);
    QDialog* found = nullptr;
    QTRY_VERIFY((found = m_window->findChild<QDialog*>(QStringLiteral("setUserColumnDialog"))) != nullptr
                && found->isVisible());
    QPointer<QDialog> dialog(found);
    QVERIFY2(AccessibilityAudit::problems(dialog).isEmpty(),
             qPrintable(AccessibilityAudit::problems(dialog).join(u'\n')));
    auto* column = child<QComboBox>(dialog, "columnCombo");
    auto* value = child<QComboBox>(dialog, "valueCombo");
    QPushButton* set = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    chooseInCombo(column, QStringLiteral("Package"));
    // What the package cell offers, never free text; nothing is set before a value is chosen.
    QVERIFY(!value->isEditable());
    QCOMPARE(value->count(), static_cast<int>(controller->subscriberPackages().size()) + 1);
    QVERIFY(!set->isEnabled());
    chooseInCombo(value, QStringLiteral("Webex Calling"));
    click(set);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(packages(), (QStringList { calling, meetings, calling, calling }));

    // Every row, then the location from the context menu: the meetings user cannot take one.
    clickRowNumber(0);
    clickRowNumber(3, Qt::ShiftModifier);
    const QPoint at(20, 10);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu*>(QStringLiteral("usersContextMenu"))) != nullptr);
    QMenu* locationMenu = menu->findChild<QMenu*>(QStringLiteral("setLocationMenu"));
    QVERIFY(locationMenu);
    QAction* headAction = nullptr;
    for (QAction* action : locationMenu->actions()) {
        if (action->text() == head.name) {
            headAction = action;
        }
    }
    QVERIFY(headAction);
    QCOMPARE(locationMenu->actions().size(), controller->locations().size());
    headAction->trigger();
    menu->close();
    QCOMPARE(locations(), (QStringList { head.id, QString(), head.id, head.id }));
    const QString summary = child<QLabel>(m_window, "usersSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("cannot take it")), qPrintable(summary));

    // One undo per set: the locations first, then the packages. (The menu had the window's keyboard.)
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(locations(), (QStringList { QString(), QString(), QString(), QString() }));
    QCOMPARE(packages(), (QStringList { calling, meetings, calling, calling }));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(packages(), (QStringList { meetings, meetings, meetings, meetings }));
}

// The customer's users with their name, status, package and location; searched by name or email; users added in the
// window appear once their run ends; a failed refresh shows the API's message, status and tracking ID.
void tst_ConfigureCustomer::existingUsersAreListedSearchedAndRefreshed()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    auto* controller = m_window->controller();
    auto* tabs = child<QTabWidget>(m_window, "configureTabs");
    ui::ExistingUsersTab* tab = m_window->existingUsersTab();
    tabs->setCurrentWidget(tab);
    auto* table = child<QTableView>(tab, "existingUsersTable");
    QAbstractItemModel* view = table->model();
    const int all = static_cast<int>(controller->subscribers().size());
    QVERIFY(all >= 3);
    QCOMPARE(view->rowCount(), all);

    auto* search = child<QLineEdit>(tab, "searchEdit");
    auto* notice = child<QLabel>(tab, "existingUsersNotice");
    using Column = ui::ExistingUsersModel::Column;
    // By name (the email has no space).
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("erik sven"));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, Column::Email).data().toString(), QStringLiteral("erik.svensson@kaffebryggeriet.example"));
    QVERIFY(!view->index(0, Column::Status).data().toString().isEmpty());
    QVERIFY(!view->index(0, Column::Package).data().toString().isEmpty());
    const QString location = view->index(0, Column::Location).data().toString();
    QVERIFY2(std::any_of(controller->locations().cbegin(),
                         controller->locations().cend(),
                         [&](const model::Location& known) { return known.name == location; }),
             qPrintable(location));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ERIK.SVENSSON@"));
    QCOMPARE(view->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zz-nobody"));
    QCOMPARE(view->rowCount(), 0);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("zz-nobody")), qPrintable(notice->text()));
    search->clear();
    QCOMPARE(view->rowCount(), all);
    QVERIFY(!notice->isVisible());

    // Added here: listed once the run ended.
    tabs->setCurrentWidget(m_window->usersTab());
    editCell(0, UserTableModel::FirstName, QStringLiteral("Nils"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Nylund"));
    editCell(0, UserTableModel::Email, QStringLiteral("nils.nylund@kaffebryggeriet.example"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    checkAndProvision(1);
    tabs->setCurrentWidget(tab);
    QTRY_COMPARE(view->rowCount(), all + 1);
    QTest::keyClicks(search, QStringLiteral("nils nylund"));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, Column::Email).data().toString(), QStringLiteral("nils.nylund@kaffebryggeriet.example"));
    search->clear();

    // A refresh the API refuses: its message, status and tracking ID; the users known before stay listed.
    QStringList scopes = sandbox::Scopes::all();
    scopes.removeAll(sandbox::Scopes::subscribersRead);
    scopes.removeAll(QStringLiteral("spark:all"));
    m_tokens->setAccessToken(m_sandbox.mintToken(scopes));
    auto restoreToken = qScopeGuard([this] { m_tokens->setAccessToken(m_sandbox.token()); });
    auto* refresh = child<QPushButton>(tab, "refreshUsersButton");
    auto* panel = child<ui::ApiErrorPanel>(tab, "existingUsersErrorPanel");
    click(refresh);
    QTRY_VERIFY(panel->isVisible());
    const QString text = panel->text();
    QVERIFY2(text.contains(QStringLiteral("403")) && text.contains(QStringLiteral("Tracking ID"))
                 && text.contains(QStringLiteral("scope")),
             qPrintable(text));
    QCOMPARE(view->rowCount(), all + 1);
    m_tokens->setAccessToken(m_sandbox.token());
    QTRY_VERIFY(refresh->isEnabled());
    click(refresh);
    QTRY_VERIFY(!panel->isVisible());
    QCOMPARE(view->rowCount(), all + 1);

    // With the new tab and controls, the window still fits a 1366×768 screen.
    QVERIFY(m_window->minimumSizeHint().width() <= 1366);
    QVERIFY(m_window->minimumSizeHint().height() <= 768 - 80);
    QVERIFY(m_window->width() <= 1366 && m_window->height() <= 768 - 40);
}

// A calling file without a location column, for a customer with one location: every row gets that location
// (before, every row failed with "choose the user's location").
void tst_ConfigureCustomer::callingFileWithoutLocationsGetsTheOnlyLocation()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    const QList<model::Location> locations = m_window->controller()->locations();
    QCOMPARE(locations.size(), 1);
    QTemporaryDir dir;
    QByteArray csv = "First name,Last name,Email,Package,Extension\n";
    for (int i = 0; i < 5; ++i) {
        csv += QStringLiteral("Lo,Nr %1,lo.%1@kaffebryggeriet.example,Webex Calling,%2\n")
                   .arg(i)
                   .arg(7700 + i)
                   .toUtf8();
    }
    QString error;
    QVERIFY2(m_window->usersTab()->importFile(writeFile(&dir, QStringLiteral("calling.csv"), csv), &error),
             qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QVERIFY2(usersModel()->errors(row).isEmpty(),
                 qPrintable(usersModel()->index(row, UserTableModel::Status).data().toString()));
        QCOMPARE(usersModel()->request(row).locationId, locations.constFirst().id);
        QCOMPARE(usersModel()->index(row, UserTableModel::Location).data().toString(), locations.constFirst().name);
    }
}

// One file through the window and through `onboarder-cli subscribers import`: each row accepted by both, or refused
// by both with the same rule and message.
void tst_ConfigureCustomer::windowAndCliGiveTheSameVerdict()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    QTemporaryDir dir;
    const QString path = writeFile(&dir,
                                   QStringLiteral("verdict.csv"),
                                   "First name,Last name,Email,Package,Location,Extension\n"
                                   "Ada,Lund,ada.verdict@kaffebryggeriet.example,webex_meetings,,\n"
                                   "Bo,,bo.verdict@kaffebryggeriet.example,webex_meetings,,\n"
                                   "Ada,Igen,ADA.verdict@kaffebryggeriet.example,webex_meetings,,\n"
                                   "Cy,Dahl,not-an-email,webex_meetings,,\n"
                                   "Di,Ek,di.verdict@kaffebryggeriet.example,Webex Calling,Atlantis,7811\n"
                                   "Ed,Fors,ed.verdict@kaffebryggeriet.example,Webex Calling,,7812\n"
                                   ",Gran,gun.verdict@kaffebryggeriet.example,nonsense_package,,\n");
    QString error;
    QVERIFY2(m_window->usersTab()->importFile(path, &error), qPrintable(error));
    QCOMPARE(usersModel()->rowCount(), 7);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONBOARDER_TOKEN"), m_sandbox.token());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ONBOARDER_CLI_PATH),
              { QStringLiteral("--base-url"),
                m_sandbox.baseUrl().toString(),
                QStringLiteral("--json"),
                QStringLiteral("subscribers"),
                QStringLiteral("import"),
                path,
                QStringLiteral("--customer"),
                m_window->controller()->customerId(),
                QStringLiteral("--fix-phone-numbers"),
                QStringLiteral("--dry-run") });
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    const auto report = nlohmann::json::parse(out.constBegin(), out.constEnd(), nullptr, false);
    QVERIFY2(report.contains("rows"), out.constData());
    QCOMPARE(static_cast<int>(report["rows"].size()), 7);

    int refused = 0;
    for (int row = 0; row < 7; ++row) {
        const auto& cliRow = report["rows"][static_cast<std::size_t>(row)];
        const QString outcome = str(cliRow["outcome"]);
        const model::FieldErrors errors = usersModel()->errors(row);
        if (errors.isEmpty()) {
            QVERIFY2(outcome != QLatin1String("rejected"), qPrintable(str(cliRow["message"])));
            continue;
        }
        ++refused;
        QCOMPARE(outcome, QStringLiteral("rejected"));
        QCOMPARE(str(cliRow["errorCode"]), errors.constFirst().ruleId);
        const QString message = str(cliRow["message"]);
        for (const model::FieldError& fieldError : errors) {
            QVERIFY2(message.contains(fieldError.message),
                     qPrintable(
                         QStringLiteral("row %1: \"%2\" not in \"%3\"").arg(row + 1).arg(fieldError.message, message)));
        }
    }
    // The names, the repeated email, the email, the unknown location and the package are each refused.
    QCOMPARE(refused, 5);
    QVERIFY(usersModel()->errors(0).isEmpty());
    QVERIFY(usersModel()->errors(5).isEmpty());
}

void tst_ConfigureCustomer::screenshots()
{
    QVERIFY(open(QStringLiteral("crm-se-1001")));
    const QString dir = qEnvironmentVariable("ONBOARDER_SCREENSHOT_DIR");
    auto* tabs = child<QTabWidget>(m_window, "configureTabs");
    editCell(0, UserTableModel::FirstName, QStringLiteral("Greta"));
    editCell(0, UserTableModel::LastName, QStringLiteral("Garbo"));
    editCell(0, UserTableModel::Email, QStringLiteral("greta.garbo@kaffebryggeriet"));
    chooseInCell(0, UserTableModel::Package, QStringLiteral("Webex Calling"));
    click(child<QPushButton>(m_window, "addRowButton"));
    editCell(1, UserTableModel::FirstName, QStringLiteral("Zarah"));
    editCell(1, UserTableModel::LastName, QStringLiteral("Leander"));
    editCell(1, UserTableModel::Email, QStringLiteral("zarah.leander@kaffebryggeriet.example"));
    chooseInCell(1, UserTableModel::Package, QStringLiteral("Webex Meetings"));
    usersTable()->setCurrentIndex(viewCell(0, UserTableModel::FirstName));
    const struct
    {
        QWidget* tab;
        const char* file;
    } shots[] = { { m_window->usersTab(), "configure-customer-1-users.png" },
                  { m_window->locationsTab(), "configure-customer-2-locations.png" },
                  { m_window->adminRolesTab(), "configure-customer-3-admin-roles.png" } };
    for (const auto& shot : shots) {
        tabs->setCurrentWidget(shot.tab);
        if (shot.tab == m_window->locationsTab()) {
            typeIntoCombo(child<QComboBox>(shot.tab, "numbersLocationCombo"), QStringLiteral("Head"));
            QTRY_VERIFY(child<QLabel>(shot.tab, "pstnStatusLabel")->text().contains(QStringLiteral("PSTN:")));
        }
        if (shot.tab == m_window->adminRolesTab()) {
            auto* table = child<QTableWidget>(shot.tab, "adminUsersTable");
            table->selectRow(0);
            chooseInCombo(child<QComboBox>(shot.tab, "packageCombo"), QStringLiteral("Webex Meetings"));
        }
        settle();
        const QPixmap pixmap = m_window->grab();
        QVERIFY(!pixmap.isNull() && pixmap.width() > 800);
        if (!dir.isEmpty()) {
            QVERIFY(pixmap.save(QDir(dir).filePath(QString::fromLatin1(shot.file))));
        }
    }
    m_window->openSetupAssistance();
    QTRY_VERIFY(m_window->findChild<ui::SetupAssistanceDialog*>());
    auto* dialog = m_window->findChild<ui::SetupAssistanceDialog*>();
    QTest::keyClicks(child<QLineEdit>(dialog, "partnerNameEdit"), QStringLiteral("Nordic Telecom Partner AB"));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactNameEdit"), QStringLiteral("Sara Lindqvist"));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactEmailEdit"), QStringLiteral("sara.lindqvist@partner.example"));
    settle();
    const QPixmap pixmap = dialog->grab();
    QVERIFY(!pixmap.isNull());
    if (!dir.isEmpty()) {
        QVERIFY(pixmap.save(QDir(dir).filePath(QStringLiteral("configure-customer-4-setup-assistance.png"))));
    }
}

QTEST_MAIN(tst_ConfigureCustomer)
#include "tst_ConfigureCustomer.moc"
