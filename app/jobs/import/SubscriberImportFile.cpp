#include "jobs/import/SubscriberImportFile.h"

#include "jobs/import/CsvReader.h"
#include "model/PackageCatalog.h"
#include "model/PhoneNumbers.h"
#include "model/RuleIds.h"
#include "model/SubscriberValidator.h"
#include "model/WebexId.h"

#include <QHash>

namespace onboarder::jobs {

using Field = ImportColumns::Field;
using model::PackageCatalog;

namespace {

// Accepts the wire name ("webex_calling") or the name people see ("Webex Calling"), in any case.
QString packageWireName(const QString& cell)
{
    const QString text = cell.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (PackageCatalog::isKnown(text.toLower())) {
        return text.toLower();
    }
    for (const auto package : PackageCatalog::subscriberPackages()) {
        if (PackageCatalog::displayName(package).compare(text, Qt::CaseInsensitive) == 0
            || PackageCatalog::wireName(package).compare(text, Qt::CaseInsensitive) == 0) {
            return PackageCatalog::wireName(package);
        }
    }
    // Unknown: kept as written so the validator names it.
    return text;
}

} // namespace

int SubscriberImportFile::invalidRowCount() const
{
    int count = 0;
    for (const ImportRow& row : rows) {
        count += row.isValid() ? 0 : 1;
    }
    return count;
}

ImportProblem SubscriberImportFile::problemAt(const ImportRow& row, Field field, const QString& message) const
{
    ImportProblem problem;
    problem.line = row.line;
    problem.column = columns.indexOf(field);
    problem.columnName = columns.headerOf(field);
    problem.message
        = problem.column >= 0 ? message : ImportColumns::displayName(field) + QStringLiteral(": ") + message;
    return problem;
}

SubscriberImportFile SubscriberImportFile::read(const QByteArray& bytes, const Options& options)
{
    SubscriberImportFile file;
    file.options = options;
    const CsvDocument document = CsvReader::read(bytes);
    file.encoding = document.encoding;
    file.delimiter = document.delimiter;
    if (document.records.isEmpty()) {
        file.fileProblems.append(
            { 0, -1, {}, tr("The file is empty: it needs a header line and one line per user."), {}, {} });
        return file;
    }
    file.columns = ImportColumns::fromHeader(document.records.constFirst().fields);
    const int headerLine = document.records.constFirst().line;
    for (const QString& message : file.columns.problems()) {
        file.fileProblems.append({ headerLine, -1, {}, message, {}, {} });
    }
    if (!file.columns.has(Field::Email)) {
        file.fileProblems.append(
            { headerLine,
              -1,
              {},
              tr("No email column: the first line must name the columns, for example \"First name;Last "
                 "name;Email;Package\" or \"Förnamn;Efternamn;E-postadress;Paket\"."),
              {},
              {} });
    }
    if (!file.columns.has(Field::Package) && options.defaultPackage.isEmpty()) {
        file.fileProblems.append(
            { headerLine, -1, {}, tr("No package column: add one, or choose a package for every user."), {}, {} });
    }
    if (!file.fileProblems.isEmpty()) {
        return file;
    }

    if (document.records.size() < 2) {
        file.fileProblems.append(
            { headerLine, -1, {}, tr("The file has a header line but no users below it."), {}, {} });
        return file;
    }
    for (int i = 1; i < document.records.size(); ++i) {
        ImportRow row;
        row.index = i - 1;
        row.line = document.records.at(i).line;
        row.fields = document.records.at(i).fields;
        file.rows.append(row);
    }
    // The reader's own findings (a quote never closed, text after a closing quote) belong to the row they are in.
    for (const CsvDocument::Problem& problem : document.problems) {
        ImportProblem mapped { problem.line, -1, {}, problem.message, QStringLiteral("import.syntax"), {} };
        if (problem.column > 0) {
            mapped.message = tr("character %1: %2").arg(problem.column).arg(problem.message);
        }
        ImportRow* owner = nullptr;
        for (ImportRow& row : file.rows) {
            if (row.line <= problem.line) {
                owner = &row;
            } else {
                break;
            }
        }
        if (owner && problem.line > 0) {
            owner->problems.append(mapped);
        } else {
            file.fileProblems.append(mapped);
        }
    }
    for (ImportRow& row : file.rows) {
        const QList<ImportProblem> readerProblems = row.problems;
        file.mapRow(&row);
        file.validate(&row);
        row.problems = readerProblems + row.problems;
    }
    file.checkDuplicates();
    return file;
}

void SubscriberImportFile::mapRow(ImportRow* row) const
{
    auto cell = [&](Field field) {
        const int index = columns.indexOf(field);
        return index >= 0 && index < row->fields.size() ? row->fields.at(index).trimmed() : QString();
    };
    model::Subscriber& subscriber = row->subscriber;
    subscriber = model::Subscriber();
    subscriber.customerId = options.customerId;
    subscriber.firstName = cell(Field::FirstName);
    subscriber.lastName = cell(Field::LastName);
    subscriber.email = cell(Field::Email);
    const QString package = packageWireName(cell(Field::Package));
    const QString chosen = package.isEmpty() ? options.defaultPackage : package;
    if (!chosen.isEmpty()) {
        subscriber.packages = QStringList { chosen };
    }
    subscriber.primaryPhoneNumber = cell(Field::PhoneNumber);
    subscriber.extension = cell(Field::Extension);
    const QString location = cell(Field::Location);
    row->locationName.clear();
    if (model::WebexId::hasType(location, QStringLiteral("LOCATION"))) {
        subscriber.locationId = location;
    } else {
        row->locationName = location;
    }
}

QByteArray SubscriberImportFile::write(const QList<model::Subscriber>& subscribers)
{
    // English header names; ImportColumns maps them back to the fields.
    const QStringList header { QStringLiteral("First name"), QStringLiteral("Last name"),
                               QStringLiteral("Email"),      QStringLiteral("Package"),
                               QStringLiteral("Location"),   QStringLiteral("Phone number"),
                               QStringLiteral("Extension") };
    const QChar delimiter = QLatin1Char(',');
    QString text = CsvReader::formatRecord(header, delimiter) + QLatin1String("\r\n");
    for (const model::Subscriber& subscriber : subscribers) {
        text += CsvReader::formatRecord({ subscriber.firstName,
                                          subscriber.lastName,
                                          subscriber.email,
                                          subscriber.effectivePackage(),
                                          subscriber.locationId,
                                          subscriber.primaryPhoneNumber,
                                          subscriber.extension },
                                        delimiter)
            + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

void SubscriberImportFile::validate(ImportRow* row) const
{
    row->problems.clear();
    const int width = static_cast<int>(columns.header().size());
    for (int i = width; i < row->fields.size(); ++i) {
        if (!row->fields.at(i).trimmed().isEmpty()) {
            row->problems.append({ row->line,
                                   i,
                                   {},
                                   tr("This line has %1 cells but the header names %2 columns; remove the extra "
                                      "cells or add a header for them.")
                                       .arg(row->fields.size())
                                       .arg(width),
                                   {},
                                   {} });
            break;
        }
    }

    model::SubscriberValidator::Context context;
    context.defaultRegion = options.defaultRegion;
    model::FieldErrors errors = model::SubscriberValidator::validateProvision(row->subscriber, context);
    if (options.acceptSuggestedPhoneNumbers) {
        bool corrected = false;
        for (const model::FieldError& error : errors) {
            const bool fixable = error.ruleId == QLatin1String(model::RuleIds::kPhoneMissingPlus)
                || error.ruleId == QLatin1String(model::RuleIds::kPhoneNotE164);
            if (fixable && !error.suggestion.isEmpty()
                && ImportColumns::fieldForPath(error.path) == Field::PhoneNumber) {
                row->corrections.append(
                    tr("phone number %1 read as %2").arg(row->subscriber.primaryPhoneNumber, error.suggestion));
                row->subscriber.primaryPhoneNumber = error.suggestion;
                corrected = true;
            }
        }
        if (corrected) {
            errors = model::SubscriberValidator::validateProvision(row->subscriber, context);
        }
    }
    for (const model::FieldError& error : errors) {
        const auto field = ImportColumns::fieldForPath(error.path);
        if (error.path == QLatin1String("customerId")) {
            row->problems.append({ row->line, -1, {}, tr("No customer was chosen for the import."), error.ruleId, {} });
            continue;
        }
        ImportProblem problem = field ? problemAt(*row, *field, error.message)
                                      : ImportProblem { row->line, -1, {}, error.message, {}, {} };
        problem.ruleId = error.ruleId;
        problem.suggestion = error.suggestion;
        row->problems.append(problem);
    }
}

void SubscriberImportFile::revalidate(ImportRow* row) const
{
    // What only the whole file shows stays; the row's own checks run again.
    QList<ImportProblem> kept;
    for (const ImportProblem& problem : row->problems) {
        if (problem.ruleId == QLatin1String("import.duplicate") || problem.ruleId == QLatin1String("import.syntax")) {
            kept.append(problem);
        }
    }
    validate(row);
    row->problems = kept + row->problems;
}

void SubscriberImportFile::checkDuplicates()
{
    QHash<QString, int> emails;
    QHash<QString, int> numbers;
    QHash<QString, int> extensions;
    auto check =
        [this](QHash<QString, int>* seen, const QString& key, ImportRow* row, Field field, const QString& what) {
            if (key.isEmpty()) {
                return;
            }
            const auto it = seen->constFind(key);
            if (it == seen->constEnd()) {
                seen->insert(key, row->line);
                return;
            }
            ImportProblem problem = problemAt(*row, field, tr("The same %1 as on line %2.").arg(what).arg(it.value()));
            problem.ruleId = QStringLiteral("import.duplicate");
            row->problems.append(problem);
        };
    for (ImportRow& row : rows) {
        check(&emails, row.subscriber.email.toLower(), &row, Field::Email, tr("email"));
        const QString e164 = model::PhoneNumbers::toE164(row.subscriber.primaryPhoneNumber, options.defaultRegion);
        check(&numbers,
              e164.isEmpty() ? row.subscriber.primaryPhoneNumber : e164,
              &row,
              Field::PhoneNumber,
              tr("phone number"));
        // Extensions are unique within the customer's organization.
        check(&extensions, row.subscriber.extension, &row, Field::Extension, tr("extension"));
    }
}

} // namespace onboarder::jobs
