#pragma once

#include "ui/views/activity/ActivityGroup.h"

#include <QHash>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class ActivityView;
}
namespace onboarder::api {
class AuditLog;
class CustomerNameCache;
} // namespace onboarder::api

namespace onboarder::ui {

// The "Activity" page: the audit log's entries (requests that changed something), newest first, with the customer
// each was about by name; a bulk run of users is one line that expands to its requests. Filters by text, customer
// and result; exports what it shows.
class ActivityView : public QWidget
{
    Q_OBJECT

public:
    enum class Result { Any, Succeeded, Failed };
    enum Column { TimeColumn, CustomerColumn, ActionColumn, ResultColumn, TrackingIdColumn, ColumnCount };

    explicit ActivityView(QWidget* parent = nullptr);
    ~ActivityView() override;

    // Not owned. An empty profile shows every profile's entries.
    void setAuditLog(api::AuditLog* auditLog, const QString& profile);
    // Where the customers' names come from (not owned, may be null).
    void setNameCache(api::CustomerNameCache* cache);

    void setTextFilter(const QString& text);
    // Empty: every customer.
    void setCustomerFilter(const QString& customerId);
    void setResultFilter(Result result);
    // The requests shown (runs expanded), as CSV; false with a message on failure.
    bool exportShown(const QString& path, QString* errorMessage = nullptr) const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setHeaders();
    void fillFilters();
    void rebuild();
    // The customer and result columns as wide as what they show (up to a limit), the action taking the rest.
    void fitColumns();
    void exportInteractive();
    QString customerName(const ActivityGroup& group, const api::AuditEntry& entry) const;
    QStringList cells(const ActivityGroup& group) const;
    QStringList cells(const ActivityGroup& group, const api::AuditEntry& entry) const;
    bool matches(const api::AuditEntry& entry) const;

    const QScopedPointer<Ui::ActivityView> m_ui;
    QPointer<api::AuditLog> m_auditLog;
    api::CustomerNameCache* m_nameCache = nullptr;
    QString m_profile;
    QList<ActivityGroup> m_groups;
    QHash<QString, QString> m_names; // customer ID -> name
    QTimer m_refreshTimer; // a bulk run adds entries by the hundred: one refresh for a burst
};

} // namespace onboarder::ui
