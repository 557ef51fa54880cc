#include "jobs/import/SubscriberImportFile.h"

#include "jobs/import/CsvReader.h"
#include "model/PackageCatalog.h"
#include "model/PhoneNumbers.h"
#include "model/RuleIds.h"
#include "model/SubscriberValidator.h"
#include "model/WebexId.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

std::optional<SubscriberImportFile>
SubscriberImportFile::readFile(const QString& path, const Options& options, QString* whyNot)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *whyNot = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    SubscriberImportFile imported = read(file.readAll(), options);
    if (!imported.isUsable()) {
        *whyNot = tr("%1 cannot be imported: %2")
                      .arg(QFileInfo(path).fileName(), ImportProblem::joined(imported.fileProblems));
        return std::nullopt;
    }
    return imported;
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
            owner->readProblems.append(mapped);
        } else {
            file.fileProblems.append(mapped);
        }
    }
    for (ImportRow& row : file.rows) {
        file.mapRow(&row);
        file.checkCells(&row);
    }
    file.check(file.baseContext());
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

QStringList SubscriberImportFile::writtenHeader()
{
    // English header names; ImportColumns maps them back to the fields.
    return { QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Email"),
             QStringLiteral("Package"),    QStringLiteral("Location"),  QStringLiteral("Phone number"),
             QStringLiteral("Extension") };
}

QStringList SubscriberImportFile::writtenCells(const model::Subscriber& subscriber)
{
    return { subscriber.firstName,  subscriber.lastName,           subscriber.email,    subscriber.effectivePackage(),
             subscriber.locationId, subscriber.primaryPhoneNumber, subscriber.extension };
}

QByteArray SubscriberImportFile::write(const QList<model::Subscriber>& subscribers)
{
    const QChar delimiter = QLatin1Char(',');
    QString text = CsvReader::formatRecord(writtenHeader(), delimiter) + QLatin1String("\r\n");
    for (const model::Subscriber& subscriber : subscribers) {
        text += CsvReader::formatRecord(writtenCells(subscriber), delimiter) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

SubscriberImportFile SubscriberImportFile::fromSubscribers(const QList<model::Subscriber>& subscribers,
                                                           const Options& options)
{
    SubscriberImportFile file;
    file.options = options;
    file.columns = ImportColumns::fromHeader(writtenHeader());
    int nextLine = 2; // the header is line 1
    for (const model::Subscriber& subscriber : subscribers) {
        ImportRow row;
        row.index = static_cast<int>(file.rows.size());
        row.line = nextLine;
        row.fields = writtenCells(subscriber);
        row.subscriber = subscriber;
        // A cell with a line break takes as many lines in the written file.
        nextLine += 1 + static_cast<int>(row.fields.join(QString()).count(QLatin1Char('\n')));
        file.rows.append(row);
    }
    file.check(file.baseContext());
    return file;
}

void SubscriberImportFile::checkCells(ImportRow* row) const
{
    const int width = static_cast<int>(columns.header().size());
    for (int i = width; i < row->fields.size(); ++i) {
        if (!row->fields.at(i).trimmed().isEmpty()) {
            row->readProblems.append({ row->line,
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
}

void SubscriberImportFile::resolveLocationNames(const QList<model::Location>& locations)
{
    QHash<QString, QString> byName;
    for (const model::Location& location : locations) {
        byName.insert(location.name.trimmed().toCaseFolded(), location.id);
    }
    for (ImportRow& row : rows) {
        if (!row.locationName.isEmpty()) {
            row.subscriber.locationId = byName.value(row.locationName.toCaseFolded(), row.locationName);
        }
    }
}

model::SubscriberBatchRules::Context SubscriberImportFile::baseContext() const
{
    model::SubscriberBatchRules::Context context;
    context.customerId = options.customerId;
    context.defaultRegion = options.defaultRegion;
    return context;
}

// A "+" a spreadsheet dropped, or a national form, replaced by the validator's E.164 suggestion when asked to.
void SubscriberImportFile::acceptSuggestions(ImportRow* row, const model::SubscriberBatchRules& rules) const
{
    if (!options.acceptSuggestedPhoneNumbers) {
        return;
    }
    model::SubscriberValidator::Context context;
    context.defaultRegion = options.defaultRegion;
    for (const model::FieldError& error : model::SubscriberValidator::validateProvision(row->subscriber, context)) {
        const bool fixable = error.ruleId == QLatin1String(model::RuleIds::kPhoneMissingPlus)
            || error.ruleId == QLatin1String(model::RuleIds::kPhoneNotE164);
        if (fixable && !error.suggestion.isEmpty() && ImportColumns::fieldForPath(error.path) == Field::PhoneNumber) {
            row->corrections.append(
                tr("phone number %1 read as %2").arg(row->subscriber.primaryPhoneNumber, error.suggestion));
            row->subscriber.primaryPhoneNumber = error.suggestion;
            row->subscriber = rules.request(row->subscriber);
        }
    }
}

void SubscriberImportFile::check(const model::SubscriberBatchRules::Context& context)
{
    const model::SubscriberBatchRules rules(context);
    QList<model::Subscriber> requests;
    requests.reserve(rows.size());
    for (ImportRow& row : rows) {
        row.subscriber = rules.request(row.subscriber);
        acceptSuggestions(&row, rules);
        requests.append(row.subscriber);
    }
    const QList<model::FieldErrors> errors = rules.check(requests);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ImportRow& row = rows[i];
        row.problems = row.readProblems;
        for (const model::FieldError& error : errors.at(i)) {
            if (error.path == QLatin1String("customerId")) {
                row.problems.append(
                    { row.line, -1, {}, tr("No customer was chosen for the import."), error.ruleId, {} });
                continue;
            }
            const auto field = ImportColumns::fieldForPath(error.path);
            ImportProblem problem = field ? problemAt(row, *field, error.message)
                                          : ImportProblem { row.line, -1, {}, error.message, {}, {} };
            problem.ruleId = error.ruleId;
            problem.suggestion = error.suggestion;
            row.problems.append(problem);
        }
    }
}

} // namespace onboarder::jobs
