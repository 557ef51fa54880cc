#include "ui/views/customers/CustomerDetailsPane.h"

#include "ui_CustomerDetailsPane.h"

#include "model/Countries.h"
#include "model/PackageCatalog.h"
#include "ui/views/customers/CopyableId.h"
#include "ui/views/customers/CustomerStatusExplanation.h"
#include "ui/views/customers/CustomerTableModel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace onboarder::ui {

namespace {
QString detailLine(const model::ErrorDetail& detail)
{
    return detail.errorCode.isEmpty() ? detail.description
                                      : QStringLiteral("%1: %2").arg(detail.errorCode, detail.description);
}
} // namespace

CustomerDetailsPane::CustomerDetailsPane(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    // Until a customer is chosen the pane only asks for one: the details and actions are made then, not at start.
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);
    layout->addStretch();
    styleAsTitle(m_placeholder);
    showCustomer();
}

void CustomerDetailsPane::styleAsTitle(QLabel* label)
{
    label->setProperty("role", QStringLiteral("sectionTitle"));
    QFont title = label->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    label->setFont(title);
}

void CustomerDetailsPane::ensureDetails()
{
    if (m_ui) {
        return;
    }
    m_ui.reset(new Ui::CustomerDetailsPane);
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_ui->setupUi(m_details);
    // The details have the margins the placeholder had, in a layout of their own.
    layout()->setContentsMargins(0, 0, 0, 0);
    delete layout()->replaceWidget(m_placeholder, m_details);
    delete m_placeholder;
    m_placeholder = nullptr;
    styleAsTitle(m_ui->detailsTitle);
    // The external ID beneath the name: the operator's own key, next to the name and never instead of it.
    m_subtitle = new QLabel(m_details);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(m_ui->detailsTitle) + 1, m_subtitle);
    m_ui->packagesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->packagesTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->packagesTree->header()->setStretchLastSection(false);
    m_ui->packagesTree->setMinimumHeight(110);
    m_ui->actionProgress->hide();
    m_customerId = new CopyableId(m_ui->customerIdValue, m_ui->detailsForm, QStringLiteral("copyCustomerIdButton"));
    m_externalId = new CopyableId(m_ui->externalIdValue, m_ui->detailsForm, QStringLiteral("copyExternalIdButton"));
    m_orgId = new CopyableId(m_ui->orgIdValue, m_ui->detailsForm, QStringLiteral("copyOrgIdButton"));
    m_trackingIdField
        = new CopyableId(m_ui->trackingIdValue, m_ui->detailsForm, QStringLiteral("copyTrackingIdButton"));
    // Other long texts are clipped (they stay selectable and complete in the copied text), never widen the pane.
    for (QLabel* label : m_details->findChildren<QLabel*>()) {
        label->setMinimumWidth(1);
    }
    m_ui->copyErrorButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->retryButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->configureButton->setIcon(QIcon(QStringLiteral(":/icons/customers.svg")));
    connect(m_ui->copyErrorButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(errorText());
        showActionResult(tr("Error text copied: paste it into the support ticket."), false);
        emit errorTextCopied();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { emit retryRequested(m_customer.id); });
    connect(m_ui->updatePackagesButton, &QPushButton::clicked, this, [this] {
        emit updatePackagesRequested(m_customer.id);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] { emit deleteRequested(m_customer.id); });
    connect(m_ui->configureButton, &QPushButton::clicked, this, [this] { emit configureRequested(m_customer.id); });
    m_details->show();
}

CustomerDetailsPane::~CustomerDetailsPane() = default;

void CustomerDetailsPane::setCustomer(const model::Customer& customer)
{
    if (!customer.id.isEmpty()) {
        ensureDetails();
    }
    if (customer.id != m_customer.id) {
        m_trackingId.clear();
        if (m_ui) {
            m_ui->actionStatus->clear();
        }
    }
    m_customer = customer;
    showCustomer();
}

const model::Customer& CustomerDetailsPane::customer() const
{
    return m_customer;
}

void CustomerDetailsPane::setTrackingId(const QString& trackingId)
{
    m_trackingId = trackingId;
    if (m_ui) {
        m_trackingIdField->setId(trackingId, QStringLiteral("–"));
    }
}

