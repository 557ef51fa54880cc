#include "ui/views/customers/CustomersView.h"

#include "ui_CustomersView.h"

#include "api/PagedFetch.h"
#include "api/WholesaleClient.h"
#include "ui/views/customers/CustomerTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace onboarder::ui {

CustomersView::CustomersView(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CustomersView)
    , m_model(new CustomerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->customersTitle->setProperty("role", QStringLiteral("pageTitle"));
    m_ui->refreshCustomersButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->customersTable->setModel(m_proxy);
    m_ui->customersTable->verticalHeader()->hide();
    m_ui->customersTable->horizontalHeader()->setSectionResizeMode(CustomerTableModel::NameColumn,
                                                                   QHeaderView::Stretch);
    m_ui->customersTable->horizontalHeader()->setSectionResizeMode(CustomerTableModel::ExternalIdColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->customersTable->horizontalHeader()->setSectionResizeMode(CustomerTableModel::StatusColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->customersTable->horizontalHeader()->setSectionResizeMode(CustomerTableModel::CountryColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->customersTable->sortByColumn(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    connect(m_ui->customerSearchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->refreshCustomersButton, &QToolButton::clicked, this, &CustomersView::refresh);
}

CustomersView::~CustomersView()
{
    if (m_fetch) {
        m_fetch->cancel();
    }
}

void CustomersView::setClient(api::WholesaleClient* client)
{
    m_client = client;
    refresh();
}

QAbstractItemModel* CustomersView::model() const
{
    return m_proxy;
}

bool CustomersView::isLoading() const
{
    return !m_fetch.isNull();
}

void CustomersView::updateNameColumn()
{
    // The wholesale customer list carries no company name (customerInfo is only sent on create), so a Name column
    // with nothing in it is hidden and the External ID takes its width.
    bool anyName = false;
    for (int row = 0; row < m_model->rowCount() && !anyName; ++row) {
        anyName = !m_model->index(row, CustomerTableModel::NameColumn).data().toString().isEmpty();
    }
    QHeaderView* header = m_ui->customersTable->horizontalHeader();
    m_ui->customersTable->setColumnHidden(CustomerTableModel::NameColumn, !anyName);
    header->setSectionResizeMode(CustomerTableModel::ExternalIdColumn,
                                 anyName ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    if (!anyName && header->sortIndicatorSection() == CustomerTableModel::NameColumn) {
        m_ui->customersTable->sortByColumn(CustomerTableModel::ExternalIdColumn, header->sortIndicatorOrder());
    }
}

void CustomersView::refresh()
{
    if (m_fetch) {
        m_fetch->cancel();
    }
    m_model->clear();
    if (!m_client) {
        m_ui->customersStatus->setText(tr("Not connected."));
        return;
    }
    m_ui->customersStatus->setText(tr("Loading customers…"));
    m_fetch = m_client->listCustomers(
        {},
        this,
        [this](const QList<model::Customer>& page) {
            m_model->append(page);
            updateNameColumn();
        },
        [this](const std::optional<api::ApiError>& error) {
            m_fetch = nullptr;
            if (error) {
                m_ui->customersStatus->setText(tr("Could not load the customers: %1").arg(error->toSupportText()));
            } else {
                m_ui->customersStatus->setText(tr("%n customer(s).", nullptr, m_model->rowCount()));
            }
            emit loaded();
        });
}

} // namespace onboarder::ui
