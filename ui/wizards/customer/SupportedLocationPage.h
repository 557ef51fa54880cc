#pragma once

#include "ui/wizards/customer/CustomerWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class SupportedLocationPage;
}

namespace onboarder::ui {

// Step 2: the operator's confirmation that the customer is located where Webex is supported; required to continue.
class SupportedLocationPage : public CustomerWizardPage
{
    Q_OBJECT

public:
    explicit SupportedLocationPage(QWidget* parent = nullptr);
    ~SupportedLocationPage() override;

    void readFrom(const model::CustomerDraft& draft) override;
    void writeTo(model::CustomerDraft& draft) const override;
    void pageShown() override;

protected:
    model::FieldErrors localErrors(const model::CustomerDraft& draft) const override;
    void retranslate() override;

private:
    const QScopedPointer<Ui::SupportedLocationPage> m_ui;
};

} // namespace onboarder::ui
