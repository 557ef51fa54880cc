#include "jobs/import/CustomerUsersFile.h"

#include "jobs/import/CsvReader.h"
#include "model/RuleIds.h"
#include "model/SubscriberBatchRules.h"

#include <algorithm>

namespace onboarder::jobs {

namespace {

constexpr int kCustomerField = 0;
constexpr int kEmailField = 1;

// Header cells, normalized (ImportTable::normalized), in English and Swedish, of the column that names the customer;
// the email column is read here only to find an address given to two customers.
const QList<ImportTable::Alias>& aliases()
{
    static const QList<ImportTable::Alias> list {
        { "customerexternalid", kCustomerField },
        { "externalcustomerid", kCustomerField },
        { "customerid", kCustomerField },
        { "externalid", kCustomerField },
        { "customer", kCustomerField },
        { "kundensexternaid", kCustomerField },
        { "externtkundid", kCustomerField },
        { "externtid", kCustomerField },
        { "kundid", kCustomerField },
        { "kund", kCustomerField },
        { "email", kEmailField },
        { "emailaddress", kEmailField },
        { "mail", kEmailField },
        { "epost", kEmailField },
        { "epostadress", kEmailField },
        { "mejl", kEmailField },
        { "mejladress", kEmailField },
    };
    return list;
}

QString fieldName(int field)
{
    return field == kCustomerField ? CustomerUsersFile::tr("Customer external ID") : CustomerUsersFile::tr("Email");
}

} // namespace

QStringList CustomerUsersFile::templateHeader()
{
    return { QStringLiteral("Customer external ID"),
             QStringLiteral("First name"),
             QStringLiteral("Last name"),
             QStringLiteral("Email"),
             QStringLiteral("Package"),
             QStringLiteral("Location"),
             QStringLiteral("Phone number"),
             QStringLiteral("Extension") };
}

CustomerUsersFile CustomerUsersFile::read(const QByteArray& bytes, const QHash<QString, model::Customer>& customers)
{
    CustomerUsersFile file;
    file.table = ImportTable::read(bytes, aliases(), &fieldName);
    if (file.table.isEmpty()) {
        file.fileProblems.append({ 0, -1, {}, tr("The users file is empty."), {}, {} });
        return file;
    }
    file.fileProblems.append(file.table.fileProblems);
    if (!file.table.has(kCustomerField)) {
        file.fileProblems.append(
            { file.table.headerLine,
              -1,
              {},
              tr("The users file has no column naming each user's customer: add a \"Customer external ID\" column."),
              QString(model::RuleIds::kBatchUserCustomerMissing),
              {} });
    }
    if (!file.isUsable()) {
        return file;
    }
    for (const ImportTable::Row& source : std::as_const(file.table.rows)) {
        Row row;
        row.index = source.index;
        row.line = source.line;
        row.externalId = file.table.cell(source, kCustomerField);
        row.email = file.table.cell(source, kEmailField);
        row.problems = source.problems;
        file.rows.append(row);
        if (!row.externalId.isEmpty()) {
            file.m_rowsByCustomer[row.externalId.toCaseFolded()].append(row.index);
        }
    }
    file.checkAgainst(customers);
    return file;
}

void CustomerUsersFile::checkAgainst(const QHash<QString, model::Customer>& customers)
{
    QHash<QString, model::Customer> byKey;
    for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
        byKey.insert(it.key().toCaseFolded(), it.value());
    }
    QHash<QString, Row*> firstByEmail; // email key → the first row that gives it
    for (Row& row : rows) {
        const ImportTable::Row& source = table.rows.at(row.index);
        if (row.externalId.isEmpty()) {
            row.problems.append(table.problemAt(source,
                                                kCustomerField,
                                                tr("Name the user's customer by its external ID."),
                                                QString(model::RuleIds::kBatchUserCustomerMissing)));
            continue;
        }
        if (!byKey.contains(row.externalId.toCaseFolded())) {
            row.problems.append(table.problemAt(
                source,
                kCustomerField,
                tr("No customer with the external ID \"%1\" in the customers file.").arg(row.externalId),
                QString(model::RuleIds::kBatchUserCustomerUnknown)));
            continue;
        }
        const QString email = model::SubscriberBatchRules::emailKey(row.email);
        if (email.isEmpty()) {
            continue;
        }
        const Row* first = firstByEmail.value(email);
        if (!first) {
            firstByEmail.insert(email, &row);
        } else if (first->externalId.toCaseFolded() != row.externalId.toCaseFolded()) {
            // Repeats within one customer are the users rules' to report; across customers only the batch sees them.
            row.problems.append(table.problemAt(source,
                                                kEmailField,
                                                tr("%1 is given to customer \"%2\" on line %3 too; a user belongs to "
                                                   "one customer.")
                                                    .arg(row.email, first->externalId)
                                                    .arg(first->line),
                                                QString(model::RuleIds::kBatchUserEmailInTwoCustomers)));
        }
    }

    // Each customer's rows by the users rules, with what the customer will have: its user packages and its
    // headquarters location, named as the file names it (its ID exists only once the customer is provisioned).
    for (auto it = m_rowsByCustomer.cbegin(); it != m_rowsByCustomer.cend(); ++it) {
        const auto customer = byKey.constFind(it.key());
        if (customer == byKey.cend()) {
            continue;
        }
        SubscriberImportFile::Options options;
        // Its ID exists only once it is created; the rules need to know the rows have a customer.
        options.customerId = customer->externalId;
        options.defaultRegion = customer->address.country;
        SubscriberImportFile users = SubscriberImportFile::read(fileOf(customer->externalId), options);
        model::SubscriberBatchRules::Context context = users.baseContext();
        context.packages = model::SubscriberBatchRules::userPackages(customer->packages);
        QList<model::Location> locations;
        if (!customer->callingLocation.name.isEmpty()) {
            model::Location headquarters;
            headquarters.id = customer->callingLocation.name;
            headquarters.name = customer->callingLocation.name;
            locations.append(headquarters);
        }
        context.locations = locations;
        users.resolveLocationNames(locations);
        users.check(context);
        for (const ImportRow& checked : std::as_const(users.rows)) {
            const int index = sourceRow(customer->externalId, checked.index);
            if (index < 0) {
                continue;
            }
            Row& row = rows[index];
            for (ImportProblem problem : checked.problems) {
                problem.line = row.line;
                const bool known = std::any_of(row.problems.cbegin(), row.problems.cend(), [&](const ImportProblem& p) {
                    return p.column == problem.column && p.message == problem.message;
                });
                if (!known) {
                    row.problems.append(problem);
                }
            }
        }
    }
}

QList<int> CustomerUsersFile::rowsOf(const QString& externalId) const
{
    return m_rowsByCustomer.value(externalId.toCaseFolded());
}

QByteArray CustomerUsersFile::fileOf(const QString& externalId) const
{
    const QChar delimiter = table.delimiter;
    QString text = CsvReader::formatRecord(table.header, delimiter) + QLatin1String("\r\n");
    for (const int index : rowsOf(externalId)) {
        text += CsvReader::formatRecord(table.rows.at(index).fields, delimiter) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

int CustomerUsersFile::sourceRow(const QString& externalId, int indexInCustomerFile) const
{
    const QList<int> indexes = rowsOf(externalId);
    return indexInCustomerFile >= 0 && indexInCustomerFile < indexes.size() ? indexes.at(indexInCustomerFile) : -1;
}

int CustomerUsersFile::invalidRowCount() const
{
    int count = 0;
    for (const Row& row : rows) {
        count += row.problems.isEmpty() ? 0 : 1;
    }
    return count;
}

} // namespace onboarder::jobs
