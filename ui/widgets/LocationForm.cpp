#include "ui/widgets/LocationForm.h"

#include "ui_LocationForm.h"

#include "model/Countries.h"
#include "model/Languages.h"
#include "model/LocationValidator.h"
#include "model/TimeZones.h"

#include <QEvent>
#include <QRegularExpression>

namespace onboarder::ui {

namespace {
const QString kEmergencyPrefix = QStringLiteral("Emergency location identifier: ");
const QString kEmergencyPath = QStringLiteral("emergencyLocationIdentifier");
} // namespace

LocationForm::LocationForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::LocationForm)
{
    m_ui->setupUi(this);
    m_errorLabels = { { QStringLiteral("name"), m_ui->locationNameError },
                      { QStringLiteral("address.country"), m_ui->locationCountryError },
                      { QStringLiteral("address.address1"), m_ui->address1Error },
                      { QStringLiteral("address.address2"), m_ui->address2Error },
                      { QStringLiteral("address.city"), m_ui->cityError },
                      { QStringLiteral("address.state"), m_ui->stateError },
                      { QStringLiteral("address.postalCode"), m_ui->postalCodeError },
                      { QStringLiteral("timeZone"), m_ui->timeZoneError },
                      { QStringLiteral("preferredLanguage"), m_ui->locationLanguageError },
                      { QStringLiteral("announcementLanguage"), m_ui->locationLanguageError },
                      { kEmergencyPath, m_ui->emergencyIdError } };
    for (QLabel* label : m_errorLabels) {
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->hide();
    }
    retranslateUi();

    auto watch = [this](QLineEdit* edit, const QString& path) {
        connect(edit, &QLineEdit::textChanged, this, [this, path] { touch(path); });
    };
    watch(m_ui->locationNameEdit, QStringLiteral("name"));
    watch(m_ui->address1Edit, QStringLiteral("address.address1"));
    watch(m_ui->address2Edit, QStringLiteral("address.address2"));
    watch(m_ui->cityEdit, QStringLiteral("address.city"));
    watch(m_ui->stateEdit, QStringLiteral("address.state"));
    watch(m_ui->postalCodeEdit, QStringLiteral("address.postalCode"));
    watch(m_ui->emergencyIdEdit, kEmergencyPath);
    connect(m_ui->locationCountryCombo, &QComboBox::currentIndexChanged, this, [this] {
        onCountryChanged();
        touch(QStringLiteral("address.country"));
    });
    connect(m_ui->timeZoneCombo, &QComboBox::currentIndexChanged, this, [this] { touch(QStringLiteral("timeZone")); });
    connect(m_ui->locationLanguageCombo, &QComboBox::currentIndexChanged, this, [this] {
        touch(QStringLiteral("preferredLanguage"));
    });
    refreshErrors();
}

LocationForm::~LocationForm() = default;

void LocationForm::retranslateUi()
{
    const QString country = m_ui->locationCountryCombo->currentData().toString();
    const QString timeZone = m_ui->timeZoneCombo->currentData().toString();
    const QString language = m_ui->locationLanguageCombo->currentData().toString();
    m_ui->retranslateUi(this);
    const QLocale locale;
    {
        QSignalBlocker blocker(m_ui->locationCountryCombo);
        m_ui->locationCountryCombo->clear();
        m_ui->locationCountryCombo->addItem(tr("Choose a country or region…"), QString());
        for (const auto& entry : model::Countries::all(locale)) {
            m_ui->locationCountryCombo->addItem(entry.name(locale), entry.code);
        }
        m_ui->locationCountryCombo->setCurrentIndex(qMax(0, m_ui->locationCountryCombo->findData(country)));
    }
    {
        QSignalBlocker blocker(m_ui->locationLanguageCombo);
        m_ui->locationLanguageCombo->clear();
        m_ui->locationLanguageCombo->addItem(tr("Choose a language…"), QString());
        // The calling location's phones and announcements: the model's one list, as the calling API writes it.
        for (const auto& [name, code] : model::Languages::choices(model::Languages::Use::Announcement, locale)) {
            m_ui->locationLanguageCombo->addItem(name, code);
        }
        m_ui->locationLanguageCombo->setCurrentIndex(qMax(0, m_ui->locationLanguageCombo->findData(language)));
    }
    onCountryChanged();
    m_ui->timeZoneCombo->setCurrentIndex(qMax(0, m_ui->timeZoneCombo->findData(timeZone)));
    refreshErrors();
}

void LocationForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LocationForm::setDefaultCountry(const QString& countryCode)
{
    m_ui->locationCountryCombo->setCurrentIndex(qMax(0, m_ui->locationCountryCombo->findData(countryCode)));
    m_touched.remove(QStringLiteral("address.country"));
    refreshErrors();
}

