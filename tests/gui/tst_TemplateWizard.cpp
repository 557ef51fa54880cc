#include "GuiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/TemplateLibrary.h"
#include "jobs/TemplateStore.h"
#include "model/DraftStore.h"
#include "model/WebexId.h"
#include "ui/LanguageSwitcher.h"
#include "ui/Resources.h"
#include "ui/views/templates/TemplateDetailsDialog.h"
#include "ui/views/templates/TemplateTableModel.h"
#include "ui/views/templates/TemplatesView.h"
#include "ui/wizards/customer/CustomerWizard.h"
#include "ui/wizards/customer/CustomerWizardController.h"
#include "ui/wizards/template/TemplateWizard.h"
#include "ui/wizards/template/TemplateWizardController.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace onboarder;
using namespace onboarder::guitest;
using ui::TemplateWizard;

class tst_TemplateWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void everyPageByKeyboardAndMouseCreatesTemplate();
    void invalidFieldsKeepNextDisabled();
    void editFromSummaryReturnsToSummary();
    void saveAndReopenGivesSameSummary();
    void exportsContainEverySetting();
    void submitErrorIsShownWithCopy();
    void detailsNameTheServiceProviderAdmin();
    void libraryKeepsTemplateWithProvisioningId();
    void unsavedChangesAreAskedAbout();
    void swedishScreenshotsOfEveryPage();

private:
    TemplateWizard* makeWizard(jobs::TemplateStore* store);
    void fillPrimary(TemplateWizard* wizard, const QString& name);
    void goToSummary(TemplateWizard* wizard, const QString& name);
    QString summaryValue(TemplateWizard* wizard, const QString& path);
    void next(TemplateWizard* wizard, int expectedId);

    testsupport::SandboxFixture m_sandbox;
    api::StaticTokenProvider* m_tokens = nullptr;
    api::ApiSession* m_session = nullptr;
    api::WholesaleClient* m_client = nullptr;
    jobs::TemplateStore* m_store = nullptr;
    QPointer<TemplateWizard> m_wizard;
    QTemporaryDir m_dir;
};

void tst_TemplateWizard::initTestCase()
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
    QVERIFY(!m_store->templates().isEmpty());
}

void tst_TemplateWizard::cleanupTestCase()
{
    delete m_store;
    delete m_client;
    delete m_session;
    m_sandbox.stop();
}

void tst_TemplateWizard::init()
{
}

void tst_TemplateWizard::cleanup()
{
    if (m_wizard) {
        m_wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
        delete m_wizard;
    }
}

TemplateWizard* tst_TemplateWizard::makeWizard(jobs::TemplateStore* store)
{
    auto* controller = new ui::TemplateWizardController(m_client, store, QStringLiteral("Demo sandbox"));
    auto* wizard = new TemplateWizard(controller);
    controller->setParent(wizard);
    QSignalSpy admins(controller, &ui::TemplateWizardController::adminsLoaded);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard)) {
        qWarning("wizard not exposed");
    }
    admins.wait(10000);
    m_wizard = wizard;
    return wizard;
}

void tst_TemplateWizard::next(TemplateWizard* wizard, int expectedId)
{
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), expectedId);
}

void tst_TemplateWizard::fillPrimary(TemplateWizard* wizard, const QString& name)
{
    if (wizard->currentId() == TemplateWizard::Page_OfferType) {
        QVERIFY(child<QRadioButton>(wizard, "offerWholesaleRadio")->isChecked());
        // Enter on the first page is the keyboard way to Next.
        QTest::keyClick(wizard, Qt::Key_Enter);
        QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_PrimarySettings));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    }
    auto* nameEdit = child<QLineEdit>(wizard, "templateNameEdit");
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, name);
    auto* admin = child<QComboBox>(wizard, "serviceProviderAdminCombo");
    QVERIFY2(admin->count() > 1, "the sandbox's partner admins are listed");
    admin->setFocus();
    QTest::keyClick(admin, Qt::Key_Down);
    QVERIFY(admin->currentIndex() >= 1);
    typeIntoCombo(child<QComboBox>(wizard, "countryCombo"), QStringLiteral("Sweden"));
    QCOMPARE(child<QComboBox>(wizard, "countryCombo")->currentData().toString(), QStringLiteral("SE"));
    // The country gives the email language; the user may still choose another.
    QCOMPARE(child<QComboBox>(wizard, "emailLanguageCombo")->currentData().toString(), QStringLiteral("sv_SE"));
    typeIntoCombo(child<QComboBox>(wizard, "emailLanguageCombo"), QStringLiteral("Swedish"));
    QCOMPARE(child<QComboBox>(wizard, "emailLanguageCombo")->currentData().toString(), QStringLiteral("sv_SE"));
    auto* subscription = child<QComboBox>(wizard, "subscriptionCombo");
    subscription->setFocus();
    QTest::keyClicks(subscription, QStringLiteral("Sub-NTP-gui"));
    QCOMPARE(wizard->button(QWizard::NextButton)->isEnabled(), !name.isEmpty());
}

