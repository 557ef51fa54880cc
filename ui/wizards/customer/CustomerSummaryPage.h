#pragma once

#include "api/ApiError.h"
#include "ui/wizards/customer/CustomerWizardPage.h"

#include <QScopedPointer>
#include <QTimer>

class QLabel;

namespace Ui {
class CustomerSummaryPage;
}

namespace onboarder::ui {

// Step 5: every setting by section with an Edit button, the precheck's result next to each field, and Create.
// The precheck runs when the page is shown (and again on request); Create is enabled only after a clean precheck,
// or when the operator ticks "Create anyway" with the API's objections on screen. Create is two-pass: the first
// Finish starts the controller's create and stays on the page; success accepts the wizard, a failure is shown
// inline with its support text and a Copy button. Optionally a users file: once the customer is provisioned, Configure
// Customer opens with its users imported and checked, to be added there.
class CustomerSummaryPage : public CustomerWizardPage
{
    Q_OBJECT

public:
    explicit CustomerSummaryPage(QWidget* parent = nullptr);
    ~CustomerSummaryPage() override;

    void readFrom(const model::CustomerDraft& draft) override;
    void writeTo(model::CustomerDraft& draft) const override;
    void initializePage() override;
    void pageShown() override;
    bool isComplete() const override;
    bool validatePage() override;

    void runPrecheck();
    // The users file named for after the create (empty when none).
    QString usersFile() const;
    // Rebuilds the sections and the per-field results.
    void refresh();

protected:
    void retranslate() override;

private:
    void onPrecheckFinished();
    void onBusyChanged(bool busy);
    void onCreated(const model::Customer& customer);
    void onCreateFailed(const api::ApiError& error);
    void browseUsersFile();
    // Reads the named users file and says what it holds; false when a file is named and cannot be used.
    bool checkUsersFile();

    const QScopedPointer<Ui::CustomerSummaryPage> m_ui;
    bool m_connected = false;
    bool m_creating = false;
    bool m_created = false;
    bool m_usersFileUsable = true;
    QTimer m_usersFileCheck;
};

} // namespace onboarder::ui
