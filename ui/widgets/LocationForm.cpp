#include "ui/widgets/LocationForm.h"

#include "ui_LocationForm.h"

#include "model/AddressRequirements.h"
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
    connect(m_ui->locationNameEdit, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });
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
    fillLanguages();
    {
        QSignalBlocker blocker(m_ui->locationLanguageCombo);
        m_ui->locationLanguageCombo->setCurrentIndex(qMax(0, m_ui->locationLanguageCombo->findData(language)));
    }
    if (!m_nameLabel.isEmpty()) {
        m_ui->locationNameEditLabel->setText(m_nameLabel);
    }
    if (!m_emergencyIdHint.isEmpty()) {
        m_ui->emergencyIdHint->setText(m_emergencyIdHint);
    }
    if (!m_nameTyped && !m_defaultName.isEmpty()) {
        QSignalBlocker blocker(m_ui->locationNameEdit);
        m_ui->locationNameEdit->setText(m_defaultName);
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

void LocationForm::setCountryLocked(const QString& countryCode)
{
    if (m_ui->locationCountryCombo->currentData().toString() != countryCode) {
        setDefaultCountry(countryCode);
    }
    m_ui->locationCountryCombo->setEnabled(false);
    m_ui->locationCountryCombo->setToolTip(tr("The customer's country, chosen on the first page."));
}

void LocationForm::setDefaultLanguage(const QString& languageCode)
{
    m_defaultLanguage = languageCode;
    if (m_ui->locationLanguageCombo->currentData().toString().isEmpty()) {
        const int index = m_ui->locationLanguageCombo->findData(languageCode);
        if (index > 0) {
            QSignalBlocker blocker(m_ui->locationLanguageCombo);
            m_ui->locationLanguageCombo->setCurrentIndex(index);
            refreshErrors();
            emit changed();
        }
    }
}

void LocationForm::setDefaultName(const QString& name)
{
    m_defaultName = name;
    if (!m_nameTyped && m_ui->locationNameEdit->text() != name) {
        QSignalBlocker blocker(m_ui->locationNameEdit);
        m_ui->locationNameEdit->setText(name);
        refreshErrors();
        emit changed();
    }
}

void LocationForm::setNameLabel(const QString& text)
{
    m_nameLabel = text;
    m_ui->locationNameEditLabel->setText(text);
}

void LocationForm::setEmergencyIdHint(const QString& text)
{
    m_emergencyIdHint = text;
    m_ui->emergencyIdHint->setText(text);
}

void LocationForm::setLocation(const model::Location& location)
{
    const QSignalBlocker blockers[] = { QSignalBlocker(m_ui->locationNameEdit), QSignalBlocker(m_ui->address1Edit),
                                        QSignalBlocker(m_ui->address2Edit),     QSignalBlocker(m_ui->cityEdit),
                                        QSignalBlocker(m_ui->stateEdit),        QSignalBlocker(m_ui->postalCodeEdit),
                                        QSignalBlocker(m_ui->emergencyIdEdit) };
    m_ui->locationNameEdit->setText(location.name);
    m_nameTyped = !location.name.isEmpty();
    m_ui->address1Edit->setText(location.address.line1);
    m_ui->address2Edit->setText(location.address.line2);
    m_ui->cityEdit->setText(location.address.city);
    m_ui->stateEdit->setText(location.address.stateOrProvince);
    m_ui->postalCodeEdit->setText(location.address.postalCode);
    m_ui->emergencyIdEdit->setText(emergencyIdFromNotes(location.notes));
    if (m_ui->locationCountryCombo->isEnabled()
        && m_ui->locationCountryCombo->currentData().toString() != location.address.country) {
        QSignalBlocker blocker(m_ui->locationCountryCombo);
        m_ui->locationCountryCombo->setCurrentIndex(
            qMax(0, m_ui->locationCountryCombo->findData(location.address.country)));
        onCountryChanged();
    }
    {
        QSignalBlocker blocker(m_ui->timeZoneCombo);
        if (!location.timeZone.isEmpty() && m_ui->timeZoneCombo->findData(location.timeZone) < 0) {
            m_ui->timeZoneCombo->addItem(location.timeZone, location.timeZone); // a draft's zone stays visible
        }
        const int zone = m_ui->timeZoneCombo->findData(location.timeZone);
        if (zone >= 0) {
            m_ui->timeZoneCombo->setCurrentIndex(zone);
        }
    }
    {
        QSignalBlocker blocker(m_ui->locationLanguageCombo);
        const QString& language = location.preferredLanguage;
        if (!language.isEmpty() && m_ui->locationLanguageCombo->findData(language) < 0) {
            m_ui->locationLanguageCombo->addItem(language, language); // kept rather than lost
        }
        m_ui->locationLanguageCombo->setCurrentIndex(qMax(0, m_ui->locationLanguageCombo->findData(language)));
    }
    refreshErrors();
}

void LocationForm::setValidating(bool validating)
{
    m_validating = validating;
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->setStyleSheet(validating ? QStringLiteral("color: #b00020;") : QString());
        if (!validating) {
            label->setProperty("role", QStringLiteral("fieldError"));
        }
    }
    refreshErrors();
}

QLabel* LocationForm::errorLabel(const QString& path) const
{
    return m_errorLabels.value(path);
}

void LocationForm::fillLanguages()
{
    QSignalBlocker blocker(m_ui->locationLanguageCombo);
    m_ui->locationLanguageCombo->clear();
    m_ui->locationLanguageCombo->addItem(tr("Choose a language…"), QString());
    // The calling location's phones and announcements: the model's one list, as the calling API writes it.
    for (const auto& [name, code] : model::Languages::choices(model::Languages::Use::Announcement, QLocale())) {
        m_ui->locationLanguageCombo->addItem(name, code);
    }
}

