#include "ui/configure/LocationCallingPanel.h"

#include "ui_LocationCallingPanel.h"

#include "model/PhoneNumbers.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/LocationCallingController.h"

#include <QEvent>
#include <QRegularExpression>

#include <algorithm>

namespace onboarder::ui {

using jobs::LocationCallingPlan;
using State = LocationCallingController::State;

namespace {

const QString kMobile = QStringLiteral("MOBILE");

// Refills a combo with (text, data) entries, keeping the chosen entry when it is still there.
void refill(QComboBox* combo, const QList<QPair<QString, QString>>& entries, const QString& fallback = {})
{
    const QString chosen = combo->currentData().toString();
    QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [text, data] : entries) {
        combo->addItem(text, data);
    }
    const int kept = combo->findData(chosen);
    combo->setCurrentIndex(kept > 0 ? kept : qMax(0, combo->findData(fallback)));
}

} // namespace

LocationCallingPanel::LocationCallingPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::LocationCallingPanel)
{
    m_ui->setupUi(this);
    m_ui->numbersError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->numbersEdit->setTabChangesFocus(true);
    connect(m_ui->setUpCallingButton, &QPushButton::clicked, this, &LocationCallingPanel::setUpCalling);
    connect(m_ui->resumeCallingButton, &QPushButton::clicked, this, &LocationCallingPanel::resumeInterrupted);
    connect(m_ui->discardCallingButton, &QPushButton::clicked, this, &LocationCallingPanel::discardInterrupted);
    m_ui->callingStack->setCurrentWidget(m_ui->callingFormPage);
    connect(m_ui->numbersLocationCombo, &QComboBox::currentIndexChanged, this, &LocationCallingPanel::onLocationChosen);
    // What may be added decides which numbers can become the main number.
    auto refresh = [this] {
        fillMainNumbers();
        updateState();
    };
    connect(m_ui->pstnConnectionCombo, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_ui->numberTypeCombo, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_ui->numbersEdit, &QPlainTextEdit::textChanged, this, refresh);
    connect(m_ui->activateCheck, &QCheckBox::toggled, this, refresh);
    connect(m_ui->mainNumberCombo, &QComboBox::currentIndexChanged, this, &LocationCallingPanel::updateState);
    retranslateUi();
}

LocationCallingPanel::~LocationCallingPanel() = default;

void LocationCallingPanel::retranslateUi()
{
    m_ui->retranslateUi(this);
    refill(m_ui->numberTypeCombo,
           { { tr("Geographic (DID)"), QStringLiteral("DID") },
             { tr("Mobile"), kMobile },
             { tr("Toll-free"), QStringLiteral("TOLLFREE") } });
    fillLocations();
}

void LocationCallingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LocationCallingPanel::setController(ConfigureCustomerController* controller)
{
    m_controller = controller;
    m_calling = new LocationCallingController(controller->client(), this);
    connect(controller, &ConfigureCustomerController::loaded, this, [this] {
        m_calling->setOrgId(m_controller->customer().orgId);
        fillLocations();
        offerInterrupted();
    });
    connect(controller, &ConfigureCustomerController::locationsChanged, this, &LocationCallingPanel::fillLocations);
    connect(m_calling, &LocationCallingController::loaded, this, [this](const QString& id) {
        if (id == currentLocationId()) {
            fillConnections();
            fillMainNumbers();
            updateState();
        }
    });
    connect(m_calling,
            &LocationCallingController::stepStarted,
            this,
            [this](int index, int count, const QString& description) {
                m_ui->callingStatus->setText(tr("Step %1 of %2: %3…").arg(index + 1).arg(count).arg(description));
            });
    connect(m_calling, &LocationCallingController::setupSucceeded, this, [this](const QString& id) {
        m_ui->callingStatus->setText(tr("Calling of \"%1\" is set up.").arg(locationName(id)));
        m_ui->numbersEdit->clear();
        m_resuming = false;
        offerInterrupted();
        // The users table offers the location's free numbers: let it read them again.
        m_controller->loadNumbers(id);
        updateState();
    });
    connect(m_calling,
            &LocationCallingController::setupFailed,
            this,
            [this](const QString&, const api::ApiError& error, const QString& step) {
                m_ui->callingStatus->setText(
                    m_resuming ? tr("The steps before it are done; Resume continues from there.")
                               : tr("The steps before it are done; Set up calling again continues from there."));
                m_ui->callingErrorPanel->showError(tr("%1 failed.").arg(step), error);
                if (m_resuming) {
                    // Its plan is not in the form: it stays offered.
                    m_resuming = false;
                    offerInterrupted();
                }
                updateState();
            });
    if (controller->isLoaded()) {
        m_calling->setOrgId(controller->customer().orgId);
        fillLocations();
        offerInterrupted();
    }
}

