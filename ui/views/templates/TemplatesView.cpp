#include "ui/views/templates/TemplatesView.h"

#include "ui_TemplatesView.h"

#include "api/WholesaleClient.h"
#include "jobs/TemplateStore.h"
#include "ui/export/TemplateExporter.h"
#include "ui/views/templates/TemplateDetailsDialog.h"
#include "ui/views/templates/TemplateTableModel.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>

namespace onboarder::ui {

TemplatesView::TemplatesView(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::TemplatesView)
    , m_model(new TemplateTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->templatesTitle->setProperty("role", QStringLiteral("pageTitle"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1); // search every column
    m_ui->templatesTable->setModel(m_proxy);
    m_ui->templatesTable->sortByColumn(TemplateTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->templatesTable->verticalHeader()->hide();
    m_ui->templatesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->templatesTable->horizontalHeader()->setSectionResizeMode(TemplateTableModel::NameColumn,
                                                                   QHeaderView::Stretch);
    // Country, method and the Provisioning ID are read in full; the name takes the rest.
    for (int column : { TemplateTableModel::CountryColumn,
                        TemplateTableModel::AuthColumn,
                        TemplateTableModel::ProvisioningIdColumn }) {
        m_ui->templatesTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_ui->templatesTable->horizontalHeader()->setStretchLastSection(false);

    m_ui->newTemplateButton->setIcon(QIcon(QStringLiteral(":/icons/new-template.svg")));
    m_ui->openTemplateButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->duplicateTemplateButton->setIcon(QIcon(QStringLiteral(":/icons/duplicate.svg")));
    m_ui->deleteTemplateButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->exportTemplateButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_ui->refreshTemplatesButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->copyCurrentProvisioningIdButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->createCustomerFromTemplateButton->setIcon(QIcon(QStringLiteral(":/icons/customers.svg")));

    connect(m_ui->templateSearchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->newTemplateButton, &QPushButton::clicked, this, &TemplatesView::createTemplateRequested);
    connect(m_ui->openTemplateButton, &QPushButton::clicked, this, &TemplatesView::openCurrent);
    connect(m_ui->duplicateTemplateButton, &QPushButton::clicked, this, &TemplatesView::duplicateCurrent);
    connect(m_ui->deleteTemplateButton, &QPushButton::clicked, this, &TemplatesView::deleteCurrent);
    connect(m_ui->exportTemplateButton, &QPushButton::clicked, this, &TemplatesView::exportCurrent);
    connect(m_ui->refreshTemplatesButton, &QToolButton::clicked, this, &TemplatesView::refresh);
    connect(m_ui->templatesTable, &QTableView::activated, this, &TemplatesView::openCurrent);
    connect(m_ui->copyCurrentProvisioningIdButton, &QPushButton::clicked, this, &TemplatesView::copyProvisioningId);
    connect(m_ui->createCustomerFromTemplateButton, &QPushButton::clicked, this, [this] {
        if (const auto current = currentTemplate(); current && !current->provisioningId.isEmpty()) {
            emit createCustomerRequested(*current);
        }
    });
    connect(m_ui->templatesTable->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &TemplatesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TemplatesView::updateActions);
    // Ctrl+C on a row copies what the next step needs, its Provisioning ID, rather than the cell's text.
    m_ui->templatesTable->installEventFilter(this);
    updateActions();
}

bool TemplatesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->templatesTable && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copyProvisioningId();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TemplatesView::copyProvisioningId()
{
    const auto current = currentTemplate();
    if (!current || current->provisioningId.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(current->provisioningId);
    showStatus(tr("Provisioning ID of %1 copied.").arg(current->name));
}

TemplatesView::~TemplatesView() = default;

void TemplatesView::setStore(jobs::TemplateStore* store, const QString& profileName)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    m_profileName = profileName;
    m_model->setTemplates(store ? store->templates() : QList<model::OnboardingTemplate>());
    if (store) {
        connect(store, &jobs::TemplateStore::templatesChanged, this, [this] {
            const auto current = currentTemplate();
            m_model->setTemplates(m_store->templates());
            if (current) {
                selectTemplate(current->name);
            }
            showCount();
        });
        connect(store, &jobs::TemplateStore::loadFailed, this, [this](const QString& text) {
            showStatus(tr("Could not load the templates: %1").arg(text), true);
        });
    }
    updateSourceLabel();
    updateActions();
}

void TemplatesView::setClient(api::WholesaleClient* client)
{
    m_client = client;
}

void TemplatesView::showSubmitted(const QString& name)
{
    m_submittedName = name;
    selectTemplate(name);
    updateCurrentPanel();
}

void TemplatesView::updateSourceLabel()
{
    if (!m_store) {
        m_ui->templatesSourceLabel->setText(tr("Not connected"));
        return;
    }
    const bool sandbox = m_store->backend() == jobs::TemplateStore::Backend::Sandbox;
    m_ui->templatesSourceLabel->setText(sandbox ? tr("Templates of the demo sandbox")
                                                : tr("Local template library (Webex has no template API)"));
}

void TemplatesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString search = m_ui->templateSearchEdit->text();
        m_ui->retranslateUi(this);
        m_ui->templateSearchEdit->setText(search);
        updateSourceLabel();
        updateCurrentPanel();
        m_model->retranslate();
        m_proxy->invalidate(); // sorting by country follows the names of the new language
        // The count says itself in the new language; other messages are about what was done and stay as they were.
        if (m_statusIsCount) {
            showCount();
        }
    }
    QWidget::changeEvent(event);
}

jobs::TemplateStore* TemplatesView::store() const
{
    return m_store;
}

QAbstractItemModel* TemplatesView::model() const
{
    return m_proxy;
}

std::optional<model::OnboardingTemplate> TemplatesView::currentTemplate() const
{
    const QModelIndex index = m_ui->templatesTable->currentIndex();
    if (!index.isValid()) {
        return std::nullopt;
    }
    return m_model->templateAt(m_proxy->mapToSource(index).row());
}

bool TemplatesView::selectTemplate(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    m_ui->templatesTable->setCurrentIndex(index);
    m_ui->templatesTable->selectRow(index.row());
    return true;
}

void TemplatesView::setConfirmAnswer(std::function<QMessageBox::StandardButton()> answer)
{
    m_confirmAnswer = std::move(answer);
}

void TemplatesView::refresh()
{
    if (m_store) {
        showStatus(tr("Loading…"));
        m_store->refresh();
    }
}

void TemplatesView::updateActions()
{
    const bool has = currentTemplate().has_value();
    m_ui->newTemplateButton->setEnabled(true);
    m_ui->openTemplateButton->setEnabled(has);
    m_ui->duplicateTemplateButton->setEnabled(has && m_store);
    m_ui->deleteTemplateButton->setEnabled(has && m_store);
    m_ui->exportTemplateButton->setEnabled(has);
    updateCurrentPanel();
}

void TemplatesView::updateCurrentPanel()
{
    const auto current = currentTemplate();
    m_ui->currentTemplatePanel->setVisible(current.has_value());
    if (!current) {
        return;
    }
    const bool hasId = !current->provisioningId.isEmpty();
    if (current->name == m_submittedName) {
        m_ui->currentTemplateLabel->setText(tr("New template “%1” submitted. Provisioning ID:").arg(current->name));
    } else {
        m_ui->currentTemplateLabel->setText(tr("Provisioning ID of “%1”:").arg(current->name));
    }
    m_ui->currentProvisioningIdEdit->setText(hasId ? current->provisioningId : QString());
    m_ui->currentProvisioningIdEdit->setPlaceholderText(
        hasId ? QString() : tr("Not known yet: open the template and paste the ID Partner Hub shows"));
    m_ui->currentProvisioningIdEdit->setCursorPosition(0);
    m_ui->copyCurrentProvisioningIdButton->setEnabled(hasId);
    m_ui->createCustomerFromTemplateButton->setEnabled(hasId);
}

void TemplatesView::showCount()
{
    showStatus(tr("%n template(s).", nullptr, m_store ? static_cast<int>(m_store->templates().size()) : 0));
    m_statusIsCount = true;
}

void TemplatesView::showStatus(const QString& text, bool isError)
{
    m_statusIsCount = false;
    m_ui->templatesStatus->setProperty("role", isError ? QStringLiteral("fieldError") : QString());
    m_ui->templatesStatus->style()->unpolish(m_ui->templatesStatus);
    m_ui->templatesStatus->style()->polish(m_ui->templatesStatus);
    m_ui->templatesStatus->setText(text);
}

void TemplatesView::openCurrent()
{
    const auto current = currentTemplate();
    if (!current) {
        return;
    }
    auto* dialog = new TemplateDetailsDialog(*current, m_store, m_profileName, this);
    dialog->setClient(m_client);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TemplatesView::duplicateCurrent()
{
    const auto current = currentTemplate();
    if (!current || !m_store) {
        return;
    }
    model::OnboardingTemplate copy = *current;
    copy.name = m_store->uniqueCopyName(current->name);
    copy.provisioningId.clear(); // a copy is a new template: Partner Hub or the sandbox issues its own ID
    const QString name = copy.name;
    m_store->create(copy, this, [this, name](const api::ApiResult<model::OnboardingTemplate>& result) {
        if (result.ok()) {
            showStatus(tr("Created %1.").arg(name));
        } else {
            showStatus(result.error ? result.error->toSupportText() : tr("Could not duplicate the template."), true);
        }
    });
}

void TemplatesView::deleteCurrent()
{
    const auto current = currentTemplate();
    if (!current || !m_store) {
        return;
    }
    QMessageBox::StandardButton answer;
    if (m_confirmAnswer) {
        answer = m_confirmAnswer();
    } else {
        answer = QMessageBox::question(
            this,
            tr("Delete Template"),
            tr("Delete the onboarding template %1? Customers already created from it are not affected.")
                .arg(current->name),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
    }
    if (answer != QMessageBox::Yes) {
        return;
    }
    const QString name = current->name;
    m_store->remove(*current, this, [this, name](const api::ApiResult<bool>& result) {
        if (result.ok()) {
            showStatus(tr("Deleted %1.").arg(name));
        } else {
            showStatus(result.error ? result.error->toSupportText() : tr("Could not delete the template."), true);
        }
    });
}

bool TemplatesView::exportCurrentTo(const QString& filePath, QString* errorMessage)
{
    const auto current = currentTemplate();
    if (!current) {
        return false;
    }
    return TemplateExporter::exportTo(
        *current, { m_profileName, QDateTime::currentDateTime(), QLocale() }, filePath, errorMessage);
}

void TemplatesView::exportCurrent()
{
    const auto current = currentTemplate();
    if (!current) {
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(current->name + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Template Summary"), suggested, TemplateExporter::fileDialogFilter());
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportCurrentTo(path, &error)) {
        showStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        showStatus(error, true);
    }
}

} // namespace onboarder::ui
