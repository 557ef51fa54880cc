#include "ui/wizards/template/TemplateWizard.h"

#include "model/DraftStore.h"
#include "ui/export/TemplateExporter.h"
#include "ui/wizards/WizardNavigation.h"
#include "ui/wizards/template/AuthenticationPage.h"
#include "ui/wizards/template/OfferTypePage.h"
#include "ui/wizards/template/PrimarySettingsPage.h"
#include "ui/wizards/template/SettingsPage.h"
#include "ui/wizards/template/SummaryPage.h"
#include "ui/wizards/template/TemplateWizardController.h"
#include "ui/wizards/template/WholesaleCallingPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace onboarder::ui {

TemplateWizard::TemplateWizard(TemplateWizardController* controller, QWidget* parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("templateWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    // Pages keep what was typed when the user goes back (no cleanupPage reset), and drafts restore every page.
    setOptions(QWizard::IndependentPages | QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1
               | QWizard::HaveCustomButton2 | QWizard::HaveCustomButton3);
    setWindowIcon(QIcon(QStringLiteral(":/icons/templates.svg")));
    setMinimumSize(720, 560);
    restoreWindowGeometry();

    auto add = [this](int id, TemplateWizardPage* page, const QString& name) {
        page->setObjectName(name);
        setPage(id, page);
        m_pages.append(page);
    };
    auto* primary = new PrimarySettingsPage(this);
    add(Page_OfferType, new OfferTypePage(this), QStringLiteral("offerTypePage"));
    add(Page_PrimarySettings, primary, QStringLiteral("primarySettingsPage"));
    add(Page_WholesaleCalling, new WholesaleCallingPage(this), QStringLiteral("wholesaleCallingPage"));
    add(Page_Authentication, new AuthenticationPage(this), QStringLiteral("authenticationPage"));
    add(Page_Settings, new SettingsPage(this), QStringLiteral("settingsPage"));
    add(Page_Summary, new SummaryPage(this), QStringLiteral("summaryPage"));

    // Defaults of a new template come from the pages' initial widgets.
    for (TemplateWizardPage* page : m_pages) {
        page->writeTo(m_template);
    }

    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveDraftButton"));
    button(QWizard::CustomButton1)->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("exportButton"));
    button(QWizard::CustomButton2)->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("printButton"));
    button(QWizard::CustomButton3)->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    setButtonLayout({ QWizard::CustomButton1,
                      QWizard::CustomButton2,
                      QWizard::CustomButton3,
                      QWizard::Stretch,
                      QWizard::BackButton,
                      QWizard::NextButton,
                      QWizard::FinishButton,
                      QWizard::CancelButton });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            saveDraftInteractive();
        } else if (which == QWizard::CustomButton2) {
            exportInteractive();
        } else if (which == QWizard::CustomButton3) {
            printInteractive();
        }
    });

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &TemplateWizard::saveDraftInteractive);
    addAction(m_saveAction);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &TemplateWizard::saveDraftAsInteractive);
    addAction(m_saveAsAction);
    retranslate();

    connect(this, &QWizard::currentIdChanged, this, &TemplateWizard::onCurrentIdChanged);
    if (m_controller) {
        connect(m_controller, &TemplateWizardController::adminsLoaded, primary, [this, primary] {
            primary->setPartnerAdmins(m_controller->partnerAdmins());
        });
        connect(m_controller, &TemplateWizardController::subscriptionsLoaded, primary, [this, primary] {
            primary->setSubscriptions(m_controller->subscriptions());
        });
        m_controller->load();
    }
    updateWindowTitle();
}

TemplateWizard::~TemplateWizard() = default;

