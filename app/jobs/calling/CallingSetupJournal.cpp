#include "jobs/calling/CallingSetupJournal.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace onboarder::jobs {

namespace {

const QList<CallingSetupJournal::State> kStates = { CallingSetupJournal::State::Pending,
                                                    CallingSetupJournal::State::Sending,
                                                    CallingSetupJournal::State::Done,
                                                    CallingSetupJournal::State::Failed };

} // namespace

CallingSetupJournal::CallingSetupJournal()
    : m_connectionName(QStringLiteral("onboarder-calling-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CallingSetupJournal::~CallingSetupJournal()
{
    close();
}

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
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error) {
            *error = tr("Cannot open the calling setup journal %1: %2").arg(path, db.lastError().text());
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    m_path = path;
    // WAL: every committed state is in the file when the commit returns, so a killed process loses none.
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS steps (key TEXT PRIMARY KEY, state TEXT NOT NULL, attempts "
                       "INTEGER NOT NULL DEFAULT 0, message TEXT, updated TEXT NOT NULL)"),
    };
    for (const QString& sql : setup) {
        if (!exec(sql, {}, error)) {
            close();
            return false;
        }
    }
    return true;
}

QString CallingSetupJournal::path() const
{
    return m_path;
}

void CallingSetupJournal::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool CallingSetupJournal::bind(const QByteArray& planHash, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("SELECT key, value FROM meta"));
    QString boundHash;
    int version = 0;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("planHash")) {
            boundHash = query.value(1).toString();
        } else if (query.value(0).toString() == QLatin1String("schemaVersion")) {
            version = query.value(1).toInt();
        }
    }
    if (version > kSchemaVersion) {
        if (error) {
            *error = tr("The calling setup journal %1 was written by a newer version of Onboarder.").arg(m_path);
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
                         .arg(m_path);
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'plan'"));
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0).toString().toUtf8();
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    bool ok = query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    ok = ok && query.exec();
    if (!ok && error) {
        *error = tr("The calling setup journal cannot be written: %1").arg(query.lastError().text());
    }
    return ok;
}

} // namespace onboarder::jobs
