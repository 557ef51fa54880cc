#include "ui/configure/AdminRolesTab.h"

#include "ui_AdminRolesTab.h"

#include "model/PackageCatalog.h"
#include "model/SubscriberValidator.h"
#include "ui/configure/ConfigureCustomerController.h"

#include <QEvent>
#include <QHeaderView>

namespace onboarder::ui {

namespace {
enum Column { NameColumn, EmailColumn, PackageColumn, RolesColumn, ColumnCount };
}

AdminRolesTab::AdminRolesTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::AdminRolesTab)
{
    m_ui->setupUi(this);
    m_ui->adminUsersTable->setColumnCount(ColumnCount);
    m_ui->adminUsersTable->verticalHeader()->hide();
    m_ui->adminUsersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->adminUsersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->adminUsersTable->setColumnWidth(NameColumn, 180);
    m_ui->adminUsersTable->setColumnWidth(EmailColumn, 280);
    m_ui->adminUsersTable->setColumnWidth(PackageColumn, 160);
    for (QLabel* reason : { m_ui->roleReason, m_ui->packageReason }) {
        reason->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        reason->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        // Two rules can apply at once: room for two lines, so the second is never cut off.
        reason->setMinimumHeight(2 * reason->fontMetrics().lineSpacing() + 4);
    }
    // The reason gets the room; the buttons stay their natural size.
    for (QPushButton* button : { m_ui->assignRoleButton, m_ui->changePackageButton }) {
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_ui->roleRow->setStretch(0, 1);
    m_ui->packageRow->setStretch(0, 1);
    connect(m_ui->adminUsersTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto user = selectedUser();
        m_selectedEmail = user ? user->email : QString();
        m_ui->adminErrorPanel->clearError();
        m_ui->adminStatus->clear();
        updateSelection();
    });
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &AdminRolesTab::updateSelection);
    connect(m_ui->packageCombo, &QComboBox::currentIndexChanged, this, &AdminRolesTab::updateSelection);
    connect(m_ui->assignRoleButton, &QPushButton::clicked, this, &AdminRolesTab::assignRole);
    connect(m_ui->changePackageButton, &QPushButton::clicked, this, &AdminRolesTab::changePackage);
    retranslateUi();
}

AdminRolesTab::~AdminRolesTab() = default;

void AdminRolesTab::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->adminUsersTable->setHorizontalHeaderLabels({ tr("Name"), tr("Email"), tr("Package"), tr("Roles") });
    fillRoles();
    fillUsers();
}

void AdminRolesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AdminRolesTab::setController(ConfigureCustomerController* controller)
{
    m_controller = controller;
    connect(controller, &ConfigureCustomerController::loaded, this, [this] {
        fillRoles();
        fillUsers();
    });
    connect(controller, &ConfigureCustomerController::usersChanged, this, &AdminRolesTab::fillUsers);
    connect(controller, &ConfigureCustomerController::rolesAssigned, this, [this] {
        m_busy = false;
        m_ui->adminStatus->setText(tr("Role given."));
        updateSelection();
    });
    connect(controller, &ConfigureCustomerController::rolesFailed, this, [this](const api::ApiError& error) {
        m_busy = false;
        m_ui->adminErrorPanel->showError(tr("The role could not be given."), error);
        updateSelection();
    });
    connect(controller, &ConfigureCustomerController::packageChanged, this, [this] {
        m_busy = false;
        m_ui->adminStatus->setText(tr("Package changed."));
        updateSelection();
    });
    connect(controller, &ConfigureCustomerController::packageFailed, this, [this](const api::ApiError& error) {
        m_busy = false;
        m_ui->adminErrorPanel->showError(tr("The package could not be changed."), error);
        updateSelection();
    });
}

QList<AdminRolesTab::User> AdminRolesTab::users() const
{
    QList<User> result;
    if (!m_controller) {
        return result;
    }
    // The subscribers are the customer's users; their people carry the roles.
    for (const model::Subscriber& subscriber : m_controller->subscribers()) {
        User user;
        user.email = subscriber.email;
        user.subscriberId = subscriber.id;
        user.package = subscriber.effectivePackage();
        user.pending = subscriber.status == model::SubscriberStatus::PendingUserMigration;
        if (const auto person = m_controller->personByEmail(subscriber.email)) {
            user.personId = person->id;
            user.roles = person->roles;
            user.name = person->displayName.isEmpty()
                ? QStringLiteral("%1 %2").arg(person->firstName, person->lastName).trimmed()
                : person->displayName;
        }
        result.append(user);
    }
    return result;
}

void AdminRolesTab::fillRoles()
{
    const QString current = m_ui->roleCombo->currentData().toString();
    QSignalBlocker roleBlocker(m_ui->roleCombo);
    m_ui->roleCombo->clear();
    m_ui->roleCombo->addItem(tr("Choose a role…"), QString());
    QSignalBlocker packageBlocker(m_ui->packageCombo);
    const QString package = m_ui->packageCombo->currentData().toString();
    m_ui->packageCombo->clear();
    m_ui->packageCombo->addItem(tr("Choose a package…"), QString());
    if (m_controller) {
        for (const model::Role& role : m_controller->roles()) {
            m_ui->roleCombo->addItem(role.name, role.id);
        }
        for (const QString& name : m_controller->subscriberPackages()) {
            m_ui->packageCombo->addItem(model::PackageCatalog::displayName(name), name);
        }
    }
    m_ui->roleCombo->setCurrentIndex(qMax(0, m_ui->roleCombo->findData(current)));
    m_ui->packageCombo->setCurrentIndex(qMax(0, m_ui->packageCombo->findData(package)));
}

