#include "ui/wizards/customer/PackagesPage.h"

#include "ui_PackagesPage.h"

#include "ui/widgets/PackageSelector.h"
#include "ui/wizards/customer/CustomerWizard.h"

#include <QKeySequence>
#include <QTimer>

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
    // After the wizard's own buttons took the new language's texts.
    QTimer::singleShot(0, this, &PackagesPage::assignMnemonics);
}

void PackagesPage::pageShown()
{
    assignMnemonics();
}

void PackagesPage::assignMnemonics()
{
    QString reserved;
    if (QWizard* w = wizard()) {
        for (QWizard::WizardButton which : { QWizard::BackButton,
                                             QWizard::NextButton,
                                             QWizard::CommitButton,
                                             QWizard::FinishButton,
                                             QWizard::CancelButton,
                                             QWizard::CustomButton1,
                                             QWizard::CustomButton2 }) {
            const QKeySequence key = QKeySequence::mnemonic(w->buttonText(which));
            if (!key.isEmpty()) {
                reserved += key.toString().right(1).toLower();
            }
        }
    }
    m_selector->assignMnemonics(reserved);
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
