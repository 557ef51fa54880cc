#pragma once

#include "model/Customer.h"

#include <QHash>
#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;

namespace Ui {
class CustomersView;
}
namespace onboarder::api {
class PagedFetch;
class WholesaleClient;
} // namespace onboarder::api
namespace onboarder::jobs {
class CustomerStatusTracker;
}

namespace onboarder::ui {

class CustomerDetailsPane;
class CustomerFilterProxy;
class CustomerTableModel;

// The "Customers" page: every customer of the profile, streamed in page by page, with instant text and status
// filters and sorting; customers in provisioning/updating/deleting are followed live (CustomerStatusTracker) and
// their rows change in place, with a notification when one settles. The detail pane beside the table shows the
// selected customer in full and offers Retry, Update packages, Delete (typed confirmation) and Configure customer.
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(QWidget* parent = nullptr);
    ~CustomersView() override;

    // Not owned; null clears the view.
    void setClient(api::WholesaleClient* client);
    QAbstractItemModel* model() const; // what the table shows: filtered and sorted
    CustomerTableModel* customerModel() const;
    CustomerFilterProxy* filterProxy() const;
    jobs::CustomerStatusTracker* tracker() const;
    CustomerDetailsPane* detailsPane() const;
    bool isLoading() const;

    bool selectCustomer(const QString& customerId);
    QString currentCustomerId() const;
    // A customer the wizard just created: listed (with the name we know), selected and followed.
    void addCreatedCustomer(const model::Customer& customer);
    void setTextFilter(const QString& text);
    void setStatusFilter(std::optional<model::CustomerStatus::Value> status);
    QString notificationText() const;

public slots:
    void refresh();
    void retryCurrent();
    void updatePackagesCurrent();
    void deleteCurrent();

signals:
    void loaded();
    void newCustomerRequested();
    void configureCustomerRequested(const QString& customerId);
    // A followed customer settled (or was deleted); `message` says how, for a notification.
    void customerSettled(const QString& customerId, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillStatusFilter();
    void onCurrentChanged();
    void onCustomerChanged(const model::Customer& customer);
    void notify(const QString& customerId, const QString& message);
    void sendUpdate(const model::Customer& customer, const QString& busyText, const QString& doneText);
    void updateNameColumn(bool anyName);
    void updateStatusText();

    const QScopedPointer<Ui::CustomersView> m_ui;
    CustomerTableModel* m_model;
    CustomerFilterProxy* m_proxy;
    CustomerDetailsPane* m_details;
    QPointer<api::WholesaleClient> m_client;
    jobs::CustomerStatusTracker* m_tracker = nullptr;
    QPointer<api::PagedFetch> m_fetch;
    QHash<QString, QString> m_knownNames; // names the API does not list, known from customers created here
    QString m_selectAfterLoad;
    bool m_anyName = false;
    QString m_loadError;
};

} // namespace onboarder::ui
