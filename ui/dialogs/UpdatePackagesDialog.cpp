#include "ui/dialogs/UpdatePackagesDialog.h"

#include "ui_UpdatePackagesDialog.h"

#include "model/CustomerValidator.h"
#include "ui/views/customers/CustomerTableModel.h"
#include "ui/widgets/PackageSelector.h"

#include <QEvent>
#include <QPushButton>

namespace onboarder::ui {

UpdatePackagesDialog::UpdatePackagesDialog(const model::Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::UpdatePackagesDialog)
    , m_customer(customer)
    , m_selector(new PackageSelector(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("updatePackagesDialog"));
    m_selector->setObjectName(QStringLiteral("packageSelector"));
    m_ui->selectorHost->addWidget(m_selector);
    m_ui->updateError->setProperty("role", QStringLiteral("fieldError"));
    m_update = m_ui->updateButtons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_update->setObjectName(QStringLiteral("confirmUpdateButton"));
    connect(m_ui->updateButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->updateButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_selector->setSelection(customer.packages, customer.packageLimits);
    connect(m_selector, &PackageSelector::selectionChanged, this, &UpdatePackagesDialog::validate);
    retranslate();
}

UpdatePackagesDialog::~UpdatePackagesDialog() = default;

model::Customer UpdatePackagesDialog::updatedCustomer() const
{
    model::Customer customer = m_customer;
    customer.packages = m_selector->packages();
    customer.packageLimits = m_selector->limits();
    return customer;
}

PackageSelector* UpdatePackagesDialog::selector() const
{
    return m_selector;
}

QPushButton* UpdatePackagesDialog::updateButton() const
{
    return m_update;
}

void UpdatePackagesDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_update->setText(tr("&Update Packages"));
    m_ui->updateIntro->setText(tr("Choose every package %1 should have: the update replaces the whole set, and the "
                                  "customer is updating until Webex has applied it.")
                                   .arg(CustomerTableModel::displayName(m_customer)));
    validate();
}

void UpdatePackagesDialog::validate()
{
    const model::Customer customer = updatedCustomer();
    QStringList messages;
    for (const model::FieldError& error : model::CustomerValidator::validatePackages(customer)) {
        messages.append(error.message);
    }
    if (customer.packages.isEmpty()) {
        messages.append(tr("Choose at least one package."));
    }
    const bool changed = customer.packages != m_customer.packages || customer.packageLimits != m_customer.packageLimits;
    m_ui->updateError->setText(messages.join(QLatin1Char('\n')));
    m_ui->updateError->setVisible(!messages.isEmpty());
    m_update->setEnabled(messages.isEmpty() && changed);
}

void UpdatePackagesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace onboarder::ui
