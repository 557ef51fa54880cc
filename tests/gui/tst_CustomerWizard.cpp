#include "GuiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/CustomerStatusTracker.h"
#include "jobs/TemplateStore.h"
#include "model/DraftStore.h"
#include "model/TimeZones.h"
#include "ui/LanguageSwitcher.h"
#include "ui/Resources.h"
#include "ui/configure/AddUsersTab.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/ConfigureCustomerWindow.h"
#include "ui/configure/UserProvisioningController.h"
#include "ui/configure/UserTableModel.h"
#include "ui/configure/UsersAfterProvisioning.h"
#include "ui/views/customers/CustomerTableModel.h"
#include "ui/views/customers/CustomersView.h"
#include "ui/widgets/AltLetterGuard.h"
#include "ui/widgets/LocationForm.h"
#include "ui/wizards/customer/CustomerSummary.h"
#include "ui/wizards/customer/CustomerWizard.h"
#include "ui/wizards/customer/CustomerWizardController.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace onboarder;

using namespace onboarder::guitest;
using ui::CustomerWizard;

// The customer wizard driven through its widgets against the in-process sandbox (demo seed).
class tst_CustomerWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void createsCustomerThatReachesProvisioned();
    void invalidFieldKeepsNextDisabled();
    void addOnNeedsItsBasePackage();
    void failedPrecheckBlocksCreate();
    void createAnywayOnlyWhenThePrecheckGaveNoVerdict();
    void failedCreateMessagesFollowTheState();
    void draftSavesOpensAndExports();
    void createsCustomerByKeyboardCountingActions();
    void countryStartsWhereTheLastCustomerWas();
    void unusableUsersFileHoldsTheCreate();
    void altLetterWhileCreateWaitsTypesNothing();
    void swedishScreenshotsOfEveryPage();
    void headquartersUseTheOneLocationForm();

private:
    CustomerWizard* makeWizard();
    void next(CustomerWizard* wizard, int expectedId);
    void fillInfo(CustomerWizard* wizard, const QString& externalId, const QString& email);
    void goToSummary(CustomerWizard* wizard, const QString& externalId, const QString& email);

    testsupport::SandboxFixture m_sandbox;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    jobs::TemplateStore* m_store = nullptr;
    QPointer<CustomerWizard> m_wizard;
    QString m_provisioningId;
    QTemporaryDir m_dir;
};

void tst_CustomerWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    ui::AltLetterGuard::install(); // as the application does
    QVERIFY(m_sandbox.start(testsupport::SandboxFixture::options()));
    m_tokens = new api::StaticTokenProvider(m_sandbox.token(), this);
    m_session = new api::ApiSession(m_sandbox.baseUrl(), m_tokens, this);
    m_client = new api::WholesaleClient(m_session, this);
    m_store = new jobs::TemplateStore(m_client, this);
    QSignalSpy loaded(m_store, &jobs::TemplateStore::templatesChanged);
    m_store->refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!m_store->templates().isEmpty());
    m_provisioningId = m_store->templates().first().provisioningId;
}

void tst_CustomerWizard::cleanupTestCase()
{
    delete m_store;
    delete m_client;
    delete m_session;
    m_sandbox.stop();
}

void tst_CustomerWizard::cleanup()
{
    if (m_wizard) {
        m_wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
        delete m_wizard;
    }
}

CustomerWizard* tst_CustomerWizard::makeWizard()
{
    auto* controller = new ui::CustomerWizardController(m_client, m_store, QStringLiteral("Demo sandbox"));
    auto* wizard = new CustomerWizard(controller);
    controller->setParent(wizard);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard)) {
        qWarning("wizard not exposed");
    }
    m_wizard = wizard;
    return wizard;
}

void tst_CustomerWizard::next(CustomerWizard* wizard, int expectedId)
{
    click(wizard->button(QWizard::NextButton));
    QTRY_COMPARE(wizard->currentId(), expectedId);
}

void tst_CustomerWizard::fillInfo(CustomerWizard* wizard, const QString& externalId, const QString& email)
{
    QTest::keyClicks(child<QLineEdit>(wizard, "companyNameEdit"), QStringLiteral("Lunda Bageri AB"));
    QTest::keyClicks(child<QLineEdit>(wizard, "adminEmailEdit"), email);
    QTest::keyClicks(child<QLineEdit>(wizard, "externalIdEdit"), externalId);
    auto* country = child<QComboBox>(wizard, "countryCombo");
    country->setCurrentIndex(country->findData(QStringLiteral("SE")));
    auto* language = child<QComboBox>(wizard, "languageCombo");
    QCOMPARE(language->currentData().toString(), QStringLiteral("sv_SE")); // from the country
    language->setCurrentIndex(language->findData(QStringLiteral("sv_SE")));
    // The template from the library: the combo fills the Provisioning ID.
    auto* templates = child<QComboBox>(wizard, "templateCombo");
    const int index = templates->findData(m_provisioningId);
    QVERIFY(index > 0);
    templates->setCurrentIndex(index);
    emit templates->activated(index);
    QCOMPARE(child<QLineEdit>(wizard, "provisioningIdEdit")->text(), m_provisioningId);
}

