#include "jobs/import/ImportJournal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace onboarder::jobs {

namespace {

const QString kColumns = QStringLiteral("idx, line, email, state, prechecked, subscriberId, status, httpStatus, "
                                        "errorCode, message, trackingId, attempts, updated");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

ImportJournal::Entry readEntry(const QSqlQuery& query)
{
    ImportJournal::Entry entry;
    entry.index = query.value(0).toInt();
    entry.line = query.value(1).toInt();
    entry.email = query.value(2).toString();
    entry.state = ImportJournal::stateFromName(query.value(3).toString()).value_or(ImportJournal::State::Unknown);
    entry.prechecked = query.value(4).toBool();
    entry.subscriberId = query.value(5).toString();
    entry.status = query.value(6).toString();
    entry.httpStatus = query.value(7).toInt();
    entry.errorCode = query.value(8).toString();
    entry.message = query.value(9).toString();
    entry.trackingId = query.value(10).toString();
    entry.attempts = query.value(11).toInt();
    entry.updated = query.value(12).toString();
    return entry;
}

} // namespace

ImportJournal::ImportJournal()
    : m_db(QStringLiteral("import"))
{
}

ImportJournal::~ImportJournal()
{
    close();
}

QByteArray ImportJournal::inputHash(const QByteArray& fileBytes, const QString& customerId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(fileBytes);
    hash.addData(QByteArrayView("\n--customer--\n"));
    hash.addData(customerId.trimmed().toUtf8());
    return hash.result().toHex();
}

QString ImportJournal::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Provisioned:
        return QStringLiteral("provisioned");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ImportJournal::State> ImportJournal::stateFromName(const QString& name)
{
    for (State state :
         { State::Pending, State::Sending, State::Provisioned, State::Failed, State::Unknown, State::Rejected }) {
        if (stateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

bool ImportJournal::isAllowed(State from, State to)
{
    switch (from) {
    case State::Pending:
        // Checked again (Pending), refused by the precheck (Rejected), given up on (Failed), or sent.
        return to == State::Pending || to == State::Rejected || to == State::Failed || to == State::Sending;
    case State::Sending:
        return to == State::Provisioned || to == State::Failed || to == State::Unknown || to == State::Pending;
    case State::Unknown:
        // Found by email (Provisioned), not found and sent again (Sending), or the lookup failed too.
        return to == State::Provisioned || to == State::Sending || to == State::Unknown || to == State::Failed;
    case State::Failed:
    case State::Rejected:
        // Only "retry failed rows" or a new check moves them.
        return to == State::Pending || to == State::Rejected || to == State::Failed;
    case State::Provisioned:
        return false;
    }
    return false;
}

bool ImportJournal::open(const QString& path, QString* error)
{
    // WAL (LocalDatabase): a commit is one append to the log, in the file as soon as it returns, so a killed process
    // loses no recorded state; transition() also syncs to the disk where a power cut matters.
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rows (idx INTEGER PRIMARY KEY, line INTEGER NOT NULL, email TEXT "
                       "NOT NULL, state TEXT NOT NULL, prechecked INTEGER NOT NULL DEFAULT 0, subscriberId TEXT, "
                       "status TEXT, httpStatus INTEGER, errorCode TEXT, message TEXT, trackingId TEXT, attempts "
                       "INTEGER NOT NULL DEFAULT 0, updated TEXT NOT NULL)"),
    };
    QString reason;
    if (!m_db.open(path, schema, &reason)) {
        m_lastError = tr("Cannot open the import journal %1: %2").arg(path, reason);
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    if (m_db.schemaVersion() > kSchemaVersion) {
        m_lastError = tr("The import journal %1 was written by a newer version of Onboarder.").arg(path);
        if (error) {
            *error = m_lastError;
        }
        close();
        return false;
    }
    return true;
}

bool ImportJournal::isOpen() const
{
    return m_db.isOpen();
}

QString ImportJournal::path() const
{
    return m_db.path();
}

void ImportJournal::close()
{
    m_db.close();
}

bool ImportJournal::exec(const QString& sql, const QVariantList& values, QString* error) const
{
    QString reason;
    if (!m_db.exec(sql, values, &reason)) {
        m_lastError = tr("The import journal cannot be written: %1").arg(reason);
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    return true;
}

std::optional<ImportJournal::Binding> ImportJournal::binding() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        return std::nullopt;
    }
    Binding binding;
    bool found = false;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("inputHash")) {
            binding.inputHash = value.toLatin1();
            found = true;
        } else if (key == QLatin1String("customerId")) {
            binding.customerId = value;
        } else if (key == QLatin1String("fileName")) {
            binding.fileName = value;
        } else if (key == QLatin1String("rowCount")) {
            binding.rowCount = value.toInt();
        } else if (key == QLatin1String("created")) {
            binding.created = value;
        }
    }
    return found ? std::optional<Binding>(binding) : std::nullopt;
}