void tst_TemplateWizard::goToSummary(TemplateWizard* wizard, const QString& name)
{
    fillPrimary(wizard, name);
    next(wizard, TemplateWizard::Page_WholesaleCalling);
    QVERIFY(child<QLabel>(wizard, "ccpWhyLink")->text().contains(QStringLiteral("href=")));
    next(wizard, TemplateWizard::Page_Authentication);
    click(child<QRadioButton>(wizard, "partnerSamlRadio"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // SAML needs its entity ID
    auto* entity = child<QLineEdit>(wizard, "idpEntityIdEdit");
    QTest::mouseClick(entity, Qt::LeftButton);
    QTest::keyClicks(entity, QStringLiteral("https://idp.partner.example/saml"));
    next(wizard, TemplateWizard::Page_Settings);
    // Sweden's only time zone and its language, inferred.
    QCOMPARE(child<QComboBox>(wizard, "timeZoneCombo")->currentData().toString(), QStringLiteral("Europe/Stockholm"));
    QCOMPARE(child<QComboBox>(wizard, "announcementLanguageCombo")->currentData().toString(), QStringLiteral("sv_se"));
    click(child<QCheckBox>(wizard, "allowAdminInviteCheck"));
    auto* support = child<QLineEdit>(wizard, "supportEmailEdit");
    support->setFocus();
    QTest::keyClicks(support, QStringLiteral("support@partner.example"));
    typeIntoCombo(child<QComboBox>(wizard, "timeZoneCombo"), QStringLiteral("Europe/Stockholm"));
    QCOMPARE(child<QComboBox>(wizard, "timeZoneCombo")->currentData().toString(), QStringLiteral("Europe/Stockholm"));
    typeIntoCombo(child<QComboBox>(wizard, "announcementLanguageCombo"), QStringLiteral("Swedish"));
    next(wizard, TemplateWizard::Page_Summary);
}

QString tst_TemplateWizard::summaryValue(TemplateWizard* wizard, const QString& path)
{
    auto* label = wizard->findChild<QLabel*>(QStringLiteral("summaryValue_") + path);
    return label ? label->text() : QString();
}

void tst_TemplateWizard::everyPageByKeyboardAndMouseCreatesTemplate()
{
    TemplateWizard* wizard = makeWizard(m_store);
    const QString name = QStringLiteral("GUI Sweden SMB");
    goToSummary(wizard, name);

    QCOMPARE(summaryValue(wizard, QStringLiteral("name")), name);
    QVERIFY(summaryValue(wizard, QStringLiteral("countryCode")).contains(QStringLiteral("SE")));
    QVERIFY(summaryValue(wizard, QStringLiteral("idpEntityId")).contains(QStringLiteral("idp.partner.example")));
    QVERIFY(summaryValue(wizard, QStringLiteral("callSettings.defaultTimezone")).contains(QStringLiteral("Stockholm")));
    QVERIFY(child<QLabel>(wizard, "validationStatus")->text().contains(QStringLiteral("All settings are valid")));

    QSignalSpy submitted(wizard, &TemplateWizard::templateSubmitted);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(submitted.wait(10000));
    QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
    const auto created = submitted.first().first().value<model::OnboardingTemplate>();
    QVERIFY(model::WebexId::isValidProvisioningId(created.provisioningId));

    // The template ends listed in the templates view with its Provisioning ID.
    ui::TemplatesView view;
    view.setStore(m_store, QStringLiteral("Demo sandbox"));
    QTRY_VERIFY(view.selectTemplate(name));
    QCOMPARE(view.currentTemplate()->provisioningId, created.provisioningId);
    bool listed = false;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->index(row, ui::TemplateTableModel::NameColumn).data().toString() == name) {
            QCOMPARE(view.model()->index(row, ui::TemplateTableModel::ProvisioningIdColumn).data().toString(),
                     created.provisioningId);
            listed = true;
        }
    }
    QVERIFY(listed);
    // Ctrl+C on its row copies the Provisioning ID, what creating a customer with it needs.
    QGuiApplication::clipboard()->clear();
    auto* table = child<QTableView>(&view, "templatesTable");
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), created.provisioningId);
    // Search narrows the list to it.
    auto* search = child<QLineEdit>(&view, "templateSearchEdit");
    QTest::keyClicks(search, QStringLiteral("GUI Sweden"));
    QCOMPARE(view.model()->rowCount(), 1);

    // After Submit the view names the new template above its Provisioning ID, with Copy and the next step.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSubmitted(name);
    QVERIFY(child<QWidget>(&view, "currentTemplatePanel")->isVisible());
    QVERIFY(child<QLabel>(&view, "currentTemplateLabel")->text().contains(QStringLiteral("New template")));
    QVERIFY(child<QLabel>(&view, "currentTemplateLabel")->text().contains(name));
    QCOMPARE(child<QLineEdit>(&view, "currentProvisioningIdEdit")->text(), created.provisioningId);
    QGuiApplication::clipboard()->clear();
    click(child<QPushButton>(&view, "copyCurrentProvisioningIdButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), created.provisioningId);
    screenshot(&view, QStringLiteral("template-wizard-7-submitted-in-templates-view"));
    QSignalSpy customerRequested(&view, &ui::TemplatesView::createCustomerRequested);
    click(child<QPushButton>(&view, "createCustomerFromTemplateButton"));
    QCOMPARE(customerRequested.count(), 1);
    const auto chosen = customerRequested.first().first().value<model::OnboardingTemplate>();
    QCOMPARE(chosen.provisioningId, created.provisioningId);

    // The customer wizard then starts with that template, its country and its email language.
    auto* controller = new ui::CustomerWizardController(m_client, m_store, QStringLiteral("Demo sandbox"));
    ui::CustomerWizard customerWizard(controller);
    controller->setParent(&customerWizard);
    customerWizard.chooseTemplate(chosen);
    customerWizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&customerWizard));
    QCOMPARE(child<QLineEdit>(&customerWizard, "provisioningIdEdit")->text(), created.provisioningId);
    QTRY_COMPARE(child<QComboBox>(&customerWizard, "templateCombo")->currentData().toString(), created.provisioningId);
    QCOMPARE(child<QComboBox>(&customerWizard, "countryCombo")->currentData().toString(), QStringLiteral("SE"));
    QCOMPARE(child<QComboBox>(&customerWizard, "languageCombo")->currentData().toString(), QStringLiteral("sv_SE"));
    // Chosen, not opened from a draft: the fields still empty show no message yet.
    QVERIFY(!errorShown(child<QLabel>(&customerWizard, "companyNameError")));
    QVERIFY(!errorShown(child<QLabel>(&customerWizard, "supportedLocationError")));
    customerWizard.setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
}