void LocationForm::onCountryChanged()
{
    // The address in the country's own terms: what the region field is called and what a postal code looks like.
    const QString country = m_ui->locationCountryCombo->currentData().toString();
    if (country == QLatin1String("US")) {
        m_ui->stateEditLabel->setText(tr("&State:"));
        m_ui->postalCodeEditLabel->setText(tr("ZI&P code:"));
    } else if (country == QLatin1String("CA") || country == QLatin1String("AU")) {
        m_ui->stateEditLabel->setText(tr("Pro&vince or territory:"));
        m_ui->postalCodeEditLabel->setText(tr("&Postal code:"));
    } else {
        m_ui->stateEditLabel->setText(tr("R&egion or county:"));
        m_ui->postalCodeEditLabel->setText(tr("&Postal code:"));
    }
    static const QHash<QString, QPair<const char*, const char*>> examples = {
        { QStringLiteral("SE"), { "Skåne", "211 20" } },
        { QStringLiteral("NO"), { "Oslo", "0151" } },
        { QStringLiteral("DK"), { "Hovedstaden", "1050" } },
        { QStringLiteral("FI"), { "Uusimaa", "00100" } },
        { QStringLiteral("DE"), { "Berlin", "10117" } },
        { QStringLiteral("FR"), { "Île-de-France", "75004" } },
        { QStringLiteral("GB"), { "Greater London", "SW1A 1AA" } },
        { QStringLiteral("US"), { "CA", "95035" } },
        { QStringLiteral("CA"), { "ON", "M5H 1K4" } },
    };
    const auto example = examples.value(country);
    m_ui->stateEdit->setPlaceholderText(example.first ? tr("For example: %1").arg(QString::fromUtf8(example.first))
                                                      : QString());
    m_ui->postalCodeEdit->setPlaceholderText(
        example.second ? tr("For example: %1").arg(QString::fromUtf8(example.second)) : QString());
    fillTimeZones(country);
    emit changed();
}

void LocationForm::fillTimeZones(const QString& countryCode)
{
    const QString current = m_ui->timeZoneCombo->currentData().toString();
    QStringList zones = model::TimeZones::forCountry(countryCode);
    if (zones.isEmpty()) {
        zones = model::TimeZones::all();
    }
    QSignalBlocker blocker(m_ui->timeZoneCombo);
    m_ui->timeZoneCombo->clear();
    m_ui->timeZoneCombo->addItem(tr("Choose a time zone…"), QString());
    for (const QString& zone : zones) {
        m_ui->timeZoneCombo->addItem(zone, zone);
    }
    int index = m_ui->timeZoneCombo->findData(current);
    if (index < 0 && zones.size() == 1) {
        index = 1; // a country with one zone needs no choice
    }
    m_ui->timeZoneCombo->setCurrentIndex(qMax(0, index));
}

model::Location LocationForm::location() const
{
    model::Location location;
    location.name = m_ui->locationNameEdit->text().trimmed();
    location.timeZone = m_ui->timeZoneCombo->currentData().toString();
    location.preferredLanguage = m_ui->locationLanguageCombo->currentData().toString();
    location.announcementLanguage = location.preferredLanguage;
    location.address.line1 = m_ui->address1Edit->text().trimmed();
    location.address.line2 = m_ui->address2Edit->text().trimmed();
    location.address.city = m_ui->cityEdit->text().trimmed();
    location.address.stateOrProvince = m_ui->stateEdit->text().trimmed();
    location.address.postalCode = m_ui->postalCodeEdit->text().trimmed();
    location.address.country = m_ui->locationCountryCombo->currentData().toString();
    const QString emergency = m_ui->emergencyIdEdit->text().trimmed();
    if (!emergency.isEmpty()) {
        location.notes = kEmergencyPrefix + emergency;
    }
    return location;
}

QString LocationForm::emergencyIdFromNotes(const QString& notes)
{
    return notes.startsWith(kEmergencyPrefix) ? notes.mid(kEmergencyPrefix.size()).trimmed() : QString();
}

model::FieldErrors LocationForm::errors() const
{
    model::FieldErrors errors = model::LocationValidator::validateCreate(location());
    // A SIP header value: printable ASCII without spaces.
    static const QRegularExpression sipToken(QStringLiteral("^[!-~]+$"));
    const QString emergency = m_ui->emergencyIdEdit->text().trimmed();
    if (!emergency.isEmpty() && !sipToken.match(emergency).hasMatch()) {
        errors.append({ kEmergencyPath,
                        tr("Use letters, digits and punctuation without spaces, as in a SIP header."),
                        QStringLiteral("location.emergencyId.invalid"),
                        {} });
    }
    return errors;
}

bool LocationForm::isValid() const
{
    return errors().isEmpty();
}

void LocationForm::touchAll()
{
    m_allTouched = true;
    refreshErrors();
}

void LocationForm::clear()
{
    for (QLineEdit* edit : { m_ui->locationNameEdit,
                             m_ui->address1Edit,
                             m_ui->address2Edit,
                             m_ui->cityEdit,
                             m_ui->stateEdit,
                             m_ui->postalCodeEdit,
                             m_ui->emergencyIdEdit }) {
        edit->clear();
    }
    m_touched.clear();
    m_allTouched = false;
    refreshErrors();
}

void LocationForm::touch(const QString& path)
{
    m_touched.insert(path);
    if (path == QLatin1String("preferredLanguage")) {
        m_touched.insert(QStringLiteral("announcementLanguage"));
    }
    refreshErrors();
    emit changed();
}

void LocationForm::refreshErrors()
{
    QHash<QLabel*, QStringList> messages;
    for (const model::FieldError& error : errors()) {
        QLabel* label = m_errorLabels.value(error.path);
        if (label && (m_allTouched || m_touched.contains(error.path))
            && !messages.value(label).contains(error.message)) {
            messages[label].append(error.message);
        }
    }
    for (QLabel* label : m_errorLabels) {
        const QString text = messages.value(label).join(QLatin1Char(' '));
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
}

} // namespace onboarder::ui
