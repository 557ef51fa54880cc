#include "jobs/import/ImportProblem.h"

#include "jobs/import/ImportColumns.h"

#include <QCoreApplication>

namespace onboarder::jobs {

QString ImportProblem::toText() const
{
    QString where;
    if (line > 0 && column >= 0) {
        where = columnName.isEmpty() ? QCoreApplication::translate("ImportProblem", "line %1, column %2")
                                           .arg(line)
                                           .arg(ImportColumns::columnLetters(column))
                                     : QCoreApplication::translate("ImportProblem", "line %1, column %2 (%3)")
                                           .arg(line)
                                           .arg(ImportColumns::columnLetters(column), columnName);
    } else if (line > 0) {
        where = QCoreApplication::translate("ImportProblem", "line %1").arg(line);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString ImportProblem::joined(const QList<ImportProblem>& problems)
{
    QStringList texts;
    for (const ImportProblem& problem : problems) {
        texts.append(problem.toText());
    }
    return texts.join(QStringLiteral("; "));
}

} // namespace onboarder::jobs
