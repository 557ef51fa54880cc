#pragma once

#include "ui/wizards/InferredChoice.h"
#include "ui/wizards/template/TemplateWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class SettingsPage;
}

namespace onboarder::ui {

// Step 5: common and email settings, and the calling defaults that pre-fill each customer's headquarters location.
class SettingsPage : public TemplateWizardPage
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    void readFrom(const model::OnboardingTemplate& onboardingTemplate) override;
    void writeTo(model::OnboardingTemplate& onboardingTemplate) const override;
    void pageShown() override;

protected:
    void retranslate() override;

private:
    void fillAnnouncementLanguages();

private:
    const QScopedPointer<Ui::SettingsPage> m_ui;
    void fillTimeZones(const QString& countryCode);
    QString m_zonesCountry = QStringLiteral("-");
    InferredChoice m_inferredZone;
    InferredChoice m_inferredLanguage;
};

} // namespace onboarder::ui
