#pragma once

#include "ui/wizards/customer/CustomerWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class HeadquartersPage;
}

namespace onboarder::ui {

// Step 3: the headquarters in the one location form (LocationForm, as in Configure customer): name, address in the
// country's format, a time zone of the country, the announcement and email language and the emergency location
// identifier. Its address is the billing address; with calling it is also the first calling
// location. The name starts as "Headquarters", the time zone and language from the country and the customer's
// language, so a new customer needs only its address here.
class HeadquartersPage : public CustomerWizardPage
{
    Q_OBJECT

public:
    explicit HeadquartersPage(QWidget* parent = nullptr);
    ~HeadquartersPage() override;

    void readFrom(const model::CustomerDraft& draft) override;
    void writeTo(model::CustomerDraft& draft) const override;
    void pageShown() override;
    model::FieldErrors localErrors(const model::CustomerDraft& draft) const override;

protected:
    void retranslate() override;

private:
    const QScopedPointer<Ui::HeadquartersPage> m_ui;
};

} // namespace onboarder::ui
