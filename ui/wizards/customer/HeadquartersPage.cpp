#include "ui/wizards/customer/HeadquartersPage.h"

#include "ui_HeadquartersPage.h"

#include "model/AddressRequirements.h"
#include "model/Countries.h"
#include "model/Languages.h"
#include "model/TimeZones.h"
#include "ui/wizards/customer/CustomerWizard.h"

#include <QCollator>

namespace onboarder::ui {

namespace {
const QString kLocation = QStringLiteral("provisioningParameters.calling.location");

bool writesPostalCodeAfterCity(const QString& country)
{
    // North American and Australian addresses end with "City, ST 12345"; most others put the code first.
    return country == QLatin1String("US") || country == QLatin1String("CA") || country == QLatin1String("AU");
}
} // namespace

HeadquartersPage::HeadquartersPage(QWidget* parent)
    : CustomerWizardPage(parent)
    , m_ui(new Ui::HeadquartersPage)
{
    m_ui->setupUi(this);
    bindError(kLocation + QStringLiteral(".name"), m_ui->locationNameError);
    bindError(QStringLiteral("address.addressLine1"), m_ui->addressLine1Error);
    bindError(QStringLiteral("address.addressLine2"), m_ui->addressLine2Error);
    bindError(QStringLiteral("address.city"), m_ui->cityError);
    bindError(QStringLiteral("address.stateOrProvince"), m_ui->stateError);
    bindError(QStringLiteral("address.zipOrPostalCode"), m_ui->postalCodeError);
    bindError(QStringLiteral("address"), m_ui->addressError);
    bindError(kLocation + QStringLiteral(".timezone"), m_ui->timeZoneError);
    bindError(QStringLiteral("provisioningParameters.meetings.timezone"), m_ui->timeZoneError);
    bindError(kLocation + QStringLiteral(".language"), m_ui->announcementLanguageError);
    bindError(kLocation + QStringLiteral(".emergencyLocationIdentifier"), m_ui->elinError);
    bindError(kLocation, m_ui->locationError);
    fillLanguages(QString());
    retranslate();

    auto on = [this](QLineEdit* edit, const QString& path) {
        connect(edit, &QLineEdit::textChanged, this, [this, path] { changed(path); });
    };
    on(m_ui->locationNameEdit, kLocation + QStringLiteral(".name"));
    on(m_ui->addressLine1Edit, QStringLiteral("address.addressLine1"));
    on(m_ui->addressLine2Edit, QStringLiteral("address.addressLine2"));
    on(m_ui->cityEdit, QStringLiteral("address.city"));
    on(m_ui->stateEdit, QStringLiteral("address.stateOrProvince"));
    on(m_ui->postalCodeEdit, QStringLiteral("address.zipOrPostalCode"));
    on(m_ui->elinEdit, kLocation + QStringLiteral(".emergencyLocationIdentifier"));
    connect(m_ui->timeZoneCombo, &QComboBox::currentIndexChanged, this, [this] {
        changed(kLocation + QStringLiteral(".timezone"));
    });
    connect(m_ui->announcementLanguageCombo, &QComboBox::currentIndexChanged, this, [this] {
        changed(kLocation + QStringLiteral(".language"));
    });
}

HeadquartersPage::~HeadquartersPage() = default;

void HeadquartersPage::retranslate()
{
    m_ui->retranslateUi(this);
    if (m_ui->timeZoneCombo->count() > 0 && m_ui->timeZoneCombo->itemData(0).toString().isEmpty()) {
        m_ui->timeZoneCombo->setItemText(0, tr("Choose a time zone…"));
    }
    if (m_ui->announcementLanguageCombo->count() > 0) {
        m_ui->announcementLanguageCombo->setItemText(0, tr("Choose a language…"));
    }
    applyCountry(m_country);
}

model::FieldErrors HeadquartersPage::localErrors(const model::CustomerDraft& draft) const
{
    model::FieldErrors errors;
    if (draft.customer.ordersCalling() && draft.customer.callingLocation.name.isEmpty()) {
        // The validator reports a missing location as a whole; name the field here.
        errors.append({ kLocation + QStringLiteral(".name"),
                        tr("Enter a name for the headquarters location."),
                        QStringLiteral("required"),
                        {} });
    }
    return errors;
}

void HeadquartersPage::placePostalCode(bool beforeCity)
{
    QFormLayout* form = m_ui->hqForm;
    int postalRow = -1;
    int cityRow = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(m_ui->postalCodeEdit, &postalRow, &role);
    form->getWidgetPosition(m_ui->cityEdit, &cityRow, &role);
    if ((postalRow < cityRow) == beforeCity) {
        return;
    }
    // Move the postal code row and its error row as a pair.
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

void HeadquartersPage::applyCountry(const QString& code)
{
    m_country = code;
    const QString name = model::Countries::name(code, QLocale());
    m_ui->countryValue->setText(name.isEmpty() ? tr("Choose the country on the first page.") : name);
    const bool needsState = model::AddressRequirements::needsStateOrProvince(code);
    const bool needsPostal = model::AddressRequirements::needsPostalCode(code);
    QString state;
    if (code == QLatin1String("US")) {
        state = tr("&State:");
    } else if (code == QLatin1String("CA")) {
        state = tr("P&rovince:");
    } else if (code == QLatin1String("AU")) {
        state = tr("&State or territory:");
    } else {
        state = tr("State or &region (optional):");
    }
    m_ui->stateEditLabel->setText(needsState || code.isEmpty() ? state : state);
    QString postal = code == QLatin1String("US") ? tr("&ZIP code:") : tr("&Postal code:");
    if (!needsPostal) {
        postal = tr("&Postal code (optional):");
    }
    m_ui->postalCodeEditLabel->setText(postal);
    placePostalCode(!writesPostalCodeAfterCity(code));
}

void HeadquartersPage::fillTimeZones(const QString& countryCode, const QString& selected)
{
    QSignalBlocker blocker(m_ui->timeZoneCombo);
    m_ui->timeZoneCombo->clear();
    const QStringList zones = model::TimeZones::forCountry(countryCode);
    const QLocale locale;
    if (zones.size() != 1) {
        m_ui->timeZoneCombo->addItem(tr("Choose a time zone…"), QString());
    }
    for (const QString& zone : zones) {
        m_ui->timeZoneCombo->addItem(QStringLiteral("%1 – %2").arg(zone, model::TimeZones::displayName(zone, locale)),
                                     zone);
    }
    if (!selected.isEmpty() && m_ui->timeZoneCombo->findData(selected) < 0) {
        m_ui->timeZoneCombo->addItem(selected, selected); // a draft's zone from another country stays visible
    }
    m_ui->timeZoneCombo->setCurrentIndex(qMax(0, m_ui->timeZoneCombo->findData(selected)));
}

void HeadquartersPage::fillLanguages(const QString& selected)
{
    QSignalBlocker blocker(m_ui->announcementLanguageCombo);
    m_ui->announcementLanguageCombo->clear();
    m_ui->announcementLanguageCombo->addItem(tr("Choose a language…"), QString());
    for (const auto& [name, code] : model::Languages::choices(model::Languages::Use::Announcement, QLocale())) {
        m_ui->announcementLanguageCombo->addItem(name, code);
    }
    if (!selected.isEmpty() && m_ui->announcementLanguageCombo->findData(selected) < 0) {
        m_ui->announcementLanguageCombo->addItem(selected, selected);
    }
    m_ui->announcementLanguageCombo->setCurrentIndex(qMax(0, m_ui->announcementLanguageCombo->findData(selected)));
}

void HeadquartersPage::pageShown()
{
    auto* w = customerWizard();
    if (!w) {
        return;
    }
    const model::CustomerDraft draft = w->draft();
    const QString country = draft.customer.address.country;
    if (country != m_country || m_ui->timeZoneCombo->count() == 0) {
        const QString zone = m_ui->timeZoneCombo->currentData().toString();
        // The country's only zone or its capital's, until the user chooses another.
        fillTimeZones(
            country,
            model::TimeZones::forCountry(country).contains(zone) ? zone : model::TimeZones::defaultForCountry(country));
        applyCountry(country);
    }
    if (m_ui->announcementLanguageCombo->currentData().toString().isEmpty()) {
        // Suggest the customer's own language, written the way the calling API takes it, else the country's.
        int index = m_ui->announcementLanguageCombo->findData(draft.customer.customerInfo.language.toLower());
        if (index <= 0) {
            index = m_ui->announcementLanguageCombo->findData(
                model::Languages::defaultFor(country, model::Languages::Use::Announcement));
        }
        if (index > 0) {
            QSignalBlocker blocker(m_ui->announcementLanguageCombo);
            m_ui->announcementLanguageCombo->setCurrentIndex(index);
        }
    }
    changed();
}

void HeadquartersPage::readFrom(const model::CustomerDraft& draft)
{
    const model::Customer& c = draft.customer;
    const model::CallingLocation& loc = c.callingLocation;
    m_ui->locationNameEdit->setText(loc.name);
    m_ui->addressLine1Edit->setText(c.address.line1);
    m_ui->addressLine2Edit->setText(c.address.line2);
    m_ui->cityEdit->setText(c.address.city);
    m_ui->stateEdit->setText(c.address.stateOrProvince);
    m_ui->postalCodeEdit->setText(c.address.postalCode);
    m_ui->elinEdit->setText(loc.emergencyLocationIdentifier);
    fillTimeZones(c.address.country, loc.timezone.isEmpty() ? c.meetingsTimezone : loc.timezone);
    fillLanguages(loc.language);
    applyCountry(c.address.country);
}

void HeadquartersPage::writeTo(model::CustomerDraft& draft) const
{
    model::Customer& c = draft.customer;
    c.address.line1 = m_ui->addressLine1Edit->text().trimmed();
    c.address.line2 = m_ui->addressLine2Edit->text().trimmed();
    c.address.city = m_ui->cityEdit->text().trimmed();
    c.address.stateOrProvince = m_ui->stateEdit->text().trimmed();
    c.address.postalCode = m_ui->postalCodeEdit->text().trimmed();
    const QString zone = m_ui->timeZoneCombo->currentData().toString();
    if (c.ordersCalling()) {
        c.callingLocation.name = m_ui->locationNameEdit->text().trimmed();
        c.callingLocation.address = c.address;
        c.callingLocation.timezone = zone;
        c.callingLocation.language = m_ui->announcementLanguageCombo->currentData().toString();
        c.callingLocation.emergencyLocationIdentifier = m_ui->elinEdit->text().trimmed();
        c.meetingsTimezone.clear();
    } else {
        // Without calling there is no calling location to create; the time zone still sets the meeting site's.
        c.callingLocation = {};
        c.meetingsTimezone = zone;
    }
}

} // namespace onboarder::ui