void tst_TemplateWizard::detailsNameTheServiceProviderAdmin()
{
    // The sandbox keeps a template's admin as a person ID only.
    std::optional<model::OnboardingTemplate> bare;
    for (const model::OnboardingTemplate& t : m_store->templates()) {
        if (t.serviceProviderAdminEmail.isEmpty() && !t.serviceProviderAdminPersonId.isEmpty()) {
            bare = t;
        }
    }
    QVERIFY(bare);
    model::Person admin;
    bool answered = false;
    m_client->getPerson(bare->serviceProviderAdminPersonId, this, [&](const api::ApiResult<model::Person>& person) {
        answered = true;
        if (person.ok()) {
            admin = *person.value;
        }
    });
    QTRY_VERIFY(answered);
    QVERIFY(!admin.primaryEmail().isEmpty());

    ui::TemplateDetailsDialog dialog(*bare, m_store, QStringLiteral("Demo sandbox"));
    dialog.setClient(m_client);
    dialog.show();
    auto* settings = child<QTextBrowser>(&dialog, "settingsBrowser");
    QTRY_VERIFY(settings->toPlainText().contains(admin.primaryEmail()));
    QVERIFY(!settings->toPlainText().contains(bare->serviceProviderAdminPersonId));
    if (!admin.displayName.isEmpty()) {
        QVERIFY(settings->toPlainText().contains(admin.displayName));
    }
    screenshot(&dialog, QStringLiteral("template-details-admin-by-name"));
}

