#include "GuiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/AuditLog.h"
#include "jobs/calling/LocationCallingSetup.h"
#include "ui/Resources.h"
#include "ui/configure/AddLocationsTab.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/ConfigureCustomerWindow.h"
#include "ui/configure/LocationCallingController.h"
#include "ui/configure/LocationCallingPanel.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace onboarder;
using namespace onboarder::guitest;
using ui::ConfigureCustomerWindow;

namespace {

QString str(const nlohmann::json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
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

// A location's calling setup that stops part-way (its window closed while a request is out) is offered for resuming
// when the customer is opened again; Resume finishes it from its journal without sending a done step again, and each
// request of the setup is in the audit log once.
class tst_LocationCallingResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void interruptedSetupIsOfferedAndResumed();
    void interruptedSetupCanBeDiscarded();

private:
    ConfigureCustomerWindow* open(const QString& customerId);
    ui::LocationCallingPanel* callingPanel();
    // Starts the setup of the customer's first location in the window and closes the window while the numbers are
    // being added; returns the numbers.
    QStringList interruptSetup(const QString& customerId, const QStringList& numbers);
    // The change requests of the audit log to a path that ends in `suffix` (the query aside), as "METHOD path".
    QStringList audited(const QString& suffix);

    testsupport::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    api::AuditLog* m_audit = nullptr;
    QPointer<ConfigureCustomerWindow> m_window;
};

void tst_LocationCallingResume::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Setups an earlier test process left unfinished would be offered too.
    QDir(jobs::LocationCallingSetup::journalFolder()).removeRecursively();
    ui::initResources();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(testsupport::SandboxFixture::options()));
    m_tokens = new api::StaticTokenProvider(m_sandbox.token(), this);
    m_session = new api::ApiSession(m_sandbox.baseUrl(), m_tokens, this);
    m_client = new api::WholesaleClient(m_session, this);
    // As the app does: every finished change request of the session is recorded.
    m_audit = new api::AuditLog(this);
    QString error;
    QVERIFY2(m_audit->open(m_dir.filePath(QStringLiteral("audit.sqlite")), &error), qPrintable(error));
    m_audit->attach(m_session, QStringLiteral("Resume test"));
}

void tst_LocationCallingResume::cleanupTestCase()
{
    delete m_window;
    delete m_client;
    delete m_session;
    m_sandbox.stop();
}

void tst_LocationCallingResume::cleanup()
{
    delete m_window;
}

ConfigureCustomerWindow* tst_LocationCallingResume::open(const QString& customerId)
{
    auto* window = new ConfigureCustomerWindow(m_client, customerId);
    QSignalSpy loaded(window->controller(), &ui::ConfigureCustomerController::loaded);
    window->show();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        qWarning("window not active");
    }
    if (!loaded.wait(20000)) {
        qWarning("customer not loaded");
    }
    child<QTabWidget>(window, "configureTabs")->setCurrentWidget(window->locationsTab());
    m_window = window;
    return window;
}

ui::LocationCallingPanel* tst_LocationCallingResume::callingPanel()
{
    return m_window ? m_window->locationsTab()->findChild<ui::LocationCallingPanel*>() : nullptr;
}

QStringList tst_LocationCallingResume::interruptSetup(const QString& customerId, const QStringList& numbers)
{
    if (!open(customerId)) {
        return {};
    }
    auto* tab = m_window->locationsTab();
    auto* calling = callingPanel()->callingController();
    const model::Location head = m_window->controller()->locations().constFirst();
    typeIntoCombo(child<QComboBox>(tab, "numbersLocationCombo"), head.name);
    if (!QTest::qWaitFor(
            [&] { return calling->calling(head.id).state == ui::LocationCallingController::State::Loaded; }, 20000)) {
        return {};
    }
    chooseInCombo(child<QComboBox>(tab, "pstnConnectionCombo"), QStringLiteral("Nordic Carrier Connect"));
    auto* edit = child<QPlainTextEdit>(tab, "numbersEdit");
    if (!QTest::qWaitFor([edit] { return edit->isEnabled(); }, 5000)) {
        return {};
    }
    edit->setFocus();
    QTest::keyClicks(edit, numbers.join(QStringLiteral(", ")));
    chooseInCombo(child<QComboBox>(tab, "mainNumberCombo"), numbers.at(1));
    // The window goes as soon as the numbers request is out: its answer is never seen, the journal holds the step
    // as "sending".
    connect(calling, &ui::LocationCallingController::stepStarted, this, [this](int index) {
        if (index == 1) {
            QMetaObject::invokeMethod(
                this, [this] { delete m_window; }, Qt::QueuedConnection);
        }
    });
    click(child<QPushButton>(tab, "setUpCallingButton"));
    if (!QTest::qWaitFor([this] { return m_window.isNull(); }, 20000)) {
        return {};
    }
    // The request outlives the window: it lands, and is recorded, before the customer is opened again.
    const QString numbersPath = QStringLiteral("/locations/%1/numbers").arg(head.id);
    if (!QTest::qWaitFor([&] { return audited(numbersPath).size() == 1; }, 20000)) {
        return {};
    }
    return numbers;
}

QStringList tst_LocationCallingResume::audited(const QString& suffix)
{
    QStringList found;
    for (const api::AuditEntry& entry : m_audit->entries({})) {
        if (entry.path.section(QLatin1Char('?'), 0, 0).endsWith(suffix)) {
            found.append(QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.path);
        }
    }
    return found;
}

