#include "ui/wizards/template/PrimarySettingsPage.h"

#include "ui_PrimarySettingsPage.h"

#include "model/Countries.h"
#include "model/Languages.h"
#include "ui/wizards/template/TemplateWizard.h"

#include <QLineEdit>

namespace onboarder::ui {

PrimarySettingsPage::PrimarySettingsPage(QWidget* parent)
    : TemplateWizardPage(parent)
    , m_ui(new Ui::PrimarySettingsPage)
{
    m_ui->setupUi(this);
    m_inferredLanguage = InferredChoice(m_ui->emailLanguageCombo);
    bindError(QStringLiteral("name"), m_ui->templateNameError);
    bindError(QStringLiteral("serviceProviderAdminPersonId"), m_ui->serviceProviderAdminError);
    bindError(QStringLiteral("serviceProviderAdminEmail"), m_ui->serviceProviderAdminError);
    bindError(QStringLiteral("countryCode"), m_ui->countryError);
    bindError(QStringLiteral("defaultEmailLanguage"), m_ui->emailLanguageError);
    bindError(QStringLiteral("wholesaleSubscriptionId"), m_ui->subscriptionError);

    fillLists();
    m_ui->subscriptionCombo->lineEdit()->setPlaceholderText(tr("Subscription ID, for example Sub-12345"));
    m_ui->subscriptionCombo->lineEdit()->setAccessibleName(tr("Wholesale subscription"));
    setPartnerAdmins({});

    connect(m_ui->templateNameEdit, &QLineEdit::textChanged, this, [this] { changed(QStringLiteral("name")); });
    auto adminChanged = [this] {
        changed(QStringLiteral("serviceProviderAdminPersonId"));
        changed(QStringLiteral("serviceProviderAdminEmail"));
    };
    connect(m_ui->serviceProviderAdminCombo, &QComboBox::currentIndexChanged, this, adminChanged);
    connect(m_ui->serviceProviderAdminCombo, &QComboBox::editTextChanged, this, adminChanged);
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString country = m_ui->countryCombo->currentData().toString();
        if (!isLoading()) {
            m_inferredLanguage.infer(
                country.isEmpty() ? QString() : model::Languages::defaultFor(country, model::Languages::Use::Email));
        }
        changed(QStringLiteral("countryCode"));
    });
    connect(m_ui->emailLanguageCombo, &QComboBox::currentIndexChanged, this, [this] {
        changed(QStringLiteral("defaultEmailLanguage"));
    });
    connect(m_ui->subscriptionCombo, &QComboBox::editTextChanged, this, [this] {
        changed(QStringLiteral("wholesaleSubscriptionId"));
    });
}

PrimarySettingsPage::~PrimarySettingsPage() = default;

void PrimarySettingsPage::fillLists()
{
    // Country and language names in the interface language, sorted with its collation; choices are kept by code.
    const QLocale locale;
    const QString country = m_ui->countryCombo->currentData().toString();
    const QString language = m_ui->emailLanguageCombo->currentData().toString();
    QSignalBlocker countryBlocker(m_ui->countryCombo);
    QSignalBlocker languageBlocker(m_ui->emailLanguageCombo);
    m_ui->countryCombo->clear();
    m_ui->countryCombo->addItem(tr("Choose a country or region…"), QString());
    for (const auto& c : model::Countries::all(locale)) {
        m_ui->countryCombo->addItem(c.name(locale), c.code);
    }
    m_ui->countryCombo->setCurrentIndex(qMax(0, m_ui->countryCombo->findData(country)));
    m_ui->emailLanguageCombo->clear();
    m_ui->emailLanguageCombo->addItem(tr("Choose a language…"), QString());
    for (const auto& [name, code] : model::Languages::choices(model::Languages::Use::Email, locale)) {
        m_ui->emailLanguageCombo->addItem(name, code);
    }
    int index = m_ui->emailLanguageCombo->findData(language);
    if (index < 0 && !language.isEmpty()) {
        m_ui->emailLanguageCombo->addItem(language, language); // a draft's language outside the list
        index = m_ui->emailLanguageCombo->count() - 1;
    }
    m_ui->emailLanguageCombo->setCurrentIndex(qMax(0, index));
}

void PrimarySettingsPage::retranslate()
{
    const QString subscription = m_ui->subscriptionCombo->currentText();
    m_ui->retranslateUi(this);
    m_ui->subscriptionCombo->setEditText(subscription);
    fillLists();
    m_ui->subscriptionCombo->lineEdit()->setPlaceholderText(tr("Subscription ID, for example Sub-12345"));
    m_ui->subscriptionCombo->lineEdit()->setAccessibleName(tr("Wholesale subscription"));
    if (m_adminsListed) {
        m_ui->serviceProviderAdminCombo->setItemText(0, tr("Choose an administrator…"));
    } else {
        const QString email = m_ui->serviceProviderAdminCombo->currentText();
        m_ui->serviceProviderAdminCombo->lineEdit()->setPlaceholderText(tr("admin@partner.example"));
        m_ui->serviceProviderAdminCombo->lineEdit()->setAccessibleName(tr("Service provider admin email"));
        m_ui->serviceProviderAdminCombo->setEditText(email);
    }
}