void CustomerDetailsPane::setBusy(bool busy, const QString& text)
{
    ensureDetails();
    m_busy = busy;
    m_ui->actionProgress->setVisible(busy);
    if (busy) {
        m_ui->actionStatus->setText(text);
        m_ui->actionStatus->setProperty("role", QVariant());
    }
    updateActions();
}

void CustomerDetailsPane::showActionResult(const QString& text, bool isError)
{
    ensureDetails();
    m_ui->actionStatus->setText(text);
    m_ui->actionStatus->setProperty("role", isError ? QStringLiteral("fieldError") : QVariant());
    m_ui->actionStatus->style()->unpolish(m_ui->actionStatus);
    m_ui->actionStatus->style()->polish(m_ui->actionStatus);
}

QString CustomerDetailsPane::actionText() const
{
    return m_ui ? m_ui->actionStatus->text() : QString();
}

QString CustomerDetailsPane::errorText(const QDateTime& at) const
{
    const model::Customer& c = m_customer;
    QStringList lines;
    lines.append(tr("Customer: %1").arg(CustomerTableModel::displayName(c)));
    lines.append(tr("External ID: %1").arg(c.externalId));
    lines.append(tr("Customer ID: %1").arg(c.id));
    if (!c.orgId.isEmpty()) {
        lines.append(tr("Organization ID: %1").arg(c.orgId));
    }
    lines.append(tr("Status: %1").arg(c.status.toWire()));
    for (const model::ErrorDetail& error : c.errors) {
        lines.append(tr("Error %1").arg(detailLine(error)));
    }
    for (const model::PackageDetail& detail : c.packageDetails) {
        if (detail.errors.isEmpty() && detail.warnings.isEmpty() && !detail.status.isFailure()) {
            continue;
        }
        lines.append(tr("Package %1: %2").arg(detail.name, detail.status.toWire()));
        for (const model::ErrorDetail& error : detail.errors) {
            lines.append(tr("  error %1").arg(detailLine(error)));
        }
        for (const model::ErrorDetail& warning : detail.warnings) {
            lines.append(tr("  warning %1").arg(detailLine(warning)));
        }
    }
    lines.append(tr("Tracking ID: %1").arg(m_trackingId.isEmpty() ? tr("(none recorded)") : m_trackingId));
    lines.append(tr("Time: %1").arg(at.toUTC().toString(Qt::ISODate)));
    return lines.join(QLatin1Char('\n'));
}

