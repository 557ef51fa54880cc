#pragma once

#include "connection/LocalDatabase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace onboarder::jobs {

// The memory of one location's calling setup on disk (SQLite through Qt Sql): one record per step with its state,
// written before the step's request goes out and after it answers, so a setup that was stopped resumes without
// repeating a done step, and a step left "sending" is checked against the server before it is sent again. Bound to
// its plan's hash, so it is never resumed with another plan.
class CallingSetupJournal
{
    Q_DECLARE_TR_FUNCTIONS(CallingSetupJournal)

public:
    static constexpr int kSchemaVersion = 1;

    enum class State {
        Pending, // not sent yet
        Sending, // the request is about to go out or is in flight: whether it was done is not known
        Done,
        Failed, // the API refused it; sent again only by a new run of the same plan
    };

    struct Entry
    {
        QString key;
        State state = State::Pending;
        int attempts = 0; // requests sent for this step, over all runs
        QString message; // why it failed
        QString updated; // ISO 8601
    };

    CallingSetupJournal();
    ~CallingSetupJournal();
    CallingSetupJournal(const CallingSetupJournal&) = delete;
    CallingSetupJournal& operator=(const CallingSetupJournal&) = delete;

    static QString stateName(State state);

    bool open(const QString& path, QString* error = nullptr);
    QString path() const;
    void close();

    // Binds a new journal to the plan, or checks that an existing one belongs to it.
    bool bind(const QByteArray& planHash, QString* error = nullptr);
    // The plan itself (LocationCallingPlan::toJson), kept so that an interrupted setup can be offered for resuming.
    bool setPlan(const QByteArray& planJson, QString* error = nullptr);
    QByteArray plan() const;

    std::optional<Entry> entry(const QString& key) const;
    QList<Entry> entries() const;
    // Records the step's state; a move to Sending counts an attempt and reaches the disk before it returns.
    bool record(const QString& key, State state, const QString& message = {}, QString* error = nullptr);

private:
    bool exec(const QString& sql, const QVariantList& values = {}, QString* error = nullptr) const;

    api::LocalDatabase m_db;
};

} // namespace onboarder::jobs
