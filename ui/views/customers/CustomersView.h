#pragma once

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

class QAbstractItemModel;
class QSortFilterProxyModel;

namespace Ui {
class CustomersView;
}
namespace onboarder::api {
class PagedFetch;
class WholesaleClient;
} // namespace onboarder::api

namespace onboarder::ui {

class CustomerTableModel;

// The "Customers" page: the partner's wholesale customers (GET /wholesale/customers, all pages), read-only for now,
// searchable and sortable.
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(QWidget* parent = nullptr);
    ~CustomersView() override;

    // Not owned; null clears the view.
    void setClient(api::WholesaleClient* client);
    QAbstractItemModel* model() const;
    bool isLoading() const;

public slots:
    void refresh();

signals:
    void loaded();

private:
    void updateNameColumn();

    const QScopedPointer<Ui::CustomersView> m_ui;
    CustomerTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<api::WholesaleClient> m_client;
    QPointer<api::PagedFetch> m_fetch;
};

} // namespace onboarder::ui
