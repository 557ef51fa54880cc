#include "ui/wizards/template/TemplateWizardPage.h"

#include "model/TemplateValidator.h"
#include "ui/wizards/template/TemplateWizard.h"

#include <QEvent>
#include <QLabel>

namespace onboarder::ui {

TemplateWizardPage::TemplateWizardPage(QWidget* parent)
    : QWizardPage(parent)
{
}

TemplateWizard* TemplateWizardPage::templateWizard() const
{
    return qobject_cast<TemplateWizard*>(wizard());
}

void TemplateWizardPage::bindError(const QString& path, QLabel* errorLabel)
{
    m_errorLabels.insert(path, errorLabel);
    errorLabel->setProperty("role", QStringLiteral("fieldError"));
    errorLabel->setWordWrap(true);
    errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop); // right under its field, however tall the row
    errorLabel->hide();
}

model::FieldErrors TemplateWizardPage::localErrors(const model::OnboardingTemplate&) const
{
    return {};
}

model::FieldErrors TemplateWizardPage::pageErrors() const
{
    model::OnboardingTemplate t;
    if (auto* w = templateWizard()) {
        t = w->onboardingTemplate();
    }
    writeTo(t);
    model::FieldErrors result;
    const model::FieldErrors all = model::TemplateValidator::validate(t) + localErrors(t);
    for (const model::FieldError& error : all) {
        if (m_errorLabels.contains(error.path)) {
            result.append(error);
        }
    }
    return result;
}

bool TemplateWizardPage::isComplete() const
{
    return pageErrors().isEmpty();
}

int TemplateWizardPage::nextId() const
{
    auto* w = templateWizard();
    if (w && w->isReturningToSummary() && w->currentPage() == this) {
        return TemplateWizard::Page_Summary;
    }
    return QWizardPage::nextId();
}

void TemplateWizardPage::changed(const QString& touchedPath)
{
    if (m_loading) {
        return;
    }
    if (!touchedPath.isEmpty()) {
        m_touched.insert(touchedPath);
    }
    if (auto* w = templateWizard()) {
        w->updateTemplate([this](model::OnboardingTemplate& t) { writeTo(t); });
    }
    refreshErrors();
    emit completeChanged();
}

void TemplateWizardPage::touchAll()
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        m_touched.insert(it.key());
    }
    refreshErrors();
}

void TemplateWizardPage::refreshErrors()
{
    const model::FieldErrors errors = pageErrors();
    QHash<QLabel*, QStringList> messages;
    for (const model::FieldError& error : errors) {
        if (m_touched.contains(error.path)) {
            messages[m_errorLabels.value(error.path)].append(error.message);
        }
    }
    for (QLabel* label : m_errorLabels) {
        const QStringList text = messages.value(label);
        label->setText(text.join(QLatin1Char('\n')));
        label->setVisible(!text.isEmpty());
    }
}

void TemplateWizardPage::pageShown()
{
}

void TemplateWizardPage::retranslate()
{
}

void TemplateWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool wasLoading = m_loading;
        m_loading = true; // refilled lists must not count as the user's changes
        retranslate();
        m_loading = wasLoading;
        refreshErrors();
    }
    QWizardPage::changeEvent(event);
}

bool TemplateWizardPage::isLoading() const
{
    return m_loading;
}

} // namespace onboarder::ui
