#include "ui/wizards/customer/HeadquartersPage.h"

#include "ui_HeadquartersPage.h"

#include "model/Languages.h"
#include "ui/widgets/LocationForm.h"
#include "ui/wizards/customer/CustomerWizard.h"

namespace onboarder::ui {

namespace {
const QString kLocation = QStringLiteral("provisioningParameters.calling.location");

// The customer document's paths of the headquarters, by the location form's field paths.
QList<QPair<QString, QString>> customerPaths()
{
    return { { QStringLiteral("name"), kLocation + QStringLiteral(".name") },
             { QStringLiteral("address.address1"), QStringLiteral("address.addressLine1") },
             { QStringLiteral("address.address2"), QStringLiteral("address.addressLine2") },
             { QStringLiteral("address.city"), QStringLiteral("address.city") },
             { QStringLiteral("address.state"), QStringLiteral("address.stateOrProvince") },
             { QStringLiteral("address.postalCode"), QStringLiteral("address.zipOrPostalCode") },
             { QStringLiteral("timeZone"), kLocation + QStringLiteral(".timezone") },
             { QStringLiteral("timeZone"), QStringLiteral("provisioningParameters.meetings.timezone") },
             { QStringLiteral("preferredLanguage"), kLocation + QStringLiteral(".language") },
             { QStringLiteral("emergencyLocationIdentifier"),
               kLocation + QStringLiteral(".emergencyLocationIdentifier") } };
}
} // namespace

HeadquartersPage::HeadquartersPage(QWidget* parent)
    : CustomerWizardPage(parent)
    , m_ui(new Ui::HeadquartersPage)
{
    m_ui->setupUi(this);
    LocationForm* form = m_ui->locationForm;
    // The customer document is checked as a whole (CustomerValidator); its messages go under the form's fields.
    form->setValidating(false);
    for (const auto& [formPath, customerPath] : customerPaths()) {
        bindError(customerPath, form->errorLabel(formPath));
    }
    bindError(QStringLiteral("address"), m_ui->addressError);
    bindError(kLocation, m_ui->locationError);
    retranslate();
    connect(form, &LocationForm::fieldEdited, this, [this](const QString& formPath) {
        for (const auto& [field, customerPath] : customerPaths()) {
            if (field == formPath) {
                changed(customerPath);
                return;
            }
        }
        changed();
    });
    connect(form, &LocationForm::changed, this, [this] { changed(); });
}

HeadquartersPage::~HeadquartersPage() = default;

void HeadquartersPage::retranslate()
{
    m_ui->retranslateUi(this);
    // Next is Alt+N in the wizard: the name takes another letter here.
    m_ui->locationForm->setNameLabel(tr("N&ame:"));
    m_ui->locationForm->setDefaultName(tr("Headquarters"));
    // Here the identifier goes into the calling location's own field.
    m_ui->locationForm->setEmergencyIdHint(tr("Sent in the SIP header of emergency calls from this location."));
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

void HeadquartersPage::pageShown()
{
    auto* w = customerWizard();
    if (!w) {
        return;
    }
    const model::Customer& customer = w->draft().customer;
    LocationForm* form = m_ui->locationForm;
    form->setCountryLocked(customer.address.country);
    // Phones and announcements in the customer's own language, written the way the calling API takes it, else the
    // country's.
    const QString language = customer.customerInfo.language.toLower();
    form->setDefaultLanguage(
        model::Languages::offered(model::Languages::Use::Announcement).contains(language)
            ? language
            : model::Languages::defaultFor(customer.address.country, model::Languages::Use::Announcement));
    changed();
}

void HeadquartersPage::readFrom(const model::CustomerDraft& draft)
{
    const model::Customer& c = draft.customer;
    model::Location location;
    location.name = c.callingLocation.name;
    location.address = c.address;
    location.timeZone = c.callingLocation.timezone.isEmpty() ? c.meetingsTimezone : c.callingLocation.timezone;
    location.preferredLanguage = c.callingLocation.language;
    if (!c.callingLocation.emergencyLocationIdentifier.isEmpty()) {
        location.notes = LocationForm::notesWithEmergencyId(c.callingLocation.emergencyLocationIdentifier);
    }
    m_ui->locationForm->setCountryLocked(c.address.country);
    m_ui->locationForm->setLocation(location);
}

void HeadquartersPage::writeTo(model::CustomerDraft& draft) const
{
    model::Customer& c = draft.customer;
    const model::Location location = m_ui->locationForm->location();
    const QString country = c.address.country; // the first page's
    c.address.line1 = location.address.line1;
    c.address.line2 = location.address.line2;
    c.address.city = location.address.city;
    c.address.stateOrProvince = location.address.stateOrProvince;
    c.address.postalCode = location.address.postalCode;
    c.address.country = country;
    if (c.ordersCalling()) {
        c.callingLocation.name = location.name;
        c.callingLocation.address = c.address;
        c.callingLocation.timezone = location.timeZone;
        c.callingLocation.language = location.preferredLanguage;
        c.callingLocation.emergencyLocationIdentifier = LocationForm::emergencyIdFromNotes(location.notes);
        c.meetingsTimezone.clear();
    } else {
        // Without calling there is no calling location to create; the time zone still sets the meeting site's.
        c.callingLocation = {};
        c.meetingsTimezone = location.timeZone;
    }
}

} // namespace onboarder::ui
