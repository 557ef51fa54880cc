#include "ui/wizards/template/TemplateWizard.h"

#include "model/DraftStore.h"
#include "ui/export/TemplateExporter.h"
#include "ui/wizards/template/AuthenticationPage.h"
#include "ui/wizards/template/OfferTypePage.h"
#include "ui/wizards/template/PrimarySettingsPage.h"
#include "ui/wizards/template/SettingsPage.h"
#include "ui/wizards/template/SummaryPage.h"
#include "ui/wizards/template/TemplateWizardController.h"
#include "ui/wizards/template/WholesaleCallingPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

namespace onboarder::ui {

TemplateWizard::TemplateWizard(TemplateWizardController* controller, QWidget* parent)
    : DraftWizard(Page_Summary, parent)
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
        if (which == QWizard::CustomButton3) {
            printInteractive();
        }
    });
    retranslate();

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
                  m_controller && m_controller->submitsToSandbox() ? tr("&Submit Template to Sandbox")
                                                                   : tr("&Submit Template"));
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
    saveAction()->setText(tr("&Save Draft"));
    saveAsAction()->setText(tr("Save Draft &As…"));
    updateWindowTitle();
}

void TemplateWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    DraftWizard::changeEvent(event);
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
    showOnPages(m_pages, m_template);
    emit templateChanged();
}

void TemplateWizard::updateTemplate(const std::function<void(model::OnboardingTemplate&)>& change)
{
    const model::OnboardingTemplate before = m_template;
    change(m_template);
    if (m_template != before) {
        markModified();
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
    editPage(pageForSection(section));
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

bool TemplateWizard::writeDraft(const QString& filePath, QString* errorMessage)
{
    model::TemplateDraft draft;
    draft.onboardingTemplate = m_template;
    draft.profileName = m_controller ? m_controller->profileName() : QString();
    draft.currentStep = stepName(currentId());
    draft.notes = m_notes;
    const auto saved = model::DraftStore::saveTemplateDraft(filePath, draft);
    if (!saved.ok() && errorMessage) {
        *errorMessage = saved.error;
    }
    return saved.ok();
}

int TemplateWizard::readDraft(const QString& filePath, QString* errorMessage)
{
    const auto loaded = model::DraftStore::loadTemplateDraft(filePath);
    if (!loaded.ok()) {
        if (errorMessage) {
            *errorMessage = loaded.error;
        }
        return -1;
    }
    setOnboardingTemplate(loaded.draft->onboardingTemplate);
    m_notes = loaded.draft->notes;
    return pageForStepName(loaded.draft->currentStep);
}

jobs::TemplateSummary::Context TemplateWizard::summaryContext() const
{
    return { m_controller ? m_controller->profileName() : QString(), QDateTime::currentDateTime(), QLocale() };
}

bool TemplateWizard::exportTo(const QString& filePath, QString* errorMessage)
{
    return TemplateExporter::exportTo(m_template, summaryContext(), filePath, errorMessage);
}

void TemplateWizard::printInteractive()
{
    TemplateExporter::print(m_template, summaryContext(), this);
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
    DraftWizard::done(result);
}

DraftWizard::Texts TemplateWizard::texts() const
{
    return { tr("New Onboarding Template"),
             tr("%1 – Onboarding Template Draft"),
             tr("The template has changes that are not saved. Save them as a draft?"),
             m_template.name.isEmpty() ? tr("template draft") : m_template.name,
             QStringLiteral(".onboarder-template.json"),
             tr("Save Template Draft"),
             tr("Onboarder template drafts (*.onboarder-template.json *.json)"),
             m_template.name.isEmpty() ? tr("template summary") : m_template.name,
             tr("Export Template Summary"),
             TemplateExporter::fileDialogFilter() };
}

} // namespace onboarder::ui
