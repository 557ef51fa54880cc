#include "ui/configure/AddUsersTab.h"

#include "ui_AddUsersTab.h"

#include "jobs/import/SubscriberImportFile.h"
#include "model/PackageCatalog.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/EmptyViewNotice.h"
#include "ui/configure/NewLocationDialog.h"
#include "ui/configure/RemoveUserRowsCommand.h"
#include "ui/configure/SetUserColumnCommand.h"
#include "ui/configure/SetUserColumnDialog.h"
#include "ui/configure/UnsentUsersStore.h"
#include "ui/configure/UserProblemsFilter.h"
#include "ui/configure/UserRowDelegate.h"
#include "ui/configure/UserTableModel.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QUndoStack>

#include <utility>

namespace onboarder::ui {

AddUsersTab::AddUsersTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::AddUsersTab)
    , m_model(new UserTableModel(this))
    , m_filter(new UserProblemsFilter(m_model, this))
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    // The view shows the rows through the filter: every index the view gives is mapped to the model's row.
    m_ui->usersTable->setModel(m_filter);
    m_emptyNotice = new EmptyViewNotice(m_ui->usersTable);
    m_emptyNotice->setObjectName(QStringLiteral("usersTableNotice"));
    m_ui->usersTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                      | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    auto* header = m_ui->usersTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[] = { 100, 110, 220, 130, 130, 140, 80 };
    for (int column = 0; column < UserTableModel::Status; ++column) {
        m_ui->usersTable->setColumnWidth(column, widths[column]);
    }
    m_ui->usersProgress->hide();
    m_ui->resumeBanner->hide();
    m_ui->resumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    connect(m_ui->resumeRunButton, &QPushButton::clicked, this, &AddUsersTab::resumeUnfinishedRun);
    connect(m_ui->discardRunButton, &QPushButton::clicked, this, &AddUsersTab::discardUnfinishedRun);
    m_ui->usersSummary->setTextFormat(Qt::PlainText);
    connect(m_ui->addRowButton, &QPushButton::clicked, this, &AddUsersTab::addRow);
    connect(m_ui->importUsersButton, &QPushButton::clicked, this, &AddUsersTab::importFileInteractive);
    connect(m_ui->removeRowButton, &QPushButton::clicked, this, &AddUsersTab::removeRows);
    connect(m_ui->setForSelectedButton, &QPushButton::clicked, this, &AddUsersTab::openSetColumnDialog);
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, this, &AddUsersTab::setProblemsOnly);
    m_ui->usersTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->usersTable, &QWidget::customContextMenuRequested, this, &AddUsersTab::showContextMenu);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AddUsersTab::updateEmptyNotice);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AddUsersTab::updateEmptyNotice);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AddUsersTab::updateEmptyNotice);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AddUsersTab::updateEmptyNotice);
    // Ctrl+Z anywhere in the tab undoes the last removal or the last value set for the selected rows.
    QAction* undo = m_undoStack->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoRemoveAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    // A notice about the last step ("Package set on 3 rows") is stale once the stack moves.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        m_notice.clear();
        updateActions();
    });
    connect(m_ui->checkUsersButton, &QPushButton::clicked, this, &AddUsersTab::check);
    connect(m_ui->provisionUsersButton, &QPushButton::clicked, this, &AddUsersTab::provision);
    connect(m_ui->cancelUsersButton, &QPushButton::clicked, this, [this] {
        if (m_provisioning) {
            m_provisioning->cancel();
            m_ui->usersProgressLabel->setText(tr("Stopping: users already sent are recorded as they answer…"));
        }
    });
    connect(m_ui->resendConsentButton, &QPushButton::clicked, this, &AddUsersTab::resendConsent);
    connect(m_model, &UserTableModel::validityChanged, this, &AddUsersTab::updateActions);
    connect(
        m_ui->usersTable->selectionModel(), &QItemSelectionModel::currentChanged, this, &AddUsersTab::updateActions);
    connect(
        m_ui->usersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AddUsersTab::updateActions);
    retranslateUi();
    updateActions();
}

