#include "ui/wizards/template/OfferTypePage.h"

#include "ui_OfferTypePage.h"

namespace onboarder::ui {

OfferTypePage::OfferTypePage(QWidget* parent)
    : TemplateWizardPage(parent)
    , m_ui(new Ui::OfferTypePage)
{
    m_ui->setupUi(this);
}

OfferTypePage::~OfferTypePage() = default;

void OfferTypePage::readFrom(const model::OnboardingTemplate&)
{
}

void OfferTypePage::writeTo(model::OnboardingTemplate&) const
{
}

void OfferTypePage::retranslate()
{
    m_ui->retranslateUi(this);
}

} // namespace onboarder::ui
