#pragma once

#include "cli/CommandGroup.h"

namespace onboarder::cli {

// locations list|create and numbers list|add: the calling configuration of a customer organization.
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

    QString m_group;
};

} // namespace onboarder::cli
