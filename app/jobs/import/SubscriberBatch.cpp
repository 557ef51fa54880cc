#include "jobs/import/SubscriberBatch.h"

#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/WholesaleClient.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImport, "onboarder.jobs.import")

namespace onboarder::jobs {

using State = ImportJournal::State;

namespace {

ImportOutcome::Kind kindOf(State state)
{
    switch (state) {
    case State::Pending:
        return ImportOutcome::Kind::Pending;
    case State::Provisioned:
        return ImportOutcome::Kind::Provisioned;
    case State::Failed:
        return ImportOutcome::Kind::Failed;
    case State::Sending:
    case State::Unknown:
        return ImportOutcome::Kind::Unknown;
    case State::Rejected:
        return ImportOutcome::Kind::Rejected;
    }
    return ImportOutcome::Kind::Pending;
}

} // namespace

QString SubscriberBatch::journalFolder()
{
    const QString folder
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("imports"));
    QDir().mkpath(folder);
    return folder;
}

QString SubscriberBatch::defaultJournalPath(const QByteArray& fileBytes, const QString& customerId)
{
    const QString name = QString::fromLatin1(ImportJournal::inputHash(fileBytes, customerId).left(24));
    return QDir(journalFolder()).filePath(name + QStringLiteral(".sqlite"));
}

ImportJournal::Entry SubscriberBatch::detailsOf(const api::ApiError& error)
{
    ImportJournal::Entry details;
    details.httpStatus = error.httpStatus;
    details.errorCode = error.firstErrorCode();
    details.message = error.message;
    details.trackingId = error.trackingId;
    return details;
}

int SubscriberBatch::inFlightLimit(int fixedConcurrency, api::WholesaleClient* client)
{
    return fixedConcurrency > 0 ? fixedConcurrency : client->session()->concurrency()->limit();
}

bool SubscriberBatch::stopsTheRun(const api::ApiError& error)
{
    using Kind = api::ApiError::Kind;
    return error.kind == Kind::Configuration || error.kind == Kind::Tls
        || (error.kind == Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403));
}

SubscriberImportFile& SubscriberBatch::file()
{
    return m_file;
}

const SubscriberImportFile& SubscriberBatch::file() const
{
    return m_file;
}

ImportJournal& SubscriberBatch::journal()
{
    return m_journal;
}

const ImportJournal& SubscriberBatch::journal() const
{
    return m_journal;
}

void SubscriberBatch::load()
{
    m_entries.clear();
    for (const ImportJournal::Entry& entry : m_journal.entries()) {
        m_entries.insert(entry.index, entry);
    }
}

ImportJournal::Entry SubscriberBatch::entry(int index) const
{
    return m_entries.value(index);
}

QList<ImportJournal::Entry> SubscriberBatch::entries() const
{
    QList<ImportJournal::Entry> entries = m_entries.values();
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
    return entries;
}

bool SubscriberBatch::move(int index, State to, ImportJournal::Entry details, QString* error)
{
    details.index = index;
    if (!m_journal.transition(details, to, error)) {
        return false;
    }
    ImportJournal::Entry& entry = m_entries[index];
    entry.index = index;
    entry.state = to;
    entry.subscriberId = details.subscriberId;
    entry.status = details.status;
    entry.httpStatus = details.httpStatus;
    entry.errorCode = details.errorCode;
    entry.message = details.message;
    entry.trackingId = details.trackingId;
    return true;
}

bool SubscriberBatch::setPrechecked(int index, QString* error)
{
    if (!m_journal.setPrechecked(index, true, error)) {
        return false;
    }
    m_entries[index].prechecked = true;
    return true;
}

SubscriberBatch::Counts SubscriberBatch::counts() const
{
    Counts counts;
    counts.total = static_cast<int>(m_entries.size());
    for (const ImportJournal::Entry& entry : m_entries) {
        switch (entry.state) {
        case State::Rejected:
            ++counts.rejected;
            break;
        case State::Pending:
            ++counts.pending;
            break;
        case State::Provisioned:
            ++counts.provisioned;
            counts.pendingUserMigration += entry.status == QLatin1String("pending_user_migration") ? 1 : 0;
            break;
        case State::Failed:
            ++counts.failed;
            break;
        case State::Sending:
        case State::Unknown:
            ++counts.unknown;
            break;
        }
    }
    return counts;
}

QList<ImportOutcome> SubscriberBatch::outcomes() const
{
    QList<ImportOutcome> result;
    result.reserve(m_file.rows.size());
    for (const ImportRow& row : m_file.rows) {
        result.append(outcome(row.index));
    }
    return result;
}

ImportOutcome SubscriberBatch::outcome(int index) const
{
    ImportOutcome outcome;
    if (index < 0 || index >= m_file.rows.size()) {
        return outcome;
    }
    const ImportRow& row = m_file.rows.at(index);
    const ImportJournal::Entry entry = m_entries.value(row.index);
    outcome.index = row.index;
    outcome.line = row.line;
    outcome.email = row.subscriber.email;
    outcome.firstName = row.subscriber.firstName;
    outcome.lastName = row.subscriber.lastName;
    outcome.package = row.subscriber.effectivePackage();
    outcome.outcome = kindOf(entry.state);
    outcome.subscriberId = entry.subscriberId;
    outcome.status = entry.status;
    outcome.httpStatus = entry.httpStatus;
    outcome.errorCode = entry.errorCode;
    outcome.message = entry.message;
    outcome.trackingId = entry.trackingId;
    return outcome;
}

} // namespace onboarder::jobs
