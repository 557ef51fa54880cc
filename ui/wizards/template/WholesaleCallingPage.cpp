#include "ui/wizards/template/WholesaleCallingPage.h"

#include "ui_WholesaleCallingPage.h"

#include <QIcon>
#include <QLineEdit>

namespace onboarder::ui {

WholesaleCallingPage::WholesaleCallingPage(QWidget* parent)
    : TemplateWizardPage(parent)
    , m_ui(new Ui::WholesaleCallingPage)
{
    m_ui->setupUi(this);
    bindError(QStringLiteral("ccpVendor"), m_ui->ccpVendorError);
    m_ui->ccpWarningIcon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(20, 20));
    m_ui->ccpWarningIcon->setAlignment(Qt::AlignTop);
    m_ui->ccpWarningText->setProperty("role", QStringLiteral("warning"));
    m_ui->ccpVendorCombo->setEnabled(false);
    retranslateCode();

    connect(m_ui->useCcpCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->ccpVendorCombo->setEnabled(on);
        if (on) {
            m_ui->ccpVendorCombo->setFocus();
        }
        // Say at once that a provider is needed: the check box alone is not a complete answer.
        changed(on ? QStringLiteral("ccpVendor") : QString());
    });
    connect(m_ui->ccpVendorCombo, &QComboBox::editTextChanged, this, [this] { changed(QStringLiteral("ccpVendor")); });
}

WholesaleCallingPage::~WholesaleCallingPage() = default;

void WholesaleCallingPage::retranslate()
{
    const QString vendor = m_ui->ccpVendorCombo->currentText();
    m_ui->retranslateUi(this);
    m_ui->ccpVendorCombo->setEditText(vendor);
    retranslateCode();
}

void WholesaleCallingPage::retranslateCode()
{
    m_ui->ccpVendorCombo->lineEdit()->setPlaceholderText(tr("Name of the CCP provider"));
    m_ui->ccpVendorCombo->lineEdit()->setAccessibleName(tr("Cloud Connected PSTN provider"));
    m_ui->ccpVendorCombo->lineEdit()->setAccessibleDescription(
        tr("The Cloud Connected PSTN provider new customers of this template get."));
}

void WholesaleCallingPage::readFrom(const model::OnboardingTemplate& t)
{
    m_ui->useCcpCheck->setChecked(!t.ccpVendor.isEmpty());
    m_ui->ccpVendorCombo->setEditText(t.ccpVendor);
}

void WholesaleCallingPage::writeTo(model::OnboardingTemplate& t) const
{
    t.ccpVendor = m_ui->useCcpCheck->isChecked() ? m_ui->ccpVendorCombo->currentText().trimmed() : QString();
}

model::FieldErrors WholesaleCallingPage::localErrors(const model::OnboardingTemplate& t) const
{
    if (m_ui->useCcpCheck->isChecked() && t.ccpVendor.isEmpty()) {
        return { { QStringLiteral("ccpVendor"),
                   tr("Enter the provider's name, or clear \"Use a Cloud Connected PSTN provider\"."),
                   QStringLiteral("template.ccpVendor.required"),
                   {} } };
    }
    return {};
}

} // namespace onboarder::ui
