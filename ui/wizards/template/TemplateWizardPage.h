#pragma once

#include "model/FieldError.h"
#include "model/OnboardingTemplate.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QLabel;

namespace onboarder::ui {

class TemplateWizard;

// What every step of the template wizard shares: it writes its widgets into the wizard's template, checks the
// template with TemplateValidator and shows the messages for its own fields inline, each under its field. Next is
// enabled only when none of its fields has an error. A message appears once its field was touched (or a draft was
// opened), so a fresh page is not covered in red.
class TemplateWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TemplateWizardPage(QWidget* parent = nullptr);

    // Shows the template in the page's widgets.
    virtual void readFrom(const model::OnboardingTemplate& onboardingTemplate) = 0;
    // Writes the page's widgets into the template.
    virtual void writeTo(model::OnboardingTemplate& onboardingTemplate) const = 0;

    bool isComplete() const override;
    int nextId() const override;
    // The errors of this page's fields for the wizard's current template.
    model::FieldErrors pageErrors() const;
    // Shows the message of every field, touched or not.
    void touchAll();
    // Called each time the page becomes the current one (QWizard::IndependentPages calls initializePage() once).
    virtual void pageShown();

protected:
    TemplateWizard* templateWizard() const;
    // `path` is a FieldError path; its message goes to `errorLabel`.
    void bindError(const QString& path, QLabel* errorLabel);
    // Errors the validator does not know about, only meaningful on this page.
    virtual model::FieldErrors localErrors(const model::OnboardingTemplate& onboardingTemplate) const;
    // Connect widget changes here: writes into the template and refreshes the messages.
    void changed(const QString& touchedPath = {});
    void refreshErrors();
    bool isLoading() const;
    // Sets the page's texts again in the current language (QEvent::LanguageChange); the inline messages follow.
    virtual void retranslate();
    void changeEvent(QEvent* event) override;

private:
    QHash<QString, QLabel*> m_errorLabels;
    QSet<QString> m_touched;
    bool m_loading = false;
    friend class TemplateWizard;
};

} // namespace onboarder::ui
