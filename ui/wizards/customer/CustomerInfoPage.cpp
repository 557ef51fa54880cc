#include "ui/wizards/customer/CustomerInfoPage.h"

#include "ui_CustomerInfoPage.h"

#include "model/Countries.h"
#include "model/Languages.h"
#include "ui/wizards/customer/CustomerSummary.h"
#include "ui/wizards/customer/CustomerWizard.h"
#include "ui/wizards/customer/CustomerWizardController.h"

namespace onboarder::ui {

CustomerInfoPage::CustomerInfoPage(QWidget* parent)
    : CustomerWizardPage(parent)
    , m_ui(new Ui::CustomerInfoPage)
{
    m_ui->setupUi(this);
    m_inferredLanguage = InferredChoice(m_ui->languageCombo);
    m_inferredCountry = InferredChoice(m_ui->countryCombo);
    bindError(QStringLiteral("customerInfo.name"), m_ui->companyNameError);
    bindError(QStringLiteral("customerInfo.primaryEmail"), m_ui->adminEmailError);
    bindError(QStringLiteral("externalId"), m_ui->externalIdError);
    bindError(QStringLiteral("address.country"), m_ui->countryError);
    bindError(QStringLiteral("customerInfo.language"), m_ui->languageError);
    bindError(QStringLiteral("provisioningId"), m_ui->provisioningIdError);
    bindError(QStringLiteral("supportedLocation"), m_ui->supportedLocationError);
    m_ui->supportedLocationHint->setProperty("role", QStringLiteral("hint"));
    m_ui->adminEmailHint->setProperty("role", QStringLiteral("hint"));
    m_ui->provisioningIdHint->setProperty("role", QStringLiteral("hint"));
    m_ui->dataResidencyHint->setProperty("role", QStringLiteral("hint"));
    fillCountries();
    fillLanguages();
    retranslate();

    connect(
        m_ui->companyNameEdit, &QLineEdit::textChanged, this, [this] { changed(QStringLiteral("customerInfo.name")); });
    connect(m_ui->adminEmailEdit, &QLineEdit::textChanged, this, [this] {
        changed(QStringLiteral("customerInfo.primaryEmail"));
    });
    connect(m_ui->externalIdEdit, &QLineEdit::textChanged, this, [this] { changed(QStringLiteral("externalId")); });
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!isLoading()) {
            inferFromCountry();
        }
        changed(QStringLiteral("address.country"));
    });
    connect(m_ui->supportedLocationCheck, &QCheckBox::toggled, this, [this] {
        changed(QStringLiteral("supportedLocation"));
    });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        changed(QStringLiteral("customerInfo.language"));
    });
    connect(m_ui->templateCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_ui->templateCombo->itemData(index).toString();
        if (!id.isEmpty()) {
            m_ui->provisioningIdEdit->setText(id);
        }
    });
    connect(m_ui->provisioningIdEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // A pasted ID selects its template when the library knows it, else "pasted".
        const int known = m_ui->templateCombo->findData(text.trimmed());
        m_ui->templateCombo->setCurrentIndex(known > 0 ? known : 0);
        changed(QStringLiteral("provisioningId"));
    });
}

CustomerInfoPage::~CustomerInfoPage() = default;

void CustomerInfoPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->dataResidencyHint->setText(CustomerSummary::dataResidencyNote());
    if (m_ui->countryCombo->count() > 0) {
        // Country and language names in the new language, sorted by it; the choices stay.
        const QString country = m_ui->countryCombo->currentData().toString();
        const QString language = m_ui->languageCombo->currentData().toString();
        const QSignalBlocker countryBlocker(m_ui->countryCombo);
        const QSignalBlocker languageBlocker(m_ui->languageCombo);
        m_ui->countryCombo->clear();
        m_ui->languageCombo->clear();
        fillCountries();
        fillLanguages();
        m_ui->countryCombo->setCurrentIndex(qMax(0, m_ui->countryCombo->findData(country)));
        int languageIndex = m_ui->languageCombo->findData(language);
        if (languageIndex < 0 && !language.isEmpty()) {
            m_ui->languageCombo->addItem(language, language); // a draft's language outside the list stays
            languageIndex = m_ui->languageCombo->count() - 1;
        }
        m_ui->languageCombo->setCurrentIndex(qMax(0, languageIndex));
    }
    if (m_ui->templateCombo->count() > 0) {
        fillTemplates(); // each template's country in the new language
    }
}

model::FieldErrors CustomerInfoPage::localErrors(const model::CustomerDraft& draft) const
{
    if (draft.supportedLocationConfirmed) {
        return {};
    }
    return { model::FieldError { QStringLiteral("supportedLocation"),
                                 tr("Tick the box to confirm the customer's location before you continue."),
                                 QStringLiteral("customer.supportedLocation.required"),
                                 {} } };
}

void CustomerInfoPage::fillCountries()
{
    const QLocale locale;
    m_ui->countryCombo->addItem(tr("Choose a country or region…"), QString());
    for (const auto& country : model::Countries::all(locale)) {
        m_ui->countryCombo->addItem(country.name(locale), country.code);
    }
}

void CustomerInfoPage::fillLanguages()
{
    m_ui->languageCombo->addItem(tr("Choose a language…"), QString());
    for (const auto& [name, code] : model::Languages::choices(model::Languages::Use::Email, QLocale())) {
        m_ui->languageCombo->addItem(name, code);
    }
}

