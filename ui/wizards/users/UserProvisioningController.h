#pragma once

#include "api/ApiError.h"
#include "model/PrecheckResult.h"
#include "model/Subscriber.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace onboarder::api {
class WholesaleClient;
}

namespace onboarder::ui {

// Checks and provisions planned users: rows in (each with the table row it came from), per-row progress and outcome
// out, cancel. One request at a time, in order. The interface is kept this narrow so the journaled bulk import job
// can stand behind it later without the users tab changing.
class UserProvisioningController : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Precheck, Provision };
    using Rows = QList<QPair<int, model::Subscriber>>;

    // The client is not owned.
    explicit UserProvisioningController(api::WholesaleClient* client, QObject* parent = nullptr);

    bool isRunning() const;
    // POST /wholesale/subscribers/validate for every row.
    void precheck(const Rows& rows);
    // POST /wholesale/subscribers for every row.
    void provision(const Rows& rows);
    // No further row starts; the request under way still reports its outcome (it may already have been carried out).
    void cancel();
    // POST /subscribers/{id}/emails/consentMove for a user waiting in pending_user_migration.
    void resendConsentEmail(int row, const QString& subscriberId);

signals:
    void started(onboarder::ui::UserProvisioningController::Stage stage, int rows);
    void rowStarted(int row);
    void rowPrechecked(int row, const onboarder::model::PrecheckResult& result);
    // The subscriber as the API returned it; its status is provisioned or pending_user_migration.
    void rowProvisioned(int row, const onboarder::model::Subscriber& subscriber);
    void rowFailed(int row, const onboarder::api::ApiError& error);
    void finished(onboarder::ui::UserProvisioningController::Stage stage, bool cancelled);
    void consentEmailSent(int row);
    void consentEmailFailed(int row, const onboarder::api::ApiError& error);

private:
    void next();

    QPointer<api::WholesaleClient> m_client;
    Stage m_stage = Stage::Precheck;
    Rows m_queue;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace onboarder::ui