AddUsersTab::~AddUsersTab()
{
    // The undo stack is cleared as it is deleted with the children, after this tab's members are gone.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

UserTableModel* AddUsersTab::model() const
{
    return m_model;
}

void AddUsersTab::setControllers(ConfigureCustomerController* customer, UserProvisioningController* provisioning)
{
    m_customer = customer;
    m_provisioning = provisioning;
    m_delegate = new UserRowDelegate(customer, this);
    m_ui->usersTable->setItemDelegate(m_delegate);
    connect(m_delegate, &UserRowDelegate::newLocationRequested, this, &AddUsersTab::requestNewLocation);
    connect(customer, &ConfigureCustomerController::loaded, this, [this] {
        updateContext();
        if (!m_ready) {
            m_ready = true;
            restoreKeptUsers();
        }
        if (m_model->rowCount() == 0 && m_pendingImport.isEmpty()) {
            addRow();
        }
        if (!m_pendingImport.isEmpty()) {
            importFileAndSay(std::exchange(m_pendingImport, QString()));
        }
        // Once per window: later runs of this window are in its table already.
        if (!m_lookedForUnfinishedRuns) {
            m_lookedForUnfinishedRuns = true;
            offerUnfinishedRun();
        }
    });
    connect(customer, &ConfigureCustomerController::locationsChanged, this, &AddUsersTab::updateContext);
    connect(customer, &ConfigureCustomerController::usersChanged, this, &AddUsersTab::updateContext);
    connect(customer, &ConfigureCustomerController::numbersLoaded, this, &AddUsersTab::updateContext);
    // A row's location decides its numbers: load them once a location is chosen.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        if (!m_customer || from.column() > UserTableModel::Location || to.column() < UserTableModel::Location) {
            return;
        }
        for (int row = from.row(); row <= to.row(); ++row) {
            const QString locationId = m_model->index(row, UserTableModel::Location).data(Qt::EditRole).toString();
            if (!locationId.isEmpty() && !m_customer->hasNumbers(locationId)) {
                m_customer->loadNumbers(locationId);
            }
        }
    });

    connect(provisioning, &UserProvisioningController::started, this, &AddUsersTab::onStarted);
    connect(provisioning, &UserProvisioningController::finished, this, &AddUsersTab::onFinished);
    connect(provisioning, &UserProvisioningController::rowStarted, this, [this](int row) {
        m_model->setState(row,
                          m_stage == UserProvisioningController::Stage::Precheck
                              ? UserTableModel::RowState::Checking
                              : UserTableModel::RowState::Provisioning);
        m_ui->usersTable->scrollTo(viewIndex(row, 0));
    });
    connect(provisioning, &UserProvisioningController::rowPrechecked, this, [this](int row) {
        ++m_done;
        m_model->setState(row, UserTableModel::RowState::Checked);
        m_ui->usersProgress->setValue(m_done + m_failed);
    });
    connect(provisioning,
            &UserProvisioningController::rowProvisioned,
            this,
            [this](int row, const model::Subscriber& subscriber) {
                ++m_done;
                if (subscriber.status == model::SubscriberStatus::PendingUserMigration) {
                    ++m_pending;
                }
                m_model->setResult(row, subscriber);
                m_ui->usersProgress->setValue(m_done + m_failed);
            });
    connect(provisioning, &UserProvisioningController::rowFailed, this, [this](int row, const api::ApiError& error) {
        ++m_failed;
        // One line in the table; the tooltip and the copy button give the whole text.
        QString text = error.message;
        if (!error.firstErrorCode().isEmpty()) {
            text += QLatin1Char(' ') + tr("(code %1)").arg(error.firstErrorCode());
        }
        if (!error.trackingId.isEmpty()) {
            text += QLatin1Char(' ') + tr("Tracking ID: %1").arg(error.trackingId);
        }
        m_model->setState(row,
                          m_stage == UserProvisioningController::Stage::Precheck ? UserTableModel::RowState::CheckFailed
                                                                                 : UserTableModel::RowState::Failed,
                          text);
        m_ui->usersErrorPanel->showError(tr("Row %1 failed.").arg(row + 1), error);
        m_ui->usersProgress->setValue(m_done + m_failed);
    });
    connect(provisioning, &UserProvisioningController::consentEmailSent, this, [this](int row) {
        const QString email = m_model->index(row, UserTableModel::Email).data().toString();
        m_notice = tr("The consent email was sent again to %1.").arg(email);
        m_model->setState(row,
                          UserTableModel::RowState::PendingMigration,
                          tr("Consent email sent again; the user must accept the move to this organization."));
        updateActions();
    });
    connect(
        provisioning, &UserProvisioningController::consentEmailFailed, this, [this](int, const api::ApiError& error) {
            m_ui->usersErrorPanel->showError(tr("The consent email could not be sent."), error);
        });
}

