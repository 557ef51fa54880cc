#include "jobs/import/ImportRunStore.h"

#include "jobs/import/BulkImportJob.h"
#include "jobs/import/ImportJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace onboarder::jobs {

namespace {
QString sourcePathFor(const QString& journalPath)
{
    const QFileInfo info(journalPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
}

QString journalPathFor(const QString& sourcePath)
{
    const QFileInfo info(sourcePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".sqlite"));
}
} // namespace

std::optional<ImportRunStore::Run>
ImportRunStore::save(const QByteArray& bytes, const QString& customerId, QString* error)
{
    Run run;
    run.customerId = customerId;
    run.journalPath = BulkImportJob::defaultJournalPath(bytes, customerId);
    run.sourcePath = sourcePathFor(run.journalPath);
    QSaveFile file(run.sourcePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("The users to add cannot be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(run.sourcePath), file.errorString());
        }
        return std::nullopt;
    }
    return run;
}

QByteArray ImportRunStore::read(const Run& run, QString* error)
{
    QFile file(run.sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(run.sourcePath), file.errorString());
        }
        return {};
    }
    return file.readAll();
}

std::optional<ImportRunStore::Run> ImportRunStore::inspect(const QString& sourcePath)
{
    Run run;
    run.sourcePath = sourcePath;
    run.journalPath = journalPathFor(sourcePath);
    if (!QFileInfo::exists(sourcePath) || !QFileInfo::exists(run.journalPath)) {
        return std::nullopt;
    }
    ImportJournal journal;
    if (!journal.open(run.journalPath)) {
        return std::nullopt;
    }
    const auto binding = journal.binding();
    if (!binding) {
        return std::nullopt;
    }
    run.customerId = binding->customerId;
    run.created = binding->created;
    run.rows = journal.size();
    run.provisioned = journal.count(ImportJournal::State::Provisioned);
    run.failed = journal.count(ImportJournal::State::Failed) + journal.count(ImportJournal::State::Rejected);
    run.unknown = journal.count(ImportJournal::State::Unknown) + journal.count(ImportJournal::State::Sending);
    run.notSent = journal.count(ImportJournal::State::Pending);
    // Checks only: nothing was created, so there is nothing to protect or resume.
    if (journal.sentCount() == 0) {
        run.notSent = 0;
        run.unknown = 0;
    }
    return run;
}

QList<ImportRunStore::Run> ImportRunStore::unfinished(const QString& customerId)
{
    QList<Run> runs;
    const QFileInfoList sources
        = QDir(BulkImportJob::journalFolder())
              .entryInfoList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& source : sources) {
        const auto run = inspect(source.filePath());
        if (run && run->customerId == customerId && run->notSent + run->unknown > 0) {
            runs.append(*run);
        }
    }
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.created > b.created; });
    return runs;
}

void ImportRunStore::remove(const Run& run)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(run.journalPath + suffix);
    }
    QFile::remove(run.sourcePath);
}

} // namespace onboarder::jobs