LocationCallingController* LocationCallingPanel::callingController() const
{
    return m_calling;
}

void LocationCallingPanel::setCurrentLocation(const QString& locationId)
{
    m_ui->numbersLocationCombo->setCurrentIndex(qMax(0, m_ui->numbersLocationCombo->findData(locationId)));
}

QString LocationCallingPanel::currentLocationId() const
{
    return m_ui->numbersLocationCombo->currentData().toString();
}

void LocationCallingPanel::fillLocations()
{
    QList<QPair<QString, QString>> entries = { { tr("Choose a location…"), QString() } };
    if (m_controller) {
        for (const model::Location& location : m_controller->locations()) {
            entries.append({ location.name, location.id });
        }
    }
    const QString before = currentLocationId();
    refill(m_ui->numbersLocationCombo, entries);
    if (currentLocationId() != before || m_ui->pstnConnectionCombo->count() == 0) {
        onLocationChosen();
    }
}

void LocationCallingPanel::onLocationChosen()
{
    const QString id = currentLocationId();
    m_ui->callingErrorPanel->clearError();
    m_ui->callingStatus->clear();
    if (m_calling && !id.isEmpty()) {
        const State state = m_calling->calling(id).state;
        if (state == State::Unknown || state == State::Failed) {
            m_calling->load(id);
        }
    }
    fillConnections();
    fillMainNumbers();
    updateState();
}

void LocationCallingPanel::fillConnections()
{
    const auto calling = m_calling ? m_calling->calling(currentLocationId()) : LocationCallingController::Calling();
    QList<QPair<QString, QString>> entries;
    if (calling.connection) {
        entries.append({ tr("Keep %1").arg(calling.connection->displayName), QString() });
    } else {
        entries.append({ tr("Choose a PSTN connection…"), QString() });
    }
    for (const model::PstnConnectionOption& option : calling.options) {
        if (!calling.connection || calling.connection->id != option.id) {
            entries.append({ option.displayName, option.id });
        }
    }
    refill(m_ui->pstnConnectionCombo, entries);
}

void LocationCallingPanel::fillMainNumbers()
{
    const auto calling = m_calling ? m_calling->calling(currentLocationId()) : LocationCallingController::Calling();
    QString current;
    QList<QPair<QString, QString>> candidates;
    for (const model::PhoneNumber& number : calling.numbers) {
        if (number.mainNumber.value_or(false)) {
            current = number.phoneNumber;
        } else if (!number.phoneNumber.isEmpty() && number.state == QLatin1String("ACTIVE")
                   && number.includedTelephonyTypes != QLatin1String("MOBILE_NUMBER")) {
            candidates.append({ number.phoneNumber, number.phoneNumber });
        }
    }
    // Numbers added and activated in the same setup can be the main number too.
    const QString type = m_ui->numberTypeCombo->currentData().toString();
    if (numbersAllowed(nullptr) && type != kMobile && m_ui->activateCheck->isChecked()) {
        for (const QString& number : typedNumbers().valid) {
            if (std::none_of(calling.numbers.begin(), calling.numbers.end(), [&number](const auto& known) {
                    return known.phoneNumber == number;
                })) {
                candidates.append({ tr("%1 (added now)").arg(number), number });
            }
        }
    }
    QList<QPair<QString, QString>> entries
        = { { current.isEmpty() ? tr("No main number yet") : tr("Keep %1").arg(current), QString() } };
    entries += candidates;
    // Without a main number, the first candidate is the default; the user can choose another.
    refill(m_ui->mainNumberCombo,
           entries,
           current.isEmpty() && !candidates.isEmpty() ? candidates.first().second : QString());
}

