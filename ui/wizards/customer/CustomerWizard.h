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

    // Where a new customer starts: the country of the last customer created here, else the desktop's region; empty
    // when neither is a country Webex offers.
    static QString startingCountry();
    // Remembered for startingCountry (each created customer's country is).
    static void rememberCountry(const QString& countryCode);
    // Runs an inference (values that follow from others, not typed): the draft changes, but is not marked modified,
    // so a wizard the user has not touched closes without asking.
    void inferQuietly(const std::function<void()>& inference);

    static QString stepName(int pageId);
    static int pageForStepName(const QString& step);

    // The summary as a document: Markdown (.md), HTML (.html) or PDF (.pdf), by the file's suffix.
    bool exportTo(const QString& filePath, QString* errorMessage = nullptr) override;
    QString summaryHtml() const;

signals:
    void draftChanged();
    void customerCreated(const onboarder::model::Customer& customer);
    // After customerCreated, when the summary named a users file: the users to import and check in Configure
    // Customer once the customer is provisioned.
    void usersToAddChosen(const QString& customerId, const QString& usersFile);

protected:
    void changeEvent(QEvent* event) override;
    Texts texts() const override;
    bool writeDraft(const QString& filePath, QString* errorMessage) override;
    int readDraft(const QString& filePath, QString* errorMessage) override;

private:
    void retranslate();

    CustomerWizardController* m_controller;
    model::CustomerDraft m_draft;
    bool m_inferring = false;
    QList<CustomerWizardPage*> m_pages;
};

} // namespace onboarder::ui
