#include "ui/wizards/customer/PackagesPage.h"

#include "ui_PackagesPage.h"

#include "ui/widgets/PackageSelector.h"
#include "ui/wizards/customer/CustomerWizard.h"

namespace onboarder::ui {

PackagesPage::PackagesPage(QWidget* parent)
    : CustomerWizardPage(parent)
    , m_ui(new Ui::PackagesPage)
    , m_selector(new PackageSelector(this))
{
    m_ui->setupUi(this);
    m_selector->setObjectName(QStringLiteral("packageSelector"));
    m_ui->packagesHost->addWidget(m_selector);
    bindError(QStringLiteral("packages"), m_ui->packagesError);
    bindError(QStringLiteral("provisioningParameters.packages.limits"), m_ui->packagesError);
    m_ui->callingNote->setProperty("role", QStringLiteral("hint"));
    connect(m_selector, &PackageSelector::selectionChanged, this, [this] {
        changed(QStringLiteral("packages"));
        updateCallingNote();
    });
    updateCallingNote();
}

PackagesPage::~PackagesPage() = default;

void PackagesPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateCallingNote();
}

void PackagesPage::updateCallingNote()
{
    model::Customer probe;
    probe.packages = m_selector->packages();
    m_ui->callingNote->setText(probe.ordersCalling()
                                   ? tr("Calling is ordered: the headquarters location on the next page becomes the "
                                        "customer's first calling location.")
                                   : QString());
    m_ui->callingNote->setVisible(probe.ordersCalling());
}

void PackagesPage::readFrom(const model::CustomerDraft& draft)
{
    m_selector->setSelection(draft.customer.packages, draft.customer.packageLimits);
    updateCallingNote();
}

void PackagesPage::writeTo(model::CustomerDraft& draft) const
{
    draft.customer.packages = m_selector->packages();
    draft.customer.packageLimits = m_selector->limits();
}

} // namespace onboarder::ui
