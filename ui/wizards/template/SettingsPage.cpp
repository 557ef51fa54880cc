#include "ui/wizards/template/SettingsPage.h"

#include "ui_SettingsPage.h"

#include "model/Languages.h"
#include "model/TimeZones.h"
#include "ui/wizards/template/TemplateWizard.h"

#include <QLabel>

namespace onboarder::ui {

SettingsPage::SettingsPage(QWidget* parent)
    : TemplateWizardPage(parent)
    , m_ui(new Ui::SettingsPage)
{
    m_ui->setupUi(this);
    m_inferredZone = InferredChoice(m_ui->timeZoneCombo);
    m_inferredLanguage = InferredChoice(m_ui->announcementLanguageCombo);
    bindError(QStringLiteral("emailSettings.supportEmail"), m_ui->supportEmailError);
    bindError(QStringLiteral("callSettings.defaultTimezone"), m_ui->timeZoneError);
    bindError(QStringLiteral("callSettings.defaultAnnouncementLanguage"), m_ui->announcementLanguageError);
    // The two groups are separate forms: one label width for both keeps their fields in one column.
    const QList<QLabel*> formLabels { m_ui->supportEmailEditLabel,
                                      m_ui->timeZoneComboLabel,
                                      m_ui->announcementLanguageComboLabel };
    int labelWidth = 0;
    for (const QLabel* label : formLabels) {
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    }
    for (QLabel* label : formLabels) {
        label->setMinimumWidth(labelWidth);
    }

    fillAnnouncementLanguages();
    fillTimeZones(QString());

    connect(m_ui->allowAdminInviteCheck, &QCheckBox::toggled, this, [this] { changed(); });
    connect(m_ui->sendWelcomeEmailCheck, &QCheckBox::toggled, this, [this] { changed(); });
    connect(m_ui->supportEmailEdit, &QLineEdit::textChanged, this, [this] {
        changed(QStringLiteral("emailSettings.supportEmail"));
    });
    connect(m_ui->timeZoneCombo, &QComboBox::currentIndexChanged, this, [this] {
        changed(QStringLiteral("callSettings.defaultTimezone"));
    });
    connect(m_ui->announcementLanguageCombo, &QComboBox::currentIndexChanged, this, [this] {
        changed(QStringLiteral("callSettings.defaultAnnouncementLanguage"));
    });
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::pageShown()
{
    // The zones of the template's country come first: that is almost always the one wanted. The country also gives
    // the default zone and announcement language, until the user chooses others.
    if (auto* w = templateWizard()) {
        const QString country = w->onboardingTemplate().countryCode;
        fillTimeZones(country);
        m_inferredZone.infer(model::TimeZones::defaultForCountry(country));
        m_inferredLanguage.infer(
            country.isEmpty() ? QString() : model::Languages::defaultFor(country, model::Languages::Use::Announcement));
    }
}

void SettingsPage::fillAnnouncementLanguages()
{
    // Names follow the interface language (QLocale::setDefault); the chosen code stays chosen.
    const QString current = m_ui->announcementLanguageCombo->currentData().toString();
    QSignalBlocker blocker(m_ui->announcementLanguageCombo);
    m_ui->announcementLanguageCombo->clear();
    const QLocale locale;
    m_ui->announcementLanguageCombo->addItem(tr("No default"), QString());
    for (const auto& [name, code] : model::Languages::choices(model::Languages::Use::Announcement, locale)) {
        m_ui->announcementLanguageCombo->addItem(name, code);
    }
    int index = m_ui->announcementLanguageCombo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_ui->announcementLanguageCombo->addItem(current, current);
        index = m_ui->announcementLanguageCombo->count() - 1;
    }
    m_ui->announcementLanguageCombo->setCurrentIndex(qMax(0, index));
}

void SettingsPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillAnnouncementLanguages();
    m_ui->timeZoneCombo->setItemText(0, tr("No default"));
}

void SettingsPage::fillTimeZones(const QString& countryCode)
{
    if (countryCode == m_zonesCountry) {
        return;
    }
    m_zonesCountry = countryCode;
    const QString current = m_ui->timeZoneCombo->currentData().toString();
    QSignalBlocker blocker(m_ui->timeZoneCombo);
    m_ui->timeZoneCombo->clear();
    m_ui->timeZoneCombo->addItem(tr("No default"), QString());
    const QStringList local = countryCode.isEmpty() ? QStringList() : model::TimeZones::forCountry(countryCode);
    for (const QString& zone : local) {
        m_ui->timeZoneCombo->addItem(zone, zone);
    }
    if (!local.isEmpty()) {
        m_ui->timeZoneCombo->insertSeparator(m_ui->timeZoneCombo->count());
    }
    for (const QString& zone : model::TimeZones::all()) {
        if (!local.contains(zone)) {
            m_ui->timeZoneCombo->addItem(zone, zone);
        }
    }
    m_ui->timeZoneCombo->setCurrentIndex(qMax(0, m_ui->timeZoneCombo->findData(current)));
}

void SettingsPage::readFrom(const model::OnboardingTemplate& t)
{
    m_ui->allowAdminInviteCheck->setChecked(t.commonSettings.allowAdminInviteEmailsOnAttach);
    m_ui->sendWelcomeEmailCheck->setChecked(t.emailSettings.sendWelcomeEmailToAdmin);
    m_ui->supportEmailEdit->setText(t.emailSettings.supportEmail);
    fillTimeZones(t.countryCode);
    int zone = m_ui->timeZoneCombo->findData(t.callSettings.defaultTimezone);
    if (zone < 0 && !t.callSettings.defaultTimezone.isEmpty()) {
        // Keep an unknown zone visible so the validator can say what is wrong with it.
        m_ui->timeZoneCombo->addItem(t.callSettings.defaultTimezone, t.callSettings.defaultTimezone);
        zone = m_ui->timeZoneCombo->count() - 1;
    }
    m_ui->timeZoneCombo->setCurrentIndex(qMax(0, zone));
    int language = m_ui->announcementLanguageCombo->findData(t.callSettings.defaultAnnouncementLanguage);
    if (language < 0 && !t.callSettings.defaultAnnouncementLanguage.isEmpty()) {
        m_ui->announcementLanguageCombo->addItem(t.callSettings.defaultAnnouncementLanguage,
                                                 t.callSettings.defaultAnnouncementLanguage);
        language = m_ui->announcementLanguageCombo->count() - 1;
    }
    m_ui->announcementLanguageCombo->setCurrentIndex(qMax(0, language));
}

void SettingsPage::writeTo(model::OnboardingTemplate& t) const
{
    t.commonSettings.allowAdminInviteEmailsOnAttach = m_ui->allowAdminInviteCheck->isChecked();
    t.emailSettings.sendWelcomeEmailToAdmin = m_ui->sendWelcomeEmailCheck->isChecked();
    t.emailSettings.supportEmail = m_ui->supportEmailEdit->text().trimmed();
    t.callSettings.defaultTimezone = m_ui->timeZoneCombo->currentData().toString();
    t.callSettings.defaultAnnouncementLanguage = m_ui->announcementLanguageCombo->currentData().toString();
}

} // namespace onboarder::ui
