#include "ui/configure/ExistingUsersTab.h"

#include "ui_ExistingUsersTab.h"

#include "ui/configure/ConfigureCustomerController.h"
#include "ui/configure/EmptyViewNotice.h"
#include "ui/configure/ExistingUsersModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace onboarder::ui {

ExistingUsersTab::ExistingUsersTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ExistingUsersTab)
    , m_model(new ExistingUsersModel(this))
    , m_search(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_search->setSourceModel(m_model);
    m_search->setFilterRole(ExistingUsersModel::SearchRole);
    m_search->setFilterKeyColumn(ExistingUsersModel::Name);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_search->setSortLocaleAware(true);
    m_ui->existingUsersTable->setModel(m_search);
    m_ui->existingUsersTable->sortByColumn(ExistingUsersModel::Name, Qt::AscendingOrder);
    auto* header = m_ui->existingUsersTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[] = { 200, 260, 150, 170 };
    for (int column = 0; column < ExistingUsersModel::Location; ++column) {
        m_ui->existingUsersTable->setColumnWidth(column, widths[column]);
    }
    m_notice = new EmptyViewNotice(m_ui->existingUsersTable);
    m_notice->setObjectName(QStringLiteral("existingUsersNotice"));
    m_ui->existingUsersStatus->setTextFormat(Qt::PlainText);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_search->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_ui->refreshUsersButton, &QPushButton::clicked, this, &ExistingUsersTab::refresh);
    retranslateUi();
}

ExistingUsersTab::~ExistingUsersTab() = default;

ExistingUsersModel* ExistingUsersTab::model() const
{
    return m_model;
}

void ExistingUsersTab::setController(ConfigureCustomerController* controller)
{
    m_controller = controller;
    m_model->setController(controller);
    connect(controller, &ConfigureCustomerController::loaded, this, &ExistingUsersTab::onUsersChanged);
    connect(controller, &ConfigureCustomerController::usersChanged, this, &ExistingUsersTab::onUsersChanged);
    // Locations give the users' location names.
    connect(controller, &ConfigureCustomerController::locationsChanged, m_model, &ExistingUsersModel::reload);
    connect(controller, &ConfigureCustomerController::usersRefreshing, this, [this] {
        m_soFar = 0;
        updateState();
    });
    connect(controller, &ConfigureCustomerController::usersProgress, this, [this](int soFar) {
        m_soFar = soFar;
        updateState();
    });
    connect(controller, &ConfigureCustomerController::usersFailed, this, &ExistingUsersTab::onUsersFailed);
    connect(controller, &ConfigureCustomerController::loadingChanged, this, &ExistingUsersTab::updateState);
    updateState();
}

void ExistingUsersTab::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
    updateState();
}

void ExistingUsersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ExistingUsersTab::refresh()
{
    if (!m_controller || !m_controller->isLoaded()) {
        return;
    }
    m_controller->refreshUsers();
}

void ExistingUsersTab::onUsersChanged()
{
    m_failed = false;
    m_ui->existingUsersErrorPanel->clearError();
    m_model->reload();
    updateState();
}

void ExistingUsersTab::onUsersFailed(const api::ApiError& error)
{
    m_failed = true;
    m_ui->existingUsersErrorPanel->showError(tr("The users could not be loaded."), error);
    updateState();
}

void ExistingUsersTab::updateState()
{
    const bool loaded = m_controller && m_controller->isLoaded();
    const bool loading = m_controller && (m_controller->isLoading() || m_controller->isRefreshingUsers());
    const int all = m_model->rowCount();
    const int shown = m_search->rowCount();
    const QString search = m_ui->searchEdit->text().trimmed();
    m_ui->refreshUsersButton->setEnabled(loaded && !loading);

    QString status;
    if (loading) {
        status = m_soFar > 0 ? tr("Loading the users… %n so far.", nullptr, m_soFar) : tr("Loading the users…");
    } else if (!search.isEmpty()) {
        status = tr("%1 of %n user(s) match.", nullptr, all).arg(shown);
    } else if (loaded) {
        status = tr("%n user(s).", nullptr, all);
    }
    m_ui->existingUsersStatus->setText(status);

    QString notice;
    if (shown == 0) {
        if (loading) {
            notice = tr("Loading the users…");
        } else if (m_failed && all == 0) {
            notice = tr("The users could not be loaded: the reason is below. Refresh to try again.");
        } else if (!search.isEmpty() && all > 0) {
            notice = tr("No user's name or email contains \"%1\".").arg(search);
        } else if (loaded) {
            notice = tr("This customer has no users yet. Users added on the Add users tab appear here once they "
                        "are added.");
        }
    }
    m_notice->showNotice(notice);
}

} // namespace onboarder::ui
