#pragma once

#include "model/Customer.h"

#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class UpdatePackagesDialog;
}

namespace onboarder::ui {

class PackageSelector;

// Chooses a customer's new set of packages (PUT replaces them all) with the same rules as the wizard; OK is enabled
// only for a valid, changed set.
class UpdatePackagesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UpdatePackagesDialog(const model::Customer& customer, QWidget* parent = nullptr);
    ~UpdatePackagesDialog() override;

    // The customer with the chosen packages and limits.
    model::Customer updatedCustomer() const;
    PackageSelector* selector() const;
    QPushButton* updateButton() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();

    const QScopedPointer<Ui::UpdatePackagesDialog> m_ui;
    model::Customer m_customer;
    PackageSelector* m_selector;
    QPushButton* m_update;
};

} // namespace onboarder::ui