bool ImportJournal::bind(const Binding& wanted, QString* error)
{
    if (const auto existing = binding()) {
        if (existing->inputHash == wanted.inputHash) {
            return true;
        }
        m_lastError = tr("The import journal %1 belongs to another import: %2 for customer %3, started %4. Resume "
                         "with that file and customer, or choose another journal.")
                          .arg(path(), existing->fileName, existing->customerId, existing->created);
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    QSqlDatabase db = m_db.database();
    db.transaction();
    const QList<QPair<QString, QString>> values = {
        { QStringLiteral("schemaVersion"), QString::number(kSchemaVersion) },
        { QStringLiteral("inputHash"), QString::fromLatin1(wanted.inputHash) },
        { QStringLiteral("customerId"), wanted.customerId },
        { QStringLiteral("fileName"), wanted.fileName },
        { QStringLiteral("rowCount"), QString::number(wanted.rowCount) },
        { QStringLiteral("created"), now() },
    };
    for (const auto& [key, value] : values) {
        if (!exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), { key, value }, error)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool ImportJournal::addEntries(const QList<Entry>& entries, QString* error)
{
    QSqlDatabase db = m_db.database();
    db.transaction();
    for (const Entry& e : entries) {
        if (!exec(QStringLiteral("INSERT INTO rows (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                  { e.index,
                    e.line,
                    e.email,
                    stateName(e.state),
                    e.prechecked ? 1 : 0,
                    e.subscriberId,
                    e.status,
                    e.httpStatus,
                    e.errorCode,
                    e.message,
                    e.trackingId,
                    e.attempts,
                    now() },
                  error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = tr("The import journal cannot be written: %1").arg(db.lastError().text());
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    return true;
}

QList<ImportJournal::Entry> ImportJournal::entries() const
{
    QList<Entry> result;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT %1 FROM rows ORDER BY idx").arg(kColumns))) {
        while (query.next()) {
            result.append(readEntry(query));
        }
    }
    return result;
}

std::optional<ImportJournal::Entry> ImportJournal::entry(int index) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT %1 FROM rows WHERE idx = ?").arg(kColumns));
    query.addBindValue(index);
    if (query.exec() && query.next()) {
        return readEntry(query);
    }
    return std::nullopt;
}

int ImportJournal::count(State state) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM rows WHERE state = ?"));
    query.addBindValue(stateName(state));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int ImportJournal::size() const
{
    QSqlQuery query(m_db.database());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM rows")) && query.next() ? query.value(0).toInt() : 0;
}

int ImportJournal::sentCount() const
{
    QSqlQuery query(m_db.database());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM rows WHERE attempts > 0 OR state IN ('sending', "
                                     "'provisioned', 'unknown')"))
            && query.next()
        ? query.value(0).toInt()
        : 0;
}

bool ImportJournal::transition(const Entry& e, State to, QString* error)
{
    const auto current = entry(e.index);
    if (!current) {
        m_lastError = tr("The import journal has no row %1.").arg(e.index + 1);
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    if (!isAllowed(current->state, to)) {
        m_lastError
            = tr("Row %1 cannot go from %2 to %3.").arg(e.index + 1).arg(stateName(current->state), stateName(to));
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    // The record made before a create goes out must survive even a power cut: it is what makes the next run look
    // the user up instead of creating it again. Records made after an answer may be lost with the last moments
    // before a power cut without harm (the row is then looked up), so they skip the wait for the disk and are
    // flushed with the next synced commit. Either way a killed process loses nothing: WAL commits are in the file.
    const bool sending = to == State::Sending;
    if (sending && !exec(QStringLiteral("PRAGMA synchronous=FULL"), {}, error)) {
        return false;
    }
    const bool written = exec(QStringLiteral("UPDATE rows SET state = ?, subscriberId = ?, status = ?, httpStatus = ?, "
                                             "errorCode = ?, message = ?, trackingId = ?, attempts = attempts + ?, "
                                             "updated = ? WHERE idx = ?"),
                              { stateName(to),
                                e.subscriberId,
                                e.status,
                                e.httpStatus,
                                e.errorCode,
                                e.message,
                                e.trackingId,
                                sending ? 1 : 0,
                                now(),
                                e.index },
                              error);
    if (sending) {
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    return written;
}

bool ImportJournal::setPrechecked(int index, bool prechecked, QString* error)
{
    return exec(QStringLiteral("UPDATE rows SET prechecked = ?, updated = ? WHERE idx = ?"),
                { prechecked ? 1 : 0, now(), index },
                error);
}

int ImportJournal::recoverInterrupted()
{
    const int interrupted = count(State::Sending);
    if (interrupted > 0) {
        exec(QStringLiteral("UPDATE rows SET state = 'unknown', message = ?, updated = ? WHERE state = 'sending'"),
             { tr("The import stopped while this user was being created; it is looked up before it is sent again."),
               now() });
    }
    return interrupted;
}

int ImportJournal::resetFailed()
{
    const int failed = count(State::Failed) + count(State::Rejected);
    if (failed > 0) {
        exec(QStringLiteral("UPDATE rows SET state = 'pending', prechecked = 0, httpStatus = 0, errorCode = '', "
                            "message = '', trackingId = '', updated = ? WHERE state IN ('failed', 'rejected')"),
             { now() });
    }
    return failed;
}

QString ImportJournal::lastError() const
{
    return m_lastError;
}

} // namespace onboarder::jobs
