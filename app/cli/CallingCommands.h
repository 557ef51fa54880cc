#pragma once

#include "cli/CommandGroup.h"
#include "jobs/calling/LocationCallingPlan.h"

namespace onboarder::cli {

// locations list|create|connection-options|connect|main-number and numbers list|add: the calling configuration of a
// customer organization. connect, main-number and numbers add run through the journaled LocationCallingSetup, the
// same as the window: run again after an interruption, the same command resumes without repeating a done step.
class CallingCommands : public CommandGroup
{
    Q_OBJECT

public:
    CallingCommands(const QString& group, CliContext& context, QObject* parent = nullptr);

    QString name() const override;
    QList<CommandHelp> help() const override;
    bool run(const CliArguments& arguments) override;

private:
    void listLocations(const CliArguments& arguments);
    void createLocation(const CliArguments& arguments);
    void listNumbers(const CliArguments& arguments);
    void addNumbers(const CliArguments& arguments);
    void connectionOptions(const CliArguments& arguments);
    void connectLocation(const CliArguments& arguments);
    void mainNumber(const CliArguments& arguments);
    // Ends with ExitUsage, naming the entries that are not E.164 numbers, unless all are.
    bool allE164(const QStringList& numbers);
    void runSetup(const jobs::LocationCallingPlan& plan, const CliArguments& arguments);

    QString m_group;
};

} // namespace onboarder::cli
