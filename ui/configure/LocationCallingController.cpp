#include "ui/configure/LocationCallingController.h"

#include "api/WholesaleClient.h"
#include "jobs/calling/LocationCallingSetup.h"

namespace onboarder::ui {

LocationCallingController::LocationCallingController(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void LocationCallingController::setOrgId(const QString& orgId)
{
    if (orgId != m_orgId) {
        m_orgId = orgId;
        m_calling.clear();
    }
}

LocationCallingController::Calling LocationCallingController::calling(const QString& locationId) const
{
    return m_calling.value(locationId);
}

void LocationCallingController::load(const QString& locationId)
{
    if (!m_client || locationId.isEmpty() || m_pendingReads.value(locationId) > 0) {
        return;
    }
    Calling& calling = m_calling[locationId];
    calling.state = State::Loading;
    calling.error.reset();
    m_pendingReads.insert(locationId, 3);
    m_client->pstnConnectionOptions(
        m_orgId,
        locationId,
        this,
        [this, locationId](const api::ApiResult<QList<model::PstnConnectionOption>>& result) {
            if (result.ok()) {
                m_calling[locationId].options = *result.value;
            }
            readDone(locationId, result.error);
        });
    m_client->pstnConnection(
        m_orgId, locationId, this, [this, locationId](const api::ApiResult<model::PstnConnectionOption>& result) {
            m_calling[locationId].connection = result.value;
            // 404: the location has no connection yet, which is an answer, not a failure.
            readDone(locationId, result.ok() || result.error->httpStatus == 404 ? std::nullopt : result.error);
        });
    m_client->listNumbers(
        m_orgId, locationId, false, this, [this, locationId](const api::ApiResult<model::PhoneNumberList>& result) {
            if (result.ok()) {
                m_calling[locationId].numbers = result.value->phoneNumbers;
            }
            readDone(locationId, result.error);
        });
}

void LocationCallingController::readDone(const QString& locationId, const std::optional<api::ApiError>& error)
{
    Calling& calling = m_calling[locationId];
    if (error && !calling.error) {
        calling.error = error;
    }
    const int pending = m_pendingReads.value(locationId) - 1;
    m_pendingReads.insert(locationId, pending);
    if (pending == 0) {
        calling.state = calling.error ? State::Failed : State::Loaded;
        emit loaded(locationId);
    }
}

bool LocationCallingController::isRunning() const
{
    return m_setup && m_setup->isRunning();
}

bool LocationCallingController::run(const jobs::LocationCallingPlan& plan, QString* error)
{
    if (!m_client || isRunning()) {
        return false;
    }
    auto* setup = new jobs::LocationCallingSetup(m_client, this);
    const QString locationId = plan.locationId;
    connect(setup, &jobs::LocationCallingSetup::stepStarted, this, &LocationCallingController::stepStarted);
    connect(setup, &jobs::LocationCallingSetup::succeeded, this, [this, setup, locationId] {
        setup->deleteLater();
        emit setupSucceeded(locationId);
        load(locationId);
    });
    connect(setup,
            &jobs::LocationCallingSetup::failed,
            this,
            [this, setup, locationId](const api::ApiError& failure, const QString& step) {
                setup->deleteLater();
                emit setupFailed(locationId, failure, step);
                load(locationId);
            });
    if (!setup->start(plan, {}, error)) {
        delete setup;
        return false;
    }
    m_setup = setup;
    return true;
}

QList<jobs::LocationCallingPlan> LocationCallingController::unfinishedSetups() const
{
    if (m_orgId.isEmpty() || isRunning()) {
        return {};
    }
    return jobs::LocationCallingSetup::unfinished(m_orgId);
}

void LocationCallingController::discard(const jobs::LocationCallingPlan& plan)
{
    if (!isRunning()) {
        jobs::LocationCallingSetup::discard(plan);
    }
}

} // namespace onboarder::ui
