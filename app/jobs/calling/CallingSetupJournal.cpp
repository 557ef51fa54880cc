#include "jobs/calling/CallingSetupJournal.h"

#include <QDateTime>
#include <QSqlQuery>

namespace onboarder::jobs {

namespace {

const QList<CallingSetupJournal::State> kStates = { CallingSetupJournal::State::Pending,
                                                    CallingSetupJournal::State::Sending,
                                                    CallingSetupJournal::State::Done,
                                                    CallingSetupJournal::State::Failed };

} // namespace

CallingSetupJournal::CallingSetupJournal()
    : m_db(QStringLiteral("calling"))
{
}

CallingSetupJournal::~CallingSetupJournal() = default;

QString CallingSetupJournal::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool CallingSetupJournal::open(const QString& path, QString* error)
{
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS steps (key TEXT PRIMARY KEY, state TEXT NOT NULL, attempts "
                       "INTEGER NOT NULL DEFAULT 0, message TEXT, updated TEXT NOT NULL)"),
    };
    QString reason;
    if (!m_db.open(path, schema, &reason)) {
        if (error) {
            *error = tr("Cannot open the calling setup journal %1: %2").arg(path, reason);
        }
        return false;
    }
    return true;
}

QString CallingSetupJournal::path() const
{
    return m_db.path();
}

void CallingSetupJournal::close()
{
    m_db.close();
}

bool CallingSetupJournal::bind(const QByteArray& planHash, QString* error)
{
    const QString boundHash = m_db.meta(QStringLiteral("planHash")).toString();
    if (m_db.schemaVersion() > kSchemaVersion) {
        if (error) {
            *error = tr("The calling setup journal %1 was written by a newer version of Onboarder.").arg(path());
        }
        return false;
    }
    if (!boundHash.isEmpty()) {
        if (boundHash == QString::fromLatin1(planHash)) {
            return true;
        }
        if (error) {
            *error = tr("The calling setup journal %1 belongs to another setup (other numbers, connection or main "
                        "number); give another journal file.")
                         .arg(path());
        }
        return false;
    }
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('planHash', ?), ('schemaVersion', ?)"),
                { QString::fromLatin1(planHash), kSchemaVersion },
                error);
}

bool CallingSetupJournal::setPlan(const QByteArray& planJson, QString* error)
{
    return exec(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('plan', ?) ON CONFLICT(key) DO UPDATE SET value = "
                       "excluded.value"),
        { QString::fromUtf8(planJson) },
        error);
}

QByteArray CallingSetupJournal::plan() const
{
    return m_db.meta(QStringLiteral("plan")).toString().toUtf8();
}

std::optional<CallingSetupJournal::Entry> CallingSetupJournal::entry(const QString& key) const
{
    for (const Entry& entry : entries()) {
        if (entry.key == key) {
            return entry;
        }
    }
    return std::nullopt;
}

QList<CallingSetupJournal::Entry> CallingSetupJournal::entries() const
{
    QList<Entry> entries;
    QSqlQuery query(m_db.database());
    query.exec(QStringLiteral("SELECT key, state, attempts, message, updated FROM steps ORDER BY rowid"));
    while (query.next()) {
        Entry entry;
        entry.key = query.value(0).toString();
        for (State state : kStates) {
            if (stateName(state) == query.value(1).toString()) {
                entry.state = state;
            }
        }
        entry.attempts = query.value(2).toInt();
        entry.message = query.value(3).toString();
        entry.updated = query.value(4).toString();
        entries.append(entry);
    }
    return entries;
}

bool CallingSetupJournal::record(const QString& key, State state, const QString& message, QString* error)
{
    const bool sending = state == State::Sending;
    // A request about to go out must be on the disk first, also across a power cut.
    if (sending && !exec(QStringLiteral("PRAGMA synchronous=FULL"), {}, error)) {
        return false;
    }
    const bool ok
        = exec(QStringLiteral("INSERT INTO steps (key, state, attempts, message, updated) VALUES (?, ?, ?, ?, "
                              "?) ON CONFLICT(key) DO UPDATE SET state = excluded.state, attempts = "
                              "steps.attempts + excluded.attempts, message = excluded.message, updated = "
                              "excluded.updated"),
               { key,
                 stateName(state),
                 sending ? 1 : 0,
                 message,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
               error);
    if (sending) {
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    return ok;
}

bool CallingSetupJournal::exec(const QString& sql, const QVariantList& values, QString* error) const
{
    QString reason;
    if (!m_db.exec(sql, values, &reason)) {
        if (error) {
            *error = tr("The calling setup journal cannot be written: %1").arg(reason);
        }
        return false;
    }
    return true;
}

} // namespace onboarder::jobs
