#pragma once

#include "cli/CommandGroup.h"
#include "model/Customer.h"

namespace onboarder::jobs {
class CustomerBatchRun;
} // namespace onboarder::jobs

namespace onboarder::cli {

// customers list|get|create|update|delete|precheck|wait|import
class CustomerCommands : public CommandGroup
{
    Q_OBJECT

public:
    using CommandGroup::CommandGroup;

    QString name() const override;
    QList<CommandHelp> help() const override;
    bool run(const CliArguments& arguments) override;

    // A plan file: a customer draft file (any schema version this program can read) or a provision request body.
    static std::optional<model::Customer> customerFromPlan(const QByteArray& bytes, QString* error);

private:
    void list(const CliArguments& arguments);
    void get(const QString& id);
    void create(const CliArguments& arguments);
    void update(const CliArguments& arguments);
    void remove(const CliArguments& arguments);
    void precheck(const CliArguments& arguments);
    // A batch of customers (and their users) from files: checked, journaled, resumable.
    void importBatch(const CliArguments& arguments);
    void batchPrepared(jobs::CustomerBatchRun* run, const CliArguments& arguments);
    void batchFinished(jobs::CustomerBatchRun* run, const CliArguments& arguments, bool cancelled);
    bool writeBatchReport(jobs::CustomerBatchRun* run, const CliArguments& arguments);
    // Follows the customer until it settles, printing each status change; ends the program.
    void waitFor(const QUrl& customerUrl, int timeoutSeconds);
    std::optional<model::Customer> loadPlan(const QString& path);
    void print(const model::Customer& customer);
};

} // namespace onboarder::cli
