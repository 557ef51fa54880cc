#pragma once

#include "ui/wizards/customer/CustomerWizardPage.h"

#include <QScopedPointer>

namespace Ui {
class PackagesPage;
}

namespace onboarder::ui {

class PackageSelector;

// Step 2: packages and add-ons with quantities, with the catalogue's dependency rules (PackageSelector). Each package
// has its own Alt+letter, so ordering two packages takes two keys.
class PackagesPage : public CustomerWizardPage
{
    Q_OBJECT

public:
    explicit PackagesPage(QWidget* parent = nullptr);
    ~PackagesPage() override;

    void readFrom(const model::CustomerDraft& draft) override;
    void writeTo(model::CustomerDraft& draft) const override;
    void pageShown() override;

protected:
    void retranslate() override;

private:
    void updateCallingNote();
    // The packages' mnemonics around the wizard's own buttons, in the current language.
    void assignMnemonics();

    const QScopedPointer<Ui::PackagesPage> m_ui;
    PackageSelector* m_selector;
};

} // namespace onboarder::ui
