#pragma once

#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class DeleteCustomerDialog;
}

namespace onboarder::ui {

// Asks for a customer's name to be typed before it is deleted: Delete stays disabled until the text matches exactly.
class DeleteCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteCustomerDialog(const QString& customerName, QWidget* parent = nullptr);
    ~DeleteCustomerDialog() override;

    QPushButton* deleteButton() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButton();

    const QScopedPointer<Ui::DeleteCustomerDialog> m_ui;
    QString m_name;
    QPushButton* m_delete;
};

} // namespace onboarder::ui