void tst_CustomerWizard::goToSummary(CustomerWizard* wizard, const QString& externalId, const QString& email)
{
    fillInfo(wizard, externalId, email);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // the location check is required
    click(child<QCheckBox>(wizard, "supportedLocationCheck"));
    screenshot(wizard, QStringLiteral("customer-wizard-1-customer-information"));
    next(wizard, CustomerWizard::Page_Packages);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    click(child<QCheckBox>(wizard, "package_webex_calling"));
    click(child<QCheckBox>(wizard, "package_webex_meetings"));
    screenshot(wizard, QStringLiteral("customer-wizard-2-packages"));
    next(wizard, CustomerWizard::Page_Headquarters);
    auto* locationName = child<QLineEdit>(wizard, "locationNameEdit");
    QCOMPARE(locationName->text(), QStringLiteral("Headquarters")); // suggested, and replaced here
    locationName->clear();
    QTest::keyClicks(locationName, QStringLiteral("Bageriet"));
    QTest::keyClicks(child<QLineEdit>(wizard, "address1Edit"), QStringLiteral("Storgatan 1"));
    QTest::keyClicks(child<QLineEdit>(wizard, "postalCodeEdit"), QStringLiteral("222 22"));
    QTest::keyClicks(child<QLineEdit>(wizard, "cityEdit"), QStringLiteral("Lund"));
    // Sweden has one time zone, and the announcement language follows the customer's language.
    QCOMPARE(child<QComboBox>(wizard, "timeZoneCombo")->currentData().toString(), QStringLiteral("Europe/Stockholm"));
    QCOMPARE(child<QComboBox>(wizard, "locationLanguageCombo")->currentData().toString(), QStringLiteral("sv_se"));
    screenshot(wizard, QStringLiteral("customer-wizard-3-headquarters"));
    next(wizard, CustomerWizard::Page_Summary);
}

void tst_CustomerWizard::createsCustomerThatReachesProvisioned()
{
    CustomerWizard* wizard = makeWizard();
    goToSummary(wizard, QStringLiteral("crm-gui-2001"), QStringLiteral("vd@lundabageri.example"));
    // The precheck runs by itself; Create is enabled once it came back clean.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    QVERIFY(child<QLabel>(wizard, "precheckStatus")->text().contains(QStringLiteral("Precheck passed")));
    screenshot(wizard, QStringLiteral("customer-wizard-4-summary"));
    // The data residency sentence stands next to the country.
    QCOMPARE(child<QLabel>(wizard, "summaryNote_address_country")->text(), ui::CustomerSummary::dataResidencyNote());

    QSignalSpy created(wizard, &CustomerWizard::customerCreated);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(created.wait(15000));
    const auto customer = created.at(0).at(0).value<model::Customer>();
    QVERIFY(!customer.id.isEmpty());
    QCOMPARE(customer.customerInfo.name, QStringLiteral("Lunda Bageri AB"));
    QTRY_VERIFY(!wizard->isVisible());

    // The customers view lists it, follows it and shows it provisioned.
    ui::CustomersView view;
    view.setClient(m_client);
    view.tracker()->setInitialInterval(std::chrono::milliseconds(100));
    QSignalSpy loaded(&view, &ui::CustomersView::loaded);
    QVERIFY(loaded.wait(15000));
    view.addCreatedCustomer(customer);
    const int row = view.customerModel()->rowOf(customer.id);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(view.customerModel()->customerAt(view.customerModel()->rowOf(customer.id)).status,
                              model::CustomerStatus(model::CustomerStatus::Provisioned),
                              20000);
    const model::Customer settled = view.customerModel()->customerAt(view.customerModel()->rowOf(customer.id));
    QVERIFY(!settled.orgId.isEmpty());
    QCOMPARE(settled.customerInfo.name, QStringLiteral("Lunda Bageri AB")); // kept although the API does not list it
    QVERIFY(view.notificationText().contains(QStringLiteral("Lunda Bageri AB")));
}

