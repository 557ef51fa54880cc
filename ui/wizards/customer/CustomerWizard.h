#pragma once

#include "model/CustomerDraft.h"
#include "model/OnboardingTemplate.h"
#include "ui/wizards/DraftWizard.h"

#include <functional>

namespace onboarder::ui {

class CustomerWizardController;
class CustomerWizardPage;

// The new-customer wizard of Partner Hub: customer information with "located where Webex is supported" → packages
// and add-ons → headquarters location → summary with the precheck → Create. The wizard owns the customer plan being
// built (a CustomerDraft, which is also what Save Draft writes); pages write their widgets into it and validate with
// CustomerValidator. The controller does the network work; drafts, export and the unsaved-changes question are
// DraftWizard's.
class CustomerWizard : public DraftWizard
{
    Q_OBJECT

public:
    enum PageId { Page_Info, Page_Packages, Page_Headquarters, Page_Summary };

    // The controller is not owned.
    explicit CustomerWizard(CustomerWizardController* controller, QWidget* parent = nullptr);
    ~CustomerWizard() override;

    CustomerWizardController* controller() const;
    model::CustomerDraft draft() const;
    void setDraft(const model::CustomerDraft& draft);
    void updateDraft(const std::function<void(model::CustomerDraft&)>& change);
    // Starts from a template ("Create a customer with this template"): its Provisioning ID, and its country and
    // email language while the customer has none yet.
    void chooseTemplate(const model::OnboardingTemplate& onboardingTemplate);

    static QString stepName(int pageId);
    static int pageForStepName(const QString& step);

    // The summary as a document: Markdown (.md), HTML (.html) or PDF (.pdf), by the file's suffix.
    bool exportTo(const QString& filePath, QString* errorMessage = nullptr) override;
    QString summaryHtml() const;

signals:
    void draftChanged();
    void customerCreated(const onboarder::model::Customer& customer);

protected:
    void changeEvent(QEvent* event) override;
    Texts texts() const override;
    bool writeDraft(const QString& filePath, QString* errorMessage) override;
    int readDraft(const QString& filePath, QString* errorMessage) override;

private:
    void retranslate();

    CustomerWizardController* m_controller;
    model::CustomerDraft m_draft;
    QList<CustomerWizardPage*> m_pages;
};

} // namespace onboarder::ui