void AddUsersTab::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
    updateResumeBanner();
    updateActions();
}

void AddUsersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AddUsersTab::updateContext()
{
    if (!m_customer || !m_customer->isLoaded()) {
        return;
    }
    UserTableModel::Context context;
    context.customerId = m_customer->customerId();
    context.defaultRegion = m_customer->customer().address.country;
    context.packages = m_customer->subscriberPackages();
    context.locations = m_customer->locations();
    for (const model::Location& location : *context.locations) {
        if (m_customer->hasNumbers(location.id)) {
            QStringList numbers;
            for (const model::PhoneNumber& number : m_customer->availableNumbers(location.id)) {
                numbers.append(number.phoneNumber);
            }
            context.freeNumbers.insert(location.id, numbers);
        }
    }
    for (const model::Subscriber& subscriber : m_customer->subscribers()) {
        context.existingEmails.insert(model::SubscriberBatchRules::emailKey(subscriber.email));
    }
    m_model->setContext(context);
}

int AddUsersTab::selectedRow() const
{
    return m_filter->sourceRow(m_ui->usersTable->currentIndex());
}

QModelIndex AddUsersTab::viewIndex(int row, int column) const
{
    return m_filter->mapFromSource(m_model->index(row, column));
}

UserProvisioningController::Rows AddUsersTab::pendingRows() const
{
    UserProvisioningController::Rows rows;
    for (int row : m_model->rowsToSend()) {
        rows.append({ row, m_model->request(row) });
    }
    return rows;
}

void AddUsersTab::updateActions()
{
    const bool ready = m_customer && m_customer->isLoaded();
    const bool running = m_provisioning && m_provisioning->isRunning();
    const int invalid = m_model->invalidRowCount();
    const QList<int> toSend = m_model->rowsToSend();
    bool allChecked = !toSend.isEmpty();
    for (int row : toSend) {
        allChecked = allChecked && m_model->state(row) == UserTableModel::RowState::Checked;
    }
    m_ui->addRowButton->setEnabled(ready && !running);
    m_ui->importUsersButton->setEnabled(ready && !running);
    const int selected = selectedRow();
    const bool anySelected = !selectedRows().isEmpty();
    m_ui->removeRowButton->setEnabled(ready && !running && anySelected);
    m_ui->setForSelectedButton->setEnabled(ready && !running && anySelected);
    m_ui->checkUsersButton->setEnabled(ready && !running && invalid == 0 && !toSend.isEmpty());
    m_ui->provisionUsersButton->setEnabled(ready && !running && invalid == 0 && allChecked);
    m_ui->cancelUsersButton->setVisible(running);
    m_ui->resendConsentButton->setEnabled(!running && selected >= 0
                                          && m_model->state(selected) == UserTableModel::RowState::PendingMigration
                                          && !m_model->subscriberId(selected).isEmpty());

    // Why a button is disabled, in words.
    QString summary;
    if (!ready) {
        summary = tr("Loading the customer…");
    } else if (invalid > 0) {
        summary = tr("%n row(s) have problems; the reason is in the row's last column and in the tooltip of the "
                     "cell. Fix them before the users can be checked or added.",
                     nullptr,
                     invalid);
    } else if (toSend.isEmpty()) {
        summary
            = m_model->rowCount() == 0 || m_notice.isEmpty() ? tr("Type the users to add, one per row.") : QString();
    } else if (!allChecked) {
        summary = tr(
            "%n user(s) ready: check them with Webex before adding them.", nullptr, static_cast<int>(toSend.size()));
    } else {
        summary = tr("%n user(s) passed the check and can be added.", nullptr, static_cast<int>(toSend.size()));
    }
    if (!m_notice.isEmpty()) {
        summary = summary.isEmpty() ? m_notice : m_notice + QLatin1Char(' ') + summary;
    }
    // The current row's problem in full, as the table's last column may be too narrow for it.
    if (selected >= 0 && !m_model->errors(selected).isEmpty()) {
        summary
            = tr("Row %1: %2").arg(selected + 1).arg(m_model->index(selected, UserTableModel::Status).data().toString())
            + QLatin1Char('\n') + summary;
    }
    m_ui->usersSummary->setText(summary);
    updateEmptyNotice();
}