void tst_TemplateWizard::invalidFieldsKeepNextDisabled()
{
    TemplateWizard* wizard = makeWizard(m_store);
    QTest::keyClick(wizard, Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_PrimarySettings));
    QAbstractButton* nextButton = wizard->button(QWizard::NextButton);

    // A name typed and erased shows its message under the field.
    auto* nameEdit = child<QLineEdit>(wizard, "templateNameEdit");
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, QStringLiteral("x"));
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QVERIFY(errorShown(child<QLabel>(wizard, "templateNameError")));
    QVERIFY(!nextButton->isEnabled());

    fillPrimary(wizard, QString()); // everything else valid, but the name is still empty
    QVERIFY(!nextButton->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("Valid name"));
    QVERIFY(!errorShown(child<QLabel>(wizard, "templateNameError")));
    QVERIFY(nextButton->isEnabled());

    // Country back to "choose": its own message.
    auto* country = child<QComboBox>(wizard, "countryCombo");
    country->setFocus();
    QTest::keyClick(country, Qt::Key_Home);
    QVERIFY(errorShown(child<QLabel>(wizard, "countryError")));
    QVERIFY(!nextButton->isEnabled());
    typeIntoCombo(country, QStringLiteral("Norway"));
    QVERIFY(nextButton->isEnabled());

    // Subscription is required.
    auto* subscription = child<QComboBox>(wizard, "subscriptionCombo");
    subscription->setFocus();
    subscription->lineEdit()->selectAll();
    QTest::keyClick(subscription, Qt::Key_Delete);
    QVERIFY(errorShown(child<QLabel>(wizard, "subscriptionError")));
    QVERIFY(!nextButton->isEnabled());
    QTest::keyClicks(subscription, QStringLiteral("Sub-1"));
    next(wizard, TemplateWizard::Page_WholesaleCalling);

    // CCP on without a provider.
    click(child<QCheckBox>(wizard, "useCcpCheck"));
    QVERIFY(errorShown(child<QLabel>(wizard, "ccpVendorError")));
    QVERIFY(!nextButton->isEnabled());
    QTest::keyClicks(child<QComboBox>(wizard, "ccpVendorCombo"), QStringLiteral("Nordic CCP"));
    QVERIFY(!errorShown(child<QLabel>(wizard, "ccpVendorError")));
    next(wizard, TemplateWizard::Page_Authentication);

    // SAML entity ID must be an absolute URI.
    click(child<QRadioButton>(wizard, "partnerSamlRadio"));
    auto* entity = child<QLineEdit>(wizard, "idpEntityIdEdit");
    entity->setFocus();
    QTest::keyClicks(entity, QStringLiteral("not a uri"));
    QVERIFY(errorShown(child<QLabel>(wizard, "idpEntityIdError")));
    QVERIFY(!nextButton->isEnabled());
    entity->clear();
    QVERIFY(errorShown(child<QLabel>(wizard, "idpEntityIdError")));
    QTest::keyClicks(entity, QStringLiteral("https://idp.example.com/saml"));
    QVERIFY(nextButton->isEnabled());
    next(wizard, TemplateWizard::Page_Settings);

    // Support email.
    auto* support = child<QLineEdit>(wizard, "supportEmailEdit");
    support->setFocus();
    QTest::keyClicks(support, QStringLiteral("not-an-email"));
    QVERIFY(errorShown(child<QLabel>(wizard, "supportEmailError")));
    QVERIFY(!nextButton->isEnabled());
    support->clear(); // optional
    QVERIFY(!errorShown(child<QLabel>(wizard, "supportEmailError")));
    QVERIFY(nextButton->isEnabled());
}

