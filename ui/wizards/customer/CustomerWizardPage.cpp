#include "ui/wizards/customer/CustomerWizardPage.h"

#include "model/CustomerValidator.h"
#include "ui/wizards/customer/CustomerWizard.h"

#include <QEvent>
#include <QLabel>

namespace onboarder::ui {

CustomerWizardPage::CustomerWizardPage(QWidget* parent)
    : QWizardPage(parent)
{
}

CustomerWizard* CustomerWizardPage::customerWizard() const
{
    return qobject_cast<CustomerWizard*>(wizard());
}

void CustomerWizardPage::bindError(const QString& path, QLabel* errorLabel)
{
    m_errorLabels.append({ path, errorLabel });
    errorLabel->setProperty("role", QStringLiteral("fieldError"));
    errorLabel->setWordWrap(true);
    errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    errorLabel->hide();
}

QLabel* CustomerWizardPage::labelFor(const QString& path) const
{
    // The longest bound prefix wins, so "address.city" can have its own label beside a catch-all "address".
    QLabel* best = nullptr;
    int bestLength = -1;
    for (const auto& [bound, label] : m_errorLabels) {
        const bool matches = path == bound
            || (path.startsWith(bound)
                && (path.at(bound.size()) == QLatin1Char('.') || path.at(bound.size()) == QLatin1Char('[')));
        if (matches && bound.size() > bestLength) {
            best = label;
            bestLength = static_cast<int>(bound.size());
        }
    }
    return best;
}

model::FieldErrors CustomerWizardPage::localErrors(const model::CustomerDraft&) const
{
    return {};
}

model::FieldErrors CustomerWizardPage::pageErrors() const
{
    model::CustomerDraft draft;
    if (auto* w = customerWizard()) {
        draft = w->draft();
    }
    writeTo(draft);
    model::FieldErrors result;
    const model::FieldErrors all = model::CustomerValidator::validateProvision(draft.customer) + localErrors(draft);
    for (const model::FieldError& error : all) {
        // The wizard copies the billing address into the calling location: the same problem would show twice.
        if (error.path.startsWith(QLatin1String("provisioningParameters.calling.location.address"))) {
            continue;
        }
        if (labelFor(error.path)) {
            result.append(error);
        }
    }
    return result;
}

bool CustomerWizardPage::isComplete() const
{
    return pageErrors().isEmpty();
}

int CustomerWizardPage::nextId() const
{
    auto* w = customerWizard();
    if (w && w->isReturningToSummary() && w->currentPage() == this) {
        return CustomerWizard::Page_Summary;
    }
    return QWizardPage::nextId();
}

void CustomerWizardPage::changed(const QString& touchedPath)
{
    if (m_loading) {
        return;
    }
    if (!touchedPath.isEmpty()) {
        if (QLabel* label = labelFor(touchedPath)) {
            m_touched.insert(label);
        }
    }
    if (auto* w = customerWizard()) {
        w->updateDraft([this](model::CustomerDraft& d) { writeTo(d); });
    }
    refreshErrors();
    emit completeChanged();
}

void CustomerWizardPage::touchAll()
{
    for (const auto& entry : std::as_const(m_errorLabels)) {
        m_touched.insert(entry.second);
    }
    refreshErrors();
}

void CustomerWizardPage::refreshErrors()
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

void CustomerWizardPage::pageShown()
{
}

bool CustomerWizardPage::isLoading() const
{
    return m_loading;
}

void CustomerWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshErrors();
    }
    QWizardPage::changeEvent(event);
}

void CustomerWizardPage::retranslate()
{
}

} // namespace onboarder::ui
