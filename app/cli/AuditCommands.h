#pragma once

#include "cli/CommandGroup.h"

namespace onboarder::cli {

// audit list|export: the local record of changes; needs no connection.
class AuditCommands : public CommandGroup
{
    Q_OBJECT

public:
    using CommandGroup::CommandGroup;

    QString name() const override;
    QList<CommandHelp> help() const override;
    bool run(const CliArguments& arguments) override;
};

} // namespace onboarder::cli