void TemplateWizard::retranslate()
{
    setButtonText(QWizard::FinishButton,
                  m_controller && m_controller->submitsToSandbox() ? tr("&Submit to sandbox") : tr("&Submit"));
    // QWizard keeps custom texts; Back, Next and Cancel come from Qt's catalogue, so they are set here too.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CustomButton1, tr("Save &Draft"));
    setButtonText(QWizard::CustomButton2, tr("E&xport…"));
    setButtonText(QWizard::CustomButton3, tr("P&rint…"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save the wizard as a draft file (Ctrl+S)"));
    button(QWizard::CustomButton2)->setToolTip(tr("Export the summary as PDF, HTML or Markdown"));
    button(QWizard::CustomButton3)->setToolTip(tr("Print the summary"));
    m_saveAction->setText(tr("&Save Draft"));
    m_saveAsAction->setText(tr("Save Draft &As…"));
    updateWindowTitle();
}

void TemplateWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

TemplateWizardController* TemplateWizard::controller() const
{
    return m_controller;
}

model::OnboardingTemplate TemplateWizard::onboardingTemplate() const
{
    return m_template;
}

void TemplateWizard::setOnboardingTemplate(const model::OnboardingTemplate& onboardingTemplate)
{
    m_template = onboardingTemplate;
    for (TemplateWizardPage* page : m_pages) {
        page->m_loading = true;
        page->readFrom(m_template);
        page->m_loading = false;
    }
    // Read back: a page may normalise what it shows (a value outside its list stays as it was).
    for (TemplateWizardPage* page : m_pages) {
        page->writeTo(m_template);
        page->touchAll();
        emit page->completeChanged();
    }
    emit templateChanged();
}

void TemplateWizard::updateTemplate(const std::function<void(model::OnboardingTemplate&)>& change)
{
    const model::OnboardingTemplate before = m_template;
    change(m_template);
    if (m_template != before) {
        m_modified = true;
        updateWindowTitle();
        emit templateChanged();
    }
}

int TemplateWizard::pageForSection(jobs::TemplateSummary::Section section)
{
    switch (section) {
    case jobs::TemplateSummary::Section::OfferType:
        return Page_OfferType;
    case jobs::TemplateSummary::Section::Primary:
        return Page_PrimarySettings;
    case jobs::TemplateSummary::Section::Calling:
        return Page_WholesaleCalling;
    case jobs::TemplateSummary::Section::Authentication:
        return Page_Authentication;
    case jobs::TemplateSummary::Section::Settings:
        return Page_Settings;
    case jobs::TemplateSummary::Section::PartnerHub:
        return Page_Summary;
    }
    return Page_Summary;
}

void TemplateWizard::editSection(jobs::TemplateSummary::Section section)
{
    const int target = pageForSection(section);
    if (!visitedIds().contains(target)) {
        return;
    }
    // QWizard has no jump; going back through the history keeps it consistent, and nextId() of the edited page
    // then leads straight back to the summary.
    m_returnToSummary = target != Page_Summary;
    WizardNavigation::backTo(this, target);
}

bool TemplateWizard::isReturningToSummary() const
{
    return m_returnToSummary;
}

void TemplateWizard::advanceTo(int pageId)
{
    WizardNavigation::advanceTo(this, pageId);
}

QString TemplateWizard::stepName(int pageId)
{
    switch (pageId) {
    case Page_OfferType:
        return QStringLiteral("offerType");
    case Page_PrimarySettings:
        return QStringLiteral("primary");
    case Page_WholesaleCalling:
        return QStringLiteral("calling");
    case Page_Authentication:
        return QStringLiteral("authentication");
    case Page_Settings:
        return QStringLiteral("settings");
    case Page_Summary:
        return QStringLiteral("summary");
    }
    return {};
}

int TemplateWizard::pageForStepName(const QString& step)
{
    for (int id = Page_OfferType; id <= Page_Summary; ++id) {
        if (stepName(id) == step) {
            return id;
        }
    }
    return Page_OfferType;
}

void TemplateWizard::onCurrentIdChanged(int id)
{
    if (id == Page_Summary) {
        m_returnToSummary = false;
    }
    if (auto* page = qobject_cast<TemplateWizardPage*>(this->page(id))) {
        page->pageShown();
    }
}

bool TemplateWizard::saveDraft(const QString& filePath, QString* errorMessage)
{
    model::TemplateDraft draft;
    draft.onboardingTemplate = m_template;
    draft.profileName = m_controller ? m_controller->profileName() : QString();
    draft.currentStep = stepName(currentId());
    draft.notes = m_notes;
    const auto saved = model::DraftStore::saveTemplateDraft(filePath, draft);
    if (!saved.ok()) {
        if (errorMessage) {
            *errorMessage = saved.error;
        }
        return false;
    }
    m_draftPath = filePath;
    m_modified = false;
    updateWindowTitle();
    return true;
}

bool TemplateWizard::openDraft(const QString& filePath, QString* errorMessage)
{
    const auto loaded = model::DraftStore::loadTemplateDraft(filePath);
    if (!loaded.ok()) {
        if (errorMessage) {
            *errorMessage = loaded.error;
        }
        return false;
    }
    setOnboardingTemplate(loaded.draft->onboardingTemplate);
    m_notes = loaded.draft->notes;
    if (currentId() == -1) {
        restart();
    }
    advanceTo(pageForStepName(loaded.draft->currentStep));
    m_draftPath = filePath;
    m_modified = false;
    updateWindowTitle();
    return true;
}

QString TemplateWizard::draftPath() const
{
    return m_draftPath;
}

bool TemplateWizard::isModified() const
{
    return m_modified;
}

jobs::TemplateSummary::Context TemplateWizard::summaryContext() const
{
    return { m_controller ? m_controller->profileName() : QString(), QDateTime::currentDateTime(), QLocale() };
}

bool TemplateWizard::exportTo(const QString& filePath, QString* errorMessage)
{
    return TemplateExporter::exportTo(m_template, summaryContext(), filePath, errorMessage);
}

void TemplateWizard::setUnsavedChangesAnswer(std::function<QMessageBox::StandardButton()> answer)
{
    m_unsavedAnswer = std::move(answer);
}

void TemplateWizard::saveDraftInteractive()
{
    if (m_draftPath.isEmpty()) {
        saveDraftAsInteractive();
        return;
    }
    QString error;
    if (!saveDraft(m_draftPath, &error)) {
        QMessageBox::warning(this, tr("Draft Not Saved"), error);
    }
}

void TemplateWizard::saveDraftAsInteractive()
{
    const QString base = m_template.name.isEmpty() ? tr("template draft") : m_template.name;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral(".onboarder-template.json"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Template Draft"), suggested, tr("Onboarder template drafts (*.onboarder-template.json *.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveDraft(path, &error)) {
        QMessageBox::warning(this, tr("Draft Not Saved"), error);
    }
}

void TemplateWizard::exportInteractive()
{
    const QString base = m_template.name.isEmpty() ? tr("template summary") : m_template.name;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Template Summary"), suggested, TemplateExporter::fileDialogFilter());
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Failed"), error);
    }
}

void TemplateWizard::printInteractive()
{
    TemplateExporter::print(m_template, summaryContext(), this);
}

bool TemplateWizard::confirmDiscard()
{
    if (!m_modified) {
        return true;
    }
    QMessageBox::StandardButton answer;
    if (m_unsavedAnswer) {
        answer = m_unsavedAnswer();
    } else {
        answer = QMessageBox::question(this,
                                       tr("Unsaved Changes"),
                                       tr("The template has changes that are not saved. Save them as a draft?"),
                                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                       QMessageBox::Save);
    }
    if (answer == QMessageBox::Save) {
        saveDraftInteractive();
        return !m_modified;
    }
    return answer == QMessageBox::Discard;
}

void TemplateWizard::restoreWindowGeometry()
{
    const QByteArray saved = QSettings().value(QStringLiteral("templateWizard/geometry")).toByteArray();
    if (!saved.isEmpty() && restoreGeometry(saved)) {
        return;
    }
    // First run: large enough that the summary needs no scrolling, never larger than the screen.
    QSize size(980, 780);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableSize() * 0.9);
    }
    resize(size.expandedTo(minimumSize()));
}

void TemplateWizard::done(int result)
{
    QSettings().setValue(QStringLiteral("templateWizard/geometry"), saveGeometry());
    QWizard::done(result);
}

void TemplateWizard::reject()
{
    if (confirmDiscard()) {
        QWizard::reject();
    }
}

void TemplateWizard::updateWindowTitle()
{
    QString title = tr("New Onboarding Template");
    if (!m_draftPath.isEmpty()) {
        title = tr("%1 – Onboarding Template Draft").arg(QFileInfo(m_draftPath).fileName());
    }
    setWindowTitle(m_modified ? title + QStringLiteral(" *") : title);
}

} // namespace onboarder::ui
