#include "ui/wizards/ValidatedWizardPage.h"

#include "ui/wizards/DraftWizard.h"

#include <QEvent>
#include <QHash>
#include <QLabel>

namespace onboarder::ui {

ValidatedWizardPage::ValidatedWizardPage(int options, QWidget* parent)
    : QWizardPage(parent)
    , m_options(options)
{
}

void ValidatedWizardPage::bindError(const QString& path, QLabel* errorLabel)
{
    m_errorLabels.append({ path, errorLabel });
    errorLabel->setProperty("role", QStringLiteral("fieldError"));
    errorLabel->setWordWrap(true);
    errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop); // right under its field, however tall the row
    errorLabel->hide();
}

QLabel* ValidatedWizardPage::labelFor(const QString& path) const
{
    // The longest bound prefix wins, so "address.city" can have its own label beside a catch-all "address".
    QLabel* best = nullptr;
    int bestLength = -1;
    for (const auto& [bound, label] : m_errorLabels) {
        const bool matches = path == bound
            || ((m_options & MatchSubPaths) && path.startsWith(bound)
                && (path.at(bound.size()) == QLatin1Char('.') || path.at(bound.size()) == QLatin1Char('[')));
        if (matches && bound.size() > bestLength) {
            best = label;
            bestLength = static_cast<int>(bound.size());
        }
    }
    return best;
}

model::FieldErrors ValidatedWizardPage::pageErrors() const
{
    model::FieldErrors result;
    const model::FieldErrors all = documentErrors();
    for (const model::FieldError& error : all) {
        if (labelFor(error.path)) {
            result.append(error);
        }
    }
    return result;
}

bool ValidatedWizardPage::isComplete() const
{
    return pageErrors().isEmpty();
}

int ValidatedWizardPage::nextId() const
{
    auto* w = qobject_cast<DraftWizard*>(wizard());
    // The summary itself never leads anywhere: that would put Next, and the commit behind it, on the commit step.
    if (w && w->isReturningToSummary() && w->currentPage() == this && w->currentId() != w->summaryPageId()) {
        return w->summaryPageId();
    }
    return QWizardPage::nextId();
}

void ValidatedWizardPage::changed(const QString& touchedPath)
{
    if (m_loading) {
        return;
    }
    if (!touchedPath.isEmpty()) {
        if (QLabel* label = labelFor(touchedPath)) {
            m_touched.insert(label);
        }
    }
    storeInWizard();
    refreshErrors();
    emit completeChanged();
}

void ValidatedWizardPage::touchAll()
{
    for (const auto& entry : std::as_const(m_errorLabels)) {
        m_touched.insert(entry.second);
    }
    refreshErrors();
}

void ValidatedWizardPage::refreshErrors()
{
    const model::FieldErrors errors = pageErrors();
    QHash<QLabel*, QStringList> messages;
    for (const model::FieldError& error : errors) {
        QLabel* label = labelFor(error.path);
        if (m_touched.contains(label) && !messages[label].contains(error.message)) {
            messages[label].append(error.message);
        }
    }
    for (const auto& entry : std::as_const(m_errorLabels)) {
        const QStringList text = messages.value(entry.second);
        entry.second->setText(text.join(QLatin1Char('\n')));
        entry.second->setVisible(!text.isEmpty());
    }
}

void ValidatedWizardPage::pageShown()
{
}

bool ValidatedWizardPage::isLoading() const
{
    return m_loading;
}

void ValidatedWizardPage::retranslate()
{
}

void ValidatedWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool wasLoading = m_loading;
        if (m_options & QuietRetranslate) {
            m_loading = true; // refilled lists must not count as the user's changes
        }
        retranslate();
        m_loading = wasLoading;
        refreshErrors();
    }
    QWizardPage::changeEvent(event);
}

} // namespace onboarder::ui