void tst_CustomerWizard::invalidFieldKeepsNextDisabled()
{
    CustomerWizard* wizard = makeWizard();
    fillInfo(wizard, QStringLiteral("crm-gui-bad"), QStringLiteral("not-an-email"));
    click(child<QCheckBox>(wizard, "supportedLocationCheck"));
    settle();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* error = child<QLabel>(wizard, "adminEmailError");
    QVERIFY(errorShown(error));
    QVERIFY2(error->text().contains(QStringLiteral("email"), Qt::CaseInsensitive), qPrintable(error->text()));
    screenshot(wizard, QStringLiteral("customer-wizard-1-invalid-email"));
    // A percent sign in the name is refused with its own message.
    QTest::keyClicks(child<QLineEdit>(wizard, "companyNameEdit"), QStringLiteral(" 100%"));
    QVERIFY(errorShown(child<QLabel>(wizard, "companyNameError")));
    QVERIFY(child<QLabel>(wizard, "companyNameError")->text().contains(QLatin1Char('%')));
    // Correcting the email alone is not enough while the name is wrong; correcting both enables Next.
    auto* email = child<QLineEdit>(wizard, "adminEmailEdit");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("vd@example.com"));
    QVERIFY(!errorShown(child<QLabel>(wizard, "adminEmailError")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* name = child<QLineEdit>(wizard, "companyNameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Lunda Bageri AB"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // A language change re-sets the texts set in code and keeps what was typed.
    QTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(child<QLabel>(wizard, "dataResidencyHint")->text(), ui::CustomerSummary::dataResidencyNote());
    QCOMPARE(wizard->buttonText(QWizard::FinishButton), QStringLiteral("&Create Customer"));
    QCOMPARE(child<QComboBox>(wizard, "countryCombo")->itemText(0), QStringLiteral("Choose a country or region…"));
    QCOMPARE(child<QLineEdit>(wizard, "companyNameEdit")->text(), QStringLiteral("Lunda Bageri AB"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCoreApplication::removeTranslator(&translator);
}

void tst_CustomerWizard::addOnNeedsItsBasePackage()
{
    CustomerWizard* wizard = makeWizard();
    goToSummary(wizard, QStringLiteral("crm-gui-addon"), QStringLiteral("addon@lundabageri.example"));
    wizard->editPage(CustomerWizard::Page_Packages);
    QTRY_COMPARE(wizard->currentId(), int(CustomerWizard::Page_Packages));
    auto* calling = child<QCheckBox>(wizard, "package_webex_calling");
    auto* plan = child<QCheckBox>(wizard, "package_cisco_calling_plan");
    QVERIFY(plan->isEnabled()); // Webex Calling is its base
    click(plan);
    QVERIFY(plan->isChecked());
    click(calling); // without the base the add-on goes, and the page says why
    QVERIFY(!plan->isChecked());
    QVERIFY(!plan->isEnabled());
    QVERIFY(child<QLabel>(wizard, "packageNote")->isVisibleTo(wizard));
    QVERIFY(child<QLabel>(wizard, "packageNote")->text().contains(plan->accessibleName()));
    QVERIFY(child<QLabel>(wizard, "requirement_cisco_calling_plan")->text().contains(QStringLiteral("needs one of")));
    QVERIFY(!plan->toolTip().isEmpty());
    screenshot(wizard, QStringLiteral("customer-wizard-2-packages-add-on-rule"));
}

void tst_CustomerWizard::failedPrecheckBlocksCreate()
{
    CustomerWizard* wizard = makeWizard();
    // The partner's own admin already has a Webex user: the precheck answers 10022.
    goToSummary(wizard, QStringLiteral("crm-gui-dup"), QStringLiteral("sara.lindqvist@partner.example"));
    auto* status = child<QLabel>(wizard, "precheckStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("found problems")), 15000);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    auto* result = wizard->findChild<QLabel*>(QStringLiteral("precheckResult_customerInfo_primaryEmail"));
    QVERIFY(result);
    QVERIFY2(result->text().contains(QStringLiteral("10022")), qPrintable(result->text()));
    QVERIFY(child<QPlainTextEdit>(wizard, "precheckErrorText")->toPlainText().contains(QStringLiteral("ONBOARDER_")));
    screenshot(wizard, QStringLiteral("customer-wizard-4-summary-failed-precheck"));
    // The create would be refused the same way: no "Create anyway" for it.
    QVERIFY(!child<QCheckBox>(wizard, "createAnywayCheck")->isVisibleTo(wizard));

    // Edit → fix → Return leads back to the summary, where Return and Alt+N do not create.
    QSignalSpy created(wizard, &CustomerWizard::customerCreated);
    QSignalSpy busy(wizard->controller(), &ui::CustomerWizardController::busyChanged);
    click(child<QPushButton>(wizard, "editPage0Button"));
    QCOMPARE(wizard->currentId(), int(CustomerWizard::Page_Info));
    auto* email = child<QLineEdit>(wizard, "adminEmailEdit");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("vd@lundadup.example"));
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(CustomerWizard::Page_Summary));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Precheck passed")), 15000);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::NextButton)->isVisible());
    QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Create Customer"));
    busy.clear();
    QTest::keyClick(wizard, Qt::Key_Return);
    QTest::keyClick(wizard, Qt::Key_Enter);
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    settle();
    QCOMPARE(busy.count(), 0); // nothing started
    QCOMPARE(created.count(), 0);
    QCOMPARE(wizard->currentId(), int(CustomerWizard::Page_Summary));
}

void tst_CustomerWizard::createAnywayOnlyWhenThePrecheckGaveNoVerdict()
{
    // A server that is not there: the precheck could not run, which the create may not repeat.
    api::ApiSession session(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), m_tokens);
    api::WholesaleClient unreachable(&session);
    auto* controller = new ui::CustomerWizardController(&unreachable, m_store, QStringLiteral("Nowhere"));
    auto* wizard = new CustomerWizard(controller);
    controller->setParent(wizard);
    m_wizard = wizard;
    wizard->show();
    goToSummary(wizard, QStringLiteral("crm-gui-nowhere"), QStringLiteral("vd@nowhere.example"));
    auto* anyway = child<QCheckBox>(wizard, "createAnywayCheck");
    QTRY_VERIFY_WITH_TIMEOUT(anyway->isVisibleTo(wizard), 60000);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    click(anyway);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    click(anyway);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
    delete wizard;
}

void tst_CustomerWizard::failedCreateMessagesFollowTheState()
{
    CustomerWizard* wizard = makeWizard();
    goToSummary(wizard, QStringLiteral("crm-gui-race"), QStringLiteral("vd@race.example"));
    auto* status = child<QLabel>(wizard, "precheckStatus");
    auto* createStatus = child<QLabel>(wizard, "createStatus");
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    // Someone else creates the same customer between the precheck and Create: the create is refused.
    model::Customer same = wizard->draft().customer;
    same.customerInfo.primaryEmail = QStringLiteral("other@race.example");
    bool done = false;
    m_client->provisionCustomer(
        same, this, [&done](const api::ApiResult<api::WholesaleClient::Created>& answer) { done = answer.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY_WITH_TIMEOUT(createStatus->text().contains(QStringLiteral("not created")), 15000);
    QVERIFY2(!status->text().contains(QStringLiteral("Creating")), qPrintable(status->text()));
    QVERIFY(!createStatus->text().contains(QStringLiteral("Creating")));

    // A new external ID and a passing precheck: the old refusal is gone.
    click(child<QPushButton>(wizard, "editPage0Button"));
    auto* externalId = child<QLineEdit>(wizard, "externalIdEdit");
    externalId->clear();
    QTest::keyClicks(externalId, QStringLiteral("crm-gui-race-2"));
    QTest::keyClick(externalId, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(CustomerWizard::Page_Summary));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Precheck passed")), 15000);
    QVERIFY2(!createStatus->text().contains(QStringLiteral("not created")), qPrintable(createStatus->text()));
    QVERIFY(!child<QWidget>(wizard, "createErrorGroup")->isVisibleTo(wizard));
}

void tst_CustomerWizard::draftSavesOpensAndExports()
{
    CustomerWizard* wizard = makeWizard();
    goToSummary(wizard, QStringLiteral("crm-gui-draft"), QStringLiteral("draft@lundabageri.example"));
    QVERIFY(wizard->isModified());
    const QString path = m_dir.filePath(QStringLiteral("lunda.onboarder-customer.json"));
    QString error;
    QVERIFY2(wizard->saveDraft(path, &error), qPrintable(error));
    QVERIFY(!wizard->isModified());
    const model::CustomerDraft saved = wizard->draft();
    QVERIFY(saved.supportedLocationConfirmed);
    QCOMPARE(saved.customer.callingLocation.timezone, QStringLiteral("Europe/Stockholm"));
    QVERIFY(!saved.templateName.isEmpty());

    const QString markdown = m_dir.filePath(QStringLiteral("lunda.md"));
    QVERIFY2(wizard->exportTo(markdown, &error), qPrintable(error));
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("Lunda Bageri AB")));
    QVERIFY(text.contains(ui::CustomerSummary::dataResidencyNote()));
    QVERIFY(text.contains(QStringLiteral("Storgatan 1")));
    QVERIFY2(wizard->exportTo(m_dir.filePath(QStringLiteral("lunda.pdf")), &error), qPrintable(error));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("lunda.pdf"))).size() > 1000);
    QVERIFY(!wizard->exportTo(m_dir.filePath(QStringLiteral("lunda.docx")), &error));
    QVERIFY(!error.isEmpty());
    delete wizard;

    CustomerWizard* reopened = makeWizard();
    QVERIFY2(reopened->openDraft(path, &error), qPrintable(error));
    QCOMPARE(reopened->draft(), saved);
    QCOMPARE(reopened->currentId(), int(CustomerWizard::Page_Summary));
    QCOMPARE(child<QLineEdit>(reopened, "cityEdit")->text(), QStringLiteral("Lund"));

    // A file that is not a customer draft is refused with a message, and nothing changes.
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"kind\": \"something else\"}");
    bad.close();
    QVERIFY(!reopened->openDraft(bad.fileName(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(reopened->draft(), saved);
}

// The whole wizard without a mouse, counting what the user does: a typed field, a key press, each one action. What
// is inferred (language, template, time zone, announcement language) costs nothing. The count is printed.
void tst_CustomerWizard::createsCustomerByKeyboardCountingActions()
{
    // The users to import once the customer exists: 100 rows, as a spreadsheet saves them.
    const QString usersFile = m_dir.filePath(QStringLiteral("tangentbord-users.csv"));
    {
        QFile file(usersFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First name,Last name,Email,Package\n");
        for (int i = 1; i <= 100; ++i) {
            file.write(QStringLiteral("Anna,Nr %1,anna.%1@tangentbord.example,webex_meetings\n")
                           .arg(i, 3, 10, QLatin1Char('0'))
                           .toUtf8());
        }
    }

    CustomerWizard::rememberCountry(QStringLiteral("SE")); // the partner's previous customer was in Sweden
    CustomerWizard* wizard = makeWizard();
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    // Every user action goes through these helpers and is counted: a typed field, a key, one each.
    int actions = 0;
    auto focused = [] { return QApplication::focusWidget(); };
    auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        settle();
        QTest::keyClick(focused() ? focused() : QApplication::activeWindow(), key, modifiers);
        settle();
        ++actions;
    };
    auto type = [&](const QString& text) {
        settle();
        if (qobject_cast<QComboBox*>(focused())) {
            QTest::qWait(QApplication::keyboardInputInterval() + 50); // a fresh search in the combo box
        }
        QTest::keyClicks(focused(), text);
        ++actions;
    };
    // Tab until the named widget has the focus, each Tab one action.
    auto tabTo = [&](const char* name) {
        for (int i = 0; i < 20 && (!focused() || focused()->objectName() != QLatin1String(name)); ++i) {
            press(Qt::Key_Tab);
        }
        QCOMPARE(focused()->objectName(), QString::fromLatin1(name));
    };
    auto hasFocus = [&](const char* name) { return focused() && focused()->objectName() == QLatin1String(name); };

    // Customer information, with the location check beside the country, which starts where the partner's last
    // customer was.
    tabTo("companyNameEdit");
    type(QStringLiteral("Tangentbord AB"));
    tabTo("adminEmailEdit");
    type(QStringLiteral("vd@tangentbord.example"));
    tabTo("externalIdEdit");
    type(QStringLiteral("crm-gui-keyboard"));
    QCOMPARE(child<QComboBox>(wizard, "countryCombo")->currentData().toString(), QStringLiteral("SE"));
    QCOMPARE(child<QComboBox>(wizard, "languageCombo")->currentData().toString(), QStringLiteral("sv_SE"));
    QVERIFY(!child<QLineEdit>(wizard, "provisioningIdEdit")->text().isEmpty()); // the library's Swedish template
    press(Qt::Key_V, Qt::AltModifier); // "I verify that this customer is located where Webex is supported"
    QTRY_VERIFY(child<QCheckBox>(wizard, "supportedLocationCheck")->isChecked()); // a mnemonic clicks animated
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(CustomerWizard::Page_Packages));

    // Packages: each one is ticked with its own Alt+letter, as its name shows it underlined.
    for (const char* package : { "package_webex_calling", "package_webex_meetings" }) {
        auto* check = child<QCheckBox>(wizard, package);
        const QKeySequence mnemonic = QKeySequence::mnemonic(check->text());
        QVERIFY2(!mnemonic.isEmpty(), qPrintable(check->text()));
        press(mnemonic[0].key(), Qt::AltModifier);
        QTRY_VERIFY(check->isChecked());
    }
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(CustomerWizard::Page_Headquarters));

    // Headquarters: the name, time zone and languages are inferred; the focus waits in the address.
    QCOMPARE(child<QLineEdit>(wizard, "locationNameEdit")->text(), QStringLiteral("Headquarters"));
    QCOMPARE(child<QComboBox>(wizard, "timeZoneCombo")->currentData().toString(), QStringLiteral("Europe/Stockholm"));
    QVERIFY(hasFocus("address1Edit"));
    type(QStringLiteral("Storgatan 2"));
    press(Qt::Key_P, Qt::AltModifier); // "Postal code"
    QVERIFY(hasFocus("postalCodeEdit"));
    type(QStringLiteral("222 23"));
    tabTo("cityEdit");
    type(QStringLiteral("Lund"));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(CustomerWizard::Page_Summary));

    // Summary: the focus waits in the users file, the page's only field; its users are read at once.
    QVERIFY(hasFocus("usersFileEdit"));
    type(usersFile);
    QTRY_VERIFY(child<QLabel>(wizard, "usersFileHint")->text().contains(QStringLiteral("100")));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    QSignalSpy created(wizard, &CustomerWizard::customerCreated);
    // As the main window does: once the customer is provisioned, Configure Customer opens with the users imported.
    QPointer<ui::ConfigureCustomerWindow> window;
    QPointer<ui::UsersAfterProvisioning> waiting;
    connect(wizard, &CustomerWizard::usersToAddChosen, this, [&](const QString& customerId, const QString& file) {
        waiting = new ui::UsersAfterProvisioning(m_client, customerId, file, this);
        connect(waiting, &ui::UsersAfterProvisioning::customerReady, this, [&](const QString& id, const QString& f) {
            window = new ui::ConfigureCustomerWindow(m_client, id);
            window->show();
            window->importUsersWhenReady(f);
        });
    });
    press(Qt::Key_C, Qt::AltModifier); // "Create Customer"
    QVERIFY(created.wait(15000));
    const int wizardActions = actions;
    QVERIFY(waiting);
    QCOMPARE(waiting->usersFile(), QFileInfo(usersFile).absoluteFilePath());
    QCOMPARE(created.at(0).at(0).value<model::Customer>().address.country, QStringLiteral("SE"));

    QTRY_VERIFY_WITH_TIMEOUT(window, 60000); // provisioned
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    ui::UserTableModel* users = window->usersTab()->model();
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 100, 20000);
    // The import checked them with Webex: Add is offered once every row passed.
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(window, "provisionUsersButton")->isEnabled(), 60000);
    for (int row = 0; row < users->rowCount(); ++row) {
        QCOMPARE(users->state(row), ui::UserTableModel::RowState::Checked);
    }
    QSignalSpy finished(window->provisioningController(), &ui::UserProvisioningController::finished);
    QSignalSpy provisioned(window->provisioningController(), &ui::UserProvisioningController::rowProvisioned);
    press(Qt::Key_O, Qt::AltModifier); // "Add users to the customer"
    QVERIFY(finished.wait(120000));
    QCOMPARE(provisioned.size(), 100);

    qInfo("Keyboard actions to create a customer through the wizard: %d; with its 100 users imported and added in "
          "Configure customer: %d",
          wizardActions,
          actions);
    // Before: 19 in the wizard and 25 in all (the country typed, the users file chosen and checked in Configure
    // Customer, the window opened by hand); before the location check moved to the first page: 26 and 32.
    QVERIFY2(wizardActions <= 18, qPrintable(QString::number(wizardActions)));
    QVERIFY2(actions <= 20, qPrintable(QString::number(actions)));
    delete window.data();
}