void tst_TemplateWizard::editFromSummaryReturnsToSummary()
{
    TemplateWizard* wizard = makeWizard(m_store);
    goToSummary(wizard, QStringLiteral("Edit me"));

    click(child<QPushButton>(wizard, "editAuthenticationButton"));
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Authentication));
    click(child<QRadioButton>(wizard, "webexAuthRadio"));
    next(wizard, TemplateWizard::Page_Summary);
    QVERIFY(summaryValue(wizard, QStringLiteral("authMethod")).contains(QStringLiteral("Webex authentication")));
    QVERIFY(summaryValue(wizard, QStringLiteral("idpEntityId")).isEmpty());

    click(child<QPushButton>(wizard, "editPrimaryButton"));
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_PrimarySettings));
    auto* nameEdit = child<QLineEdit>(wizard, "templateNameEdit");
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, QStringLiteral(" again"));
    next(wizard, TemplateWizard::Page_Summary);
    QCOMPARE(summaryValue(wizard, QStringLiteral("name")), QStringLiteral("Edit me again"));

    // Back on the summary the only way on is the button that says what it does; Next, Return and Alt+N are not it.
    settle();
    QVERIFY(!wizard->button(QWizard::NextButton)->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Submit Template to Sandbox"));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QSignalSpy submitting(wizard->controller(), &ui::TemplateWizardController::submittingChanged);
    QTest::keyClick(wizard, Qt::Key_Return);
    QTest::keyClick(wizard, Qt::Key_Enter);
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    // A push button that had the focus hands the default back when it loses it: still not to Submit.
    QApplication::setActiveWindow(wizard);
    auto* edit = child<QPushButton>(wizard, "editPrimaryButton");
    edit->setFocus();
    settle();
    edit->clearFocus();
    QTest::keyClick(wizard, Qt::Key_Return);
    settle();
    QCOMPARE(submitting.count(), 0);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Summary));
    QVERIFY(wizard->isVisible());

    // Back from the summary walks the normal history again.
    click(wizard->button(QWizard::BackButton));
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_PrimarySettings));
    next(wizard, TemplateWizard::Page_WholesaleCalling);
}

void tst_TemplateWizard::saveAndReopenGivesSameSummary()
{
    TemplateWizard* wizard = makeWizard(m_store);
    goToSummary(wizard, QStringLiteral("Draft template"));
    click(wizard->button(QWizard::BackButton));
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Settings));
    const QString path = m_dir.filePath(QStringLiteral("draft.onboarder-template.json"));
    QVERIFY(wizard->isModified());
    QString error;
    QVERIFY2(wizard->saveDraft(path, &error), qPrintable(error));
    QVERIFY(!wizard->isModified());
    const model::OnboardingTemplate saved = wizard->onboardingTemplate();
    next(wizard, TemplateWizard::Page_Summary);
    QStringList before;
    for (QLabel* label : wizard->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^summaryValue_")))) {
        before.append(label->objectName() + QLatin1Char('=') + label->text());
    }
    delete wizard;

    TemplateWizard* reopened = makeWizard(m_store);
    QVERIFY2(reopened->openDraft(path, &error), qPrintable(error));
    QCOMPARE(reopened->currentId(), int(TemplateWizard::Page_Settings)); // where the draft was saved
    QCOMPARE(reopened->onboardingTemplate(), saved);
    // Its administrator is shown on its page, not only kept in the file.
    auto* admin = child<QComboBox>(reopened, "serviceProviderAdminCombo");
    QVERIFY(admin->currentIndex() >= 1);
    QVERIFY2(admin->currentText().contains(saved.serviceProviderAdminEmail), qPrintable(admin->currentText()));
    QVERIFY(!reopened->isModified());
    next(reopened, TemplateWizard::Page_Summary);
    QStringList after;
    for (QLabel* label : reopened->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^summaryValue_")))) {
        after.append(label->objectName() + QLatin1Char('=') + label->text());
    }
    QCOMPARE(after, before);
    delete reopened;

    // A draft written without the directory holds the administrator's email in place of a person ID.
    model::TemplateDraft byEmail;
    byEmail.onboardingTemplate = saved;
    byEmail.onboardingTemplate.serviceProviderAdminPersonId = saved.serviceProviderAdminEmail;
    const QString emailPath = m_dir.filePath(QStringLiteral("by-email.onboarder-template.json"));
    QVERIFY(model::DraftStore::saveTemplateDraft(emailPath, byEmail).ok());
    TemplateWizard* third = makeWizard(m_store);
    QVERIFY2(third->openDraft(emailPath, &error), qPrintable(error));
    QVERIFY(
        child<QComboBox>(third, "serviceProviderAdminCombo")->currentText().contains(saved.serviceProviderAdminEmail));
    QCOMPARE(third->onboardingTemplate().serviceProviderAdminEmail, saved.serviceProviderAdminEmail);
}

