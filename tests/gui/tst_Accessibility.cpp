#include "AccessibilityAudit.h"
#include "GuiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileStore.h"
#include "jobs/TemplateStore.h"
#include "model/WebexId.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/Resources.h"
#include "ui/configure/ConfigureCustomerWindow.h"
#include "ui/dialogs/DraftCompareDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/import/CustomerImportDialog.h"
#include "ui/views/templates/TemplateDetailsDialog.h"
#include "ui/wizards/customer/CustomerWizard.h"
#include "ui/wizards/customer/CustomerWizardController.h"
#include "ui/wizards/template/TemplateWizard.h"
#include "ui/wizards/template/TemplateWizardController.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace onboarder;
using namespace onboarder::guitest;
using ui::TemplateWizard;

// Every window can be used without a mouse and read by a screen reader, in English and in Swedish: every input is
// named, every mnemonic leads somewhere, and the template wizard goes from start to a created template by keyboard
// alone. Language switching at run time reaches open windows.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void everyWindowNamesItsInputs_data();
    void everyWindowNamesItsInputs();
    void wizardByKeyboardOnlyCreatesTemplate();
    void languageSwitchReachesOpenWindows();

private:
    TemplateWizard* makeWizard();
    // Sends a key to whatever has the focus, as the keyboard does.
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString& text);
    QWidget* focused() const;

    testsupport::SandboxFixture m_sandbox;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    jobs::TemplateStore* m_store = nullptr;
    QPointer<TemplateWizard> m_wizard;
    QTemporaryDir m_dir;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QVERIFY(m_sandbox.start(testsupport::SandboxFixture::options()));
    m_tokens = new api::StaticTokenProvider(m_sandbox.token(), this);
    m_session = new api::ApiSession(m_sandbox.baseUrl(), m_tokens, this);
    m_client = new api::WholesaleClient(m_session, this);
    m_store = new jobs::TemplateStore(m_client, this);
    QSignalSpy loaded(m_store, &jobs::TemplateStore::templatesChanged);
    m_store->refresh();
    QVERIFY(loaded.wait(10000));
}

void tst_Accessibility::cleanupTestCase()
{
    ui::LanguageSwitcher::apply(QStringLiteral("en"));
    delete m_store;
    delete m_client;
    delete m_session;
    m_sandbox.stop();
}

void tst_Accessibility::cleanup()
{
    if (m_wizard) {
        m_wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
        delete m_wizard;
    }
    ui::LanguageSwitcher::apply(QStringLiteral("en"));
}

TemplateWizard* tst_Accessibility::makeWizard()
{
    auto* controller = new ui::TemplateWizardController(m_client, m_store, QStringLiteral("Demo sandbox"));
    auto* wizard = new TemplateWizard(controller);
    controller->setParent(wizard);
    QSignalSpy admins(controller, &ui::TemplateWizardController::adminsLoaded);
    wizard->show();
    QApplication::setActiveWindow(wizard);
    if (!QTest::qWaitForWindowActive(wizard)) {
        qWarning("wizard not active");
    }
    admins.wait(10000);
    m_wizard = wizard;
    return wizard;
}

QWidget* tst_Accessibility::focused() const
{
    return QApplication::focusWidget();
}

void tst_Accessibility::key(Qt::Key k, Qt::KeyboardModifiers modifiers)
{
    settle();
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, k, modifiers);
    settle();
}

void tst_Accessibility::type(const QString& text)
{
    settle();
    QVERIFY(focused());
    QTest::keyClicks(focused(), text);
}

void tst_Accessibility::everyWindowNamesItsInputs_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Swedish") << QStringLiteral("sv");
}

