#include "ui/MainWindow.h"

#include "ui_MainWindow.h"

#include "api/ApiSession.h"
#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "connection/CustomerNameCache.h"
#include "connection/ProfileStore.h"
#include "jobs/TemplateStore.h"
#include "model/DraftStore.h"
#include "ui/ProfileConnection.h"
#include "ui/Resources.h"
#include "ui/configure/ConfigureCustomerWindow.h"
#include "ui/configure/UsersAfterProvisioning.h"
#include "ui/dialogs/DraftCompareDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/import/CustomerImportDialog.h"
#include "ui/views/activity/ActivityView.h"
#include "ui/views/customers/CustomersView.h"
#include "ui/views/templates/TemplatesView.h"
#include "ui/wizards/customer/CustomerWizard.h"
#include "ui/wizards/customer/CustomerWizardController.h"
#include "ui/wizards/template/TemplateWizard.h"
#include "ui/wizards/template/TemplateWizardController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <utility>

namespace onboarder::ui {

MainWindow::MainWindow(api::ProfileStore* profiles,
                       api::AuditLog* auditLog,
                       api::CredentialStore* credentials,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_customerNames(std::make_unique<api::CustomerNameCache>(api::CustomerNameCache::defaultFilePath()))
    , m_profiles(profiles)
    , m_auditLog(auditLog)
    , m_credentials(credentials)
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_ui->newTemplateAction->setIcon(QIcon(QStringLiteral(":/icons/new-template.svg")));
    m_ui->openDraftAction->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->compareDraftsAction->setIcon(QIcon(QStringLiteral(":/icons/compare.svg")));
    m_ui->refreshAction->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->newCustomerAction->setIcon(QIcon(QStringLiteral(":/icons/customers.svg")));

    // Made in the stack that shows it: a page made elsewhere and moved there is styled twice over (the application
    // has a style sheet), a cost of the start.
    m_customers = new CustomersView(m_ui->pagesStack);
    m_customers->setObjectName(QStringLiteral("customersView"));
    m_ui->pagesStack->addWidget(m_customers);
    // The other pages hold a place in the stack until ensurePage() makes them.
    m_ui->pagesStack->addWidget(new QWidget(m_ui->pagesStack));
    m_ui->pagesStack->addWidget(new QWidget(m_ui->pagesStack));
    connect(m_customers, &CustomersView::loaded, this, [this] {
        // The activity names customers from what the list learnt.
        if (m_activity) {
            m_activity->refresh();
        }
        firstListShown();
    });
    // Texts of the navigation items are set by retranslate().
    for (const char* icon : { ":/icons/customers.svg", ":/icons/templates.svg", ":/icons/activity.svg" }) {
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(icon)), QString(), m_ui->navigationList);
        item->setSizeHint(QSize(0, 40));
    }
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_ui->pagesStack->setCurrentIndex(row);
    });

    // The profile switcher: which API this window talks to must never be in doubt.
    m_ui->mainToolBar->addSeparator();
    // Made in the toolbar that shows them: moving a widget to another parent restyles it (the application has a
    // style sheet), a cost of the start.
    auto* spacer = new QWidget(m_ui->mainToolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_demoBadge = new QLabel(m_ui->mainToolBar);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_ui->mainToolBar->addWidget(m_demoBadge);
    m_profileLabel = new QLabel(m_ui->mainToolBar);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setContentsMargins(8, 0, 4, 0);
    m_ui->mainToolBar->addWidget(m_profileLabel);
    m_profileCombo = new QComboBox(m_ui->mainToolBar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileLabel->setBuddy(m_profileCombo);
    m_ui->mainToolBar->addWidget(m_profileCombo);

    // Settings sit in the File menu above Quit, with the platform's Preferences shortcut (Ctrl+, where it has none).
    m_settingsAction = new QAction(QIcon(QStringLiteral(":/icons/profile.svg")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_settingsAction->setShortcuts(preferences.isEmpty() ? QList<QKeySequence> { QKeySequence(tr("Ctrl+,")) }
                                                         : preferences);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_settingsAction);
    m_resetDemoAction = new QAction(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), this);
    m_resetDemoAction->setObjectName(QStringLiteral("resetDemoDataAction"));
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_resetDemoAction);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_resetDemoAction, &QAction::triggered, this, &MainWindow::resetDemoDataInteractive);
    retranslate();
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        switchProfile(m_profileCombo->itemData(index).toString());
    });

    connect(m_ui->newTemplateAction, &QAction::triggered, this, &MainWindow::newTemplateWizard);
    connect(m_ui->openDraftAction, &QAction::triggered, this, &MainWindow::openDraftInteractive);
    connect(m_ui->compareDraftsAction, &QAction::triggered, this, &MainWindow::compareDrafts);
    connect(m_ui->newCustomerAction, &QAction::triggered, this, &MainWindow::newCustomerWizard);
    connect(m_ui->importCustomersAction, &QAction::triggered, this, &MainWindow::importCustomers);
    connect(m_customers, &CustomersView::importCustomersRequested, this, &MainWindow::importCustomers);
    connect(m_customers, &CustomersView::newCustomerRequested, this, &MainWindow::newCustomerWizard);
    connect(m_customers, &CustomersView::configureCustomerRequested, this, &MainWindow::configureCustomer);
    connect(m_ui->openCustomerDraftAction, &QAction::triggered, this, &MainWindow::openCustomerDraftInteractive);
    connect(m_customers, &CustomersView::customerSettled, this, [this](const QString&, const QString& message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(m_ui->saveDraftAction, &QAction::triggered, this, &MainWindow::saveActiveWizardDraft);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        QWidget* window = now ? now->window() : nullptr;
        if (window && window->parentWidget() == this
            && (qobject_cast<TemplateWizard*>(window) || qobject_cast<CustomerWizard*>(window))) {
            m_lastWizard = window;
        }
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        m_customers->refresh();
        if (m_templates) {
            m_templates->refresh();
        } else if (m_connection && m_connection->templateStore()) {
            m_connection->templateStore()->refresh();
        }
        if (m_activity) {
            m_activity->refresh();
        }
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        resize(defaultSize(screen()->availableGeometry().size()));
    }
    // The first start opens where the work is: the customers.
    showPage(static_cast<Page>(settings.value(QStringLiteral("mainWindow/page"), CustomersPage).toInt()));
    // A list that takes long to come (a slow network) holds the start-up work back no longer than this.
    QTimer::singleShot(std::chrono::seconds(2), this, &MainWindow::firstListShown);
}

