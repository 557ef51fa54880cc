#include "ui/configure/AddLocationsTab.h"

#include "ui_AddLocationsTab.h"

#include "model/Countries.h"
#include "model/PhoneNumbers.h"
#include "ui/configure/ConfigureCustomerController.h"

#include <QEvent>
#include <QRegularExpression>

namespace onboarder::ui {

namespace {
const QString kMobile = QStringLiteral("MOBILE");
}

AddLocationsTab::AddLocationsTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::AddLocationsTab)
{
    m_ui->setupUi(this);
    m_ui->numbersError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->numbersEdit->setTabChangesFocus(true);
    connect(m_ui->createLocationButton, &QPushButton::clicked, this, &AddLocationsTab::createLocation);
    connect(m_ui->addNumbersButton, &QPushButton::clicked, this, &AddLocationsTab::addNumbers);
    connect(m_ui->numbersLocationCombo, &QComboBox::currentIndexChanged, this, &AddLocationsTab::onLocationChosen);
    connect(m_ui->numberTypeCombo, &QComboBox::currentIndexChanged, this, &AddLocationsTab::updateNumbers);
    connect(m_ui->numbersEdit, &QPlainTextEdit::textChanged, this, &AddLocationsTab::updateNumbers);
    retranslateUi();
}

AddLocationsTab::~AddLocationsTab() = default;

