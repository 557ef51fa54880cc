#pragma once

#include "cli/CommandGroup.h"

namespace onboarder::cli {

// templates list|create|export. Webex has no public template API, so these work against the sandbox only; against
// Webex the templates live in the GUI's local library.
class TemplateCommands : public CommandGroup
{
    Q_OBJECT

public:
    using CommandGroup::CommandGroup;

    QString name() const override;
    QList<CommandHelp> help() const override;
    bool run(const CliArguments& arguments) override;
};

} // namespace onboarder::cli
