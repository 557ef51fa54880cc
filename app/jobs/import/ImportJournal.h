#pragma once

#include "connection/LocalDatabase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace onboarder::jobs {

// The bulk import's memory on disk (SQLite through Qt Sql): one record per data row with its state, written before
// and after each request, so an import that was cancelled, crashed or was killed resumes where it stopped and never
// creates a user twice. Bound to its input (a hash of the file's bytes and the customer), so it cannot be resumed
// with another file. WAL: every committed state survives a killed process; the "sending" record made before each
// create is also synced to the disk, so it survives a power cut.
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    static constexpr int kSchemaVersion = 1;

    enum class State {
        Pending, // valid, not sent yet
        Sending, // the create is about to go out or is in flight: its outcome is not known until it answers
        Provisioned, // created (or found again); subscriberId and status are set
        Failed, // the API refused, or gave up on, the row; nothing was created
        Unknown, // the create may or may not have happened; look the email up before sending again
        Rejected, // invalid in the file or refused by the precheck; nothing was sent
    };

    struct Binding
    {
        QByteArray inputHash; // hex SHA-256 of the file's bytes and the customer ID
        QString customerId;
        QString fileName;
        int rowCount = 0;
        QString created; // ISO 8601, set by bind()
    };

    struct Entry
    {
        int index = 0;
        int line = 0;
        QString email;
        State state = State::Pending;
        bool prechecked = false;
        QString subscriberId;
        QString status; // provisioned, pending_user_migration, ...
        int httpStatus = 0;
        QString errorCode;
        QString message;
        QString trackingId;
        int attempts = 0; // creates sent for this row, over all runs
        QString updated; // ISO 8601
    };

    ImportJournal();
    ~ImportJournal();
    ImportJournal(const ImportJournal&) = delete;
    ImportJournal& operator=(const ImportJournal&) = delete;

    static QByteArray inputHash(const QByteArray& fileBytes, const QString& customerId);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
    // Whether the journal lets a row move from one state to the other.
    static bool isAllowed(State from, State to);

    // Opens or creates the journal; ":memory:" keeps it in memory (for dry runs).
    bool open(const QString& path, QString* error = nullptr);
    bool isOpen() const;
    QString path() const;
    void close();

    // The input this journal belongs to, or nothing when it is new.
    std::optional<Binding> binding() const;
    // Binds a new journal to its input, or checks that an existing one belongs to the same input; false with a
    // message that says which file and customer it belongs to otherwise.
    bool bind(const Binding& binding, QString* error = nullptr);

    // Writes the first record of every row, in one transaction.
    bool addEntries(const QList<Entry>& entries, QString* error = nullptr);
    QList<Entry> entries() const;
    std::optional<Entry> entry(int index) const;
    int count(State state) const;
    int size() const;
    // Rows for which a create was ever sent; 0 means the journal recorded checks only.
    int sentCount() const;

    // Moves a row to `to` with the details in `entry` (subscriberId, status, error fields); refuses a move isAllowed()
    // forbids. The state is in the file when it returns true. A move to Sending counts an attempt and is synced to
    // the disk before it returns.
    bool transition(const Entry& entry, State to, QString* error = nullptr);
    bool setPrechecked(int index, bool prechecked, QString* error = nullptr);

    // Resume bookkeeping. Rows left Sending by a run that stopped become Unknown; returns how many.
    int recoverInterrupted();
    // "Retry failed rows only": Failed and Rejected rows become Pending again and are checked anew; returns how many.
    int resetFailed();

    QString lastError() const;

private:
    bool exec(const QString& sql, const QVariantList& values = {}, QString* error = nullptr) const;

    api::LocalDatabase m_db;
    mutable QString m_lastError;
};

} // namespace onboarder::jobs