LocationCallingPanel::ParsedNumbers LocationCallingPanel::parseNumbers(const QString& text,
                                                                       const QString& defaultRegion)
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

LocationCallingPanel::ParsedNumbers LocationCallingPanel::typedNumbers() const
{
    const QString region = m_controller ? m_controller->customer().address.country : QString();
    return parseNumbers(m_ui->numbersEdit->toPlainText(), region);
}

bool LocationCallingPanel::numbersAllowed(QString* why) const
{
    const auto calling = m_calling ? m_calling->calling(currentLocationId()) : LocationCallingController::Calling();
    std::optional<model::PstnConnectionOption> connection = calling.connection;
    const QString chosen = m_ui->pstnConnectionCombo->currentData().toString();
    for (const model::PstnConnectionOption& option : calling.options) {
        if (option.id == chosen) {
            connection = option;
        }
    }
    QString reason;
    bool allowed = false;
    if (!connection) {
        reason = tr("Numbers can be added once the location's PSTN provider is chosen.");
    } else if (m_ui->numberTypeCombo->currentData().toString() == kMobile) {
        allowed = connection->pstnServices.contains(QLatin1String("MOBILE_NUMBERS"));
        reason = allowed ? QString() : tr("This connection does not offer mobile numbers.");
    } else {
        allowed = connection->allowsAddingNumbers();
        reason = allowed ? QString()
                         : tr("Numbers of a location on Cisco Calling Plan or an integrated CCP are ordered through "
                              "that PSTN provider; adding them here would corrupt the provider's records, so only "
                              "mobile numbers are offered.");
    }
    if (why) {
        *why = reason;
    }
    return allowed;
}

void LocationCallingPanel::updateState()
{
    const QString id = currentLocationId();
    const auto calling = m_calling ? m_calling->calling(id) : LocationCallingController::Calling();
    const bool loaded = !id.isEmpty() && calling.state == State::Loaded;
    QString why;
    const bool allowed = loaded && numbersAllowed(&why);
    QString pstn;
    if (id.isEmpty()) {
        pstn = tr("Choose the location whose calling you set up.");
    } else if (calling.state == State::Loading || calling.state == State::Unknown) {
        pstn = tr("Reading the location's PSTN connection and numbers…");
    } else if (calling.state == State::Failed) {
        pstn = tr("The location's PSTN connection and numbers could not be read (%1). Choose the location again to "
                  "retry.")
                   .arg(calling.error ? calling.error->message : QString());
    } else {
        pstn = calling.connection ? tr("PSTN: %1.").arg(calling.connection->displayName)
                                  : tr("This location has no PSTN connection yet: choose its PSTN provider below.");
        pstn += QLatin1Char(' ') + (allowed ? tr("Numbers can be added here.") : why);
    }
    m_ui->pstnStatusLabel->setText(pstn);

    const bool running = m_calling && m_calling->isRunning();
    const QString type = m_ui->numberTypeCombo->currentData().toString();
    m_ui->pstnConnectionCombo->setEnabled(loaded && !running);
    m_ui->numberTypeCombo->setEnabled(loaded && !running);
    m_ui->numbersEdit->setEnabled(allowed && !running);
    m_ui->activateCheck->setEnabled(allowed && !running && type != kMobile);
    m_ui->mainNumberCombo->setEnabled(loaded && !running);

    const ParsedNumbers parsed = typedNumbers();
    m_ui->numbersError->setText(parsed.invalid.isEmpty()
                                    ? QString()
                                    : tr("Not valid phone numbers: %1. Write them in E.164, for example "
                                         "+46313300200.")
                                          .arg(parsed.invalid.join(QStringLiteral(", "))));
    m_ui->numbersError->setVisible(!parsed.invalid.isEmpty());
    QString plan;
    if (allowed && !parsed.valid.isEmpty()) {
        const int requests = static_cast<int>(LocationCallingPlan::splitNumbers(parsed.valid, type).size());
        plan = tr("%n number(s)", nullptr, static_cast<int>(parsed.valid.size()));
        if (type == kMobile && requests > 1) {
            plan += QLatin1Char(' ')
                + tr("will be sent as %n request(s): the API takes at most %1 mobile numbers per request.",
                     nullptr,
                     requests)
                      .arg(LocationCallingPlan::kMaxMobileNumbersPerRequest);
        } else {
            plan += QLatin1Char(' ') + tr("will be sent in %n request(s).", nullptr, requests);
        }
        if (type == kMobile) {
            plan += QLatin1Char(' ') + tr("Mobile numbers become active when they are assigned to a user.");
        }
    }
    m_ui->numbersPlan->setText(plan);
    const bool changes = !m_ui->pstnConnectionCombo->currentData().toString().isEmpty()
        || (allowed && !parsed.valid.isEmpty()) || !m_ui->mainNumberCombo->currentData().toString().isEmpty();
    m_ui->setUpCallingButton->setEnabled(loaded && !running && changes && parsed.invalid.isEmpty());
    m_ui->resumeCallingButton->setEnabled(!running);
    m_ui->discardCallingButton->setEnabled(!running);
}

