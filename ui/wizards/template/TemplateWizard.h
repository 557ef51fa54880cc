#pragma once

#include "jobs/TemplateSummary.h"
#include "model/OnboardingTemplate.h"
#include "model/Person.h"

#include <QMessageBox>
#include <QWizard>

#include <functional>

namespace onboarder::ui {

class AuthenticationPage;
class OfferTypePage;
class PrimarySettingsPage;
class SettingsPage;
class SummaryPage;
class TemplateWizardController;
class TemplateWizardPage;
class WholesaleCallingPage;

// The onboarding template wizard of Partner Hub (reference §7.2), one page per step. The wizard owns the template
// being built; pages write their widgets into it on every change and validate with TemplateValidator. Submitting,
// loading the partner's admins and everything else that talks to the network is done by the controller.
class TemplateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Page_OfferType,
        Page_PrimarySettings,
        Page_WholesaleCalling,
        Page_Authentication,
        Page_Settings,
        Page_Summary,
    };

    // The controller is not owned; it decides whether Submit goes to the sandbox or to the template library.
    explicit TemplateWizard(TemplateWizardController* controller, QWidget* parent = nullptr);
    ~TemplateWizard() override;

    TemplateWizardController* controller() const;
    model::OnboardingTemplate onboardingTemplate() const;
    // Replaces the whole template (a draft being opened) and shows it on every page.
    void setOnboardingTemplate(const model::OnboardingTemplate& onboardingTemplate);
    // Called by pages when their widgets changed.
    void updateTemplate(const std::function<void(model::OnboardingTemplate&)>& change);

    // Jumps back to the page of a summary section; Next on that page then returns straight to the summary.
    void editSection(jobs::TemplateSummary::Section section);
    bool isReturningToSummary() const;
    static int pageForSection(jobs::TemplateSummary::Section section);

    // Advances page by page while each page is complete, up to `pageId` (opening a draft at its step).
    void advanceTo(int pageId);
    static QString stepName(int pageId);
    static int pageForStepName(const QString& step);

    // Drafts. The path is remembered, so Save writes to the same file again.
    bool saveDraft(const QString& filePath, QString* errorMessage = nullptr);
    bool openDraft(const QString& filePath, QString* errorMessage = nullptr);
    QString draftPath() const;
    bool isModified() const;

    // Exports of the summary (the same document for PDF, HTML, Markdown and the printout).
    jobs::TemplateSummary::Context summaryContext() const;
    bool exportTo(const QString& filePath, QString* errorMessage = nullptr);

    // Test seam: answers the unsaved-changes question instead of a message box.
    void setUnsavedChangesAnswer(std::function<QMessageBox::StandardButton()> answer);

signals:
    void templateChanged();
    void templateSubmitted(const onboarder::model::OnboardingTemplate& onboardingTemplate);

public slots:
    void saveDraftInteractive();
    void saveDraftAsInteractive();
    void exportInteractive();
    void printInteractive();
    // Asks about unsaved changes first (QDialog routes the window's close button here too).
    void reject() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void restoreWindowGeometry();
    void retranslate();
    bool confirmDiscard();
    void onCurrentIdChanged(int id);
    void updateWindowTitle();

    TemplateWizardController* m_controller;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    model::OnboardingTemplate m_template;
    QList<TemplateWizardPage*> m_pages;
    bool m_returnToSummary = false;
    bool m_modified = false;
    bool m_loading = false;
    QString m_draftPath;
    QString m_notes; // a draft's reviewer notes, kept across save
    std::function<QMessageBox::StandardButton()> m_unsavedAnswer;
};

} // namespace onboarder::ui
