#pragma once

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class NewLocationDialog;
}

namespace onboarder::ui {

class ConfigureCustomerController;

// "Add a new location…" from the users table: the location form, created through the controller; the dialog
// closes once the location exists, and errors stay in it with their details.
class NewLocationDialog : public QDialog
{
    Q_OBJECT

public:
    NewLocationDialog(ConfigureCustomerController* controller, QWidget* parent = nullptr);
    ~NewLocationDialog() override;

    QString createdLocationId() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void create();
    void setBusy(bool busy);

    const QScopedPointer<Ui::NewLocationDialog> m_ui;
    QPointer<ConfigureCustomerController> m_controller;
    QString m_createdId;
    bool m_busy = false;
};

} // namespace onboarder::ui
