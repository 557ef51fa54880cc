#include "jobs/import/SubscriberBatchProvisioner.h"

#include "api/ApiSession.h"
#include "api/WholesaleClient.h"
#include "jobs/import/SubscriberLookUp.h"

#include <QTimer>

#include <algorithm>

namespace onboarder::jobs {

using api::ApiError;
using api::ApiResult;
using State = ImportJournal::State;

namespace {

ImportJournal::Entry foundDetails(const SubscriberLookUp::Result& found)
{
    ImportJournal::Entry details;
    details.subscriberId = found.subscriber.id;
    details.status = found.subscriber.status.toWire();
    details.trackingId = found.trackingId;
    details.message = SubscriberBatchProvisioner::tr("Found by email: an earlier request had created this user.");
    return details;
}

} // namespace

SubscriberBatchProvisioner::SubscriberBatchProvisioner(api::WholesaleClient* client,
                                                       SubscriberBatch* batch,
                                                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_batch(batch)
{
}

SubscriberBatchProvisioner::~SubscriberBatchProvisioner() = default;

void SubscriberBatchProvisioner::setOptions(const Options& options)
{
    m_options = options;
    m_options.concurrency = std::clamp(m_options.concurrency, 0, 32);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

SubscriberBatchProvisioner::Options SubscriberBatchProvisioner::options() const
{
    return m_options;
}

void SubscriberBatchProvisioner::fail(FailureKind kind, const QString& message)
{
    if (m_aborted) {
        return;
    }
    m_aborted = true;
    m_queue.clear();
    qCInfo(lcImport).noquote() << "import stopped:" << message;
    QMetaObject::invokeMethod(
        this, [this, kind, message] { emit failed(kind, message); }, Qt::QueuedConnection);
}

void SubscriberBatchProvisioner::provision()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_client || !m_batch) {
        fail(FailureKind::Api, tr("No connection."));
        return;
    }
    for (const ImportJournal::Entry& entry : m_batch->entries()) {
        if ((entry.state == State::Pending && entry.prechecked) || entry.state == State::Unknown) {
            m_queue.push_back(entry.index);
        }
    }
    m_doneThisRun = 0;
    m_clock.start();
    qCInfo(lcImport) << "provisioning" << m_queue.size() << "rows,"
                     << SubscriberBatch::inFlightLimit(m_options.concurrency, m_client) << "at a time to start with";
    emitProgress();
    // Always asynchronous, also when there is nothing to send.
    QMetaObject::invokeMethod(this, &SubscriberBatchProvisioner::provisionNext, Qt::QueuedConnection);
}

void SubscriberBatchProvisioner::provisionNext()
{
    while (m_inFlight < SubscriberBatch::inFlightLimit(m_options.concurrency, m_client) && !m_queue.empty()
           && !m_cancelled && !m_aborted) {
        const int index = m_queue.front();
        m_queue.pop_front();
        sendRow(index);
    }
    maybeFinish();
}

void SubscriberBatchProvisioner::sendRow(int index)
{
    ++m_inFlight;
    const QString email = m_batch->file().rows.at(index).subscriber.email;
    const bool uncertain = m_options.lookUpFirst.contains(model::SubscriberBatchRules::emailKey(email));
    if (m_batch->entry(index).state == State::Unknown || (uncertain && m_attempts.value(index) == 0)) {
        lookUp(index);
    } else {
        create(index);
    }
}

void SubscriberBatchProvisioner::lookUp(int index)
{
    // The create may have happened: find the user by email before anything is sent again.
    const model::Subscriber& subscriber = m_batch->file().rows.at(index).subscriber;
    SubscriberLookUp::lookUp(m_client, subscriber, this, [this, index](const SubscriberLookUp::Result& found) {
        if (m_aborted) {
            --m_inFlight;
            return;
        }
        switch (found.verdict) {
        case SubscriberLookUp::Verdict::Exists:
            --m_inFlight;
            if (move(index, State::Provisioned, foundDetails(found))) {
                rowDone(index);
            }
            return;
        case SubscriberLookUp::Verdict::Absent:
            create(index);
            return;
        case SubscriberLookUp::Verdict::StillUnknown:
            break;
        }
        --m_inFlight;
        ++m_attempts[index];
        if (move(index, State::Unknown, SubscriberBatch::detailsOf(*found.error))) {
            retryOrGiveUp(index, *found.error, true);
        }
    });
}

void SubscriberBatchProvisioner::create(int index)
{
    if (m_cancelled || m_aborted) {
        // Cancelled while looking up: the row stays as the journal has it.
        --m_inFlight;
        maybeFinish();
        return;
    }
    if (!move(index, State::Sending, ImportJournal::Entry())) {
        --m_inFlight;
        return;
    }
    ++m_attempts[index];
    emit rowSending(index);
    const api::ApiSession::RunScope run(m_client->session(), m_batch->runId());
    m_client->provisionSubscriber(
        m_batch->file().rows.at(index).subscriber, this, [this, index](const ApiResult<model::Subscriber>& result) {
            --m_inFlight;
            if (result.ok()) {
                ImportJournal::Entry details;
                details.subscriberId = result.value->id;
                details.status = result.value->status.toWire();
                details.trackingId = result.trackingId;
                if (move(index, State::Provisioned, details)) {
                    rowDone(index);
                }
                return;
            }
            const ApiError& failure = *result.error;
            if (SubscriberBatch::stopsTheRun(failure)) {
                move(index, State::Pending, SubscriberBatch::detailsOf(failure));
                fail(FailureKind::Api, failure.toSupportText());
                return;
            }
            if (failure.isTransient()) {
                const bool ambiguous = SubscriberLookUp::needsLookUp(failure);
                if (move(index, ambiguous ? State::Unknown : State::Pending, SubscriberBatch::detailsOf(failure))) {
                    retryOrGiveUp(index, failure, ambiguous);
                }
                return;
            }
            if (move(index, State::Failed, SubscriberBatch::detailsOf(failure))) {
                rowDone(index);
            }
        });
}

void SubscriberBatchProvisioner::retryOrGiveUp(int index, const ApiError& error, bool ambiguous)
{
    const int attempt = m_attempts.value(index);
    if (attempt < m_options.maxAttempts && !m_cancelled && !m_aborted) {
        ++m_waitingRetries;
        QTimer::singleShot(m_options.retryDelay * attempt, this, [this, index] {
            --m_waitingRetries;
            if (!m_cancelled && !m_aborted) {
                m_queue.push_front(index);
            }
            provisionNext();
        });
        return;
    }
    if (m_cancelled || m_aborted) {
        maybeFinish();
        return;
    }
    ImportJournal::Entry details = SubscriberBatch::detailsOf(error);
    if (ambiguous) {
        details.message = tr("Not known whether the user was created (%1). Resuming the import looks the email up "
                             "before sending again.")
                              .arg(error.message);
        if (move(index, State::Unknown, details)) {
            rowDone(index);
        }
        return;
    }
    details.message = tr("Gave up after %n attempt(s): %1", nullptr, attempt).arg(error.message);
    if (move(index, State::Failed, details)) {
        rowDone(index);
    }
}

void SubscriberBatchProvisioner::rowDone(int index)
{
    ++m_doneThisRun;
    emit rowFinished(index);
    emitProgress();
    provisionNext();
}

void SubscriberBatchProvisioner::maybeFinish()
{
    if (!m_started || m_finished || m_aborted || m_inFlight > 0 || m_waitingRetries > 0) {
        return;
    }
    if (!m_queue.empty() && !m_cancelled) {
        return;
    }
    if (!m_cancelled && !m_settled) {
        settleUnknown();
        return;
    }
    m_finished = true;
    qCInfo(lcImport) << "import finished in" << m_clock.elapsed() << "ms" << (m_cancelled ? "(cancelled)" : "");
    emit finished(m_cancelled);
}

// The run gave up on these rows without knowing whether their users were created; with the rate limit and the
// server's trouble behind it, one lookup each settles most of them before the run ends.
void SubscriberBatchProvisioner::settleUnknown()
{
    m_settled = true;
    QList<int> unknown;
    for (const ImportJournal::Entry& entry : m_batch->entries()) {
        if (entry.state == State::Unknown) {
            unknown.append(entry.index);
        }
    }
    for (int index : std::as_const(unknown)) {
        ++m_inFlight;
        const model::Subscriber& subscriber = m_batch->file().rows.at(index).subscriber;
        SubscriberLookUp::lookUp(m_client, subscriber, this, [this, index](const SubscriberLookUp::Result& found) {
            --m_inFlight;
            if (m_aborted) {
                return;
            }
            bool moved = true;
            if (found.verdict == SubscriberLookUp::Verdict::Exists) {
                moved = move(index, State::Provisioned, foundDetails(found));
            } else if (found.verdict == SubscriberLookUp::Verdict::Absent) {
                ImportJournal::Entry details = m_batch->entry(index);
                details.message = tr("Not created: the request failed without an answer, and no user with this "
                                     "email exists. Check and add it again.");
                moved = move(index, State::Failed, details);
            }
            if (moved) {
                emit rowSettled(index);
            }
            maybeFinish();
        });
    }
    maybeFinish();
}

void SubscriberBatchProvisioner::cancel()
{
    if (!m_started || m_finished || m_aborted) {
        return;
    }
    m_cancelled = true;
    m_queue.clear();
    maybeFinish();
}

bool SubscriberBatchProvisioner::move(int index, State to, const ImportJournal::Entry& details)
{
    QString error;
    if (!m_batch->move(index, to, details, &error)) {
        fail(FailureKind::Journal, error);
        return false;
    }
    return true;
}

void SubscriberBatchProvisioner::emitProgress()
{
    const SubscriberBatch::Counts c = m_batch->counts();
    const int total = c.total - c.rejected;
    const int remaining = total - c.provisioned - c.failed - c.unknown;
    int eta = -1;
    if (m_doneThisRun > 0 && m_clock.isValid()) {
        eta = static_cast<int>(m_clock.elapsed() * std::max(0, remaining) / m_doneThisRun / 1000);
    }
    emit progress(c.provisioned, c.failed + c.unknown, total, eta);
}

} // namespace onboarder::jobs
