#include "ui/views/activity/ActivityView.h"

#include "ui_ActivityView.h"

#include "connection/AuditDescription.h"
#include "connection/AuditLog.h"
#include "connection/CustomerNameCache.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMap>
#include <QMessageBox>

#include <algorithm>

namespace onboarder::ui {

ActivityView::ActivityView(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ActivityView)
{
    m_ui->setupUi(this);
    m_ui->activityTitle->setProperty("role", QStringLiteral("pageTitle"));
    m_ui->refreshActivityButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->exportActivityButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_ui->exportActivityButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QTreeWidget* tree = m_ui->activityTable;
    tree->setColumnCount(ColumnCount);
    setHeaders();
    // Time and result fit their text; the action takes the spare width; a tracking ID is read from its tooltip or
    // copied whole, so it gets a fixed width, elided in the middle; nothing scrolls sideways.
    QHeaderView* header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = tree->fontMetrics();
    tree->setColumnWidth(TimeColumn, metrics.horizontalAdvance(QStringLiteral("00 Mmm 0000 00:00")) + 40);
    tree->setColumnWidth(CustomerColumn, metrics.averageCharWidth() * 28);
    tree->setColumnWidth(ResultColumn, metrics.averageCharWidth() * 28);
    tree->setColumnWidth(TrackingIdColumn, metrics.averageCharWidth() * 22);
    tree->setTextElideMode(Qt::ElideMiddle);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ActivityView::refresh);
    // Sized again after a change of language: "Alla resultat" is longer than "Any result".
    m_ui->activityResultCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillFilters();
    connect(m_ui->refreshActivityButton, &QToolButton::clicked, this, &ActivityView::refresh);
    connect(m_ui->exportActivityButton, &QToolButton::clicked, this, &ActivityView::exportInteractive);
    connect(m_ui->activitySearchEdit, &QLineEdit::textChanged, this, &ActivityView::rebuild);
    connect(m_ui->activityCustomerCombo, &QComboBox::currentIndexChanged, this, &ActivityView::rebuild);
    connect(m_ui->activityResultCombo, &QComboBox::currentIndexChanged, this, &ActivityView::rebuild);
}

ActivityView::~ActivityView() = default;

void ActivityView::setHeaders()
{
    m_ui->activityTable->setHeaderLabels({ tr("Time"), tr("Customer"), tr("Action"), tr("Result"), tr("Tracking ID") });
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
        connect(m_auditLog, &api::AuditLog::entryAdded, this, [this] { m_refreshTimer.start(); });
    }
    refresh();
}

void ActivityView::setNameCache(api::CustomerNameCache* cache)
{
    m_nameCache = cache;
}

void ActivityView::setTextFilter(const QString& text)
{
    m_ui->activitySearchEdit->setText(text);
}

void ActivityView::setCustomerFilter(const QString& customerId)
{
    m_ui->activityCustomerCombo->setCurrentIndex(
        customerId.isEmpty() ? 0 : qMax(0, m_ui->activityCustomerCombo->findData(customerId)));
}

void ActivityView::setResultFilter(Result result)
{
    m_ui->activityResultCombo->setCurrentIndex(qMax(0, m_ui->activityResultCombo->findData(int(result))));
}

void ActivityView::fillFilters()
{
    QComboBox* results = m_ui->activityResultCombo;
    {
        const QSignalBlocker blocker(results);
        const QVariant current = results->currentData();
        results->clear();
        results->addItem(tr("Any result"), int(Result::Any));
        results->addItem(tr("Succeeded"), int(Result::Succeeded));
        results->addItem(tr("Failed"), int(Result::Failed));
        results->setCurrentIndex(qMax(0, results->findData(current)));
    }
    QComboBox* customers = m_ui->activityCustomerCombo;
    const QSignalBlocker blocker(customers);
    const QVariant current = customers->currentData();
    customers->clear();
    customers->addItem(tr("All customers"));
    QMap<QString, QString> byName; // sorted by name
    for (const ActivityGroup& group : std::as_const(m_groups)) {
        if (!group.customerId.isEmpty()) {
            byName.insert(m_names.value(group.customerId, group.customerId) + QLatin1Char('\n') + group.customerId,
                          group.customerId);
        }
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        customers->addItem(it.key().section(QLatin1Char('\n'), 0, 0), it.value());
    }
    customers->setCurrentIndex(qMax(0, customers->findData(current)));
}

void ActivityView::refresh()
{
    m_refreshTimer.stop();
    m_groups.clear();
    // The customers' names, and which organization is whose, so a request about a location is shown by customer.
    api::CustomerNameCache::Known known = m_nameCache ? m_nameCache->known(m_profile) : api::CustomerNameCache::Known();
    m_names = std::move(known.namesByCustomerId);
    QHash<QString, QString> customersByOrgId;
    for (auto it = known.orgIdsByCustomerId.cbegin(); it != known.orgIdsByCustomerId.cend(); ++it) {
        customersByOrgId.insert(it.value(), it.key());
    }
    if (m_auditLog && m_auditLog->isOpen()) {
        api::AuditLog::Filter filter;
        filter.profile = m_profile;
        filter.limit = 2000;
        m_groups = ActivityGroup::fromEntries(m_auditLog->entries(filter), customersByOrgId);
    }
    fillFilters();
    rebuild();
}

QString ActivityView::customerName(const ActivityGroup& group, const api::AuditEntry& entry) const
{
    if (!group.customerId.isEmpty()) {
        return m_names.value(group.customerId, group.customerId);
    }
    return api::AuditDescription::newCustomerName(entry);
}