void AddUsersTab::addRow()
{
    // A new row has no problem yet: with problems only shown it would be hidden as it is added.
    m_ui->problemsOnlyCheck->setChecked(false);
    const int row = m_model->appendEmptyRow();
    m_ui->usersTable->setCurrentIndex(viewIndex(row, UserTableModel::FirstName));
    m_ui->usersTable->setFocus();
    updateActions();
}

void AddUsersTab::importFileInteractive()
{
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("Import Users"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                       tr("Spreadsheet text (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    importFileAndSay(path);
}

void AddUsersTab::importFileWhenReady(const QString& filePath)
{
    if (!m_ready) {
        m_pendingImport = filePath; // imported once the customer has loaded
        return;
    }
    importFileAndSay(filePath);
}

void AddUsersTab::importFileAndSay(const QString& filePath)
{
    QString error;
    if (!importFile(filePath, &error)) {
        m_notice.clear();
        updateActions();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Import Users"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

bool AddUsersTab::importFile(const QString& filePath, QString* errorMessage)
{
    jobs::SubscriberImportFile::Options options;
    if (m_customer) {
        options.customerId = m_customer->customer().id;
        // National numbers ("070-123 45 67") are read in the customer's country.
        options.defaultRegion = m_customer->customer().address.country;
    }
    // A "+" a spreadsheet dropped is put back, and the notice lists each such correction so the user can check it.
    options.acceptSuggestedPhoneNumbers = true;
    QString whyNot;
    std::optional<jobs::SubscriberImportFile> read = jobs::SubscriberImportFile::readFile(filePath, options, &whyNot);
    if (!read) {
        if (errorMessage) {
            *errorMessage = whyNot;
        }
        return false;
    }
    jobs::SubscriberImportFile& imported = *read;
    // Location names in the file become the customer's location IDs, as in onboarder-cli; the table then checks
    // each row like a typed one.
    if (m_customer) {
        imported.resolveLocationNames(m_customer->locations());
    }
    QList<model::Subscriber> rows;
    for (const jobs::ImportRow& row : imported.rows) {
        rows.append(row.subscriber);
    }
    appendRows(rows);
    updateActions();
    // Checking with Webex is what every imported row needs next, and sends nothing: it starts at once when the rows
    // allow it. Adding the users stays the user's own step.
    const bool checking = m_ui->checkUsersButton->isEnabled();
    if (checking) {
        check();
    }
    const QString fileName = QFileInfo(filePath).fileName();
    const int count = static_cast<int>(imported.rows.size());
    m_notice = checking
        ? tr("%n user(s) imported from %1.", nullptr, count).arg(fileName)
        : tr("%n user(s) imported from %1; check each row before adding them.", nullptr, count).arg(fileName);
    updateActions();
    return true;
}

int AddUsersTab::appendRows(const QList<model::Subscriber>& rows)
{
    // Rows left untouched (the table starts with one) would only stand between the user and Check. The positions
    // an undo would put removed rows back at change with them.
    m_undoStack->clear();
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->isBlank(row)) {
            m_model->removeRowAt(row);
        }
    }
    const int first = m_model->rowCount();
    m_model->appendRows(rows);
    // The rows' locations decide their free numbers, as when a location is chosen in a row.
    for (const model::Subscriber& row : rows) {
        if (m_customer && !row.locationId.isEmpty() && !m_customer->hasNumbers(row.locationId)) {
            m_customer->loadNumbers(row.locationId);
        }
    }
    return first;
}

QList<int> AddUsersTab::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->usersTable->selectionModel()->selectedIndexes()) {
        const int row = m_filter->sourceRow(index);
        if (row >= 0 && !rows.contains(row)) {
            rows.append(row);
        }
    }
    return rows;
}

