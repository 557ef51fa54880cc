#include "jobs/calling/LocationCallingSetup.h"

#include "api/WholesaleClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace onboarder::jobs {

using Kind = LocationCallingPlan::StepKind;
using State = CallingSetupJournal::State;

namespace {

// After this many checks of one step in a run the setup stops with the last error instead of sending again.
constexpr int kMaxChecksPerStep = 2;

bool removeJournal(const QString& path)
{
    bool removed = true;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        removed = (QFile::remove(path + suffix) || !QFile::exists(path + suffix)) && removed;
    }
    return removed;
}

} // namespace

LocationCallingSetup::LocationCallingSetup(api::WholesaleClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

LocationCallingSetup::~LocationCallingSetup() = default;

QString LocationCallingSetup::journalFolder()
{
    const QString folder
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("calling"));
    QDir().mkpath(folder);
    return folder;
}

QString LocationCallingSetup::defaultJournalPath(const LocationCallingPlan& plan)
{
    return QDir(journalFolder()).filePath(QString::fromLatin1(plan.hash().left(24)) + QStringLiteral(".sqlite"));
}

QString LocationCallingSetup::describe(const Step& step)
{
    switch (step.kind) {
    case Kind::Connect:
        return tr("Setting the PSTN connection");
    case Kind::AddNumbers:
        return tr("Adding %n number(s)", nullptr, static_cast<int>(step.numbers.size()));
    case Kind::Activate:
        return tr("Activating %n number(s)", nullptr, static_cast<int>(step.numbers.size()));
    case Kind::MainNumber:
        return tr("Setting the main number to %1").arg(step.numbers.value(0));
    }
    return {};
}

QList<LocationCallingPlan> LocationCallingSetup::unfinished(const QString& orgId, const QString& folder)
{
    QList<LocationCallingPlan> plans;
    const QFileInfoList journals
        = QDir(folder).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& file : journals) {
        CallingSetupJournal journal;
        if (!journal.open(file.filePath())) {
            continue;
        }
        // Journals of an older version do not keep their plan: they resume only from the same plan typed again.
        const auto plan = LocationCallingPlan::fromJson(journal.plan());
        if (plan && plan->orgId == orgId && !journal.entries().isEmpty()) {
            plans.append(*plan);
        }
    }
    return plans;
}

bool LocationCallingSetup::discard(const LocationCallingPlan& plan, const QString& folder)
{
    return removeJournal(QDir(folder).filePath(QFileInfo(defaultJournalPath(plan)).fileName()));
}

bool LocationCallingSetup::start(const LocationCallingPlan& plan, const QString& journalPath, QString* error)
{
    if (m_running || !m_client) {
        return false;
    }
    m_plan = plan;
    m_steps = plan.steps();
    m_journal = std::make_unique<CallingSetupJournal>();
    const QString path = journalPath.isEmpty() ? defaultJournalPath(plan) : journalPath;
    if (!m_journal->open(path, error) || !m_journal->bind(plan.hash(), error)
        || !m_journal->setPlan(plan.toJson(), error)) {
        m_journal.reset();
        return false;
    }
    m_running = true;
    m_index = 0;
    QMetaObject::invokeMethod(this, &LocationCallingSetup::runStep, Qt::QueuedConnection);
    return true;
}

bool LocationCallingSetup::isRunning() const
{
    return m_running;
}

const LocationCallingPlan& LocationCallingSetup::plan() const
{
    return m_plan;
}

QList<LocationCallingSetup::Step> LocationCallingSetup::steps() const
{
    return m_steps;
}

void LocationCallingSetup::runStep()
{
    if (m_index >= m_steps.size()) {
        finish();
        return;
    }
    const Step& step = m_steps.at(m_index);
    const auto entry = m_journal->entry(step.key);
    if (entry && entry->state == State::Done) {
        stepDone(true);
        return;
    }
    m_checks = 0;
    emit stepStarted(m_index, static_cast<int>(m_steps.size()), describe(step));
    if (entry && entry->state == State::Sending) {
        // The previous run stopped while this request was out: it may have been carried out.
        verify(std::nullopt);
    } else {
        send(step.numbers);
    }
}

