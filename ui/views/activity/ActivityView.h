#pragma once

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class ActivityView;
}
namespace onboarder::api {
class AuditLog;
}

namespace onboarder::ui {

// The "Activity" page: the audit log's entries (requests that changed something), newest first.
class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(QWidget* parent = nullptr);
    ~ActivityView() override;

    // Not owned. An empty profile shows every profile's entries.
    void setAuditLog(api::AuditLog* auditLog, const QString& profile);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setHeaders();

    const QScopedPointer<Ui::ActivityView> m_ui;
    QPointer<api::AuditLog> m_auditLog;
    QString m_profile;
};

} // namespace onboarder::ui
