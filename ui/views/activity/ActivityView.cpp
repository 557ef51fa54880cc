#include "ui/views/activity/ActivityView.h"
#include "ui_ActivityView.h"

#include "api/AuditLog.h"

#include <QHeaderView>

namespace onboarder::ui {

ActivityView::ActivityView(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ActivityView)
{
    m_ui->setupUi(this);
    m_ui->activityTitle->setProperty("role", QStringLiteral("pageTitle"));
    m_ui->refreshActivityButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->activityTable->setColumnCount(6);
    m_ui->activityTable->setHorizontalHeaderLabels(
        { tr("Time"), tr("Profile"), tr("Request"), tr("Status"), tr("Tracking ID"), tr("Summary") });
    m_ui->activityTable->verticalHeader()->hide();
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->activityTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->refreshActivityButton, &QToolButton::clicked, this, &ActivityView::refresh);
}

ActivityView::~ActivityView() = default;

void ActivityView::setAuditLog(api::AuditLog* auditLog, const QString& profile)
{
    if (m_auditLog) {
        disconnect(m_auditLog, nullptr, this, nullptr);
    }
    m_auditLog = auditLog;
    m_profile = profile;
    if (m_auditLog) {
        connect(m_auditLog, &api::AuditLog::entryAdded, this, &ActivityView::refresh);
    }
    refresh();
}

void ActivityView::refresh()
{
    m_ui->activityTable->setRowCount(0);
    if (!m_auditLog || !m_auditLog->isOpen()) {
        return;
    }
    api::AuditLog::Filter filter;
    filter.profile = m_profile;
    filter.limit = 500;
    const auto entries = m_auditLog->entries(filter);
    m_ui->activityTable->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const api::AuditEntry& e = entries.at(row);
        const QStringList cells { locale.toString(e.time.toLocalTime(), QLocale::ShortFormat),
                                  e.profile,
                                  QStringLiteral("%1 %2").arg(QString::fromLatin1(e.method), e.path),
                                  e.httpStatus ? QString::number(e.httpStatus) : QString(),
                                  e.trackingId,
                                  e.errorMessage.isEmpty() ? e.summary : e.errorMessage };
        for (int column = 0; column < cells.size(); ++column) {
            m_ui->activityTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

} // namespace onboarder::ui