void LocationCallingSetup::send(const QStringList& numbers)
{
    const Step step = m_steps.at(m_index);
    QString error;
    if (!m_journal->record(step.key, State::Sending, {}, &error)) {
        fail(api::ApiError::make(api::ApiError::Kind::Configuration, error), State::Pending);
        return;
    }
    auto answered = [this, kind = step.kind](const api::ApiResult<bool>& result) {
        if (result.ok()) {
            stepDone(false);
        } else if (result.error->isAmbiguous() || (kind == Kind::AddNumbers && result.error->httpStatus == 409)) {
            // Lost answer, or numbers that may already be there: ask the server what was done.
            verify(result.error);
        } else {
            fail(*result.error, State::Failed);
        }
    };
    const QString& org = m_plan.orgId;
    const QString& location = m_plan.locationId;
    switch (step.kind) {
    case Kind::Connect:
        if (!m_plan.connectionId.isEmpty()) {
            m_client->setPstnConnection(org, location, m_plan.connectionId, this, answered);
        } else {
            m_client->setPremisesPstnConnection(
                org, location, m_plan.premiseRouteType, m_plan.premiseRouteId, this, answered);
        }
        break;
    case Kind::AddNumbers:
        m_client->addNumbers(org, location, numbers, this, answered, m_plan.numberType);
        break;
    case Kind::Activate:
        m_client->activateNumbers(org, location, numbers, this, answered);
        break;
    case Kind::MainNumber:
        m_client->setMainNumber(org, location, m_plan.callingLineName, m_plan.mainNumber, this, answered);
        break;
    }
}

void LocationCallingSetup::verify(const std::optional<api::ApiError>& failure)
{
    const Step step = m_steps.at(m_index);
    if (++m_checks > kMaxChecksPerStep && failure) {
        fail(*failure, failure->isAmbiguous() ? State::Sending : State::Failed);
        return;
    }
    if (step.kind == Kind::Connect) {
        m_client->pstnConnection(m_plan.orgId,
                                 m_plan.locationId,
                                 this,
                                 [this, failure](const api::ApiResult<model::PstnConnectionOption>& result) {
                                     if (!result.ok() && result.error->httpStatus != 404) {
                                         fail(*result.error, State::Sending);
                                         return;
                                     }
                                     const bool done = result.ok()
                                         && (m_plan.connectionId.isEmpty()
                                                 ? result.value->connectionType == QLatin1String("LOCAL_GATEWAY")
                                                     && result.value->id == m_plan.premiseRouteId
                                                 : result.value->id == m_plan.connectionId);
                                     if (done) {
                                         stepDone(!failure);
                                     } else {
                                         send({});
                                     }
                                 });
        return;
    }
    m_client->listNumbers(m_plan.orgId,
                          m_plan.locationId,
                          false,
                          this,
                          [this, failure, step](const api::ApiResult<model::PhoneNumberList>& result) {
                              if (!result.ok()) {
                                  fail(*result.error, State::Sending);
                                  return;
                              }
                              QStringList missing; // numbers for which this step is not done yet
                              for (const QString& wanted : step.numbers) {
                                  bool done = false;
                                  for (const model::PhoneNumber& number : result.value->phoneNumbers) {
                                      if (number.phoneNumber != wanted) {
                                          continue;
                                      }
                                      switch (step.kind) {
                                      case Kind::AddNumbers:
                                          done = true;
                                          break;
                                      case Kind::Activate:
                                          done = number.state == QLatin1String("ACTIVE");
                                          break;
                                      case Kind::MainNumber:
                                          done = number.mainNumber.value_or(false);
                                          break;
                                      case Kind::Connect:
                                          break;
                                      }
                                  }
                                  if (!done) {
                                      missing.append(wanted);
                                  }
                              }
                              if (missing.isEmpty()) {
                                  stepDone(!failure);
                              } else if (failure && failure->httpStatus == 409 && m_checks > 1) {
                                  fail(*failure, State::Failed);
                              } else {
                                  send(missing);
                              }
                          });
}

void LocationCallingSetup::stepDone(bool alreadyDone)
{
    m_journal->record(m_steps.at(m_index).key, State::Done);
    emit stepFinished(m_index, static_cast<int>(m_steps.size()), alreadyDone);
    ++m_index;
    runStep();
}

void LocationCallingSetup::fail(const api::ApiError& error, CallingSetupJournal::State state)
{
    const Step step = m_steps.at(m_index);
    m_journal->record(step.key, state, error.message);
    m_journal->close();
    m_journal.reset();
    m_running = false;
    emit failed(error, describe(step));
}

void LocationCallingSetup::finish()
{
    const QString path = m_journal->path();
    m_journal->close();
    m_journal.reset();
    removeJournal(path);
    m_running = false;
    emit succeeded();
}

} // namespace onboarder::jobs