void tst_TemplateWizard::exportsContainEverySetting()
{
    TemplateWizard* wizard = makeWizard(m_store);
    goToSummary(wizard, QStringLiteral("Export <&> check"));
    const model::OnboardingTemplate t = wizard->onboardingTemplate();
    const QStringList expected { t.name,
                                 t.serviceProviderAdminEmail,
                                 t.countryCode,
                                 t.defaultEmailLanguage,
                                 t.wholesaleSubscriptionId,
                                 t.idpEntityId,
                                 t.emailSettings.supportEmail,
                                 t.callSettings.defaultTimezone,
                                 t.callSettings.defaultAnnouncementLanguage,
                                 QStringLiteral("Demo sandbox"),
                                 QStringLiteral("All settings are valid.") };
    QString error;
    const QString html = m_dir.filePath(QStringLiteral("summary.html"));
    const QString md = m_dir.filePath(QStringLiteral("summary.md"));
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    QVERIFY2(wizard->exportTo(html, &error), qPrintable(error));
    QVERIFY2(wizard->exportTo(md, &error), qPrintable(error));
    QVERIFY2(wizard->exportTo(pdf, &error), qPrintable(error));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(htmlFile.readAll());
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(mdFile.readAll());
    for (const QString& value : expected) {
        QVERIFY2(htmlText.contains(value.toHtmlEscaped()), qPrintable(value));
        QVERIFY2(mdText.contains(value), qPrintable(value));
    }
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() > 1000);
    QVERIFY(!wizard->exportTo(m_dir.filePath(QStringLiteral("summary.txt")), &error));
}

