#pragma once

#include "jobs/TemplateSummary.h"
#include "model/OnboardingTemplate.h"
#include "model/Person.h"
#include "ui/wizards/DraftWizard.h"

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
// loading the partner's admins and everything else that talks to the network is done by the controller. Drafts,
// export and the unsaved-changes question are DraftWizard's.
class TemplateWizard : public DraftWizard
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
    static int pageForSection(jobs::TemplateSummary::Section section);
    static QString stepName(int pageId);
    static int pageForStepName(const QString& step);

    // Exports of the summary (the same document for PDF, HTML, Markdown and the printout).
    jobs::TemplateSummary::Context summaryContext() const;
    bool exportTo(const QString& filePath, QString* errorMessage = nullptr) override;

signals:
    void templateChanged();
    void templateSubmitted(const onboarder::model::OnboardingTemplate& onboardingTemplate);

public slots:
    void printInteractive();
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    Texts texts() const override;
    bool writeDraft(const QString& filePath, QString* errorMessage) override;
    int readDraft(const QString& filePath, QString* errorMessage) override;

private:
    void restoreWindowGeometry();
    void retranslate();

    TemplateWizardController* m_controller;
    model::OnboardingTemplate m_template;
    QList<TemplateWizardPage*> m_pages;
    QString m_notes; // a draft's reviewer notes, kept across save
};

} // namespace onboarder::ui