void AddLocationsTab::retranslateUi()
{
    const QString type = m_ui->numberTypeCombo->currentData().toString();
    m_ui->retranslateUi(this);
    {
        QSignalBlocker blocker(m_ui->numberTypeCombo);
        m_ui->numberTypeCombo->clear();
        m_ui->numberTypeCombo->addItem(tr("Geographic (DID)"), QStringLiteral("DID"));
        m_ui->numberTypeCombo->addItem(tr("Mobile"), kMobile);
        m_ui->numberTypeCombo->addItem(tr("Toll-free"), QStringLiteral("TOLLFREE"));
        m_ui->numberTypeCombo->setCurrentIndex(qMax(0, m_ui->numberTypeCombo->findData(type)));
    }
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
    connect(controller, &ConfigureCustomerController::loaded, this, [this] {
        m_ui->locationForm->setDefaultCountry(m_controller->customer().address.country);
        fillLocations();
    });
    connect(controller, &ConfigureCustomerController::locationsChanged, this, &AddLocationsTab::fillLocations);
    connect(controller, &ConfigureCustomerController::pstnConnectionLoaded, this, [this](const QString& id) {
        if (id == currentLocationId()) {
            updateNumbers();
        }
    });
    connect(controller, &ConfigureCustomerController::locationCreated, this, [this](const QString& id) {
        if (!m_creating) {
            return;
        }
        m_creating = false;
        const auto location = m_controller->location(id);
        m_ui->createLocationStatus->setText(tr("Location \"%1\" created.").arg(location ? location->name : id));
        m_ui->locationForm->clear();
        m_ui->createLocationButton->setEnabled(true);
        m_ui->numbersLocationCombo->setCurrentIndex(qMax(0, m_ui->numbersLocationCombo->findData(id)));
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
    connect(controller, &ConfigureCustomerController::numbersProgress, this, [this](int request, int requests) {
        m_ui->numbersStatus->setText(tr("Sending request %1 of %2…").arg(request).arg(requests));
    });
    connect(
        controller, &ConfigureCustomerController::numbersAdded, this, [this](const QString&, int count, int requests) {
            m_ui->numbersStatus->setText(tr("%n number(s) added", nullptr, count) + QLatin1Char(' ')
                                         + tr("in %n request(s).", nullptr, requests));
            m_ui->numbersEdit->clear();
            updateNumbers();
        });
    connect(
        controller, &ConfigureCustomerController::numbersFailed, this, [this](const api::ApiError& error, int added) {
            m_ui->numbersStatus->setText(tr("%n number(s) were added before the failure.", nullptr, added));
            m_ui->numbersErrorPanel->showError(tr("Adding the numbers failed."), error);
            updateNumbers();
        });
}

QString AddLocationsTab::currentLocationId() const
{
    return m_ui->numbersLocationCombo->currentData().toString();
}

void AddLocationsTab::fillLocations()
{
    const QString current = currentLocationId();
    m_ui->existingLocationsList->clear();
    QSignalBlocker blocker(m_ui->numbersLocationCombo);
    m_ui->numbersLocationCombo->clear();
    m_ui->numbersLocationCombo->addItem(tr("Choose a location…"), QString());
    if (m_controller) {
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
            m_ui->numbersLocationCombo->addItem(location.name, location.id);
        }
    }
    m_ui->numbersLocationCombo->setCurrentIndex(qMax(0, m_ui->numbersLocationCombo->findData(current)));
    blocker.unblock();
    onLocationChosen();
}

void AddLocationsTab::onLocationChosen()
{
    const QString id = currentLocationId();
    if (m_controller && !id.isEmpty()
        && m_controller->pstnState(id) == ConfigureCustomerController::PstnState::Unknown) {
        m_controller->loadPstnConnection(id);
    }
    m_ui->numbersErrorPanel->clearError();
    updateNumbers();
}

AddLocationsTab::ParsedNumbers AddLocationsTab::parseNumbers(const QString& text, const QString& defaultRegion)
{
    ParsedNumbers parsed;
    static const QRegularExpression separators(QStringLiteral("[,;\\n]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty()) {
            continue;
        }
        const QString e164 = model::PhoneNumbers::toE164(entry, defaultRegion);
        if (e164.isEmpty()) {
            parsed.invalid.append(entry);
        } else if (!parsed.valid.contains(e164)) {
            parsed.valid.append(e164);
        }
    }
    return parsed;
}

void AddLocationsTab::updateNumbers()
{
    const QString id = currentLocationId();
    const QString type = m_ui->numberTypeCombo->currentData().toString();
    using PstnState = ConfigureCustomerController::PstnState;
    const PstnState state = m_controller && !id.isEmpty() ? m_controller->pstnState(id) : PstnState::Unknown;
    const auto connection = m_controller && !id.isEmpty() ? m_controller->pstnConnection(id) : std::nullopt;
    bool allowed = false;
    QString pstn;
    switch (state) {
    case PstnState::Unknown:
        pstn = id.isEmpty() ? tr("Choose the location that gets the numbers.") : QString();
        break;
    case PstnState::Loading:
        pstn = tr("Reading the location's PSTN connection…");
        break;
    case PstnState::None:
        pstn = tr("This location has no PSTN connection yet. Choose one in Control Hub (Calling, PSTN) first: "
                  "numbers can only be added once the location's PSTN provider is known.");
        break;
    case PstnState::Failed:
        pstn = tr("The location's PSTN connection could not be read, so numbers cannot be added now. Choose the "
                  "location again to retry.");
        break;
    case PstnState::Connected:
        if (connection && connection->allowsAddingNumbers()) {
            allowed = true;
            pstn = tr("PSTN: %1. Numbers can be added here.").arg(connection->displayName);
            if (type == kMobile && !connection->pstnServices.contains(QLatin1String("MOBILE_NUMBERS"))) {
                allowed = false;
                pstn += QLatin1Char(' ') + tr("This connection does not offer mobile numbers.");
            }
        } else if (connection) {
            pstn = tr("PSTN: %1. Numbers of a location on Cisco Calling Plan or an integrated CCP are ordered "
                      "through that PSTN provider; adding them here would corrupt the provider's records, so it is "
                      "not offered.")
                       .arg(connection->displayName);
        }
        break;
    }
    m_ui->pstnStatusLabel->setText(pstn);
    m_ui->numberTypeCombo->setEnabled(allowed);
    m_ui->numbersEdit->setEnabled(allowed);

    const QString region = m_controller ? m_controller->customer().address.country : QString();
    const ParsedNumbers parsed = parseNumbers(m_ui->numbersEdit->toPlainText(), region);
    m_ui->numbersError->setText(parsed.invalid.isEmpty()
                                    ? QString()
                                    : tr("Not valid phone numbers: %1. Write them in E.164, for example "
                                         "+46313300200.")
                                          .arg(parsed.invalid.join(QStringLiteral(", "))));
    m_ui->numbersError->setVisible(!parsed.invalid.isEmpty());
    QString plan;
    if (!parsed.valid.isEmpty()) {
        const int requests = static_cast<int>(ConfigureCustomerController::splitNumbers(parsed.valid, type).size());
        plan = tr("%n number(s)", nullptr, static_cast<int>(parsed.valid.size()));
        if (type == kMobile && requests > 1) {
            plan += QLatin1Char(' ')
                + tr("will be sent as %n request(s): the API takes at most %1 mobile numbers per request.",
                     nullptr,
                     requests)
                      .arg(ConfigureCustomerController::kMaxMobileNumbersPerRequest);
        } else {
            plan += QLatin1Char(' ') + tr("will be sent in %n request(s).", nullptr, requests);
        }
    }
    m_ui->numbersPlan->setText(plan);
    const bool busy = m_controller && m_controller->isAddingNumbers();
    m_ui->addNumbersButton->setEnabled(allowed && !busy && !parsed.valid.isEmpty() && parsed.invalid.isEmpty());
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

void AddLocationsTab::addNumbers()
{
    if (!m_controller) {
        return;
    }
    const ParsedNumbers parsed
        = parseNumbers(m_ui->numbersEdit->toPlainText(), m_controller->customer().address.country);
    if (parsed.valid.isEmpty() || !parsed.invalid.isEmpty()) {
        return;
    }
    m_ui->numbersErrorPanel->clearError();
    m_ui->addNumbersButton->setEnabled(false);
    m_controller->addNumbers(currentLocationId(), parsed.valid, m_ui->numberTypeCombo->currentData().toString());
}

} // namespace onboarder::ui