// The country of the last customer created is where the next one starts, with its language and template; that is
// not a change of the user's (closing asks nothing), a template chosen for the customer moves it, a user's choice
// stays.
void tst_CustomerWizard::countryStartsWhereTheLastCustomerWas()
{
    CustomerWizard::rememberCountry(QStringLiteral("NO"));
    QCOMPARE(CustomerWizard::startingCountry(), QStringLiteral("NO"));
    CustomerWizard* wizard = makeWizard();
    auto* country = child<QComboBox>(wizard, "countryCombo");
    QCOMPARE(country->currentData().toString(), QStringLiteral("NO"));
    QCOMPARE(child<QComboBox>(wizard, "languageCombo")->currentData().toString(), QStringLiteral("nb_NO"));
    QCOMPARE(wizard->draft().customer.address.country, QStringLiteral("NO"));
    QVERIFY(!wizard->isModified());

    // "Create a customer with this template": the template's country replaces the inferred one.
    const auto us = std::find_if(m_store->templates().cbegin(), m_store->templates().cend(), [](const auto& t) {
        return t.countryCode == QLatin1String("US");
    });
    QVERIFY(us != m_store->templates().cend());
    wizard->chooseTemplate(*us);
    QCOMPARE(country->currentData().toString(), QStringLiteral("US"));

    // The user's own choice stays when a template is chosen after it.
    country->setCurrentIndex(country->findData(QStringLiteral("SE")));
    wizard->chooseTemplate(*us);
    QCOMPARE(country->currentData().toString(), QStringLiteral("SE"));
    wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
    wizard->close();

    // A created customer's country is remembered for the next.
    CustomerWizard::rememberCountry(QStringLiteral("DK"));
    QCOMPARE(CustomerWizard::startingCountry(), QStringLiteral("DK"));
    CustomerWizard::rememberCountry(QStringLiteral("SE"));
}