void tst_TemplateWizard::submitErrorIsShownWithCopy()
{
    // A name the sandbox already has: 409, shown inline with its support text.
    const QString taken = QStringLiteral("Taken name");
    model::OnboardingTemplate existing;
    existing.name = taken;
    existing.countryCode = QStringLiteral("SE");
    QSignalSpy created(m_store, &jobs::TemplateStore::templatesChanged);
    m_store->create(existing, this, [](const api::ApiResult<model::OnboardingTemplate>&) {});
    QVERIFY(created.wait(10000));
    TemplateWizard* wizard = makeWizard(m_store);
    goToSummary(wizard, taken);
    click(wizard->button(QWizard::FinishButton));
    auto* group = child<QGroupBox>(wizard, "submitErrorGroup");
    QTRY_VERIFY_WITH_TIMEOUT(group->isVisible(), 10000);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Summary));
    const QString text = child<QPlainTextEdit>(wizard, "submitErrorText")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("409")) || text.contains(QStringLiteral("already exists")), qPrintable(text));
    click(child<QPushButton>(wizard, "copyErrorButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled()); // can try again

    // Once the name is fixed the refusal no longer describes the template: it goes.
    click(child<QPushButton>(wizard, "editPrimaryButton"));
    auto* nameEdit = child<QLineEdit>(wizard, "templateNameEdit");
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, QStringLiteral(" 2"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(TemplateWizard::Page_Summary));
    QVERIFY(!group->isVisible());
    QVERIFY(child<QPlainTextEdit>(wizard, "submitErrorText")->toPlainText().isEmpty());
    QVERIFY(!child<QLabel>(wizard, "submitStatus")->text().contains(QStringLiteral("not created")));
}

void tst_TemplateWizard::libraryKeepsTemplateWithProvisioningId()
{
    jobs::TemplateLibrary library(m_dir.filePath(QStringLiteral("library/templates.json")));
    QVERIFY(library.load());
    jobs::TemplateStore store(&library);
    TemplateWizard* wizard = makeWizard(&store);
    goToSummary(wizard, QStringLiteral("Library template"));
    auto* idEdit = child<QLineEdit>(wizard, "provisioningIdEdit");
    QVERIFY(idEdit->isVisibleTo(wizard));
    idEdit->setFocus();
    QTest::keyClicks(idEdit, QStringLiteral("nonsense"));
    QVERIFY(errorShown(child<QLabel>(wizard, "provisioningIdError")));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    idEdit->clear();
    const QString id = QString::fromLatin1(QByteArray("0f8fad5b-d9cb-469f-a165-70867728950e").toBase64());
    QTest::keyClicks(idEdit, id);
    QVERIFY(!errorShown(child<QLabel>(wizard, "provisioningIdError")));
    QSignalSpy submitted(wizard, &TemplateWizard::templateSubmitted);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(submitted.wait(5000));
    jobs::TemplateLibrary reread(library.filePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.templates().size(), 1);
    QCOMPARE(reread.templates().first().name, QStringLiteral("Library template"));
    QCOMPARE(reread.templates().first().provisioningId, id);
    QCOMPARE(reread.templates().first().emailSettings.supportEmail, QStringLiteral("support@partner.example"));
}

void tst_TemplateWizard::unsavedChangesAreAskedAbout()
{
    TemplateWizard* wizard = makeWizard(m_store);
    QVERIFY(!wizard->isModified());
    fillPrimary(wizard, QStringLiteral("Unsaved"));
    QVERIFY(wizard->isModified());
    int asked = 0;
    wizard->setUnsavedChangesAnswer([&asked] {
        ++asked;
        return QMessageBox::Cancel;
    });
    click(wizard->button(QWizard::CancelButton));
    QCOMPARE(asked, 1);
    QVERIFY(wizard->isVisible());
    wizard->setUnsavedChangesAnswer([&asked] {
        ++asked;
        return QMessageBox::Discard;
    });
    QTest::keyClick(wizard, Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QVERIFY(!wizard->isVisible());
}

// Every page in Swedish, grabbed after a switch of language with the wizard open. With ONBOARDER_SCREENSHOT_DIR
// set the grabs are written there as template-wizard-<n>-<page>-sv.png for docs/screenshots.
void tst_TemplateWizard::swedishScreenshotsOfEveryPage()
{
    TemplateWizard* wizard = makeWizard(m_store);
    wizard->resize(980, 780);
    goToSummary(wizard, QStringLiteral("Sverige - Calling och Meetings"));
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    QTRY_COMPARE(wizard->button(QWizard::BackButton)->text(), QStringLiteral("< &Bakåt"));
    const QStringList names { QStringLiteral("1-offer-type"),        QStringLiteral("2-primary-settings"),
                              QStringLiteral("3-wholesale-calling"), QStringLiteral("4-authentication"),
                              QStringLiteral("5-settings"),          QStringLiteral("6-summary") };
    QList<QImage> grabs;
    for (int id = TemplateWizard::Page_Summary;;) {
        settle();
        grabs.prepend(wizard->grab().toImage());
        if (id == TemplateWizard::Page_OfferType) {
            break;
        }
        click(wizard->button(QWizard::BackButton));
        QVERIFY(wizard->currentId() < id);
        id = wizard->currentId();
    }
    QCOMPARE(grabs.size(), names.size());
    const QString dir = qEnvironmentVariable("ONBOARDER_SCREENSHOT_DIR");
    for (int i = 0; i < grabs.size(); ++i) {
        QVERIFY(!grabs.at(i).isNull());
        if (!dir.isEmpty()) {
            QVERIFY(grabs.at(i).save(QDir(dir).filePath(QStringLiteral("template-wizard-%1-sv.png").arg(names.at(i)))));
        }
    }
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
}

QTEST_MAIN(tst_TemplateWizard)
#include "tst_TemplateWizard.moc"