MainWindow::~MainWindow()
{
    runStartupWork(); // what was kept for the audit log is written before the application ends
    // They hold the connection's client, which goes with this window.
    for (const QPointer<ConfigureCustomerWindow>& window : std::as_const(m_configureWindows)) {
        delete window.data();
    }
}

void MainWindow::retranslate()
{
    const QStringList sections { tr("Customers"), tr("Onboarding templates"), tr("Activity") };
    for (int i = 0; i < sections.size() && i < m_ui->navigationList->count(); ++i) {
        m_ui->navigationList->item(i)->setText(sections.at(i));
    }
    m_demoBadge->setText(tr("DEMO"));
    m_demoBadge->setToolTip(tr("Demo sandbox: local demo data, nothing reaches Webex"));
    m_demoBadge->setAccessibleName(tr("Demo sandbox: local demo data, nothing reaches Webex"));
    m_profileLabel->setText(tr("&Profile:"));
    m_profileCombo->setAccessibleName(tr("Active profile"));
    m_profileCombo->setAccessibleDescription(tr("The connection this window works with; switching reconnects."));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setToolTip(tr("Profiles, language and theme"));
    m_resetDemoAction->setText(tr("Reset &Demo Data…"));
    m_resetDemoAction->setToolTip(tr("Return the demo sandbox to its demo data, removing all work done on it"));
    fillProfiles();
    updateWindowTitle();
    if (!m_shownConnectionStatus.isEmpty() && statusBar()->currentMessage() == m_shownConnectionStatus) {
        showConnectionStatus();
    }
}

QString MainWindow::connectionStatusText() const
{
    if (!m_connection) {
        return {};
    }
    const api::Profile& profile = m_connection->profile();
    if (m_connection->hasFailed()) {
        return m_connection->failureMessage();
    }
    if (!m_connection->isReady()) {
        return profile.isDemo() ? tr("Starting the demo sandbox…") : tr("Connecting…");
    }
    return profile.isDemo()
        ? tr("Demo sandbox at %1 – demo data only, nothing reaches Webex")
              .arg(m_connection->client() ? m_connection->session()->baseUrl().toDisplayString() : QString())
        : tr("Connected as profile %1").arg(profile.name);
}