// A users file named on the summary that cannot be used holds the create back, and says why; clearing it frees it.
void tst_CustomerWizard::unusableUsersFileHoldsTheCreate()
{
    CustomerWizard* wizard = makeWizard();
    goToSummary(wizard, QStringLiteral("crm-gui-users-file"), QStringLiteral("it@usersfile.example"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    auto* usersFile = child<QLineEdit>(wizard, "usersFileEdit");
    auto* hint = child<QLabel>(wizard, "usersFileHint");
    usersFile->setText(m_dir.filePath(QStringLiteral("no-such-users.csv")));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QTRY_VERIFY2(hint->text().contains(QStringLiteral("no-such-users.csv")), qPrintable(hint->text()));
    QCOMPARE(hint->property("role").toString(), QStringLiteral("fieldError"));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());

    QFile notUsers(m_dir.filePath(QStringLiteral("not-users.csv")));
    QVERIFY(notUsers.open(QIODevice::WriteOnly));
    notUsers.write("Colour,Taste\nred,sweet\n");
    notUsers.close();
    usersFile->setText(notUsers.fileName());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QTRY_VERIFY2(hint->text().contains(QStringLiteral("cannot be imported")), qPrintable(hint->text()));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());

    usersFile->clear();
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(hint->property("role").toString(), QStringLiteral("hint"));
    wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
    wizard->close();
}