void tst_LocationCallingResume::interruptedSetupIsOfferedAndResumed()
{
    const QString customerId = m_sandbox.createCustomer(QStringLiteral("gui-resume-1"),
                                                        QStringLiteral("vd@avbrottet.example"),
                                                        nlohmann::json::array({ "webex_calling" }));
    QVERIFY(!customerId.isEmpty());
    QCOMPARE(str(m_sandbox.waitForTerminal(customerId)["status"]), QStringLiteral("provisioned"));
    const QStringList numbers
        = { QStringLiteral("+46855500200"), QStringLiteral("+46855500201"), QStringLiteral("+46855500202") };
    QCOMPARE(interruptSetup(customerId, numbers), numbers);

    // Opened again: the setup is offered, with its location by name.
    QVERIFY(open(customerId));
    const model::Location head = m_window->controller()->locations().constFirst();
    const QString orgId = m_window->controller()->customer().orgId;
    auto* tab = m_window->locationsTab();
    QVERIFY(child<QWidget>(tab, "interruptedBar")->isVisible());
    const QString offer = child<QLabel>(tab, "interruptedLabel")->text();
    QCOMPARE(offer, QStringLiteral("Calling setup of %1 was interrupted:").arg(head.name));
    screenshot(m_window, QStringLiteral("configure-calling-interrupted"));
    auto* calling = callingPanel()->callingController();
    QSignalSpy steps(calling, &ui::LocationCallingController::stepStarted);
    QSignalSpy succeeded(calling, &ui::LocationCallingController::setupSucceeded);
    QSignalSpy failed(calling, &ui::LocationCallingController::setupFailed);
    auto* resume = child<QPushButton>(tab, "resumeCallingButton");
    QCOMPARE(QKeySequence::mnemonic(resume->text()), QKeySequence(Qt::ALT | Qt::Key_M));
    click(resume);
    QVERIFY(!child<QWidget>(tab, "interruptedBar")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
    // The connection was done: the numbers step is checked against the server, then activation and main number.
    QCOMPARE(steps.size(), 3);
    QVERIFY(child<QLabel>(tab, "callingStatus")->text().contains(QStringLiteral("is set up")));

    // The sandbox holds each number once, active, and the main number.
    const QMap<QString, int> records = m_sandbox.records(QStringLiteral("number"));
    for (const QString& number : numbers) {
        QCOMPARE(records.value(number), 1);
    }
    const auto listed = m_sandbox.client().get(
        QStringLiteral("/telephony/config/numbers?orgId=%1&locationId=%2").arg(orgId, head.id));
    int found = 0;
    for (const auto& entry : listed.json["phoneNumbers"]) {
        const QString number = str(entry["phoneNumber"]);
        if (numbers.contains(number)) {
            ++found;
            QCOMPARE(str(entry["state"]), QStringLiteral("ACTIVE"));
            QCOMPARE(entry["mainNumber"].get<bool>(), number == numbers.at(1));
        }
    }
    QCOMPARE(found, 3);
    const auto connection = m_sandbox.client().get(
        QStringLiteral("/telephony/pstn/locations/%1/connection?orgId=%2").arg(head.id, orgId));
    QCOMPARE(str(connection.json["pstnConnectionType"]), QStringLiteral("NON_INTEGRATED_CCP"));

    // Nothing is left to resume.
    QVERIFY(jobs::LocationCallingSetup::unfinished(orgId).isEmpty());
    QVERIFY(!child<QWidget>(tab, "interruptedBar")->isVisible());

    // Each step's request is in the audit log once: the two of the first window, the two of the resume.
    const QString location = QStringLiteral("/locations/") + head.id;
    QCOMPARE(audited(QStringLiteral("/telephony/pstn") + location + QStringLiteral("/connection")).size(), 1);
    const QStringList numberRequests
        = audited(QStringLiteral("/telephony/config") + location + QStringLiteral("/numbers"));
    QCOMPARE(numberRequests.filter(QRegularExpression(QStringLiteral("^POST "))).size(), 1); // added, first window
    QCOMPARE(numberRequests.filter(QRegularExpression(QStringLiteral("^PUT "))).size(), 1); // activated, resumed
    QCOMPARE(audited(QStringLiteral("/telephony/config") + location).size(), 1); // main number, resumed
}

void tst_LocationCallingResume::interruptedSetupCanBeDiscarded()
{
    const QString customerId = m_sandbox.createCustomer(QStringLiteral("gui-resume-2"),
                                                        QStringLiteral("vd@bortkastat.example"),
                                                        nlohmann::json::array({ "webex_calling" }));
    QVERIFY(!customerId.isEmpty());
    QCOMPARE(str(m_sandbox.waitForTerminal(customerId)["status"]), QStringLiteral("provisioned"));
    const QStringList numbers
        = { QStringLiteral("+46855500300"), QStringLiteral("+46855500301"), QStringLiteral("+46855500302") };
    QCOMPARE(interruptSetup(customerId, numbers), numbers);

    QVERIFY(open(customerId));
    const QString orgId = m_window->controller()->customer().orgId;
    auto* tab = m_window->locationsTab();
    QVERIFY(child<QWidget>(tab, "interruptedBar")->isVisible());
    QCOMPARE(jobs::LocationCallingSetup::unfinished(orgId).size(), 1);
    // By keyboard: the offer has mnemonics of its own.
    settle();
    QWidget* focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : m_window.data(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!child<QWidget>(tab, "interruptedBar")->isVisible()); // a mnemonic clicks a moment later
    QVERIFY(child<QLabel>(tab, "callingStatus")->text().contains(QStringLiteral("discarded")));
    QVERIFY(jobs::LocationCallingSetup::unfinished(orgId).isEmpty());
    // Not offered again.
    delete m_window;
    QVERIFY(open(customerId));
    QVERIFY(!child<QWidget>(m_window->locationsTab(), "interruptedBar")->isVisible());
}

QTEST_MAIN(tst_LocationCallingResume)
#include "tst_LocationCallingResume.moc"
