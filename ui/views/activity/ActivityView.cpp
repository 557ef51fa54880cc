#include "ui/views/activity/ActivityView.h"

#include "ui_ActivityView.h"

#include "connection/AuditDescription.h"
#include "connection/AuditLog.h"

#include <QEvent>
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
    setHeaders();
    m_ui->activityTable->verticalHeader()->hide();
    // Short columns fit their contents; the raw request takes the rest of the width on one line (elided, the full text
    // in its tooltip), so the table never scrolls sideways.
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A tracking ID is long and read from its tooltip or copied whole: a fixed width, elided.
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_ui->activityTable->setColumnWidth(4, m_ui->activityTable->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_ui->activityTable->setWordWrap(false);
    m_ui->activityTable->setTextElideMode(Qt::ElideRight);
    connect(m_ui->refreshActivityButton, &QToolButton::clicked, this, &ActivityView::refresh);
}

ActivityView::~ActivityView() = default;

void ActivityView::setHeaders()
{
    m_ui->activityTable->setHorizontalHeaderLabels(
        { tr("Time"), tr("Profile"), tr("Action"), tr("Result"), tr("Tracking ID"), tr("Request") });
}

void ActivityView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setHeaders();
        refresh(); // times in the new locale's format
    }
    QWidget::changeEvent(event);
}

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
        const QString request = QStringLiteral("%1 %2").arg(QString::fromLatin1(e.method), e.path);
        const QStringList cells { locale.toString(e.time.toLocalTime(), QLocale::ShortFormat),
                                  e.profile,
                                  api::AuditDescription::action(e),
                                  api::AuditDescription::outcome(e),
                                  e.trackingId,
                                  e.summary.isEmpty() ? request : QStringLiteral("%1 %2").arg(request, e.summary) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_ui->activityTable->setItem(row, column, item);
        }
        // The result is told in words; the icon only repeats it, so colour is never the only signal.
        const bool succeeded = e.httpStatus >= 200 && e.httpStatus < 300;
        m_ui->activityTable->item(row, 3)->setIcon(
            QIcon(succeeded ? QStringLiteral(":/icons/ok.svg") : QStringLiteral(":/icons/error.svg")));
    }
}

} // namespace onboarder::ui
