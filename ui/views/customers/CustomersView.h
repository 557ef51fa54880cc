#pragma once

#include "model/Customer.h"
#include "ui/views/customers/CustomerTableModel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QAbstractItemModel;
class QToolButton;

namespace Ui {
class CustomersView;
}
namespace onboarder::api {
class CustomerNameCache;
class PagedFetch;
class WholesaleClient;
} // namespace onboarder::api
namespace onboarder::jobs {
class CustomerStatusTracker;
}

namespace onboarder::ui {

class CustomerDetailsPane;
class CustomerFilterProxy;

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
    // Where the names of the profile's customers are kept between starts (not owned, may be null); set before
    // setClient() so the list is named from it at once.
    void setNameCache(api::CustomerNameCache* cache, const QString& profile);
    // Requests made for the names since the view was created (the organizations list is one request per load).
    int nameRequestCount() const;
    // True from a load until its names are asked, given to every row and kept in the cache.
    bool isLoadingNames() const;
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
    // The notification shown (empty when none is, or it went stale).
    QString notificationText() const;
    void setNotificationLifetime(std::chrono::milliseconds lifetime);
    // Writes the rows shown (filtered and sorted) as CSV; false with a message on failure.
    bool exportShown(const QString& path, QString* errorMessage = nullptr) const;

public slots:
    void refresh();
    void retryCurrent();
    void updatePackagesCurrent();
    void deleteCurrent();

signals:
    void loaded();
    void newCustomerRequested();
    void importCustomersRequested();
    void configureCustomerRequested(const QString& customerId);
    // A followed customer settled (or was deleted); `message` says how, for a notification.
    void customerSettled(const QString& customerId, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void exportInteractive();
    void fillStatusFilter();
    void onCurrentChanged();
    void onCustomerChanged(const model::Customer& customer);
    void showNotification(const QString& message);
    void notify(const QString& customerId, const QString& message);
    void sendUpdate(const model::Customer& customer, const QString& busyText, const QString& doneText);
    // Sizes the columns but the name's to what the rows hold (fitted once per load), then shares the table's width.
    void fitColumns();
    void shareColumns();
    int headerWidth(int column) const;
    // Lists the pages that came since the last batch: named, followed when in flight, appended in one insert.
    void flushPages();
    void repaintTable();
    // Once the last page is listed: the names asked for if they were not, the columns fitted, loaded().
    void finishLoad();
    void loadNames();
    // Gives the rows listed before the names came their names, a slice per turn of the event loop, so 20,000 rows
    // never hold up the window for longer than a frame.
    void renameSlice();
    void keepNames();
    // Gives the customer the name known for its organization or ID, when the answer had none.
    void name(model::Customer& customer) const;
    void updateStatusText();

    const QScopedPointer<Ui::CustomersView> m_ui;
    CustomerTableModel* m_model;
    CustomerFilterProxy* m_proxy;
    CustomerDetailsPane* m_details = nullptr;
    QToolButton* m_importButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QPointer<api::WholesaleClient> m_client;
    jobs::CustomerStatusTracker* m_tracker = nullptr;
    QPointer<api::PagedFetch> m_fetch;
    std::array<int, CustomerTableModel::ColumnCount> m_fittedWidths {};
    bool m_sharingColumns = false; // shareColumns() is resizing columns
    bool m_columnsSizedByUser = false; // since the last fit
    QHash<QString, QString> m_createdNames; // by customer ID: customers created here, named before the cache has them
    QHash<QString, QString> m_orgNames; // by organization ID, from the organizations list
    api::CustomerNameCache* m_nameCache = nullptr;
    QString m_profile;
    QHash<QString, QString> m_cachedNames; // what the cache holds, by customer ID
    int m_nameRequests = 0;
    int m_loadGeneration = 0; // answers for a load before the last refresh are dropped
    int m_namesKeptForLoad = -1; // the load whose names went to the cache
    bool m_namesRequested = false;
    bool m_namesAnswered = false;
    bool m_loadingNames = false;
    int m_renameRow = -1; // the next row of the renaming pass; -1 when none runs
    int m_renameSliceRows = 1000; // adapted to what fits in a few milliseconds
    QTimer m_renameTimer;
    // Pages are listed while the server answers the next ones and the fetch's worker reads them: the first at once,
    // then those waiting every 50 ms (each listing merges into the sorted rows, a pass over all of them), and the
    // table is repainted at most every 200 ms while pages keep coming.
    QList<QList<model::Customer>> m_pendingPages;
    QTimer m_pageTimer;
    QElapsedTimer m_sinceListed;
    QTimer m_repaintTimer;
    QElapsedTimer m_sinceRepaint;
    bool m_listFetched = false; // the last page came; loaded() once the pages waiting are listed
    QString m_selectAfterLoad;
    QString m_loadError;
    QTimer m_notificationTimer;
};

} // namespace onboarder::ui
