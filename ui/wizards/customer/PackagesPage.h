#pragma once

#include "ui/wizards/customer/CustomerWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class PackagesPage;
}

namespace onboarder::ui {

class PackageSelector;

// Step 3: packages and add-ons with quantities, with the catalogue's dependency rules (PackageSelector).
class PackagesPage : public CustomerWizardPage
{
    Q_OBJECT

public:
    explicit PackagesPage(QWidget* parent = nullptr);
    ~PackagesPage() override;

    void readFrom(const model::CustomerDraft& draft) override;
    void writeTo(model::CustomerDraft& draft) const override;

protected:
    void retranslate() override;

private:
    void updateCallingNote();

    const QScopedPointer<Ui::PackagesPage> m_ui;
    PackageSelector* m_selector;
};

} // namespace onboarder::ui