void tst_Accessibility::everyWindowNamesItsInputs()
{
    QFETCH(QString, language);
    ui::LanguageSwitcher::apply(language);
    api::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(language)));
    api::Profile real;
    real.name = QStringLiteral("Partner production");
    real.baseUrl = api::Profile::webexBaseUrl();
    real.authKind = api::Profile::AuthKind::ServiceApp;
    real.clientId = QStringLiteral("C0ffee");
    QVERIFY(profiles.save(real));
    api::CredentialStore credentials(api::CredentialStore::Backend::SessionOnly);

    ui::MainWindow window(&profiles, nullptr, &credentials);
    window.show();
    QStringList problems = AccessibilityAudit::problems(&window);

    ui::SettingsDialog* settings = window.openSettings();
    settings->selectProfile(real.name);
    problems += AccessibilityAudit::problems(settings);
    settings->close();

    TemplateWizard* wizard = makeWizard();
    problems += AccessibilityAudit::problems(wizard);

    model::OnboardingTemplate a;
    a.name = QStringLiteral("A");
    model::OnboardingTemplate b = a;
    b.countryCode = QStringLiteral("SE");
    ui::DraftCompareDialog compare(a, QStringLiteral("a.json"), b, QStringLiteral("b.json"));
    problems += AccessibilityAudit::problems(&compare);
    ui::TemplateDetailsDialog details(b, m_store, QStringLiteral("Demo sandbox"));
    problems += AccessibilityAudit::problems(&details);

    // The customer flows: the wizard with every page, and Configure customer with every tab.
    auto* customerController = new ui::CustomerWizardController(m_client, m_store, QStringLiteral("Demo sandbox"));
    ui::CustomerWizard customerWizard(customerController);
    customerController->setParent(&customerWizard);
    customerWizard.show();
    problems += AccessibilityAudit::problems(&customerWizard);
    ui::ConfigureCustomerWindow configure(m_client, QStringLiteral("no-such-customer"));
    configure.show();
    problems += AccessibilityAudit::problems(&configure);
    ui::CustomerImportDialog customerImport(m_client, QStringLiteral("Demo sandbox"));
    customerImport.show();
    problems += AccessibilityAudit::problems(&customerImport);

    for (const QString& problem : std::as_const(problems)) {
        qWarning("%s", qPrintable(problem)); // the whole list: the failure message below may be cut short
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Accessibility::wizardByKeyboardOnlyCreatesTemplate()
{
    TemplateWizard* wizard = makeWizard();
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_OfferType));

    // Offer type: Webex for Wholesale is preselected; Enter is Next.
    key(Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_PrimarySettings));

    // Primary settings: mnemonics to each field, Tab from the name to the admin.
    key(Qt::Key_T, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("templateNameEdit"));
    type(QStringLiteral("Keyboard Sweden"));
    key(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("serviceProviderAdminCombo"));
    key(Qt::Key_Down);
    QVERIFY(child<QComboBox>(wizard, "serviceProviderAdminCombo")->currentIndex() >= 1);
    key(Qt::Key_C, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("countryCombo"));
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    type(QStringLiteral("Sweden"));
    QCOMPARE(child<QComboBox>(wizard, "countryCombo")->currentData().toString(), QStringLiteral("SE"));
    key(Qt::Key_E, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("emailLanguageCombo"));
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    type(QStringLiteral("Swedish"));
    QCOMPARE(child<QComboBox>(wizard, "emailLanguageCombo")->currentData().toString(), QStringLiteral("sv_SE"));
    key(Qt::Key_S, Qt::AltModifier);
    QVERIFY(focused()->objectName() == QStringLiteral("subscriptionCombo")
            || focused()->parentWidget()->objectName() == QStringLiteral("subscriptionCombo"));
    type(QStringLiteral("Sub-NTP-keyboard"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    // Enter is Next (the wizard's default button); back in a line edit first, since an editable combo box keeps
    // Enter for itself.
    key(Qt::Key_T, Qt::AltModifier);
    key(Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_WholesaleCalling));

    // Wholesale calling: nothing to choose.
    key(Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Authentication));

    // Authentication: partner SAML by its mnemonic, then the entity ID.
    key(Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(wizard, "partnerSamlRadio")->isChecked());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    key(Qt::Key_E, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("idpEntityIdEdit"));
    type(QStringLiteral("https://idp.partner.example/saml"));
    key(Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Settings));

    // Settings: Space on a check box reached by Tab, a typed email and time zone.
    key(Qt::Key_E, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("supportEmailEdit"));
    type(QStringLiteral("support@partner.example"));
    auto* welcome = child<QCheckBox>(wizard, "sendWelcomeEmailCheck");
    const bool welcomeBefore = welcome->isChecked();
    for (int i = 0; i < 4 && focused() != welcome; ++i) {
        key(Qt::Key_Backtab);
    }
    QCOMPARE(focused(), static_cast<QWidget*>(welcome));
    key(Qt::Key_Space);
    QCOMPARE(welcome->isChecked(), !welcomeBefore);
    key(Qt::Key_T, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("timeZoneCombo"));
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    type(QStringLiteral("Europe/Stockholm"));
    QCOMPARE(child<QComboBox>(wizard, "timeZoneCombo")->currentData().toString(), QStringLiteral("Europe/Stockholm"));
    key(Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Summary));

    // Summary: Alt+S is "Submit Template to Sandbox".
    QSignalSpy submitted(wizard, &TemplateWizard::templateSubmitted);
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    key(Qt::Key_S, Qt::AltModifier);
    QVERIFY(submitted.wait(10000));
    const auto created = submitted.first().first().value<model::OnboardingTemplate>();
    QCOMPARE(created.name, QStringLiteral("Keyboard Sweden"));
    QCOMPARE(created.countryCode, QStringLiteral("SE"));
    QCOMPARE(created.authMethod, model::OnboardingTemplate::AuthMethod::PartnerSaml);
    // What was typed on the settings page went into the template that was sent.
    const model::OnboardingTemplate sent = wizard->onboardingTemplate();
    QCOMPARE(sent.emailSettings.supportEmail, QStringLiteral("support@partner.example"));
    QCOMPARE(sent.emailSettings.sendWelcomeEmailToAdmin, !welcomeBefore);
    QCOMPARE(sent.callSettings.defaultTimezone, QStringLiteral("Europe/Stockholm"));
    QVERIFY(model::WebexId::isValidProvisioningId(created.provisioningId));
}

void tst_Accessibility::languageSwitchReachesOpenWindows()
{
    TemplateWizard* wizard = makeWizard();
    key(Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_PrimarySettings));
    auto* country = child<QComboBox>(wizard, "countryCombo");
    country->setCurrentIndex(country->findData(QStringLiteral("SE")));
    child<QLineEdit>(wizard, "templateNameEdit")->setText(QStringLiteral("x"));
    child<QLineEdit>(wizard, "templateNameEdit")->clear(); // touched and empty: its message shows

    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    settle();
    QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Primära inställningar"));
    QCOMPARE(child<QLabel>(wizard, "templateNameEditLabel")->text(), QStringLiteral("&Mallnamn:"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("SE")); // the choice survives the refill
    QCOMPARE(country->currentText(), QStringLiteral("Sverige"));
    QCOMPARE(child<QLabel>(wizard, "templateNameError")->text(), QStringLiteral("Fältet måste fyllas i."));
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Nästa >"));
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), QStringLiteral("Avbryt"));

    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    settle();
    QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Primary settings"));
    QCOMPARE(country->currentText(), QStringLiteral("Sweden"));
    QCOMPARE(child<QLabel>(wizard, "templateNameError")->text(), QStringLiteral("This field is required."));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