void CustomerDetailsPane::showCustomer()
{
    const model::Customer& c = m_customer;
    const bool has = !c.id.isEmpty();
    if (!m_ui) {
        m_placeholder->setText(tr("Choose a customer to see its details."));
        return;
    }
    for (QWidget* widget : m_details->findChildren<QWidget*>()) {
        if (widget != m_ui->detailsTitle && widget->parent() == m_details) {
            widget->setVisible(has && widget != m_ui->actionProgress);
        }
    }
    m_ui->actionProgress->setVisible(has && m_busy);
    if (!has) {
        m_ui->detailsTitle->setText(tr("Choose a customer to see its details."));
        return;
    }
    m_ui->detailsTitle->setText(CustomerTableModel::displayName(c));
    m_subtitle->setText(c.customerInfo.name.isEmpty() ? tr("No name known yet")
                                                      : tr("External ID: %1").arg(c.externalId));
    m_ui->statusLabel->setText(QStringLiteral("<img src=\"%1\" width=\"16\" height=\"16\"> %2")
                                   .arg(CustomerTableModel::statusIconPath(c.status.value()),
                                        CustomerStatusExplanation::meaning(c.status).toHtmlEscaped()));
    m_ui->adviceLabel->setText(CustomerStatusExplanation::whatToDo(c));
    m_customerId->setId(c.id);
    m_externalId->setId(c.externalId);
    m_orgId->setId(c.orgId, tr("None yet"));
    const QString country = model::Countries::name(c.address.country, QLocale());
    m_ui->countryValue->setText(country.isEmpty() ? c.address.country : country);
    QStringList address;
    for (const QString& part : { c.address.line1,
                                 c.address.line2,
                                 QStringList { c.address.postalCode, c.address.city }.join(QLatin1Char(' ')).trimmed(),
                                 c.address.stateOrProvince }) {
        if (!part.isEmpty()) {
            address.append(part);
        }
    }
    m_ui->addressValue->setText(address.join(QStringLiteral(", ")));
    m_trackingIdField->setId(m_trackingId, QStringLiteral("–"));

    m_ui->packagesTree->clear();
    QStringList listed;
    auto addPackage = [this](const QString& name, const QString& status) {
        auto* item = new QTreeWidgetItem(m_ui->packagesTree, { model::PackageCatalog::displayName(name), status });
        item->setToolTip(0, name);
        return item;
    };
    for (const model::PackageDetail& detail : c.packageDetails) {
        QTreeWidgetItem* item = addPackage(detail.name, detail.status.displayName());
        item->setIcon(1,
                      QIcon(detail.status.isFailure()
                                ? QStringLiteral(":/icons/error.svg")
                                : (detail.status == model::PackageStatus::Provisioned ? QStringLiteral(":/icons/ok.svg")
                                                                                      : QString())));
        for (const model::ErrorDetail& error : detail.errors) {
            auto* child = new QTreeWidgetItem(item, { detailLine(error), tr("Error") });
            child->setIcon(1, QIcon(QStringLiteral(":/icons/error.svg")));
            child->setToolTip(
                0,
                QStringList { detailLine(error), CustomerStatusExplanation::adviceForCode(error.errorCode) }
                    .join(QLatin1Char('\n'))
                    .trimmed());
        }
        for (const model::ErrorDetail& warning : detail.warnings) {
            auto* child = new QTreeWidgetItem(item, { detailLine(warning), tr("Warning") });
            child->setIcon(1, QIcon(QStringLiteral(":/icons/warning.svg")));
            child->setToolTip(
                0,
                QStringList { detailLine(warning), CustomerStatusExplanation::adviceForCode(warning.errorCode) }
                    .join(QLatin1Char('\n'))
                    .trimmed());
        }
        listed.append(detail.name);
    }
    for (const QString& name : c.packages) {
        if (!listed.contains(name)) {
            addPackage(name, tr("Ordered"));
        }
    }
    m_ui->packagesTree->expandAll();

    QStringList errors;
    for (const model::ErrorDetail& error : c.errors) {
        errors.append(detailLine(error));
    }
    m_ui->errorsLabel->setText(errors.isEmpty() ? QString() : tr("Errors:\n%1").arg(errors.join(QLatin1Char('\n'))));
    m_ui->errorsLabel->setVisible(!errors.isEmpty());
    updateActions();
}

void CustomerDetailsPane::updateActions()
{
    const model::CustomerStatus& s = m_customer.status;
    const bool has = !m_customer.id.isEmpty();
    const bool transitional = s == model::CustomerStatus::Provisioning || s == model::CustomerStatus::Updating
        || s == model::CustomerStatus::Deleting;
    bool anyError = !m_customer.errors.isEmpty() || s.isFailure();
    for (const model::PackageDetail& detail : m_customer.packageDetails) {
        anyError = anyError || !detail.errors.isEmpty() || !detail.warnings.isEmpty();
    }
    m_ui->copyErrorButton->setEnabled(has && anyError);
    m_ui->retryButton->setEnabled(has && !m_busy && s.isFailure());
    m_ui->updatePackagesButton->setEnabled(has && !m_busy && !transitional
                                           && s != model::CustomerStatus::PendingRplReview);
    m_ui->deleteButton->setEnabled(has && !m_busy && s != model::CustomerStatus::Deleting);
    m_ui->configureButton->setEnabled(has && m_customer.isConfigurable());
    m_ui->configureButton->setToolTip(m_ui->configureButton->isEnabled()
                                          ? tr("Add users and locations to this customer")
                                          : tr("Available once the customer is provisioned"));
}

void CustomerDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_ui) {
            m_ui->retranslateUi(m_details);
            for (CopyableId* id : { m_customerId, m_externalId, m_orgId, m_trackingIdField }) {
                id->retranslate();
            }
        }
        showCustomer();
    }
    QWidget::changeEvent(event);
}

} // namespace onboarder::ui