// Alt+C pressed while Create still waits for the precheck: the focus is in the users file, and Qt gives an Alt+letter
// that no enabled button takes to the text field, which typed "c" there, and Create then waited for a file "c".
void tst_CustomerWizard::altLetterWhileCreateWaitsTypesNothing()
{
    CustomerWizard* wizard = makeWizard();
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    fillInfo(wizard, QStringLiteral("crm-gui-alt-letter"), QStringLiteral("alt@letter.example"));
    click(child<QCheckBox>(wizard, "supportedLocationCheck"));
    next(wizard, CustomerWizard::Page_Packages);
    click(child<QCheckBox>(wizard, "package_webex_meetings"));
    next(wizard, CustomerWizard::Page_Headquarters);
    QTest::keyClicks(child<QLineEdit>(wizard, "address1Edit"), QStringLiteral("Storgatan 3"));
    QTest::keyClicks(child<QLineEdit>(wizard, "postalCodeEdit"), QStringLiteral("222 24"));
    QTest::keyClicks(child<QLineEdit>(wizard, "cityEdit"), QStringLiteral("Lund"));
    next(wizard, CustomerWizard::Page_Summary);
    auto* usersFile = child<QLineEdit>(wizard, "usersFileEdit");
    QTRY_VERIFY(usersFile->hasFocus());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled()); // the precheck is on its way
    QTest::keyClick(usersFile, Qt::Key_C, Qt::AltModifier);
    QTest::keyClick(usersFile, Qt::Key_C, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(usersFile->text(), QString());
    QTest::keyClick(usersFile, Qt::Key_C); // plain typing still types
    QCOMPARE(usersFile->text(), QStringLiteral("c"));
    usersFile->clear();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
    wizard->close();
}