void MainWindow::showConnectionStatus()
{
    m_shownConnectionStatus = connectionStatusText();
    statusBar()->showMessage(m_shownConnectionStatus);
}

void MainWindow::updateWindowTitle()
{
    if (m_activeProfile.isEmpty()) {
        setWindowTitle(tr("Onboarder"));
        return;
    }
    const auto profile = m_profiles->find(m_activeProfile);
    const bool demo = !profile || profile->isDemo();
    setWindowTitle(demo ? tr("Onboarder – %1 (demo)").arg(m_activeProfile) : tr("Onboarder – %1").arg(m_activeProfile));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

SettingsDialog* MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    m_settingsDialog = new SettingsDialog(m_profiles, m_credentials, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->selectProfile(m_activeProfile);
    connect(m_settingsDialog, &SettingsDialog::profilesChanged, this, [this] {
        fillProfiles();
        if (!m_profiles->find(m_activeProfile)) {
            // The active profile was removed: fall back to the demo sandbox.
            activateProfile(api::Profile::demoProfileName());
        }
    });
    connect(m_settingsDialog, &SettingsDialog::profileSignedIn, this, [this](const QString& name) {
        if (name == m_activeProfile) {
            activateProfile(name); // connects again with the new tokens
        }
    });
    m_settingsDialog->show();
    return m_settingsDialog;
}

void MainWindow::fillProfiles()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const api::Profile& profile : m_profiles->profiles()) {
        if (profile.isDemo()) {
            m_profileCombo->addItem(
                QIcon(QStringLiteral(":/icons/demo.svg")), tr("%1 (demo data)").arg(profile.name), profile.name);
        } else {
            m_profileCombo->addItem(QIcon(QStringLiteral(":/icons/profile.svg")), profile.name, profile.name);
        }
    }
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(m_activeProfile)));
}

api::Profile MainWindow::profileToActivate(const api::ProfileStore* profiles, const QString& name)
{
    return profiles->find(name).value_or(api::Profile::demoProfile());
}

void MainWindow::activateProfile(const QString& requested)
{
    const api::Profile profile = profileToActivate(m_profiles, requested);
    // The connection before goes first: an in-process sandbox closes its database before the next one opens it.
    disconnectProfile();
    auto* connection = new ProfileConnection(profile, m_auditLog, m_credentials, this);
    if (profile.isDemo()) {
        connection->setDemoDataDir(m_demoDataDir);
    }
    useConnection(connection);
    connection->start();
}

void MainWindow::adoptConnection(ProfileConnection* connection)
{
    if (connection == m_connection) {
        return;
    }
    disconnectProfile();
    connection->setParent(this);
    useConnection(connection);
    if (connection->isReady()) {
        onProfileReady();
    } else if (connection->hasFailed()) {
        onProfileFailed();
    } else {
        connection->openIfSandboxListening(); // ready() follows at once when it does
    }
}

void MainWindow::useConnection(ProfileConnection* connection)
{
    const api::Profile& profile = connection->profile();
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(profile.name)));
    m_demoBadge->setVisible(profile.isDemo());
    m_activeProfile = profile.name;
    updateWindowTitle();
    m_profiles->setLastProfileName(profile.name);
    m_customers->setNameCache(m_customerNames.get(), profile.name);
    m_connection = connection;
    connect(m_connection, &ProfileConnection::ready, this, &MainWindow::onProfileReady);
    connect(m_connection, &ProfileConnection::failed, this, &MainWindow::onProfileFailed);
    if (m_activity) {
        m_activity->setAuditLog(m_auditLog, profile.name);
    }
    showConnectionStatus();
}

void MainWindow::onProfileFailed()
{
    firstListShown(); // there is none to wait for
    showConnectionStatus(); // says the connection's failure message
    // A real profile without a token still has its local template library.
    if (m_templates) {
        m_templates->setStore(m_connection->templateStore(), m_connection->profile().name);
    }
}

