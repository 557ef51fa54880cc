#include "ui/configure/ConfigureCustomerWindow.h"

#include "ui_ConfigureCustomerWindow.h"

#include "ui/configure/AddUsersTab.h"
#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/ExistingUsersTab.h"
#include "ui/configure/UserProvisioningController.h"
#include "ui/dialogs/SetupAssistanceDialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcConfigureWindow, "onboarder.ui.configure.window")

namespace onboarder::ui {

ConfigureCustomerWindow::ConfigureCustomerWindow(api::WholesaleClient* client,
                                                 const QString& customerId,
                                                 QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::ConfigureCustomerWindow)
    , m_controller(new ConfigureCustomerController(client, customerId, this))
    , m_provisioning(new UserProvisioningController(client, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("configureCustomerWindow"));
    resize(1180, 720);
    QFont titleFont = m_ui->customerTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->customerTitle->setFont(titleFont);
    m_ui->addUsersTab->setControllers(m_controller, m_provisioning);
    m_ui->existingUsersTab->setController(m_controller);
    m_ui->addLocationsTab->setController(m_controller);
    m_ui->adminRolesTab->setController(m_controller);
    m_ui->retryLoadButton->hide();

    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->setupAssistanceButton, &QPushButton::clicked, this, &ConfigureCustomerWindow::openSetupAssistance);
    connect(m_ui->retryLoadButton, &QPushButton::clicked, m_controller, &ConfigureCustomerController::load);
    connect(m_controller, &ConfigureCustomerController::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_ui->loadErrorPanel->clearError();
            m_ui->retryLoadButton->hide();
        }
        updateHeader();
    });
    connect(m_controller, &ConfigureCustomerController::loaded, this, &ConfigureCustomerWindow::updateHeader);
    connect(m_controller, &ConfigureCustomerController::usersChanged, this, &ConfigureCustomerWindow::updateHeader);
    connect(m_controller, &ConfigureCustomerController::locationsChanged, this, &ConfigureCustomerWindow::updateHeader);
    connect(m_controller, &ConfigureCustomerController::loadFailed, this, [this](const api::ApiError& error) {
        m_ui->loadErrorPanel->showError(tr("The customer could not be loaded."), error);
        m_ui->retryLoadButton->show();
        updateHeader();
    });
    retranslateUi();
    m_controller->load();
}

ConfigureCustomerWindow::~ConfigureCustomerWindow()
{
    // Destroyed without being closed (the profile was switched, the application quit): nothing can be asked now,
    // so what was not added is kept rather than lost.
    if (!m_closeDecided) {
        QString error;
        if (!m_ui->addUsersTab->keepUnsentUsers(&error)) {
            qCWarning(lcConfigureWindow) << "users not added could not be kept:" << error;
        }
    }
}

void ConfigureCustomerWindow::setProfileName(const QString& profile)
{
    m_ui->addUsersTab->setProfileName(profile);
}

ConfigureCustomerController* ConfigureCustomerWindow::controller() const
{
    return m_controller;
}

UserProvisioningController* ConfigureCustomerWindow::provisioningController() const
{
    return m_provisioning;
}

AddUsersTab* ConfigureCustomerWindow::usersTab() const
{
    return m_ui->addUsersTab;
}

void ConfigureCustomerWindow::importUsersWhenReady(const QString& filePath)
{
    m_ui->configureTabs->setCurrentWidget(m_ui->addUsersTab);
    m_ui->addUsersTab->importFileWhenReady(filePath);
}

ExistingUsersTab* ConfigureCustomerWindow::existingUsersTab() const
{
    return m_ui->existingUsersTab;
}

AddLocationsTab* ConfigureCustomerWindow::locationsTab() const
{
    return m_ui->addLocationsTab;
}

AdminRolesTab* ConfigureCustomerWindow::adminRolesTab() const
{
    return m_ui->adminRolesTab;
}

void ConfigureCustomerWindow::retranslateUi()
{
    m_ui->retranslateUi(this);
    updateHeader();
}

void ConfigureCustomerWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ConfigureCustomerWindow::showEvent(QShowEvent* event)
{
    // Shown again after a close: a later close asks again.
    m_closeDecided = false;
    QWidget::showEvent(event);
}

void ConfigureCustomerWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeDecided && !m_ui->addUsersTab->unsentUsers().isEmpty()) {
        event->ignore();
        askAboutUnsentUsers();
        return;
    }
    if (!m_closeDecided) {
        // Nothing left to add: users kept earlier were added or removed since.
        m_ui->addUsersTab->forgetKeptUsers();
        m_closeDecided = true;
    }
    QWidget::closeEvent(event);
    emit closeAnswered(true);
}

