#pragma once

#include "cli/CommandGroup.h"
#include "model/Subscriber.h"

namespace onboarder::cli {

// subscribers list|get|create|update|delete|precheck
class SubscriberCommands : public CommandGroup
{
    Q_OBJECT

public:
    using CommandGroup::CommandGroup;

    QString name() const override;
    QList<CommandHelp> help() const override;
    bool run(const CliArguments& arguments) override;

    // The subscriber described by --customer-id, --email, --package, --first-name, --last-name, --phone,
    // --extension and --location-id.
    static model::Subscriber subscriberFromOptions(const CliArguments& arguments);

private:
    void list(const CliArguments& arguments);
    void get(const QString& id);
    void create(const CliArguments& arguments);
    void update(const CliArguments& arguments);
    void remove(const QString& id);
    void precheck(const CliArguments& arguments);
    void print(const model::Subscriber& subscriber);
    bool validated(const QList<model::FieldError>& problems);
};

} // namespace onboarder::cli