void MainWindow::ensurePage(int page)
{
    if (page == TemplatesPage && !m_templates) {
        m_templates = new TemplatesView(m_ui->pagesStack);
        m_templates->setObjectName(QStringLiteral("templatesView"));
        connect(m_templates, &TemplatesView::createTemplateRequested, this, &MainWindow::newTemplateWizard);
        connect(m_templates,
                &TemplatesView::createCustomerRequested,
                this,
                [this](const model::OnboardingTemplate& chosen) { newCustomerWizard()->chooseTemplate(chosen); });
        if (m_connection && (m_connection->isReady() || m_connection->hasFailed())) {
            m_templates->setStore(m_connection->templateStore(), m_connection->profile().name);
            if (m_connection->isReady()) {
                m_templates->setClient(m_connection->client());
            }
        }
    } else if (page == ActivityPage && !m_activity) {
        runStartupWork(); // the activity reads the audit log, which main() opens there
        m_activity = new ActivityView(m_ui->pagesStack);
        m_activity->setObjectName(QStringLiteral("activityView"));
        m_activity->setNameCache(m_customerNames.get());
        if (m_connection) {
            m_activity->setAuditLog(m_auditLog, m_activeProfile);
        }
    } else {
        return;
    }
    QWidget* view = page == TemplatesPage ? static_cast<QWidget*>(m_templates) : m_activity;
    QWidget* placeholder = m_ui->pagesStack->widget(page);
    const bool current = m_ui->pagesStack->currentIndex() == page;
    m_ui->pagesStack->insertWidget(page, view);
    if (current) {
        m_ui->pagesStack->setCurrentIndex(page);
    }
    m_ui->pagesStack->removeWidget(placeholder);
    delete placeholder;
}

void MainWindow::runAfterFirstList(std::function<void()> work)
{
    m_startupWork.push_back(std::move(work));
    if (m_firstListShown) {
        QTimer::singleShot(0, this, &MainWindow::runStartupWork);
    }
}

void MainWindow::showWithFirstList(std::chrono::milliseconds budget)
{
    if (budget.count() <= 0 || m_firstListShown) {
        show();
        return;
    }
    m_showHeld = true;
    // The first page of a long list is enough; the list's end or a failed profile come through firstListShown().
    connect(m_customers->model(),
            &QAbstractItemModel::rowsInserted,
            this,
            &MainWindow::endShowHold,
            Qt::SingleShotConnection);
    QTimer::singleShot(budget, this, &MainWindow::endShowHold);
}

void MainWindow::endShowHold()
{
    if (std::exchange(m_showHeld, false)) {
        show();
    }
}

void MainWindow::firstListShown()
{
    endShowHold();
    if (std::exchange(m_firstListShown, true)) {
        return;
    }
    // Once the list has been painted, and a step a turn of the event loop, so no input waits long behind them.
    QTimer::singleShot(std::chrono::milliseconds(100), this, [this] {
        runStartupWork();
        QTimer::singleShot(0, this, [this] {
            ensurePage(TemplatesPage);
            QTimer::singleShot(0, this, [this] { ensurePage(ActivityPage); });
        });
    });
}

void MainWindow::runStartupWork()
{
    const std::vector<std::function<void()>> work = std::exchange(m_startupWork, {});
    for (const std::function<void()>& step : work) {
        step();
    }
}

void MainWindow::switchProfile(const QString& name)
{
    const bool asking = m_pendingProfile.has_value();
    m_pendingProfile = name;
    if (asking) {
        return; // the windows' answers decide; the latest choice is the one connected
    }
    // An import on its way asks before it stops; letting it go on keeps the profile.
    if (m_lastCustomerImport && m_lastCustomerImport->isVisible() && !m_lastCustomerImport->close()) {
        m_pendingProfile.reset();
        m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(m_activeProfile)));
        return;
    }
    closeConfigureWindows([this](bool allClosed) {
        const QString chosen = *m_pendingProfile;
        m_pendingProfile.reset();
        if (allClosed) {
            activateProfile(chosen);
        } else {
            m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(m_activeProfile)));
        }
    });
}