void CustomerInfoPage::fillTemplates()
{
    const QString current = m_ui->provisioningIdEdit->text().trimmed();
    QSignalBlocker blocker(m_ui->templateCombo);
    m_ui->templateCombo->clear();
    m_ui->templateCombo->addItem(tr("Pasted Provisioning ID"), QString());
    if (auto* w = customerWizard(); w && w->controller()) {
        for (const model::OnboardingTemplate& t : w->controller()->templates()) {
            if (t.provisioningId.isEmpty()) {
                continue; // a library entry still waiting for its ID cannot provision
            }
            const QString country = model::Countries::name(t.countryCode, QLocale());
            m_ui->templateCombo->addItem(country.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, country),
                                         t.provisioningId);
        }
    }
    const int known = m_ui->templateCombo->findData(current);
    m_ui->templateCombo->setCurrentIndex(known > 0 ? known : 0);
    if (!isLoading()) {
        inferQuietly([this] { inferFromCountry(); }); // the templates may arrive after the country was chosen
    }
}

void CustomerInfoPage::inferQuietly(const std::function<void()>& inference)
{
    if (auto* w = customerWizard()) {
        w->inferQuietly(inference);
    } else {
        inference();
    }
}

void CustomerInfoPage::inferFromCountry()
{
    const QString country = m_ui->countryCombo->currentData().toString();
    m_inferredLanguage.infer(country.isEmpty() ? QString()
                                               : model::Languages::defaultFor(country, model::Languages::Use::Email));
    QString provisioningId;
    if (auto* w = customerWizard(); w && w->controller() && !country.isEmpty()) {
        for (const model::OnboardingTemplate& t : w->controller()->templates()) {
            if (t.countryCode == country && !t.provisioningId.isEmpty()) {
                provisioningId = t.provisioningId;
                break;
            }
        }
    }
    const QString current = m_ui->provisioningIdEdit->text().trimmed();
    if (current.isEmpty() || current == m_inferredProvisioningId) {
        m_ui->provisioningIdEdit->setText(provisioningId);
        m_inferredProvisioningId = provisioningId;
    }
}

void CustomerInfoPage::chooseTemplate(const model::OnboardingTemplate& t)
{
    if (m_inferredCountry.showsInference()) {
        m_ui->countryCombo->setCurrentIndex(qMax(0, m_ui->countryCombo->findData(t.countryCode)));
        const int language = m_ui->languageCombo->findData(t.defaultEmailLanguage);
        if (language > 0) {
            m_ui->languageCombo->setCurrentIndex(language);
        }
    }
    m_ui->provisioningIdEdit->setText(t.provisioningId);
}

void CustomerInfoPage::initializePage()
{
    if (m_ui->countryCombo->currentData().toString().isEmpty()) {
        inferQuietly([this] { m_inferredCountry.infer(CustomerWizard::startingCountry()); });
    }
    fillTemplates();
    if (auto* w = customerWizard(); w && w->controller()) {
        connect(w->controller(),
                &CustomerWizardController::templatesChanged,
                this,
                &CustomerInfoPage::fillTemplates,
                Qt::UniqueConnection);
    }
}

void CustomerInfoPage::readFrom(const model::CustomerDraft& draft)
{
    const model::Customer& c = draft.customer;
    m_ui->companyNameEdit->setText(c.customerInfo.name);
    m_ui->adminEmailEdit->setText(c.customerInfo.primaryEmail);
    m_ui->externalIdEdit->setText(c.externalId);
    m_ui->countryCombo->setCurrentIndex(qMax(0, m_ui->countryCombo->findData(c.address.country)));
    int language = m_ui->languageCombo->findData(c.customerInfo.language);
    if (language < 0 && !c.customerInfo.language.isEmpty()) {
        // A draft may carry a language outside our list; keep it rather than lose it.
        m_ui->languageCombo->addItem(c.customerInfo.language, c.customerInfo.language);
        language = m_ui->languageCombo->count() - 1;
    }
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    m_ui->provisioningIdEdit->setText(c.provisioningId);
    m_ui->supportedLocationCheck->setChecked(draft.supportedLocationConfirmed);
}

void CustomerInfoPage::writeTo(model::CustomerDraft& draft) const
{
    model::Customer& c = draft.customer;
    c.customerInfo.name = m_ui->companyNameEdit->text().trimmed();
    c.customerInfo.primaryEmail = m_ui->adminEmailEdit->text().trimmed();
    c.externalId = m_ui->externalIdEdit->text().trimmed();
    c.address.country = m_ui->countryCombo->currentData().toString();
    c.customerInfo.language = m_ui->languageCombo->currentData().toString();
    c.provisioningId = m_ui->provisioningIdEdit->text().trimmed();
    draft.supportedLocationConfirmed = m_ui->supportedLocationCheck->isChecked();
    // The template's name travels with the draft for reviewers without the library.
    draft.templateName.clear();
    if (auto* w = customerWizard(); w && w->controller()) {
        for (const model::OnboardingTemplate& t : w->controller()->templates()) {
            if (!c.provisioningId.isEmpty() && t.provisioningId == c.provisioningId) {
                draft.templateName = t.name;
            }
        }
    }
}

} // namespace onboarder::ui
