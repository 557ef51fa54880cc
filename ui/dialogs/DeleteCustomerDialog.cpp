#include "ui/dialogs/DeleteCustomerDialog.h"

#include "ui_DeleteCustomerDialog.h"

#include <QEvent>
#include <QPushButton>

namespace onboarder::ui {

DeleteCustomerDialog::DeleteCustomerDialog(const QString& customerName, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DeleteCustomerDialog)
    , m_name(customerName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deleteCustomerDialog"));
    m_delete = m_ui->deleteButtons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_delete->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->deleteMismatch->setProperty("role", QStringLiteral("hint"));
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->deleteButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->confirmNameEdit, &QLineEdit::textChanged, this, &DeleteCustomerDialog::updateButton);
    retranslate();
    updateButton();
}

DeleteCustomerDialog::~DeleteCustomerDialog() = default;

QPushButton* DeleteCustomerDialog::deleteButton() const
{
    return m_delete;
}

void DeleteCustomerDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_delete->setText(tr("&Delete Customer"));
    m_ui->deleteWarning->setText(
        tr("Deleting <b>%1</b> removes the customer and its wholesale subscriptions. This cannot be undone. Type the "
           "name to confirm.")
            .arg(m_name.toHtmlEscaped()));
    updateButton();
}

void DeleteCustomerDialog::updateButton()
{
    const QString typed = m_ui->confirmNameEdit->text();
    const bool matches = typed == m_name;
    m_delete->setEnabled(matches);
    m_ui->deleteMismatch->setText(typed.isEmpty() || matches ? QString()
                                                             : tr("The name does not match \"%1\" yet.").arg(m_name));
}

void DeleteCustomerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace onboarder::ui