void tst_CustomerWizard::swedishScreenshotsOfEveryPage()
{
    CustomerWizard* wizard = makeWizard();
    goToSummary(wizard, QStringLiteral("crm-gui-sv"), QStringLiteral("sv@lundabageri.example"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    QTRY_COMPARE(wizard->button(QWizard::BackButton)->text(), QStringLiteral("< &Bakåt"));
    const QStringList names { QStringLiteral("1-customer-information"),
                              QStringLiteral("2-packages"),
                              QStringLiteral("3-headquarters"),
                              QStringLiteral("4-summary") };
    QList<QImage> grabs;
    for (int id = CustomerWizard::Page_Summary;;) {
        settle();
        grabs.prepend(wizard->grab().toImage());
        if (id == CustomerWizard::Page_Info) {
            break;
        }
        click(wizard->button(QWizard::BackButton));
        QVERIFY(wizard->currentId() < id);
        id = wizard->currentId();
    }
    QCOMPARE(grabs.size(), names.size());
    // What was typed survives the language change; the templates' countries follow it.
    QCOMPARE(child<QLineEdit>(wizard, "companyNameEdit")->text(), QStringLiteral("Lunda Bageri AB"));
    auto* templates = child<QComboBox>(wizard, "templateCombo");
    QVERIFY2(templates->currentText().endsWith(QStringLiteral("(Sverige)")), qPrintable(templates->currentText()));
    QCOMPARE(templates->itemText(0), QStringLiteral("Inklistrat provisionerings-ID"));
    const QString dir = qEnvironmentVariable("ONBOARDER_SCREENSHOT_DIR");
    for (int i = 0; i < grabs.size(); ++i) {
        QVERIFY(!grabs.at(i).isNull());
        if (!dir.isEmpty()) {
            QVERIFY(grabs.at(i).save(QDir(dir).filePath(QStringLiteral("customer-wizard-%1-sv.png").arg(names.at(i)))));
        }
    }
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
}

void tst_CustomerWizard::headquartersUseTheOneLocationForm()
{
    // The headquarters page hosts the form of Configure customer's locations, with the first page's country.
    CustomerWizard* wizard = makeWizard();
    goToSummary(wizard, QStringLiteral("crm-gui-form"), QStringLiteral("form@lundabageri.example"));
    wizard->editPage(CustomerWizard::Page_Headquarters);
    QTRY_COMPARE(wizard->currentId(), int(CustomerWizard::Page_Headquarters));
    auto* form = wizard->currentPage()->findChild<ui::LocationForm*>();
    QVERIFY(form);
    auto* country = child<QComboBox>(form, "locationCountryCombo");
    QCOMPARE(country->currentData().toString(), QStringLiteral("SE"));
    QVERIFY(!country->isEnabled()); // chosen on the first page
    QCOMPARE(form->location().address.city, QStringLiteral("Lund"));
    QCOMPARE(wizard->draft().customer.callingLocation.name, QStringLiteral("Bageriet"));

    // A new location in the United States: the state and ZIP code named so, the ZIP code after the city, in the
    // order Tab takes, and the capital's time zone until another is chosen.
    ui::LocationForm usForm;
    usForm.setDefaultCountry(QStringLiteral("US"));
    QCOMPARE(child<QLabel>(&usForm, "stateEditLabel")->text(), QStringLiteral("&State:"));
    QCOMPARE(child<QLabel>(&usForm, "postalCodeEditLabel")->text(), QStringLiteral("ZI&P code:"));
    auto* fields = usForm.findChild<QFormLayout*>(QStringLiteral("locationFormFields"));
    int cityRow = -1;
    int postalRow = -1;
    QFormLayout::ItemRole role;
    fields->getWidgetPosition(child<QLineEdit>(&usForm, "cityEdit"), &cityRow, &role);
    fields->getWidgetPosition(child<QLineEdit>(&usForm, "postalCodeEdit"), &postalRow, &role);
    QVERIFY2(postalRow > cityRow, qPrintable(QStringLiteral("%1 %2").arg(postalRow).arg(cityRow)));
    QCOMPARE(child<QLineEdit>(&usForm, "stateEdit")->nextInFocusChain(),
             static_cast<QWidget*>(child<QLineEdit>(&usForm, "postalCodeEdit")));
    QCOMPARE(child<QComboBox>(&usForm, "timeZoneCombo")->currentData().toString(),
             model::TimeZones::defaultForCountry(QStringLiteral("US")));
    QCOMPARE(child<QComboBox>(&usForm, "locationLanguageCombo")->currentData().toString(), QStringLiteral("en_us"));
    // Sweden: the postal code before the city, the region optional.
    usForm.setDefaultCountry(QStringLiteral("SE"));
    fields->getWidgetPosition(child<QLineEdit>(&usForm, "cityEdit"), &cityRow, &role);
    fields->getWidgetPosition(child<QLineEdit>(&usForm, "postalCodeEdit"), &postalRow, &role);
    QVERIFY(postalRow < cityRow);
    QCOMPARE(child<QLineEdit>(&usForm, "postalCodeEdit")->nextInFocusChain(),
             static_cast<QWidget*>(child<QLineEdit>(&usForm, "cityEdit")));
    QCOMPARE(child<QComboBox>(&usForm, "timeZoneCombo")->currentData().toString(), QStringLiteral("Europe/Stockholm"));
}

QTEST_MAIN(tst_CustomerWizard)
#include "tst_CustomerWizard.moc"