// Only what is selected goes, never the row that merely holds the cursor; Ctrl+Z puts it back.
void AddUsersTab::removeRows()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty()) {
        m_undoStack->push(new RemoveUserRowsCommand(m_model, rows));
    }
    updateActions();
}

void AddUsersTab::setColumnForSelection(int column, const QString& value)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || (m_provisioning && m_provisioning->isRunning())) {
        return;
    }
    QList<int> taking;
    for (int row : rows) {
        if (m_model->flags(m_model->index(row, column)) & Qt::ItemIsEditable) {
            taking.append(row);
        }
    }
    const QString columnName = m_model->headerData(column, Qt::Horizontal).toString();
    const int skipped = static_cast<int>(rows.size() - taking.size());
    if (taking.isEmpty()) {
        m_notice = tr("None of the %n selected row(s) can take a %1: rows already added, and rows whose package has "
                      "no calling (for a location), are left as they are.",
                      nullptr,
                      static_cast<int>(rows.size()))
                       .arg(columnName.toLower());
        updateActions();
        return;
    }
    m_undoStack->push(new SetUserColumnCommand(m_model, taking, column, value));
    m_notice = tr("%1 set on %n row(s); Ctrl+Z undoes it.", nullptr, static_cast<int>(taking.size())).arg(columnName);
    if (skipped > 0) {
        m_notice
            += QLatin1Char(' ') + tr("%n selected row(s) cannot take it and were left as they are.", nullptr, skipped);
    }
    updateActions();
}

void AddUsersTab::openSetColumnDialog()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_delegate) {
        return;
    }
    auto* dialog = new SetUserColumnDialog(m_delegate, static_cast<int>(rows.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The column of the current cell, when it is one of those a value can be set in.
    const int current = m_ui->usersTable->currentIndex().column();
    if (current == UserTableModel::Package || current == UserTableModel::Location) {
        dialog->setColumn(current);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->value().isEmpty()) {
            setColumnForSelection(dialog->column(), dialog->value());
        }
    });
    dialog->open();
}

