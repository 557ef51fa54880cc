#pragma once

#include "model/Customer.h"

#include <QDateTime>
#include <QScopedPointer>
#include <QWidget>

class QLabel;

namespace Ui {
class CustomerDetailsPane;
}

namespace onboarder::ui {

class CopyableId;

// The right-hand pane of the customers view: everything the API says about one customer, package by package with
// errors and warnings, what its status means and what to do, the tracking ID of the last request, and the actions
// (Copy error text, Retry, Update packages, Delete, Configure customer). The pane only asks for actions through
// signals; the view does the network work and reports back with setBusy()/showActionResult(). Only a placeholder is
// made until a customer is first shown: most starts show none, and the pane is most of the customers page's widgets.
class CustomerDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailsPane(QWidget* parent = nullptr);
    ~CustomerDetailsPane() override;

    // An empty customer (no ID) shows the "choose a customer" state.
    void setCustomer(const model::Customer& customer);
    const model::Customer& customer() const;
    void setTrackingId(const QString& trackingId);
    void setBusy(bool busy, const QString& text = {});
    // An action's outcome under the buttons; errors carry the API's support text.
    void showActionResult(const QString& text, bool isError);
    QString actionText() const;

    // Message, codes, tracking ID and time, for a support ticket.
    QString errorText(const QDateTime& at = QDateTime::currentDateTime()) const;

signals:
    void retryRequested(const QString& customerId);
    void updatePackagesRequested(const QString& customerId);
    void deleteRequested(const QString& customerId);
    void configureRequested(const QString& customerId);
    void errorTextCopied();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Makes the details and actions (Ui::CustomerDetailsPane) in place of the placeholder, once.
    void ensureDetails();
    static void styleAsTitle(QLabel* label);
    void showCustomer();
    void updateActions();

    QScopedPointer<Ui::CustomerDetailsPane> m_ui; // null until a customer is first shown
    QLabel* m_placeholder = nullptr; // "choose a customer", until then
    QWidget* m_details = nullptr; // what m_ui is set up on
    QLabel* m_subtitle = nullptr;
    CopyableId* m_customerId = nullptr;
    CopyableId* m_externalId = nullptr;
    CopyableId* m_orgId = nullptr;
    CopyableId* m_trackingIdField = nullptr;
    model::Customer m_customer;
    QString m_trackingId;
    bool m_busy = false;
};

} // namespace onboarder::ui
