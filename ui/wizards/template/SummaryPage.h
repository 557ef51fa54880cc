#pragma once

#include "api/ApiError.h"
#include "ui/wizards/template/TemplateWizardPage.h"

#include <QScopedPointer>

#include <optional>

namespace Ui {
class SummaryPage;
}

namespace onboarder::ui {

// Step 6: every setting grouped by section, each with an Edit button back to its page, the validation status, and
// Submit. Submit is two-pass (reference qt-style-anchors §2): the first Finish starts the controller's submit and
// stays on the page with a progress bar; when the controller reports success the wizard is accepted, and a failure
// shows the error's support text inline with a Copy button. For the local library the page also takes the
// Provisioning ID Partner Hub issued.
class SummaryPage : public TemplateWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget* parent = nullptr);
    ~SummaryPage() override;

    void readFrom(const model::OnboardingTemplate& onboardingTemplate) override;
    void writeTo(model::OnboardingTemplate& onboardingTemplate) const override;
    void initializePage() override;
    void pageShown() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Rebuilds the sections from the wizard's template.
    void refresh();

protected:
    void retranslate() override;

private:
    void onSubmitted(const model::OnboardingTemplate& created);
    void onSubmitFailed(const api::ApiError& error);
    void setSubmitting(bool submitting);

    const QScopedPointer<Ui::SummaryPage> m_ui;
    bool m_connected = false;
    bool m_submitted = false;
    std::optional<model::OnboardingTemplate> m_failedTemplate; // what the last refused submit sent
};

} // namespace onboarder::ui