void AdminRolesTab::fillUsers()
{
    const QString selected = m_selectedEmail;
    QSignalBlocker blocker(m_ui->adminUsersTable);
    const QList<User> list = users();
    m_ui->adminUsersTable->setRowCount(static_cast<int>(list.size()));
    int selectedRow = -1;
    for (int row = 0; row < list.size(); ++row) {
        const User& user = list.at(row);
        QStringList roles;
        for (const QString& id : user.roles) {
            roles.append(m_controller->roleName(id));
        }
        const QString roleText = user.pending ? tr("(waiting for the user to accept the move)")
                                              : (roles.isEmpty() ? tr("User") : roles.join(QStringLiteral(", ")));
        const QStringList cells = { user.name, user.email, model::PackageCatalog::displayName(user.package), roleText };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, user.email);
            m_ui->adminUsersTable->setItem(row, column, item);
        }
        if (user.email == selected) {
            selectedRow = row;
        }
    }
    if (selectedRow >= 0) {
        m_ui->adminUsersTable->selectRow(selectedRow);
    }
    blocker.unblock();
    updateSelection();
}

std::optional<AdminRolesTab::User> AdminRolesTab::selectedUser() const
{
    const auto items = m_ui->adminUsersTable->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    const QString email = items.constFirst()->data(Qt::UserRole).toString();
    for (const User& user : users()) {
        if (user.email == email) {
            return user;
        }
    }
    return std::nullopt;
}

QString AdminRolesTab::roleBlocker(const User& user) const
{
    const QString roleId = m_ui->roleCombo->currentData().toString();
    if (user.pending || user.personId.isEmpty()) {
        return tr("The user has not accepted the move to this organization yet; roles can be given afterwards.");
    }
    if (roleId.isEmpty()) {
        return tr("Choose the role to give.");
    }
    if (user.roles.contains(roleId)) {
        return tr("The user already has this role.");
    }
    const model::FieldErrors errors = model::SubscriberValidator::validateAdminPackage(
        user.package,
        user.package,
        m_controller->customer().packages,
        roleId == m_controller->fullAdminRoleId() ? model::SubscriberValidator::AdminRole::FullAdmin
                                                  : model::SubscriberValidator::AdminRole::Admin);
    if (!errors.isEmpty()) {
        return tr("%1 has %2. %3 Change the user's package first.")
            .arg(user.email, model::PackageCatalog::displayName(user.package), errors.constFirst().message);
    }
    return {};
}

QString AdminRolesTab::packageBlocker(const User& user, const QString& package) const
{
    if (user.pending) {
        return tr("The user has not accepted the move to this organization yet.");
    }
    if (package.isEmpty()) {
        return tr("Choose the new package.");
    }
    if (package == user.package) {
        return tr("The user already has this package.");
    }
    using AdminRole = model::SubscriberValidator::AdminRole;
    const QString fullAdmin = m_controller->fullAdminRoleId();
    const AdminRole role = !fullAdmin.isEmpty() && user.roles.contains(fullAdmin)
        ? AdminRole::FullAdmin
        : (user.roles.isEmpty() ? AdminRole::None : AdminRole::Admin);
    QStringList messages;
    for (const model::FieldError& error : model::SubscriberValidator::validateAdminPackage(
             package, user.package, m_controller->customer().packages, role)) {
        messages.append(error.message);
    }
    if (!messages.isEmpty()) {
        return messages.join(QLatin1Char(' '));
    }
    if (model::PackageCatalog::includesCalling(package) && !model::PackageCatalog::includesCalling(user.package)) {
        return tr("%1 includes calling, which needs a location and a number or extension: remove the user and add "
                  "them again in Add users with the new package.")
            .arg(model::PackageCatalog::displayName(package));
    }
    return {};
}

void AdminRolesTab::updateSelection()
{
    const auto user = selectedUser();
    const bool ready = m_controller && m_controller->isLoaded() && user && !m_busy;
    m_ui->selectedUserValue->setText(user ? QStringLiteral("%1 <%2>").arg(user->name, user->email)
                                          : tr("Choose a user in the list."));
    const QString roleReason = user && m_controller ? roleBlocker(*user) : QString();
    const QString packageReason
        = user && m_controller ? packageBlocker(*user, m_ui->packageCombo->currentData().toString()) : QString();
    m_ui->assignRoleButton->setEnabled(ready && roleReason.isEmpty());
    m_ui->changePackageButton->setEnabled(ready && packageReason.isEmpty());
    m_ui->roleReason->setText(roleReason);
    m_ui->packageReason->setText(packageReason);
    m_ui->roleCombo->setEnabled(m_controller && user);
    m_ui->packageCombo->setEnabled(m_controller && user);
}

void AdminRolesTab::assignRole()
{
    const auto user = selectedUser();
    if (!user || !m_controller || !roleBlocker(*user).isEmpty()) {
        return;
    }
    m_busy = true;
    m_ui->adminErrorPanel->clearError();
    m_ui->adminStatus->setText(tr("Giving the role…"));
    updateSelection();
    m_controller->assignRoles(user->personId, user->roles + QStringList { m_ui->roleCombo->currentData().toString() });
}

void AdminRolesTab::changePackage()
{
    const auto user = selectedUser();
    const QString package = m_ui->packageCombo->currentData().toString();
    if (!user || !m_controller || !packageBlocker(*user, package).isEmpty()) {
        return;
    }
    const auto subscriber = m_controller->subscriberByEmail(user->email);
    if (!subscriber) {
        return;
    }
    m_busy = true;
    m_ui->adminErrorPanel->clearError();
    m_ui->adminStatus->setText(tr("Changing the package…"));
    updateSelection();
    m_controller->changePackage(*subscriber, package);
}

} // namespace onboarder::ui