void MainWindow::closeConfigureWindows(const std::function<void(bool)>& done)
{
    // A closed window is deleted later; until then it is hidden, and the connection's end deletes it.
    ConfigureCustomerWindow* open = nullptr;
    for (const QPointer<ConfigureCustomerWindow>& window : std::as_const(m_configureWindows)) {
        if (window && window->isVisible()) {
            open = window;
            break;
        }
    }
    if (!open) {
        done(true);
        return;
    }
    // Queued: the answer may come from inside the close, before the window is hidden. A window deleted meanwhile is
    // closed too.
    auto answered = std::make_shared<bool>(false);
    auto next = [this, done, answered](bool closed) {
        if (std::exchange(*answered, true)) {
            return;
        }
        if (closed) {
            closeConfigureWindows(done);
        } else {
            done(false);
        }
    };
    connect(open, &ConfigureCustomerWindow::closeAnswered, this, next, Qt::QueuedConnection);
    connect(
        open, &QObject::destroyed, this, [next] { next(true); }, Qt::QueuedConnection);
    open->close();
}

QSize MainWindow::defaultSize(const QSize& available)
{
    // Most of the screen, leaving room for the window frame; on large screens no wider than a table needs.
    return QSize(qMin(available.width() - 16, 1680), qMin(available.height() - 40, 1050));
}

void MainWindow::disconnectProfile()
{
    for (const QPointer<ConfigureCustomerWindow>& window : std::as_const(m_configureWindows)) {
        delete window.data();
    }
    m_configureWindows.clear();
    // An import on its way stops with the client; its journal continues it when the same files are imported again.
    delete m_lastCustomerImport.data();
    m_customers->setClient(nullptr);
    if (m_templates) {
        m_templates->setStore(nullptr, QString());
    }
    delete m_connection; // stops an in-process sandbox, which closes its database
    m_connection = nullptr;
}

void MainWindow::setDemoDataDir(const QString& dir)
{
    m_demoDataDir = dir;
}

void MainWindow::resetDemoData()
{
    const bool demoActive = m_connection && m_connection->isSandbox();
    if (demoActive) {
        disconnectProfile();
    }
    if (!m_demoDataDir.isEmpty()) {
        QDir(m_demoDataDir).removeRecursively();
    }
    m_customerNames->clear(api::Profile::demoProfileName());
    statusBar()->showMessage(tr("Demo data reset."), 8000);
    if (demoActive) {
        activateProfile(m_activeProfile);
    }
}

void MainWindow::resetDemoDataInteractive()
{
    auto* box = new QMessageBox(QMessageBox::Warning,
                                tr("Reset Demo Data"),
                                tr("Return the demo sandbox to its demo data?"),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("resetDemoDataBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Every customer, user, location and template created or changed on the demo "
                               "sandbox is removed. Real profiles are not touched."));
    QPushButton* reset = box->addButton(tr("Reset Demo Data"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("resetDemoDataButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton* clicked) {
        if (clicked == reset) {
            resetDemoData();
        }
    });
    box->open();
}

void MainWindow::onProfileReady()
{
    const api::Profile& profile = m_connection->profile();
    showConnectionStatus();
    m_customers->setClient(m_connection->client());
    if (m_templates) {
        m_templates->setStore(m_connection->templateStore(), profile.name);
        m_templates->setClient(m_connection->client());
    }
    connect(m_connection->templateStore(), &jobs::TemplateStore::templatesChanged, this, [this] {
        if (!m_selectAfterRefresh.isEmpty() && m_templates && m_templates->selectTemplate(m_selectAfterRefresh)) {
            m_selectAfterRefresh.clear();
        }
    });
    emit profileReady();
}

ProfileConnection* MainWindow::connection() const
{
    return m_connection;
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pagesStack->currentIndex());
}