void PrimarySettingsPage::setPartnerAdmins(const QList<model::Person>& admins)
{
    const model::OnboardingTemplate current
        = templateWizard() ? templateWizard()->onboardingTemplate() : model::OnboardingTemplate();
    QSignalBlocker blocker(m_ui->serviceProviderAdminCombo);
    m_adminsListed = !admins.isEmpty();
    m_ui->serviceProviderAdminCombo->clear();
    m_ui->serviceProviderAdminCombo->setEditable(!m_adminsListed);
    m_ui->serviceProviderAdminHint->setVisible(!m_adminsListed);
    if (m_adminsListed) {
        m_ui->serviceProviderAdminCombo->addItem(tr("Choose an administrator…"));
        for (const model::Person& admin : admins) {
            const QString name = admin.displayName.isEmpty() ? admin.primaryEmail() : admin.displayName;
            m_ui->serviceProviderAdminCombo->addItem(QStringLiteral("%1 <%2>").arg(name, admin.primaryEmail()),
                                                     QStringList { admin.id, admin.primaryEmail() });
        }
    } else {
        m_ui->serviceProviderAdminCombo->lineEdit()->setPlaceholderText(tr("admin@partner.example"));
        // Editable combos get their own line edit; it needs its own accessible name.
        m_ui->serviceProviderAdminCombo->lineEdit()->setAccessibleName(tr("Service provider admin email"));
    }
    selectAdmin(current.serviceProviderAdminPersonId, current.serviceProviderAdminEmail);
}

void PrimarySettingsPage::setSubscriptions(const QStringList& subscriptions)
{
    const QString current = m_ui->subscriptionCombo->currentText();
    QSignalBlocker blocker(m_ui->subscriptionCombo);
    m_ui->subscriptionCombo->clear();
    m_ui->subscriptionCombo->addItems(subscriptions);
    m_ui->subscriptionCombo->setEditText(current);
}

void PrimarySettingsPage::selectAdmin(const QString& personId, const QString& email)
{
    if (!m_adminsListed) {
        m_ui->serviceProviderAdminCombo->setEditText(email.isEmpty() ? personId : email);
        return;
    }
    QComboBox* combo = m_ui->serviceProviderAdminCombo;
    for (int i = 1; i < combo->count(); ++i) {
        const QStringList data = combo->itemData(i).toStringList();
        // A draft saved without the directory carries the email in place of the person ID.
        if ((!personId.isEmpty()
             && (data.value(0) == personId || data.value(1).compare(personId, Qt::CaseInsensitive) == 0))
            || (!email.isEmpty() && data.value(1).compare(email, Qt::CaseInsensitive) == 0)) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    if (personId.isEmpty() && email.isEmpty()) {
        // The only administrator is the only answer; with several the user chooses.
        combo->setCurrentIndex(combo->count() == 2 ? 1 : 0);
        return;
    }
    // An administrator the list does not hold (another partner's draft): kept and shown rather than dropped.
    combo->addItem(email.isEmpty() ? personId : email, QStringList { personId, email });
    combo->setCurrentIndex(combo->count() - 1);
}

void PrimarySettingsPage::readFrom(const model::OnboardingTemplate& t)
{
    m_ui->templateNameEdit->setText(t.name);
    selectAdmin(t.serviceProviderAdminPersonId, t.serviceProviderAdminEmail);
    m_ui->countryCombo->setCurrentIndex(qMax(0, m_ui->countryCombo->findData(t.countryCode)));
    m_ui->emailLanguageCombo->setCurrentIndex(qMax(0, m_ui->emailLanguageCombo->findData(t.defaultEmailLanguage)));
    if (!t.defaultEmailLanguage.isEmpty() && m_ui->emailLanguageCombo->findData(t.defaultEmailLanguage) < 0) {
        // A draft may carry a language outside our list; keep it rather than lose it.
        m_ui->emailLanguageCombo->addItem(t.defaultEmailLanguage, t.defaultEmailLanguage);
        m_ui->emailLanguageCombo->setCurrentIndex(m_ui->emailLanguageCombo->count() - 1);
    }
    m_ui->subscriptionCombo->setEditText(t.wholesaleSubscriptionId);
}

void PrimarySettingsPage::writeTo(model::OnboardingTemplate& t) const
{
    t.name = m_ui->templateNameEdit->text().trimmed();
    if (m_adminsListed) {
        const QStringList data = m_ui->serviceProviderAdminCombo->currentData().toStringList();
        t.serviceProviderAdminPersonId = data.value(0);
        t.serviceProviderAdminEmail = data.value(1);
    } else {
        // No person ID without a directory: the email stands in for it until Partner Hub resolves it.
        const QString email = m_ui->serviceProviderAdminCombo->currentText().trimmed();
        t.serviceProviderAdminPersonId = email;
        t.serviceProviderAdminEmail = email;
    }
    t.countryCode = m_ui->countryCombo->currentData().toString();
    t.defaultEmailLanguage = m_ui->emailLanguageCombo->currentData().toString();
    t.wholesaleSubscriptionId = m_ui->subscriptionCombo->currentText().trimmed();
}

} // namespace onboarder::ui
