#pragma once

#include <QPointer>
#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

namespace Ui {
class AddLocationsTab;
}

namespace onboarder::ui {

class ConfigureCustomerController;

// "Add locations": a new location of the customer (name, address in the country's format, time zone, language,
// emergency location identifier), then phone numbers for a location, offered only where its PSTN connection allows
// adding numbers, with mobile numbers sent in requests of at most 20.
class AddLocationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AddLocationsTab(QWidget* parent = nullptr);
    ~AddLocationsTab() override;

    // Not owned.
    void setController(ConfigureCustomerController* controller);

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
    void updateNumbers();
    void createLocation();
    void addNumbers();
    QString currentLocationId() const;

    const QScopedPointer<Ui::AddLocationsTab> m_ui;
    QPointer<ConfigureCustomerController> m_controller;
    bool m_creating = false;
};

} // namespace onboarder::ui
