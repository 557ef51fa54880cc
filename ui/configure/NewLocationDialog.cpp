#include "ui/configure/NewLocationDialog.h"

#include "ui_NewLocationDialog.h"

#include "ui/configure/ConfigureCustomerController.h"

#include <QEvent>

namespace onboarder::ui {

NewLocationDialog::NewLocationDialog(ConfigureCustomerController* controller, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::NewLocationDialog)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newLocationDialog"));
    m_ui->newLocationForm->setDefaultCountry(controller->customer().address.country);
    m_ui->createNewLocationButton->setDefault(true);
    connect(m_ui->createNewLocationButton, &QPushButton::clicked, this, &NewLocationDialog::create);
    connect(m_ui->cancelNewLocationButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(controller, &ConfigureCustomerController::locationCreated, this, [this](const QString& id) {
        if (!m_busy) {
            return;
        }
        setBusy(false);
        m_createdId = id;
        accept();
    });
    connect(controller, &ConfigureCustomerController::locationFailed, this, [this](const api::ApiError& error) {
        if (!m_busy) {
            return;
        }
        setBusy(false);
        m_ui->newLocationErrorPanel->showError(tr("The location could not be created."), error);
    });
}

NewLocationDialog::~NewLocationDialog() = default;

QString NewLocationDialog::createdLocationId() const
{
    return m_createdId;
}

void NewLocationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QDialog::changeEvent(event);
}

void NewLocationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->createNewLocationButton->setEnabled(!busy);
    m_ui->newLocationForm->setEnabled(!busy);
    m_ui->newLocationStatus->setText(busy ? tr("Creating the location…") : QString());
}

void NewLocationDialog::create()
{
    m_ui->newLocationForm->touchAll();
    if (!m_controller || m_busy || !m_ui->newLocationForm->isValid()) {
        return;
    }
    m_ui->newLocationErrorPanel->clearError();
    setBusy(true);
    m_controller->createLocation(m_ui->newLocationForm->location());
}

} // namespace onboarder::ui
