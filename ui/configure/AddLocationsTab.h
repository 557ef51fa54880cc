#pragma once

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class AddLocationsTab;
}

namespace onboarder::ui {

class ConfigureCustomerController;

// "Add locations": a new location of the customer (name, address in the country's format, time zone, language,
// emergency location identifier), the customer's locations, and the calling of a location (LocationCallingPanel):
// PSTN connection, numbers and main number.
class AddLocationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AddLocationsTab(QWidget* parent = nullptr);
    ~AddLocationsTab() override;

    // Not owned.
    void setController(ConfigureCustomerController* controller);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillLocations();
    void createLocation();

    const QScopedPointer<Ui::AddLocationsTab> m_ui;
    QPointer<ConfigureCustomerController> m_controller;
    bool m_creating = false;
};

} // namespace onboarder::ui
