#pragma once

#include "jobs/import/ImportProblem.h"
#include "model/Customer.h"

#include <QList>
#include <QStringList>

namespace onboarder::jobs {

// One data row of a customers file: the cells as read, the customer they describe, and what is wrong with it.
struct CustomerImportRow
{
    int index = 0; // 0-based among the data rows; the journal's key
    int line = 0; // 1-based line in the file
    QStringList fields; // the cells as read, for exporting rejected rows unchanged
    model::Customer customer;
    // The template cell as written (a template's name or a Provisioning ID), for messages and the report.
    QString templateReference;
    QList<ImportProblem> problems;

    bool isValid() const
    {
        return problems.isEmpty();
    }
};

} // namespace onboarder::jobs