void ConfigureCustomerWindow::askAboutUnsentUsers()
{
    if (m_unsentQuestion) {
        m_unsentQuestion->raise();
        m_unsentQuestion->activateWindow();
        return;
    }
    const int count = static_cast<int>(m_ui->addUsersTab->unsentUsers().size());
    auto* box = new QMessageBox(
        QMessageBox::Question,
        tr("Users Not Added"),
        tr("%n user(s) in the table were not added to %1.", nullptr, count).arg(m_controller->customerName()),
        QMessageBox::NoButton,
        this);
    box->setObjectName(QStringLiteral("unsentUsersBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Keep them to find them here the next time this customer is opened, export them to a "
                               "file that Import from file reads, or discard them."));
    QPushButton* keep = box->addButton(tr("&Keep for next time"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepUsersButton"));
    QPushButton* exportButton = box->addButton(tr("E&xport to file…"), QMessageBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportUsersButton"));
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardUsersButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelCloseButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, keep, exportButton, discard](QAbstractButton* clicked) {
        if (clicked == keep) {
            QString error;
            if (!m_ui->addUsersTab->keepUnsentUsers(&error)) {
                warn(tr("Users Not Kept"), error);
                emit closeAnswered(false);
                return;
            }
            closeDecided();
        } else if (clicked == exportButton) {
            exportUnsentUsersInteractive();
        } else if (clicked == discard) {
            m_ui->addUsersTab->forgetKeptUsers();
            closeDecided();
        } else {
            // Cancel: the window stays open as it was.
            emit closeAnswered(false);
        }
    });
    m_unsentQuestion = box;
    box->open();
}

void ConfigureCustomerWindow::exportUnsentUsersInteractive()
{
    QString name = tr("Users for %1").arg(m_controller->customerName());
    for (const QChar unsafe : { QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':') }) {
        name.replace(unsafe, QLatin1Char('-'));
    }
    auto* dialog = new QFileDialog(this,
                                   tr("Export Users"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(name + QStringLiteral(".csv")),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportUsersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!m_ui->addUsersTab->exportUnsentUsers(path, &error)) {
            warn(tr("Users Not Exported"), error);
            emit closeAnswered(false);
            return;
        }
        // In the user's file now: nothing is kept here as well, or they would come back twice.
        m_ui->addUsersTab->forgetKeptUsers();
        closeDecided();
    });
    // Cancelled: the window stays open, and closing it asks again.
    connect(dialog, &QFileDialog::rejected, this, [this] { emit closeAnswered(false); });
    dialog->open();
}

void ConfigureCustomerWindow::closeDecided()
{
    m_closeDecided = true;
    close();
}

void ConfigureCustomerWindow::warn(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("unsentUsersWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ConfigureCustomerWindow::updateHeader()
{
    const bool loaded = m_controller->isLoaded();
    const QString name = loaded ? m_controller->customerName() : m_controller->customerId();
    setWindowTitle(tr("Configure Customer – %1").arg(name));
    m_ui->customerTitle->setText(loaded ? name : tr("Customer"));
    m_ui->configureTabs->setEnabled(loaded);
    m_ui->setupAssistanceButton->setEnabled(loaded);
    if (m_controller->isLoading()) {
        m_ui->loadStatus->setText(tr("Loading the customer, its locations and users…"));
    } else if (loaded) {
        const auto& customer = m_controller->customer();
        m_ui->loadStatus->setText(
            tr("%1 · external ID %2 · %n location(s)", nullptr, static_cast<int>(m_controller->locations().size()))
                .arg(customer.status.displayName(), customer.externalId)
            + QStringLiteral(" · ") + tr("%n user(s)", nullptr, static_cast<int>(m_controller->subscribers().size())));
    } else {
        m_ui->loadStatus->clear();
    }
}

jobs::SetupAssistanceRequest::Input ConfigureCustomerWindow::setupAssistanceInput() const
{
    jobs::SetupAssistanceRequest::Input in;
    const model::Customer& customer = m_controller->customer();
    in.customerName = m_controller->customerName();
    in.customerId = customer.id.isEmpty() ? m_controller->customerId() : customer.id;
    in.externalId = customer.externalId;
    in.orgId = customer.orgId;
    in.packages = customer.packages;
    const QString fullAdmin = m_controller->fullAdminRoleId();
    QHash<QString, int> usersAt;
    for (const model::Subscriber& subscriber : m_controller->subscribers()) {
        in.usersByPackage[subscriber.effectivePackage()] += 1;
        if (subscriber.status == model::SubscriberStatus::PendingUserMigration) {
            ++in.pendingUsers;
        }
        const auto person = m_controller->personByEmail(subscriber.email);
        if (person && !fullAdmin.isEmpty() && person->roles.contains(fullAdmin)) {
            in.administrators.append(subscriber.email);
        }
        if (person && !person->locationId.isEmpty() && m_controller->location(person->locationId)) {
            usersAt[person->locationId] += 1;
        } else {
            ++in.usersWithoutLocation;
        }
    }
    for (const model::Location& location : m_controller->locations()) {
        jobs::SetupAssistanceRequest::Location entry;
        entry.name = location.name;
        entry.address = location.address;
        entry.timeZone = location.timeZone;
        entry.language = location.preferredLanguage;
        entry.userCount = usersAt.value(location.id);
        in.locations.append(entry);
    }
    in.generatedAt = QDateTime::currentDateTime();
    in.locale = QLocale();
    return in;
}

void ConfigureCustomerWindow::openSetupAssistance()
{
    auto* dialog = new SetupAssistanceDialog(setupAssistanceInput(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace onboarder::ui
