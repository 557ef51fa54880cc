#include "ui/wizards/customer/CustomerWizard.h"

#include "model/DraftStore.h"
#include "ui/wizards/WizardNavigation.h"
#include "ui/wizards/customer/CustomerInfoPage.h"
#include "ui/wizards/customer/CustomerSummary.h"
#include "ui/wizards/customer/CustomerSummaryPage.h"
#include "ui/wizards/customer/CustomerWizardController.h"
#include "ui/wizards/customer/HeadquartersPage.h"
#include "ui/wizards/customer/PackagesPage.h"
#include "ui/wizards/customer/SupportedLocationPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace onboarder::ui {

CustomerWizard::CustomerWizard(CustomerWizardController* controller, QWidget* parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("customerWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::IndependentPages | QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1
               | QWizard::HaveCustomButton2);
    setWindowIcon(QIcon(QStringLiteral(":/icons/customers.svg")));
    setMinimumSize(780, 680);

    auto add = [this](int id, CustomerWizardPage* page, const QString& name) {
        page->setObjectName(name);
        setPage(id, page);
        m_pages.append(page);
    };
    add(Page_Info, new CustomerInfoPage(this), QStringLiteral("customerInfoPage"));
    add(Page_SupportedLocation, new SupportedLocationPage(this), QStringLiteral("supportedLocationPage"));
    add(Page_Packages, new PackagesPage(this), QStringLiteral("packagesPage"));
    add(Page_Headquarters, new HeadquartersPage(this), QStringLiteral("headquartersPage"));
    add(Page_Summary, new CustomerSummaryPage(this), QStringLiteral("customerSummaryPage"));
    for (CustomerWizardPage* page : std::as_const(m_pages)) {
        page->writeTo(m_draft);
    }

    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveDraftButton"));
    button(QWizard::CustomButton1)->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("exportButton"));
    button(QWizard::CustomButton2)->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    setButtonLayout({ QWizard::CustomButton1,
                      QWizard::CustomButton2,
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
        }
    });
    auto* save = new QAction(this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &CustomerWizard::saveDraftInteractive);
    addAction(save);
    auto* saveAs = new QAction(this);
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &CustomerWizard::saveDraftAsInteractive);
    addAction(saveAs);

    connect(this, &QWizard::currentIdChanged, this, &CustomerWizard::onCurrentIdChanged);
    retranslate();
}

CustomerWizard::~CustomerWizard() = default;