void AddUsersTab::showContextMenu(const QPoint& position)
{
    if (!m_delegate || selectedRows().isEmpty() || (m_provisioning && m_provisioning->isRunning())) {
        return;
    }
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("usersContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const struct
    {
        int column;
        QString title;
        const char* name;
    } columns[] = { { UserTableModel::Package, tr("Set &package"), "setPackageMenu" },
                    { UserTableModel::Location, tr("Set &location"), "setLocationMenu" } };
    for (const auto& entry : columns) {
        QMenu* values = menu->addMenu(entry.title);
        values->setObjectName(QString::fromLatin1(entry.name));
        const auto choices = m_delegate->choices(entry.column);
        values->setEnabled(!choices.isEmpty());
        for (const auto& [text, value] : choices) {
            const int column = entry.column;
            const QString chosen = value;
            values->addAction(text, this, [this, column, chosen] { setColumnForSelection(column, chosen); });
        }
    }
    menu->addAction(tr("&Set for selected rows…"), this, &AddUsersTab::openSetColumnDialog);
    menu->addSeparator();
    menu->addAction(tr("&Remove rows"), this, &AddUsersTab::removeRows);
    // popup(), not exec(): no nested event loop.
    menu->popup(m_ui->usersTable->viewport()->mapToGlobal(position));
}

void AddUsersTab::setProblemsOnly(bool problemsOnly)
{
    m_filter->setProblemsOnly(problemsOnly);
    if (m_ui->problemsOnlyCheck->isChecked() != problemsOnly) {
        m_ui->problemsOnlyCheck->setChecked(problemsOnly);
    }
    updateActions();
}

void AddUsersTab::updateEmptyNotice()
{
    QString text;
    if (m_filter->problemsOnly() && m_filter->rowCount() == 0) {
        text = tr("No row has a problem left. Clear \"Show problems only\" to see all %n row(s).",
                  nullptr,
                  m_model->rowCount());
    }
    m_emptyNotice->showNotice(text);
}

void AddUsersTab::setProfileName(const QString& profile)
{
    m_profile = profile;
}

bool AddUsersTab::isReady() const
{
    return m_ready;
}

QList<model::Subscriber> AddUsersTab::unsentUsers() const
{
    QList<model::Subscriber> users;
    const QList<model::Subscriber> rows = m_model->rows();
    for (int row : m_model->unsentRows()) {
        if (!m_runRows.contains(row)) {
            users.append(rows.at(row));
        }
    }
    return users;
}

bool AddUsersTab::keepUnsentUsers(QString* errorMessage)
{
    if (!m_customer || !m_ready) {
        return true;
    }
    const QList<model::Subscriber> users = unsentUsers();
    if (users.isEmpty()) {
        forgetKeptUsers();
        return true;
    }
    return UnsentUsersStore::keep(m_profile, m_customer->customerId(), users, errorMessage);
}

bool AddUsersTab::exportUnsentUsers(const QString& filePath, QString* errorMessage)
{
    return UnsentUsersStore::exportTo(filePath, unsentUsers(), errorMessage);
}

void AddUsersTab::forgetKeptUsers()
{
    if (m_customer && m_ready) {
        UnsentUsersStore::forget(m_profile, m_customer->customerId());
    }
}

// Read back as an import file is, but as they were typed: no phone number is corrected on the way.
void AddUsersTab::restoreKeptUsers()
{
    if (!m_customer) {
        return;
    }
    const QByteArray bytes = UnsentUsersStore::kept(m_profile, m_customer->customerId());
    if (bytes.isEmpty()) {
        return;
    }
    jobs::SubscriberImportFile::Options options;
    options.customerId = m_customer->customerId();
    options.defaultRegion = m_customer->customer().address.country;
    jobs::SubscriberImportFile file = jobs::SubscriberImportFile::read(bytes, options);
    if (!file.isUsable() || file.rows.isEmpty()) {
        return;
    }
    file.resolveLocationNames(m_customer->locations());
    QList<model::Subscriber> rows;
    for (const jobs::ImportRow& row : file.rows) {
        rows.append(row.subscriber);
    }
    appendRows(rows);
    m_notice = tr("%n user(s) not added when this customer was last closed are back in the table; check them before "
                  "adding them.",
                  nullptr,
                  static_cast<int>(rows.size()));
    updateActions();
}

void AddUsersTab::check()
{
    if (!m_provisioning) {
        return;
    }
    m_notice.clear();
    m_ui->usersErrorPanel->clearError();
    m_provisioning->precheck(pendingRows());
}

void AddUsersTab::provision()
{
    if (!m_provisioning) {
        return;
    }
    m_notice.clear();
    m_ui->usersErrorPanel->clearError();
    const UserProvisioningController::Rows rows = pendingRows();
    m_runRows.clear();
    for (const auto& row : rows) {
        m_runRows.append(row.first);
    }
    m_provisioning->provision(rows);
}

void AddUsersTab::resendConsent()
{
    const int row = selectedRow();
    if (row < 0 || !m_provisioning || m_model->subscriberId(row).isEmpty()) {
        return;
    }
    m_provisioning->resendConsentEmail(row, m_model->subscriberId(row));
}

void AddUsersTab::onStarted(UserProvisioningController::Stage stage, int rows)
{
    m_unfinishedRun.reset();
    m_ui->resumeBanner->hide();
    m_stage = stage;
    m_total = rows;
    m_done = 0;
    m_failed = 0;
    m_pending = 0;
    m_ui->usersProgress->setRange(0, rows);
    m_ui->usersProgress->setValue(0);
    m_ui->usersProgress->show();
    m_ui->usersProgressLabel->setText(stage == UserProvisioningController::Stage::Precheck
                                          ? tr("Checking %n user(s) with Webex…", nullptr, rows)
                                          : tr("Adding %n user(s)…", nullptr, rows));
    updateActions();
}

void AddUsersTab::onFinished(UserProvisioningController::Stage stage, bool cancelled)
{
    m_ui->usersProgress->hide();
    m_runRows.clear();
    QString text;
    if (stage == UserProvisioningController::Stage::Precheck) {
        text = tr("Check finished: %1 passed, %2 failed.").arg(m_done).arg(m_failed);
    } else {
        text = tr("%1 added, %2 failed.").arg(m_done).arg(m_failed);
        if (m_pending > 0) {
            text += QLatin1Char(' ')
                + tr("%n user(s) must accept the move of their free Webex account first.", nullptr, m_pending);
        }
        if (m_customer) {
            m_customer->refreshUsers();
        }
    }
    if (cancelled) {
        text += QLatin1Char(' ') + tr("Stopped before the remaining users.");
    }
    m_ui->usersProgressLabel->setText(text);
    updateActions();
}

void AddUsersTab::offerUnfinishedRun()
{
    if (!m_customer || (m_provisioning && m_provisioning->isRunning())) {
        return;
    }
    const QList<jobs::ImportRunStore::Run> runs = jobs::ImportRunStore::unfinished(m_customer->customerId());
    if (runs.isEmpty()) {
        m_unfinishedRun.reset();
        updateResumeBanner();
        return;
    }
    m_unfinishedRun = runs.constFirst();
    updateResumeBanner();
}

void AddUsersTab::updateResumeBanner()
{
    m_ui->resumeBanner->setVisible(m_unfinishedRun.has_value());
    if (!m_unfinishedRun) {
        return;
    }
    const jobs::ImportRunStore::Run& run = *m_unfinishedRun;
    const QString when
        = QLocale().toString(QDateTime::fromString(run.created, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    QString text = tr("Adding %n user(s) to this customer stopped before it finished (started %1).", nullptr, run.rows)
                       .arg(when);
    text += QLatin1Char(' ')
        + tr("%1 added, %2 not sent yet, %3 possibly created (looked up by email before anything is sent again).")
              .arg(run.provisioned)
              .arg(run.notSent)
              .arg(run.unknown);
    text += QLatin1Char(' ') + tr("Resume it to finish the same users, or discard it.");
    m_ui->resumeLabel->setText(text);
}

void AddUsersTab::resumeUnfinishedRun()
{
    if (!m_unfinishedRun || !m_customer || !m_provisioning || m_provisioning->isRunning()) {
        return;
    }
    QString error;
    const QByteArray bytes = jobs::ImportRunStore::read(*m_unfinishedRun, &error);
    if (bytes.isEmpty()) {
        QMessageBox::warning(this, tr("Resume"), error);
        return;
    }
    jobs::SubscriberImportFile::Options options;
    options.customerId = m_customer->customerId();
    options.defaultRegion = m_customer->customer().address.country;
    const jobs::SubscriberImportFile file = jobs::SubscriberImportFile::read(bytes, options);
    // The rows already in the table stay above the run's rows.
    QList<model::Subscriber> rows;
    for (const jobs::ImportRow& row : file.rows) {
        rows.append(row.subscriber);
    }
    const int firstRow = appendRows(rows);
    m_notice.clear();
    m_ui->usersErrorPanel->clearError();
    m_runRows.clear();
    for (int row = firstRow; row < m_model->rowCount(); ++row) {
        m_runRows.append(row);
    }
    const jobs::ImportRunStore::Run run = *m_unfinishedRun;
    m_provisioning->resume(run, firstRow);
}

void AddUsersTab::discardUnfinishedRun()
{
    if (!m_unfinishedRun) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning,
                                tr("Discard"),
                                tr("Discard the run that stopped? Users it added stay in Webex."),
                                QMessageBox::Discard | QMessageBox::Cancel,
                                this);
    if (m_unfinishedRun->unknown > 0) {
        box->setInformativeText(tr("%n user(s) may have been created without an answer reaching Onboarder; once the "
                                   "run is discarded they are no longer looked up before being added again.",
                                   nullptr,
                                   m_unfinishedRun->unknown));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("discardRunBox"));
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard) && m_unfinishedRun) {
            jobs::ImportRunStore::remove(*m_unfinishedRun);
            offerUnfinishedRun();
        }
    });
    box->open();
}

void AddUsersTab::requestNewLocation(const QPersistentModelIndex& cell)
{
    // The cell of the view, which may be filtered: the model's row is what the location goes into.
    const int row = m_filter->sourceRow(cell);
    if (!m_customer || row < 0) {
        return;
    }
    // open(), not exec(): no nested event loop; the row gets the location when the dialog reports it.
    auto* dialog = new NewLocationDialog(m_customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (!dialog->createdLocationId().isEmpty() && row < m_model->rowCount()) {
            m_model->setData(m_model->index(row, UserTableModel::Location), dialog->createdLocationId());
        }
    });
    dialog->open();
}

} // namespace onboarder::ui
