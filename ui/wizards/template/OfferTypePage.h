#pragma once

#include "ui/wizards/template/TemplateWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class OfferTypePage;
}

namespace onboarder::ui {

// Step 1: the offer type. Webex for Wholesale is the only offer this program provisions; the page says so and
// keeps the choice visible, as Partner Hub does.
class OfferTypePage : public TemplateWizardPage
{
    Q_OBJECT

public:
    explicit OfferTypePage(QWidget* parent = nullptr);
    ~OfferTypePage() override;

    void readFrom(const model::OnboardingTemplate& onboardingTemplate) override;
    void writeTo(model::OnboardingTemplate& onboardingTemplate) const override;

protected:
    void retranslate() override;

private:
    const QScopedPointer<Ui::OfferTypePage> m_ui;
};

} // namespace onboarder::ui