void CustomerWizard::retranslate()
{
    setButtonText(QWizard::FinishButton, tr("&Create Customer"));
    setButtonText(QWizard::CustomButton1, tr("Save Draft"));
    setButtonText(QWizard::CustomButton2, tr("E&xport…"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save the customer plan as a draft file (Ctrl+S)"));
    button(QWizard::CustomButton2)->setToolTip(tr("Export the summary as PDF, HTML or Markdown"));
    updateWindowTitle();
}

void CustomerWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

CustomerWizardController* CustomerWizard::controller() const
{
    return m_controller;
}

model::CustomerDraft CustomerWizard::draft() const
{
    return m_draft;
}

void CustomerWizard::setDraft(const model::CustomerDraft& draft)
{
    m_draft = draft;
    for (CustomerWizardPage* page : std::as_const(m_pages)) {
        page->m_loading = true;
        page->readFrom(m_draft);
        page->m_loading = false;
    }
    for (CustomerWizardPage* page : std::as_const(m_pages)) {
        page->writeTo(m_draft);
        page->touchAll();
        emit page->completeChanged();
    }
    emit draftChanged();
}

void CustomerWizard::updateDraft(const std::function<void(model::CustomerDraft&)>& change)
{
    const model::CustomerDraft before = m_draft;
    change(m_draft);
    if (m_draft != before) {
        m_modified = true;
        updateWindowTitle();
        emit draftChanged();
    }
}

void CustomerWizard::editPage(int pageId)
{
    if (!visitedIds().contains(pageId)) {
        return;
    }
    m_returnToSummary = pageId != Page_Summary;
    WizardNavigation::backTo(this, pageId);
}

bool CustomerWizard::isReturningToSummary() const
{
    return m_returnToSummary;
}

void CustomerWizard::advanceTo(int pageId)
{
    WizardNavigation::advanceTo(this, pageId);
}

QString CustomerWizard::stepName(int pageId)
{
    switch (pageId) {
    case Page_Info:
        return QStringLiteral("customerInfo");
    case Page_SupportedLocation:
        return QStringLiteral("supportedLocation");
    case Page_Packages:
        return QStringLiteral("packages");
    case Page_Headquarters:
        return QStringLiteral("headquarters");
    case Page_Summary:
        return QStringLiteral("summary");
    }
    return {};
}

int CustomerWizard::pageForStepName(const QString& step)
{
    for (int id = Page_Info; id <= Page_Summary; ++id) {
        if (stepName(id) == step) {
            return id;
        }
    }
    return Page_Info;
}

void CustomerWizard::onCurrentIdChanged(int id)
{
    if (id == Page_Summary) {
        m_returnToSummary = false;
    }
    if (auto* page = qobject_cast<CustomerWizardPage*>(this->page(id))) {
        page->pageShown();
    }
}

bool CustomerWizard::saveDraft(const QString& filePath, QString* errorMessage)
{
    const auto saved = model::DraftStore::saveCustomerDraft(filePath, m_draft);
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

bool CustomerWizard::openDraft(const QString& filePath, QString* errorMessage)
{
    const auto loaded = model::DraftStore::loadCustomerDraft(filePath);
    if (!loaded.ok()) {
        if (errorMessage) {
            *errorMessage = loaded.error;
        }
        return false;
    }
    setDraft(*loaded.draft);
    if (currentId() == -1) {
        restart();
    }
    // A draft opens at the furthest step its data allows.
    advanceTo(Page_Summary);
    m_draftPath = filePath;
    m_modified = false;
    updateWindowTitle();
    return true;
}

QString CustomerWizard::draftPath() const
{
    return m_draftPath;
}

bool CustomerWizard::isModified() const
{
    return m_modified;
}

QString CustomerWizard::summaryHtml() const
{
    return CustomerSummary::toHtml(m_draft, QLocale(), m_controller ? m_controller->profileName() : QString());
}

bool CustomerWizard::exportTo(const QString& filePath, QString* errorMessage)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    const QString profile = m_controller ? m_controller->profileName() : QString();
    auto fail = [errorMessage](const QString& message) {
        if (errorMessage) {
            *errorMessage = message;
        }
        return false;
    };
    if (suffix == QLatin1String("pdf")) {
        // QPdfWriter writes straight to its file; write beside it and move, so a failure leaves no half file.
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(tr("Could not write %1: %2").arg(filePath, file.errorString()));
        }
        {
            QPdfWriter writer(&file);
            writer.setTitle(tr("New customer: %1").arg(m_draft.customer.customerInfo.name));
            QTextDocument document;
            document.setHtml(summaryHtml());
            document.print(&writer);
        }
        if (!file.commit()) {
            return fail(tr("Could not write %1: %2").arg(filePath, file.errorString()));
        }
        return true;
    }
    QByteArray bytes;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        bytes = CustomerSummary::toMarkdown(m_draft, QLocale(), profile).toUtf8();
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        bytes = summaryHtml().toUtf8();
    } else {
        return fail(tr("Choose a file ending in .pdf, .html or .md."));
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(tr("Could not write %1: %2").arg(filePath, file.errorString()));
    }
    return true;
}

void CustomerWizard::setUnsavedChangesAnswer(std::function<QMessageBox::StandardButton()> answer)
{
    m_unsavedAnswer = std::move(answer);
}

void CustomerWizard::saveDraftInteractive()
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

void CustomerWizard::saveDraftAsInteractive()
{
    const QString base
        = m_draft.customer.customerInfo.name.isEmpty() ? tr("customer draft") : m_draft.customer.customerInfo.name;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral(".onboarder-customer.json"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Customer Draft"), suggested, tr("Onboarder customer drafts (*.onboarder-customer.json *.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveDraft(path, &error)) {
        QMessageBox::warning(this, tr("Draft Not Saved"), error);
    }
}

void CustomerWizard::exportInteractive()
{
    const QString base
        = m_draft.customer.customerInfo.name.isEmpty() ? tr("customer summary") : m_draft.customer.customerInfo.name;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Customer Summary"), suggested, tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Failed"), error);
    }
}

bool CustomerWizard::confirmDiscard()
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
                                       tr("The customer has changes that are not saved. Save them as a draft?"),
                                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                       QMessageBox::Save);
    }
    if (answer == QMessageBox::Save) {
        saveDraftInteractive();
        return !m_modified;
    }
    return answer == QMessageBox::Discard;
}

void CustomerWizard::reject()
{
    if (confirmDiscard()) {
        QWizard::reject();
    }
}

void CustomerWizard::updateWindowTitle()
{
    QString title = tr("New Customer");
    if (!m_draftPath.isEmpty()) {
        title = tr("%1 – Customer Draft").arg(QFileInfo(m_draftPath).fileName());
    }
    setWindowTitle(m_modified ? title + QStringLiteral(" *") : title);
}

} // namespace onboarder::ui
