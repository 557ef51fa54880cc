#pragma once

#include "jobs/calling/LocationCallingPlan.h"

#include <QPointer>
#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace Ui {
class LocationCallingPanel;
}

namespace onboarder::ui {

class ConfigureCustomerController;
class LocationCallingController;

// A location's calling in the Configure customer window: choose the PSTN connection from the options the API lists
// for the location, add numbers (where the connection allows it; mobile numbers go in requests of at most 20),
// activate them and choose the main number, then "Set up calling" runs it all as one journaled setup with each
// step's progress and any error (message, code, tracking ID) shown here. A setup a closed window, a crash or a
// refusal left unfinished is offered in the form's place when the customer is opened: Resume runs it on from its
// journal, Discard forgets it.
class LocationCallingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LocationCallingPanel(QWidget* parent = nullptr);
    ~LocationCallingPanel() override;

    // Not owned.
    void setController(ConfigureCustomerController* controller);
    LocationCallingController* callingController() const;
    void setCurrentLocation(const QString& locationId);

    // The numbers typed, in E.164, and the ones that are not valid numbers (as typed).
    struct ParsedNumbers
    {
        QStringList valid;
        QStringList invalid;
    };
    static ParsedNumbers parseNumbers(const QString& text, const QString& defaultRegion);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillLocations();
    void onLocationChosen();
    void fillConnections();
    void fillMainNumbers();
    void updateState();
    void setUpCalling();
    // Shows the first unfinished setup of the customer's locations, if any, with Resume and Discard, instead of the
    // form.
    void offerInterrupted();
    void resumeInterrupted();
    void discardInterrupted();
    QString locationName(const QString& locationId) const;
    QString currentLocationId() const;
    ParsedNumbers typedNumbers() const;
    bool numbersAllowed(QString* why) const;

    const QScopedPointer<Ui::LocationCallingPanel> m_ui;
    QPointer<ConfigureCustomerController> m_controller;
    LocationCallingController* m_calling = nullptr;
    std::optional<jobs::LocationCallingPlan> m_interrupted; // the unfinished setup offered
    bool m_resuming = false; // the setup running is one that was offered
};

} // namespace onboarder::ui
