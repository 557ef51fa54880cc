#include "ui/wizards/DraftWizard.h"

#include "ui/wizards/WizardNavigation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace onboarder::ui {

namespace {
QString suggestedPath(const QString& baseName, const QString& suffix)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(baseName + suffix);
}
} // namespace

DraftWizard::DraftWizard(int summaryPageId, QWidget* parent)
    : QWizard(parent)
    , m_summaryPageId(summaryPageId)
    , m_saveAction(new QAction(this))
    , m_saveAsAction(new QAction(this))
{
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveDraftButton"));
    button(QWizard::CustomButton1)->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("exportButton"));
    button(QWizard::CustomButton2)->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            saveDraftInteractive();
        } else if (which == QWizard::CustomButton2) {
            exportInteractive();
        }
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &DraftWizard::saveDraftInteractive);
    addAction(m_saveAction);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &DraftWizard::saveDraftAsInteractive);
    addAction(m_saveAsAction);
    connect(this, &QWizard::currentIdChanged, this, &DraftWizard::onCurrentIdChanged);
}

bool DraftWizard::saveDraft(const QString& filePath, QString* errorMessage)
{
    if (!writeDraft(filePath, errorMessage)) {
        return false;
    }
    m_draftPath = filePath;
    m_modified = false;
    updateWindowTitle();
    return true;
}

bool DraftWizard::openDraft(const QString& filePath, QString* errorMessage)
{
    const int pageId = readDraft(filePath, errorMessage);
    if (pageId == -1) {
        return false;
    }
    if (currentId() == -1) {
        restart();
    }
    advanceTo(pageId);
    m_draftPath = filePath;
    m_modified = false;
    updateWindowTitle();
    return true;
}

QString DraftWizard::draftPath() const
{
    return m_draftPath;
}

bool DraftWizard::isModified() const
{
    return m_modified;
}

void DraftWizard::editPage(int pageId)
{
    if (!visitedIds().contains(pageId)) {
        return;
    }
    // QWizard has no jump; going back through the history keeps it consistent, and nextId() of the edited page
    // then leads straight back to the summary.
    m_returnToSummary = pageId != m_summaryPageId;
    WizardNavigation::backTo(this, pageId);
}

bool DraftWizard::isReturningToSummary() const
{
    return m_returnToSummary;
}

int DraftWizard::summaryPageId() const
{
    return m_summaryPageId;
}

void DraftWizard::advanceTo(int pageId)
{
    WizardNavigation::advanceTo(this, pageId);
}

void DraftWizard::setUnsavedChangesAnswer(std::function<QMessageBox::StandardButton()> answer)
{
    m_unsavedAnswer = std::move(answer);
}

void DraftWizard::onCurrentIdChanged(int id)
{
    if (id == m_summaryPageId) {
        m_returnToSummary = false;
    }
    // The commit step (Create, Submit) is reached only on purpose: there Return in a text field presses no button,
    // elsewhere it is Next. The dialog's main default stays Next, hidden on the commit step, so a push button losing
    // the focus hands the default back to Next and never to the commit button.
    const bool commitStep = id == m_summaryPageId;
    setOption(QWizard::NoDefaultButton, commitStep);
    if (auto* nextButton = qobject_cast<QPushButton*>(button(QWizard::NextButton))) {
        nextButton->setDefault(true);
        if (commitStep) {
            nextButton->setDefault(false);
        } else if (QApplication::focusWidget() == nextButton) {
            focusFirstInput(); // QWizard focuses Next when it left a page without a default button
        }
    }
    if (auto* page = qobject_cast<ValidatedWizardPage*>(this->page(id))) {
        page->pageShown();
    }
    if (!commitStep) {
        focusFirstEmptyInput(); // what the user has to fill in next, not what was inferred
    }
}

namespace {
bool isEmptyInput(const QWidget* w)
{
    if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
        return !edit->isReadOnly() && edit->text().trimmed().isEmpty();
    }
    if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
        return combo->isEditable() ? combo->currentText().trimmed().isEmpty()
                                   : combo->currentData().isNull() || combo->currentData().toString().isEmpty();
    }
    if (const auto* check = qobject_cast<const QCheckBox*>(w)) {
        return !check->isChecked();
    }
    return false;
}
} // namespace

void DraftWizard::focusFirstEmptyInput()
{
    QWizardPage* current = currentPage();
    if (!current) {
        return;
    }
    // In the page's tab order; the first input when every field has a value.
    QWidget* first = nullptr;
    QWidget* w = current;
    while ((w = w->nextInFocusChain()) != current) {
        if (!current->isAncestorOf(w) || !w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        // A combo box's own line edit is the combo box's.
        QWidget* input = qobject_cast<QComboBox*>(w->parentWidget()) ? w->parentWidget() : w;
        if (!first) {
            first = input;
        }
        if (isEmptyInput(input)) {
            input->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (first) {
        first->setFocus(Qt::TabFocusReason);
    }
}

void DraftWizard::focusFirstInput()
{
    const QWizardPage* current = currentPage();
    if (!current) {
        return;
    }
    for (QWidget* w : current->findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void DraftWizard::markModified()
{
    m_modified = true;
    updateWindowTitle();
}

QAction* DraftWizard::saveAction() const
{
    return m_saveAction;
}

QAction* DraftWizard::saveAsAction() const
{
    return m_saveAsAction;
}

void DraftWizard::saveDraftInteractive()
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

void DraftWizard::saveDraftAsInteractive()
{
    const Texts t = texts();
    const QString path = QFileDialog::getSaveFileName(
        this, t.saveDialogTitle, suggestedPath(t.draftBaseName, t.draftSuffix), t.draftFilter);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveDraft(path, &error)) {
        QMessageBox::warning(this, tr("Draft Not Saved"), error);
    }
}

void DraftWizard::exportInteractive()
{
    const Texts t = texts();
    const QString path = QFileDialog::getSaveFileName(
        this, t.exportDialogTitle, suggestedPath(t.exportBaseName, QStringLiteral(".pdf")), t.exportFilter);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Failed"), error);
    }
}

bool DraftWizard::confirmDiscard()
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
                                       texts().unsavedQuestion,
                                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                       QMessageBox::Save);
    }
    if (answer == QMessageBox::Save) {
        saveDraftInteractive();
        return !m_modified;
    }
    return answer == QMessageBox::Discard;
}

void DraftWizard::reject()
{
    if (confirmDiscard()) {
        QWizard::reject();
    }
}

void DraftWizard::updateWindowTitle()
{
    const Texts t = texts();
    const QString title = m_draftPath.isEmpty() ? t.newTitle : t.draftTitle.arg(QFileInfo(m_draftPath).fileName());
    setWindowTitle(m_modified ? title + QStringLiteral(" *") : title);
}

} // namespace onboarder::ui
