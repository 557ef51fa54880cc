#pragma once

#include "ui/wizards/customer/CustomerWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class HeadquartersPage;
}

namespace onboarder::ui {

// Step 4: the headquarters: name, address in the country's format (postal code before or after the city, state or
// province where the country needs one), a time zone of the country, the announcement and email language and the
// emergency location identifier. Its address is the billing address; with calling it is also the first calling
// location.
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
    void applyCountry(const QString& countryCode);
    void fillTimeZones(const QString& countryCode, const QString& selected);
    void fillLanguages(const QString& selected);
    void placePostalCode(bool beforeCity);

    const QScopedPointer<Ui::HeadquartersPage> m_ui;
    QString m_country;
};

} // namespace onboarder::ui
