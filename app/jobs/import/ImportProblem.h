#pragma once

#include <QList>
#include <QString>

namespace onboarder::jobs {

// One problem with an import file or one of its rows, addressed to the line and column a user looks for in the
// spreadsheet, with the validator's rule ID and suggested correction when there is one.
struct ImportProblem
{
    int line = 0; // 1-based line in the file; 0 for the file as a whole
    int column = -1; // 0-based column index; -1 when no single column is meant
    QString columnName; // the header cell of that column, as written in the file
    QString message;
    QString ruleId;
    QString suggestion;

    // "line 12, column E (Telefonnummer): …"
    QString toText() const;
    // Several problems in one message, as a journal or a report keeps them.
    static QString joined(const QList<ImportProblem>& problems);
};

} // namespace onboarder::jobs
