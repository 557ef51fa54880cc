#pragma once

#include "jobs/import/ImportProblem.h"
#include "jobs/import/ImportTable.h"
#include "jobs/import/SubscriberImportFile.h"
#include "model/Customer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace onboarder::jobs {

// The users file of a customers batch: the users import's columns plus one that names each user's customer by its
// external ID. Each customer's rows become a users file of their own (the same header and cells), so they go through
// the one users run with its rules, precheck and journal; this class only splits the file and checks what only the
// batch shows: a row naming no customer of the batch, and an email given to two customers. A pure function of the
// bytes and the customers, for the preview, the CLI and the fuzz target alike.
class CustomerUsersFile
{
    Q_DECLARE_TR_FUNCTIONS(CustomerUsersFile)

public:
    // One data row of the file, addressed as the user sees it in the spreadsheet.
    struct Row
    {
        int index = 0; // 0-based among the file's data rows
        int line = 0; // 1-based line in the file
        QString externalId; // the customer it belongs to, as written (trimmed)
        QString email;
        QList<ImportProblem> problems; // the batch's own findings; the users rules add theirs in check()
    };

    // `customers`: the batch's customers by external ID, to check each user against its customer's packages and
    // headquarters location.
    static CustomerUsersFile read(const QByteArray& bytes, const QHash<QString, model::Customer>& customers);
    // The header line of the documented template file, in English.
    static QStringList templateHeader();

    // Rows of one customer, in file order.
    QList<int> rowsOf(const QString& externalId) const;
    // A users file holding only the rows of one customer (the file's own header and cells), for its users run.
    QByteArray fileOf(const QString& externalId) const;
    // The rows of that file, by their index in fileOf(), mapped to this file's rows.
    int sourceRow(const QString& externalId, int indexInCustomerFile) const;
    int invalidRowCount() const;

    ImportTable table;
    QList<Row> rows;
    // Problems that stop the whole file: empty, no customer column.
    QList<ImportProblem> fileProblems;

    bool isUsable() const
    {
        return fileProblems.isEmpty();
    }

private:
    void checkAgainst(const QHash<QString, model::Customer>& customers);
    QHash<QString, QList<int>> m_rowsByCustomer; // case-folded external ID → rows
};

} // namespace onboarder::jobs