QStringList ActivityView::cells(const ActivityGroup& group, const api::AuditEntry& e) const
{
    return { QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat),
             customerName(group, e),
             api::AuditDescription::action(e),
             api::AuditDescription::outcome(e),
             e.trackingId };
}

QStringList ActivityView::cells(const ActivityGroup& group) const
{
    if (!group.isRun()) {
        return cells(group, group.entries.constFirst());
    }
    int creates = 0;
    int failed = 0;
    for (const api::AuditEntry& e : group.entries) {
        creates += e.path.contains(QLatin1String("/validate")) ? 0 : 1;
        failed += api::AuditDescription::succeeded(e) ? 0 : 1;
    }
    const int count = static_cast<int>(group.entries.size());
    const api::AuditEntry& started = group.entries.constLast();
    return { QLocale().toString(started.time.toLocalTime(), QLocale::ShortFormat),
             customerName(group, started),
             creates > 0 ? tr("Add %n user(s)", nullptr, creates) : tr("Precheck %n user(s)", nullptr, count),
             failed > 0 ? tr("%1 of %n request(s) failed", nullptr, count).arg(failed)
                        : tr("All %n request(s) done", nullptr, count),
             QString() };
}

bool ActivityView::matches(const api::AuditEntry& e) const
{
    const auto result = Result(m_ui->activityResultCombo->currentData().toInt());
    const bool ok = api::AuditDescription::succeeded(e);
    return result == Result::Any || (result == Result::Succeeded) == ok;
}

void ActivityView::rebuild()
{
    QTreeWidget* tree = m_ui->activityTable;
    tree->clear();
    const QString customer = m_ui->activityCustomerCombo->currentData().toString();
    const QString text = m_ui->activitySearchEdit->text().trimmed();
    const auto contains = [&text](const QStringList& cells) {
        return text.isEmpty() || std::any_of(cells.cbegin(), cells.cend(), [&text](const QString& cell) {
                   return cell.contains(text, Qt::CaseInsensitive);
               });
    };
    const auto decorate = [](QTreeWidgetItem* item, const QStringList& texts, bool ok) {
        for (int column = 0; column < texts.size(); ++column) {
            item->setToolTip(column, texts.at(column));
        }
        // The result is told in words; the icon only repeats it, so colour is never the only signal.
        item->setIcon(ResultColumn, QIcon(ok ? QStringLiteral(":/icons/ok.svg") : QStringLiteral(":/icons/error.svg")));
    };
    QList<QTreeWidgetItem*> items;
    for (const ActivityGroup& group : std::as_const(m_groups)) {
        if (!customer.isEmpty() && group.customerId != customer) {
            continue;
        }
        const QStringList groupCells = cells(group);
        const bool groupMatches = contains(groupCells);
        QList<QTreeWidgetItem*> children;
        bool allOk = true;
        for (const api::AuditEntry& e : group.entries) {
            allOk = allOk && api::AuditDescription::succeeded(e);
            const QStringList entryCells = cells(group, e);
            if (!matches(e) || (!groupMatches && !contains(entryCells))) {
                continue;
            }
            auto* child = new QTreeWidgetItem(entryCells);
            decorate(child, entryCells, api::AuditDescription::succeeded(e));
            child->setData(TimeColumn, Qt::UserRole, e.id);
            children.append(child);
        }
        if (children.isEmpty()) {
            continue;
        }
        if (!group.isRun()) {
            items.append(children.constFirst());
            continue;
        }
        auto* run = new QTreeWidgetItem(groupCells);
        decorate(run, groupCells, allOk);
        run->addChildren(children);
        items.append(run);
    }
    tree->addTopLevelItems(items);
    fitColumns();
}

void ActivityView::fitColumns()
{
    // A name or a result cut in the middle ("1 of 200 re…ests failed") reads wrong; longer texts than the limit
    // (an error message) are elided and have their tooltip.
    QTreeWidget* tree = m_ui->activityTable;
    const QFontMetrics metrics = tree->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const int icon = tree->iconSize().isValid() ? tree->iconSize().width() : 16;
    const auto widest = [&](int column, int maxChars, int extra) {
        int width = metrics.horizontalAdvance(tree->headerItem()->text(column)) + padding;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = tree->topLevelItem(i);
            width = qMax(width, metrics.horizontalAdvance(item->text(column)) + padding + extra);
            for (int c = 0; c < item->childCount(); ++c) {
                width = qMax(width, metrics.horizontalAdvance(item->child(c)->text(column)) + padding + extra);
            }
        }
        return qMin(width, maxChars * metrics.averageCharWidth() + padding + extra);
    };
    tree->setColumnWidth(CustomerColumn, widest(CustomerColumn, 36, 0));
    tree->setColumnWidth(ResultColumn, widest(ResultColumn, 36, icon + 6));
}

bool ActivityView::exportShown(const QString& path, QString* errorMessage) const
{
    QHash<qint64, const api::AuditEntry*> byId;
    for (const ActivityGroup& group : m_groups) {
        for (const api::AuditEntry& e : group.entries) {
            byId.insert(e.id, &e);
        }
    }
    QList<api::AuditEntry> shown;
    const auto add = [&](const QTreeWidgetItem* item) {
        if (const api::AuditEntry* e = byId.value(item->data(TimeColumn, Qt::UserRole).toLongLong())) {
            shown.append(*e);
        }
    };
    QTreeWidget* tree = m_ui->activityTable;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        add(item);
        for (int c = 0; c < item->childCount(); ++c) {
            add(item->child(c));
        }
    }
    return api::AuditLog::exportCsv(shown, path, errorMessage);
}

void ActivityView::exportInteractive()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Activity"), tr("activity.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportShown(path, &error)) {
        QMessageBox::warning(this, tr("Activity Not Exported"), error);
    }
}

} // namespace onboarder::ui