void LocationForm::placePostalCode(bool beforeCity)
{
    QFormLayout* form = m_ui->locationFormFields;
    int postalRow = -1;
    int cityRow = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(m_ui->postalCodeEdit, &postalRow, &role);
    form->getWidgetPosition(m_ui->cityEdit, &cityRow, &role);
    if ((postalRow < cityRow) != beforeCity) {
        // The postal code row and its message row move as a pair.
        const QFormLayout::TakeRowResult field = form->takeRow(postalRow);
        const QFormLayout::TakeRowResult error = form->takeRow(postalRow);
        int target = 0;
        if (beforeCity) {
            form->getWidgetPosition(m_ui->cityEdit, &target, &role);
        } else {
            form->getWidgetPosition(m_ui->stateError, &target, &role);
            ++target;
        }
        form->insertRow(target, field.labelItem->widget(), field.fieldItem->widget());
        form->insertRow(target + 1, static_cast<QWidget*>(nullptr), error.fieldItem->widget());
        delete field.labelItem;
        delete field.fieldItem;
        delete error.fieldItem;
    }
    // Tab follows the rows as they are shown.
    if (beforeCity) {
        setTabOrder(m_ui->address2Edit, m_ui->postalCodeEdit);
        setTabOrder(m_ui->postalCodeEdit, m_ui->cityEdit);
        setTabOrder(m_ui->cityEdit, m_ui->stateEdit);
        setTabOrder(m_ui->stateEdit, m_ui->timeZoneCombo);
    } else {
        setTabOrder(m_ui->address2Edit, m_ui->cityEdit);
        setTabOrder(m_ui->cityEdit, m_ui->stateEdit);
        setTabOrder(m_ui->stateEdit, m_ui->postalCodeEdit);
        setTabOrder(m_ui->postalCodeEdit, m_ui->timeZoneCombo);
    }
}

void LocationForm::onCountryChanged()
{
    // The address in the country's own terms: what the region field is called, whether it and the postal code are
    // needed, where the postal code stands and what it looks like.
    const QString country = m_ui->locationCountryCombo->currentData().toString();
    const bool needsState = model::AddressRequirements::needsStateOrProvince(country);
    const bool needsPostal = model::AddressRequirements::needsPostalCode(country);
    if (country == QLatin1String("US")) {
        m_ui->stateEditLabel->setText(tr("&State:"));
    } else if (country == QLatin1String("CA")) {
        m_ui->stateEditLabel->setText(tr("Pro&vince:"));
    } else if (country == QLatin1String("AU")) {
        m_ui->stateEditLabel->setText(tr("&State or territory:"));
    } else {
        m_ui->stateEditLabel->setText(needsState ? tr("R&egion:") : tr("R&egion or county (optional):"));
    }
    if (country == QLatin1String("US")) {
        m_ui->postalCodeEditLabel->setText(tr("ZI&P code:"));
    } else {
        m_ui->postalCodeEditLabel->setText(needsPostal || country.isEmpty() ? tr("&Postal code:")
                                                                            : tr("&Postal code (optional):"));
    }
    // North American and Australian addresses end with "City, ST 12345"; most others put the code first.
    placePostalCode(country != QLatin1String("US") && country != QLatin1String("CA") && country != QLatin1String("AU"));
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
    if (m_ui->locationLanguageCombo->currentData().toString().isEmpty()) {
        const QString language = m_defaultLanguage.isEmpty()
            ? model::Languages::defaultFor(country, model::Languages::Use::Announcement)
            : m_defaultLanguage;
        QSignalBlocker blocker(m_ui->locationLanguageCombo);
        m_ui->locationLanguageCombo->setCurrentIndex(qMax(0, m_ui->locationLanguageCombo->findData(language)));
    }
    emit changed();
}

void LocationForm::fillTimeZones(const QString& countryCode)
{
    const QString current = m_ui->timeZoneCombo->currentData().toString();
    QStringList zones = model::TimeZones::forCountry(countryCode);
    if (zones.isEmpty()) {
        zones = model::TimeZones::all();
    }
    const QLocale locale;
    QSignalBlocker blocker(m_ui->timeZoneCombo);
    m_ui->timeZoneCombo->clear();
    m_ui->timeZoneCombo->addItem(tr("Choose a time zone…"), QString());
    for (const QString& zone : zones) {
        // The identifier first, so typing it still finds the zone.
        m_ui->timeZoneCombo->addItem(QStringLiteral("%1 – %2").arg(zone, model::TimeZones::displayName(zone, locale)),
                                     zone);
    }
    int index = current.isEmpty() ? -1 : m_ui->timeZoneCombo->findData(current);
    if (index < 0) {
        // The country's only zone or its capital's, until the user chooses another.
        index = m_ui->timeZoneCombo->findData(model::TimeZones::defaultForCountry(countryCode));
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

QString LocationForm::notesWithEmergencyId(const QString& emergencyId)
{
    return kEmergencyPrefix + emergencyId;
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
    m_nameTyped = false;
    if (!m_defaultName.isEmpty()) {
        QSignalBlocker blocker(m_ui->locationNameEdit);
        m_ui->locationNameEdit->setText(m_defaultName);
    }
    refreshErrors();
}

void LocationForm::touch(const QString& path)
{
    m_touched.insert(path);
    if (path == QLatin1String("preferredLanguage")) {
        m_touched.insert(QStringLiteral("announcementLanguage"));
    }
    refreshErrors();
    emit fieldEdited(path);
    emit changed();
}

void LocationForm::refreshErrors()
{
    if (!m_validating) {
        return; // the host's messages stand in the labels
    }
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
