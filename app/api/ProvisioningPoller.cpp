#include "api/ProvisioningPoller.h"

#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "model/CustomerStatus.h"

#include <QCoreApplication>

#include <algorithm>

namespace onboarder::api {

ProvisioningPoller::ProvisioningPoller(ApiSession* session, const QUrl& customerUrl, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_url(customerUrl)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProvisioningPoller::poll);
}

void ProvisioningPoller::setInitialInterval(Milliseconds interval)
{
    m_interval = interval;
}

void ProvisioningPoller::setMaxInterval(Milliseconds interval)
{
    m_maxInterval = interval;
}

void ProvisioningPoller::setTimeLimit(Milliseconds limit)
{
    m_timeLimit = limit;
}

void ProvisioningPoller::start()
{
    m_elapsed.start();
    m_timer.start(0);
}

void ProvisioningPoller::cancel()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
    finish(Outcome::Cancelled);
}

QUrl ProvisioningPoller::customerUrl() const
{
    return m_url;
}

QString ProvisioningPoller::lastStatus() const
{
    return m_lastStatus;
}

int ProvisioningPoller::polls() const
{
    return m_polls;
}

void ProvisioningPoller::poll()
{
    if (m_finished) {
        return;
    }
    if (!m_session) {
        finish(Outcome::Cancelled);
        return;
    }
    ++m_polls;
    m_current = m_session->send("GET", m_url);
    connect(m_current, &ApiRequest::finished, this, &ProvisioningPoller::onAnswer);
}

void ProvisioningPoller::onAnswer(ApiRequest* request)
{
    m_current = nullptr;
    const ApiResponse& response = request->response();
    if (!response.ok()) {
        if (response.httpStatus == 404) {
            finish(Outcome::Gone);
        } else {
            finish(Outcome::Failed, response.error);
        }
        return;
    }
    const auto customer = nlohmann::json::parse(response.body.constBegin(), response.body.constEnd(), nullptr, false);
    QString status;
    if (customer.is_object() && customer.contains("status") && customer["status"].is_string()) {
        status = QString::fromStdString(customer["status"].get<std::string>());
    }
    if (status != m_lastStatus) {
        m_lastStatus = status;
        emit statusChanged(status, customer);
        if (m_finished) {
            return; // cancelled by a receiver
        }
    }
    // A compliance hold is not terminal, but it lasts days, not seconds: stop following and say where it stands.
    const model::CustomerStatus settled = model::CustomerStatus::fromWire(status);
    if (settled.isTerminal() || settled == model::CustomerStatus::PendingRplReview) {
        finish(Outcome::Terminal);
        return;
    }
    if (m_timeLimit.count() > 0 && m_elapsed.elapsed() >= m_timeLimit.count()) {
        finish(Outcome::TimedOut);
        return;
    }
    m_timer.start(static_cast<int>(m_interval.count()));
    m_interval = std::min(m_maxInterval, Milliseconds(m_interval.count() * 3 / 2));
}

void ProvisioningPoller::finish(Outcome outcome, const std::optional<ApiError>& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    emit finished(outcome, m_lastStatus, error);
}

} // namespace onboarder::api
