#pragma once

#include "api/ApiError.h"
#include "jobs/calling/LocationCallingPlan.h"
#include "model/PhoneNumber.h"
#include "model/PstnConnectionOption.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace onboarder::api {
class WholesaleClient;
}

namespace onboarder::jobs {
class LocationCallingSetup;
}

namespace onboarder::ui {

// The network side of a location's calling in the Configure customer window: reads what the location has (its PSTN
// connection options, its connection, its numbers) and runs a calling setup (connection, numbers, activation, main
// number) through the journaled LocationCallingSetup, reporting each step; finds the setups of the organization that
// a stopped run left unfinished, to resume or discard. The panel that shows it never calls the API itself.
class LocationCallingController : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Loading, Loaded, Failed };

    // What is known of one location.
    struct Calling
    {
        State state = State::Unknown;
        QList<model::PstnConnectionOption> options;
        std::optional<model::PstnConnectionOption> connection; // empty: no PSTN connection yet
        QList<model::PhoneNumber> numbers; // all numbers of the location
        std::optional<api::ApiError> error; // why it could not be read
    };

    // The client is not owned.
    LocationCallingController(api::WholesaleClient* client, QObject* parent = nullptr);

    void setOrgId(const QString& orgId);
    // Reads the location's options, connection and numbers; loaded() follows.
    void load(const QString& locationId);
    Calling calling(const QString& locationId) const;

    bool isRunning() const;
    // Starts the setup; false (with the reason in `error`) when its journal cannot be used. An unfinished setup
    // resumes by running its plan again: its journal skips the steps that are done.
    bool run(const jobs::LocationCallingPlan& plan, QString* error = nullptr);
    // Setups of this organization's locations left unfinished in their journals, oldest first; none while one runs.
    QList<jobs::LocationCallingPlan> unfinishedSetups() const;
    // Forgets an unfinished setup; what it did on the server stays.
    void discard(const jobs::LocationCallingPlan& plan);

signals:
    void loaded(const QString& locationId);
    void stepStarted(int index, int count, const QString& description);
    void setupSucceeded(const QString& locationId);
    void setupFailed(const QString& locationId, const onboarder::api::ApiError& error, const QString& step);

private:
    void readDone(const QString& locationId, const std::optional<api::ApiError>& error);

    QPointer<api::WholesaleClient> m_client;
    QString m_orgId;
    QHash<QString, Calling> m_calling;
    QHash<QString, int> m_pendingReads; // per location: answers still to come
    QPointer<jobs::LocationCallingSetup> m_setup;
};

} // namespace onboarder::ui
