#include "ui/wizards/template/AuthenticationPage.h"

#include "ui_AuthenticationPage.h"

namespace onboarder::ui {

AuthenticationPage::AuthenticationPage(QWidget* parent)
    : TemplateWizardPage(parent)
    , m_ui(new Ui::AuthenticationPage)
{
    m_ui->setupUi(this);
    bindError(QStringLiteral("idpEntityId"), m_ui->idpEntityIdError);
    m_ui->idpEntityIdEdit->setEnabled(false);
    connect(m_ui->partnerSamlRadio, &QRadioButton::toggled, this, [this](bool saml) {
        m_ui->idpEntityIdEdit->setEnabled(saml);
        changed();
    });
    connect(m_ui->idpEntityIdEdit, &QLineEdit::textChanged, this, [this] { changed(QStringLiteral("idpEntityId")); });
}

AuthenticationPage::~AuthenticationPage() = default;

void AuthenticationPage::readFrom(const model::OnboardingTemplate& t)
{
    const bool saml = t.authMethod == model::OnboardingTemplate::AuthMethod::PartnerSaml;
    m_ui->partnerSamlRadio->setChecked(saml);
    m_ui->webexAuthRadio->setChecked(!saml);
    m_ui->idpEntityIdEdit->setText(t.idpEntityId);
}

void AuthenticationPage::retranslate()
{
    m_ui->retranslateUi(this);
}

void AuthenticationPage::writeTo(model::OnboardingTemplate& t) const
{
    const bool saml = m_ui->partnerSamlRadio->isChecked();
    t.authMethod
        = saml ? model::OnboardingTemplate::AuthMethod::PartnerSaml : model::OnboardingTemplate::AuthMethod::Webex;
    // The entity ID means nothing with Webex authentication; do not carry a stale one into the template.
    t.idpEntityId = saml ? m_ui->idpEntityIdEdit->text().trimmed() : QString();
}

} // namespace onboarder::ui