void LocationCallingPanel::setUpCalling()
{
    if (!m_controller || !m_calling || !m_ui->setUpCallingButton->isEnabled()) {
        return;
    }
    const QString id = currentLocationId();
    LocationCallingPlan plan;
    plan.orgId = m_controller->customer().orgId;
    plan.locationId = id;
    plan.connectionId = m_ui->pstnConnectionCombo->currentData().toString();
    if (numbersAllowed(nullptr)) {
        plan.numbers = typedNumbers().valid;
        plan.numberType = m_ui->numberTypeCombo->currentData().toString();
        plan.activate = m_ui->activateCheck->isChecked();
    }
    plan.mainNumber = m_ui->mainNumberCombo->currentData().toString();
    if (const auto location = m_controller->location(id)) {
        plan.callingLineName = location->name;
    }
    m_ui->callingErrorPanel->clearError();
    QString error;
    if (!m_calling->run(plan, &error)) {
        m_ui->callingStatus->setText(error);
        return;
    }
    m_ui->callingStatus->setText(tr("Setting up calling…"));
    updateState();
}

QString LocationCallingPanel::locationName(const QString& locationId) const
{
    const auto location = m_controller ? m_controller->location(locationId) : std::nullopt;
    return location ? location->name : locationId;
}

void LocationCallingPanel::offerInterrupted()
{
    m_interrupted.reset();
    if (m_calling && m_controller) {
        for (const LocationCallingPlan& plan : m_calling->unfinishedSetups()) {
            // A location removed since cannot be set up any more.
            if (m_controller->location(plan.locationId)) {
                m_interrupted = plan;
                break;
            }
        }
    }
    if (m_interrupted) {
        m_ui->interruptedLabel->setText(
            tr("Calling setup of %1 was interrupted:").arg(locationName(m_interrupted->locationId)));
    }
    // The offer takes the form's place until it is resumed or discarded: the form's labels and the offer's buttons
    // are never shown together, so they can share mnemonics in a tab where every other letter is taken.
    m_ui->callingStack->setCurrentWidget(m_interrupted ? m_ui->interruptedBar : m_ui->callingFormPage);
}

void LocationCallingPanel::resumeInterrupted()
{
    if (!m_interrupted || !m_calling || m_calling->isRunning()) {
        return;
    }
    const LocationCallingPlan plan = *m_interrupted;
    // Its progress and its outcome are shown with its location.
    setCurrentLocation(plan.locationId);
    m_ui->callingErrorPanel->clearError();
    m_ui->callingStack->setCurrentWidget(m_ui->callingFormPage);
    QString error;
    if (!m_calling->run(plan, &error)) {
        m_ui->callingStatus->setText(error);
        offerInterrupted();
        return;
    }
    m_resuming = true;
    m_ui->callingStatus->setText(tr("Resuming the calling setup of %1…").arg(locationName(plan.locationId)));
    updateState();
}

void LocationCallingPanel::discardInterrupted()
{
    if (!m_interrupted || !m_calling || m_calling->isRunning()) {
        return;
    }
    const QString name = locationName(m_interrupted->locationId);
    m_calling->discard(*m_interrupted);
    offerInterrupted();
    m_ui->callingStatus->setText(
        tr("The interrupted calling setup of %1 was discarded; the steps it had done stay done.").arg(name));
}

} // namespace onboarder::ui
