#pragma once

#include "cli/CommandGroup.h"
#include "model/Subscriber.h"

#include <QElapsedTimer>

namespace onboarder::jobs {
class BulkImportJob;
} // namespace onboarder::jobs

namespace onboarder::cli {

// subscribers list|get|create|update|delete|precheck|import
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
    // Bulk import from a CSV/TSV file through jobs::BulkImportJob, journaled and resumable.
    void import(const CliArguments& arguments);
    void importPrepared(jobs::BulkImportJob* job, const CliArguments& arguments);
    void importFinished(jobs::BulkImportJob* job, const CliArguments& arguments, bool cancelled);
    bool writeImportFiles(jobs::BulkImportJob* job, const CliArguments& arguments);
    void importProgress(const QString& text, bool force);
    void print(const model::Subscriber& subscriber);
    bool validated(const QList<model::FieldError>& problems);

    QElapsedTimer m_progressClock;
};

} // namespace onboarder::cli