ConfigureCustomerWindow* MainWindow::configureCustomer(const QString& customerId)
{
    if (!m_connection || !m_connection->client()) {
        statusBar()->showMessage(tr("Not connected: the customer cannot be configured now."), 8000);
        return nullptr;
    }
    m_configureWindows.removeAll(nullptr);
    for (const QPointer<ConfigureCustomerWindow>& open : std::as_const(m_configureWindows)) {
        if (open->property("customerId").toString() == customerId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    // A top-level window of its own: partners configure a customer while the list stays in view.
    auto* window = new ConfigureCustomerWindow(m_connection->client(), customerId, nullptr);
    window->setProperty("customerId", customerId);
    window->setProfileName(m_activeProfile);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_configureWindows.append(window);
    window->show();
    return window;
}

void MainWindow::addUsersWhenProvisioned(const QString& customerId, const QString& usersFile)
{
    if (!m_connection || !m_connection->client()) {
        return;
    }
    // Belongs to the connection: a profile switch ends the wait with it.
    auto* waiting = new UsersAfterProvisioning(m_connection->client(), customerId, usersFile, m_connection);
    connect(waiting, &UsersAfterProvisioning::customerReady, this, [this](const QString& id, const QString& file) {
        if (ConfigureCustomerWindow* window = configureCustomer(id)) {
            window->importUsersWhenReady(file);
        }
    });
    connect(waiting,
            &UsersAfterProvisioning::customerNotReady,
            this,
            [this](const QString&, const QString& file, const QString& reason) {
                statusBar()->showMessage(
                    tr("The users of %1 were not imported: %2").arg(QFileInfo(file).fileName(), reason));
            });
}

bool MainWindow::saveActiveWizardDraft()
{
    QWidget* target = m_lastWizard;
    if (!target) {
        // No wizard has had the focus yet: the newest open one.
        const auto open = findChildren<QWizard*>(QString(), Qt::FindDirectChildrenOnly);
        target = open.isEmpty() ? nullptr : open.constLast();
    }
    if (auto* templateWizard = qobject_cast<TemplateWizard*>(target)) {
        templateWizard->raise();
        templateWizard->saveDraftInteractive();
        return true;
    }
    if (auto* customerWizard = qobject_cast<CustomerWizard*>(target)) {
        customerWizard->raise();
        customerWizard->saveDraftInteractive();
        return true;
    }
    statusBar()->showMessage(tr("No wizard is open: start or open one to save its draft."), 8000);
    return false;
}

CustomersView* MainWindow::customersView() const
{
    return m_customers;
}

TemplatesView* MainWindow::templatesView()
{
    ensurePage(TemplatesPage);
    return m_templates;
}

ActivityView* MainWindow::activityView()
{
    ensurePage(ActivityPage);
    return m_activity;
}

TemplateWizard* MainWindow::newTemplateWizard()
{
    api::WholesaleClient* client = m_connection ? m_connection->client() : nullptr;
    jobs::TemplateStore* store = m_connection ? m_connection->templateStore() : nullptr;
    const QString profile = m_connection ? m_connection->profile().name : QString();
    auto* controller = new TemplateWizardController(client, store, profile);
    auto* wizard = new TemplateWizard(controller, this);
    m_lastWizard = wizard;
    controller->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &TemplateWizard::templateSubmitted, this, [this](const model::OnboardingTemplate& created) {
        showPage(TemplatesPage); // makes the page when it was not yet
        m_selectAfterRefresh = created.name;
        m_templates->showSubmitted(created.name);
        if (m_templates->selectTemplate(created.name)) {
            m_selectAfterRefresh.clear();
        }
        statusBar()->showMessage(tr("Template %1 created.").arg(created.name), 8000);
    });
    wizard->show();
    return wizard;
}

TemplateWizard* MainWindow::openDraft(const QString& filePath, QString* errorMessage)
{
    TemplateWizard* wizard = newTemplateWizard();
    if (!wizard->openDraft(filePath, errorMessage)) {
        wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
        wizard->close();
        return nullptr;
    }
    return wizard;
}

CustomerWizard* MainWindow::newCustomerWizard()
{
    api::WholesaleClient* client = m_connection ? m_connection->client() : nullptr;
    jobs::TemplateStore* store = m_connection ? m_connection->templateStore() : nullptr;
    const QString profile = m_connection ? m_connection->profile().name : QString();
    auto* controller = new CustomerWizardController(client, store, profile);
    auto* wizard = new CustomerWizard(controller, this);
    m_lastWizard = wizard;
    controller->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CustomerWizard::customerCreated, this, [this](const model::Customer& created) {
        showPage(CustomersPage);
        m_customers->addCreatedCustomer(created);
        statusBar()->showMessage(tr("Customer %1 created; provisioning has started.").arg(created.customerInfo.name),
                                 8000);
    });
    connect(wizard, &CustomerWizard::usersToAddChosen, this, &MainWindow::addUsersWhenProvisioned);
    wizard->show();
    return wizard;
}

