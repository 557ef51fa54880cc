#pragma once

#include "api/ApiError.h"
#include "jobs/calling/CallingSetupJournal.h"
#include "jobs/calling/LocationCallingPlan.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace onboarder::api {
class WholesaleClient;
}

namespace onboarder::jobs {

// Runs a LocationCallingPlan step by step, one request at a time, each step journaled: a setup that was stopped
// resumes (run the same plan again) without repeating a done step. A step whose answer was lost (a timeout, a reset,
// a 502), or that the journal shows in flight when the previous run stopped, is checked against the server first
// (the connection read back, the location's numbers listed) and sent again only for what is not done. The journal
// is removed when every step is done and kept otherwise. Used alike by the window and the CLI.
class LocationCallingSetup : public QObject
{
    Q_OBJECT

public:
    using Step = LocationCallingPlan::Step;

    // The client is not owned.
    explicit LocationCallingSetup(api::WholesaleClient* client, QObject* parent = nullptr);
    ~LocationCallingSetup() override;

    static QString journalFolder();
    static QString defaultJournalPath(const LocationCallingPlan& plan);
    // What a step does, for progress lines.
    static QString describe(const Step& step);
    // The setups of an organization's locations that a stopped run left unfinished in the journal folder (stopped
    // by a closed window, a crash or a refusal), oldest first; each resumes by starting it again.
    static QList<LocationCallingPlan> unfinished(const QString& orgId, const QString& folder = journalFolder());
    // Forgets an unfinished setup: its journal is removed; what it did on the server stays.
    static bool discard(const LocationCallingPlan& plan, const QString& folder = journalFolder());

    // Opens (or resumes) the plan's journal and starts; false with the reason when the journal cannot be used.
    // Signals follow from the event loop.
    bool start(const LocationCallingPlan& plan, const QString& journalPath = {}, QString* error = nullptr);
    bool isRunning() const;
    const LocationCallingPlan& plan() const;
    QList<Step> steps() const;

signals:
    void stepStarted(int index, int count, const QString& description);
    // alreadyDone: nothing was sent, the journal or the server showed the step done.
    void stepFinished(int index, int count, bool alreadyDone);
    void succeeded();
    void failed(const onboarder::api::ApiError& error, const QString& stepDescription);

private:
    void runStep();
    void send(const QStringList& numbers);
    void verify(const std::optional<api::ApiError>& failure);
    void stepDone(bool alreadyDone);
    void fail(const api::ApiError& error, CallingSetupJournal::State state);
    void finish();

    QPointer<api::WholesaleClient> m_client;
    LocationCallingPlan m_plan;
    QList<Step> m_steps;
    std::unique_ptr<CallingSetupJournal> m_journal;
    int m_index = 0;
    int m_checks = 0; // server checks of the current step in this run: bounds the check-and-resend loop
    bool m_running = false;
};

} // namespace onboarder::jobs
