#pragma once

#include "model/CustomerDraft.h"

#include <QMessageBox>
#include <QWizard>

#include <functional>

namespace onboarder::ui {

class CustomerWizardController;
class CustomerWizardPage;

// The new-customer wizard of Partner Hub: customer information → "located where Webex is supported" → packages and
// add-ons → headquarters location → summary with the precheck → Create. The wizard owns the customer plan being
// built (a CustomerDraft, which is also what Save Draft writes); pages write their widgets into it and validate with
// CustomerValidator. The controller does the network work.
class CustomerWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Page_Info, Page_SupportedLocation, Page_Packages, Page_Headquarters, Page_Summary };

    // The controller is not owned.
    explicit CustomerWizard(CustomerWizardController* controller, QWidget* parent = nullptr);
    ~CustomerWizard() override;

    CustomerWizardController* controller() const;
    model::CustomerDraft draft() const;
    void setDraft(const model::CustomerDraft& draft);
    void updateDraft(const std::function<void(model::CustomerDraft&)>& change);

    // Back to a page from the summary; Next there returns straight to the summary.
    void editPage(int pageId);
    bool isReturningToSummary() const;
    void advanceTo(int pageId);
    static QString stepName(int pageId);
    static int pageForStepName(const QString& step);

    bool saveDraft(const QString& filePath, QString* errorMessage = nullptr);
    bool openDraft(const QString& filePath, QString* errorMessage = nullptr);
    QString draftPath() const;
    bool isModified() const;
    // The summary as a document: Markdown (.md), HTML (.html) or PDF (.pdf), by the file's suffix.
    bool exportTo(const QString& filePath, QString* errorMessage = nullptr);
    QString summaryHtml() const;

    void setUnsavedChangesAnswer(std::function<QMessageBox::StandardButton()> answer);

signals:
    void draftChanged();
    void customerCreated(const onboarder::model::Customer& customer);

public slots:
    void saveDraftInteractive();
    void saveDraftAsInteractive();
    void exportInteractive();
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    bool confirmDiscard();
    void onCurrentIdChanged(int id);
    void updateWindowTitle();
    void retranslate();

    CustomerWizardController* m_controller;
    model::CustomerDraft m_draft;
    QList<CustomerWizardPage*> m_pages;
    bool m_returnToSummary = false;
    bool m_modified = false;
    QString m_draftPath;
    std::function<QMessageBox::StandardButton()> m_unsavedAnswer;
};

} // namespace onboarder::ui
