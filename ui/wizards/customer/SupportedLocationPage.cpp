#include "ui/wizards/customer/SupportedLocationPage.h"

#include "ui_SupportedLocationPage.h"

#include "model/Countries.h"
#include "ui/wizards/customer/CustomerWizard.h"

namespace onboarder::ui {

SupportedLocationPage::SupportedLocationPage(QWidget* parent)
    : CustomerWizardPage(parent)
    , m_ui(new Ui::SupportedLocationPage)
{
    m_ui->setupUi(this);
    bindError(QStringLiteral("supportedLocation"), m_ui->supportedLocationError);
    m_ui->supportedCountry->setProperty("role", QStringLiteral("hint"));
    connect(m_ui->supportedLocationCheck, &QCheckBox::toggled, this, [this] {
        changed(QStringLiteral("supportedLocation"));
    });
}

SupportedLocationPage::~SupportedLocationPage() = default;

void SupportedLocationPage::retranslate()
{
    m_ui->retranslateUi(this);
    pageShown();
}

model::FieldErrors SupportedLocationPage::localErrors(const model::CustomerDraft& draft) const
{
    if (draft.supportedLocationConfirmed) {
        return {};
    }
    return { model::FieldError { QStringLiteral("supportedLocation"),
                                 tr("Tick the box to confirm the customer's location before you continue."),
                                 QStringLiteral("customer.supportedLocation.required"),
                                 {} } };
}

void SupportedLocationPage::pageShown()
{
    const QString code = customerWizard() ? customerWizard()->draft().customer.address.country : QString();
    const QString name = model::Countries::name(code, QLocale());
    m_ui->supportedCountry->setText(name.isEmpty() ? QString() : tr("Country or region chosen: %1.").arg(name));
}

void SupportedLocationPage::readFrom(const model::CustomerDraft& draft)
{
    m_ui->supportedLocationCheck->setChecked(draft.supportedLocationConfirmed);
}

void SupportedLocationPage::writeTo(model::CustomerDraft& draft) const
{
    draft.supportedLocationConfirmed = m_ui->supportedLocationCheck->isChecked();
}

} // namespace onboarder::ui
