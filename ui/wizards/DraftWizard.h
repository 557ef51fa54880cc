#pragma once

#include "ui/wizards/ValidatedWizardPage.h"

#include <QMessageBox>
#include <QWizard>

#include <functional>

class QAction;

namespace onboarder::ui {

// What the template and customer wizards share around their document: the draft file it was opened from or saved
// to, whether it changed since, the window title that says both, the unsaved-changes question on close, Save Draft
// (As) and Export with their file dialogs, Next on a page edited from the summary leading back to the summary, and
// the commit button on the summary that neither Next nor Return reaches.
class DraftWizard : public QWizard
{
    Q_OBJECT

public:
    // Drafts. The path is remembered, so Save writes to the same file again.
    bool saveDraft(const QString& filePath, QString* errorMessage = nullptr);
    bool openDraft(const QString& filePath, QString* errorMessage = nullptr);
    QString draftPath() const;
    bool isModified() const;
    // The summary as a document: PDF, HTML or Markdown, by the file's suffix.
    virtual bool exportTo(const QString& filePath, QString* errorMessage = nullptr) = 0;

    // Back to a visited page from the summary; Next there returns straight to the summary.
    void editPage(int pageId);
    bool isReturningToSummary() const;
    int summaryPageId() const;
    // Advances page by page while each page is complete, up to `pageId` (opening a draft at its step).
    void advanceTo(int pageId);

    // Test seam: answers the unsaved-changes question instead of a message box.
    void setUnsavedChangesAnswer(std::function<QMessageBox::StandardButton()> answer);

public slots:
    void saveDraftInteractive();
    void saveDraftAsInteractive();
    void exportInteractive();
    // Asks about unsaved changes first (QDialog routes the window's close button here too).
    void reject() override;

protected:
    // The texts and file names that differ between the wizards, asked for each time so they follow the language.
    struct Texts
    {
        QString newTitle; // the window title before the first save
        QString draftTitle; // the window title of a saved draft; %1 is its file name
        QString unsavedQuestion;
        QString draftBaseName; // suggested file names, without suffix
        QString draftSuffix;
        QString saveDialogTitle;
        QString draftFilter;
        QString exportBaseName;
        QString exportDialogTitle;
        QString exportFilter;
    };

    // Adds Save Draft and Export as the first two custom buttons (the subclass sets their texts) and the Save and
    // Save As shortcuts.
    DraftWizard(int summaryPageId, QWidget* parent);

    virtual Texts texts() const = 0;
    // Writes the document as a draft file.
    virtual bool writeDraft(const QString& filePath, QString* errorMessage) = 0;
    // Shows a draft file on the pages; returns the page to open it at, or -1 when it could not be read.
    virtual int readDraft(const QString& filePath, QString* errorMessage) = 0;

    // Called when the document changed.
    void markModified();
    void updateWindowTitle();
    QAction* saveAction() const;
    QAction* saveAsAction() const;

    // Shows a whole document (a draft being opened) on the pages, then reads it back: a page may normalise what it
    // shows (a value outside its list stays as it was). Every field's message is shown.
    template <typename Page, typename Document>
    void showOnPages(const QList<Page*>& pages, Document& document)
    {
        for (Page* page : pages) {
            static_cast<ValidatedWizardPage*>(page)->m_loading = true;
            page->readFrom(document);
            static_cast<ValidatedWizardPage*>(page)->m_loading = false;
        }
        for (Page* page : pages) {
            page->writeTo(document);
            page->touchAll();
            emit page->completeChanged();
        }
    }

private:
    bool confirmDiscard();
    void focusFirstInput();
    // Puts the focus in the current page's first field without a value, so the user types at once.
    void focusFirstEmptyInput();
    void onCurrentIdChanged(int id);

    int m_summaryPageId;
    QAction* m_saveAction;
    QAction* m_saveAsAction;
    bool m_returnToSummary = false;
    bool m_modified = false;
    QString m_draftPath;
    std::function<QMessageBox::StandardButton()> m_unsavedAnswer;
};

} // namespace onboarder::ui
