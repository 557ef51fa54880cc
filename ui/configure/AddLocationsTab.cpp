#include "ui/configure/AddLocationsTab.h"

#include "ui_AddLocationsTab.h"

#include "model/Countries.h"
#include "ui/configure/ConfigureCustomerController.h"

#include <QEvent>

namespace onboarder::ui {

AddLocationsTab::AddLocationsTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::AddLocationsTab)
{
    m_ui->setupUi(this);
    connect(m_ui->createLocationButton, &QPushButton::clicked, this, &AddLocationsTab::createLocation);
    retranslateUi();
}

AddLocationsTab::~AddLocationsTab() = default;

void AddLocationsTab::retranslateUi()
{
    m_ui->retranslateUi(this);
    fillLocations();
}

void AddLocationsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AddLocationsTab::setController(ConfigureCustomerController* controller)
{
    m_controller = controller;
    m_ui->callingPanel->setController(controller);
    connect(controller, &ConfigureCustomerController::loaded, this, [this] {
        m_ui->locationForm->setDefaultCountry(m_controller->customer().address.country);
        fillLocations();
    });
    connect(controller, &ConfigureCustomerController::locationsChanged, this, &AddLocationsTab::fillLocations);
    connect(controller, &ConfigureCustomerController::locationCreated, this, [this](const QString& id) {
        if (!m_creating) {
            return;
        }
        m_creating = false;
        const auto location = m_controller->location(id);
        m_ui->createLocationStatus->setText(tr("Location \"%1\" created.").arg(location ? location->name : id));
        m_ui->locationForm->clear();
        m_ui->createLocationButton->setEnabled(true);
        // Its calling is what comes next.
        m_ui->callingPanel->setCurrentLocation(id);
    });
    connect(controller, &ConfigureCustomerController::locationFailed, this, [this](const api::ApiError& error) {
        if (!m_creating) {
            return;
        }
        m_creating = false;
        m_ui->createLocationStatus->clear();
        m_ui->createLocationButton->setEnabled(true);
        m_ui->locationErrorPanel->showError(tr("The location could not be created."), error);
    });
}

void AddLocationsTab::fillLocations()
{
    m_ui->existingLocationsList->clear();
    if (!m_controller) {
        return;
    }
    const QLocale locale;
    for (const model::Location& location : m_controller->locations()) {
        const auto& a = location.address;
        m_ui->existingLocationsList->addItem(tr("%1 — %2, %3 %4, %5 (%6)")
                                                 .arg(location.name,
                                                      a.line1,
                                                      a.postalCode,
                                                      a.city,
                                                      model::Countries::name(a.country, locale),
                                                      location.timeZone));
    }
}

void AddLocationsTab::createLocation()
{
    m_ui->locationForm->touchAll();
    if (!m_controller || m_creating || !m_ui->locationForm->isValid()) {
        m_ui->createLocationStatus->setText(
            m_creating ? QString() : tr("Correct the fields marked below before creating the location."));
        return;
    }
    m_creating = true;
    m_ui->locationErrorPanel->clearError();
    m_ui->createLocationButton->setEnabled(false);
    m_ui->createLocationStatus->setText(tr("Creating the location…"));
    m_controller->createLocation(m_ui->locationForm->location());
}

} // namespace onboarder::ui
