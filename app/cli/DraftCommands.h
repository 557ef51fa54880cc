#pragma once

#include "cli/CommandGroup.h"

namespace onboarder::cli {

// drafts validate|export: check a template or customer draft file offline, or write what it would send.
class DraftCommands : public CommandGroup
{
    Q_OBJECT

public:
    using CommandGroup::CommandGroup;

    QString name() const override;
    QList<CommandHelp> help() const override;
    bool run(const CliArguments& arguments) override;

private:
    void validate(const QString& path);
    void exportRequest(const QString& path, const QString& output);
};

} // namespace onboarder::cli
