#pragma once

#include "jobs/import/ImportProblem.h"
#include "model/Subscriber.h"

#include <QList>
#include <QStringList>

namespace onboarder::jobs {

// One data row of an import file: the cells as read, the subscriber they describe, and what is wrong with it.
struct ImportRow
{
    int index = 0; // 0-based among the data rows; the journal's key
    int line = 0; // 1-based line in the file
    QStringList fields; // the cells as read, for exporting rejected rows unchanged
    model::Subscriber subscriber;
    // The location column when it holds a name rather than an ID; the job resolves it against the customer's
    // locations.
    QString locationName;
    // What reading the line found (a quote never closed, cells beyond the header); kept when the rules run again.
    QList<ImportProblem> readProblems;
    // readProblems and what the rules found.
    QList<ImportProblem> problems;
    // Corrections applied on request, such as a "+" restored to a phone number; for the report.
    QStringList corrections;

    bool isValid() const
    {
        return problems.isEmpty();
    }
};

} // namespace onboarder::jobs