CustomerImportDialog* MainWindow::importCustomers()
{
    api::WholesaleClient* client = m_connection ? m_connection->client() : nullptr;
    if (!client) {
        statusBar()->showMessage(tr("Connect to a profile first: customers are imported through its connection."),
                                 8000);
        return nullptr;
    }
    // One import at a time: two windows on the same files would race for the same journal.
    if (m_lastCustomerImport) {
        m_lastCustomerImport->show();
        m_lastCustomerImport->raise();
        m_lastCustomerImport->activateWindow();
        return m_lastCustomerImport;
    }
    auto* dialog = new CustomerImportDialog(client, m_connection->profile().name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastCustomerImport = dialog;
    connect(dialog, &CustomerImportDialog::customerCreated, this, [this](const model::Customer& created) {
        m_customers->addCreatedCustomer(created);
    });
    showPage(CustomersPage);
    dialog->show();
    return dialog;
}

CustomerWizard* MainWindow::openCustomerDraft(const QString& filePath, QString* errorMessage)
{
    CustomerWizard* wizard = newCustomerWizard();
    if (!wizard->openDraft(filePath, errorMessage)) {
        wizard->setUnsavedChangesAnswer([] { return QMessageBox::Discard; });
        wizard->close();
        return nullptr;
    }
    return wizard;
}

void MainWindow::openCustomerDraftInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Customer Draft"), QString(), tr("Onboarder customer drafts (*.onboarder-customer.json *.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!openCustomerDraft(path, &error)) {
        QMessageBox::warning(this, tr("Draft Not Opened"), error);
    }
}

void MainWindow::openDraftInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Template Draft"), QString(), tr("Onboarder template drafts (*.onboarder-template.json *.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!openDraft(path, &error)) {
        QMessageBox::warning(this, tr("Draft Not Opened"), error);
    }
}

void MainWindow::compareDrafts()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this,
        tr("Choose Two Drafts"),
        QString(),
        tr("Onboarder drafts (*.onboarder-template.json *.onboarder-customer.json *.json)"));
    if (paths.isEmpty()) {
        return;
    }
    if (paths.size() != 2) {
        QMessageBox::information(this, tr("Compare Drafts"), tr("Choose exactly two drafts to compare."));
        return;
    }
    const QString leftName = QFileInfo(paths.at(0)).fileName();
    const QString rightName = QFileInfo(paths.at(1)).fileName();
    DraftCompareDialog* dialog = nullptr;
    const auto leftTemplate = model::DraftStore::loadTemplateDraft(paths.at(0));
    const auto rightTemplate = model::DraftStore::loadTemplateDraft(paths.at(1));
    if (leftTemplate.ok() && rightTemplate.ok()) {
        dialog = new DraftCompareDialog(
            leftTemplate.draft->onboardingTemplate, leftName, rightTemplate.draft->onboardingTemplate, rightName, this);
    } else {
        // Two customer plans compare the same way; a template beside a customer does not.
        const auto leftCustomer = model::DraftStore::loadCustomerDraft(paths.at(0));
        const auto rightCustomer = model::DraftStore::loadCustomerDraft(paths.at(1));
        if (!leftCustomer.ok() || !rightCustomer.ok()) {
            const QString error = leftTemplate.ok() || leftCustomer.ok()
                ? (rightTemplate.ok() ? rightCustomer.error : rightTemplate.error)
                : leftTemplate.error;
            QMessageBox::warning(this,
                                 tr("Compare Drafts"),
                                 (leftTemplate.ok() || rightTemplate.ok()) && (leftCustomer.ok() || rightCustomer.ok())
                                     ? tr("Choose two template drafts or two customer drafts.")
                                     : error);
            return;
        }
        dialog = new DraftCompareDialog(*leftCustomer.draft, leftName, *rightCustomer.draft, rightName, this);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(this,
                       tr("About Onboarder"),
                       tr("<p><b>Onboarder %1</b></p><p>Provision Webex Wholesale customer organizations: onboarding "
                          "templates, customers, users and locations. Ships with a local sandbox of the API for "
                          "demos and training.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Open wizards ask about their unsaved changes first; any that stays open keeps the application open.
    for (TemplateWizard* wizard : findChildren<TemplateWizard*>()) {
        if (wizard->isVisible() && !wizard->close()) {
            event->ignore();
            return;
        }
    }
    for (CustomerWizard* wizard : findChildren<CustomerWizard*>()) {
        if (wizard->isVisible() && !wizard->close()) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/page"), static_cast<int>(currentPage()));
    QMainWindow::closeEvent(event);
}

} // namespace onboarder::ui
