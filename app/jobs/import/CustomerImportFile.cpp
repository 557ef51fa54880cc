#include "jobs/import/CustomerImportFile.h"

#include "model/Countries.h"
#include "model/CustomerValidator.h"
#include "model/PackageCatalog.h"
#include "model/RuleIds.h"
#include "model/TimeZones.h"
#include "model/WebexId.h"

#include <QHash>
#include <QRegularExpression>

namespace onboarder::jobs {

using Field = CustomerImportFile::Field;
using model::PackageCatalog;

namespace {

int key(Field field)
{
    return static_cast<int>(field);
}

// Header cells, normalized (ImportTable::normalized), in English and Swedish.
const QList<ImportTable::Alias>& aliases()
{
    static const QList<ImportTable::Alias> list {
        { "companyname", key(Field::CompanyName) },
        { "company", key(Field::CompanyName) },
        { "customername", key(Field::CompanyName) },
        { "customer", key(Field::CompanyName) },
        { "organization", key(Field::CompanyName) },
        { "organizationname", key(Field::CompanyName) },
        { "företagsnamn", key(Field::CompanyName) },
        { "foretagsnamn", key(Field::CompanyName) },
        { "företag", key(Field::CompanyName) },
        { "kundnamn", key(Field::CompanyName) },
        { "kund", key(Field::CompanyName) },
        { "organisation", key(Field::CompanyName) },
        { "administratoremail", key(Field::AdminEmail) },
        { "adminemail", key(Field::AdminEmail) },
        { "primaryemail", key(Field::AdminEmail) },
        { "administrator", key(Field::AdminEmail) },
        { "administratörsepost", key(Field::AdminEmail) },
        { "administratörensepost", key(Field::AdminEmail) },
        { "administratörensepostadress", key(Field::AdminEmail) },
        { "adminepost", key(Field::AdminEmail) },
        { "administratör", key(Field::AdminEmail) },
        { "externalcustomerid", key(Field::ExternalId) },
        { "externalid", key(Field::ExternalId) },
        { "customerid", key(Field::ExternalId) },
        { "externtkundid", key(Field::ExternalId) },
        { "externtid", key(Field::ExternalId) },
        { "kundid", key(Field::ExternalId) },
        { "country", key(Field::Country) },
        { "countryorregion", key(Field::Country) },
        { "land", key(Field::Country) },
        { "landellerregion", key(Field::Country) },
        { "language", key(Field::Language) },
        { "customerlanguage", key(Field::Language) },
        { "språk", key(Field::Language) },
        { "sprak", key(Field::Language) },
        { "kundspråk", key(Field::Language) },
        { "onboardingtemplate", key(Field::Template) },
        { "template", key(Field::Template) },
        { "provisioningid", key(Field::Template) },
        { "onboardingmall", key(Field::Template) },
        { "mall", key(Field::Template) },
        { "provisioneringsid", key(Field::Template) },
        { "packages", key(Field::Packages) },
        { "package", key(Field::Packages) },
        { "paket", key(Field::Packages) },
        { "address", key(Field::AddressLine1) },
        { "addressline1", key(Field::AddressLine1) },
        { "street", key(Field::AddressLine1) },
        { "streetaddress", key(Field::AddressLine1) },
        { "adress", key(Field::AddressLine1) },
        { "adressrad1", key(Field::AddressLine1) },
        { "gatuadress", key(Field::AddressLine1) },
        { "addressline2", key(Field::AddressLine2) },
        { "adressrad2", key(Field::AddressLine2) },
        { "city", key(Field::City) },
        { "town", key(Field::City) },
        { "stad", key(Field::City) },
        { "ort", key(Field::City) },
        { "postort", key(Field::City) },
        { "state", key(Field::StateOrProvince) },
        { "stateorprovince", key(Field::StateOrProvince) },
        { "province", key(Field::StateOrProvince) },
        { "delstat", key(Field::StateOrProvince) },
        { "delstatellerprovins", key(Field::StateOrProvince) },
        { "län", key(Field::StateOrProvince) },
        { "postalcode", key(Field::PostalCode) },
        { "zip", key(Field::PostalCode) },
        { "zipcode", key(Field::PostalCode) },
        { "postcode", key(Field::PostalCode) },
        { "postnummer", key(Field::PostalCode) },
        { "timezone", key(Field::TimeZone) },
        { "tidszon", key(Field::TimeZone) },
        { "locationname", key(Field::LocationName) },
        { "headquarters", key(Field::LocationName) },
        { "headquarterslocation", key(Field::LocationName) },
        { "platsnamn", key(Field::LocationName) },
        { "huvudkontor", key(Field::LocationName) },
        { "locationlanguage", key(Field::LocationLanguage) },
        { "announcementlanguage", key(Field::LocationLanguage) },
        { "platsspråk", key(Field::LocationLanguage) },
        { "annonseringsspråk", key(Field::LocationLanguage) },
        { "emergencylocationidentifier", key(Field::EmergencyLocationId) },
        { "emergencylocationid", key(Field::EmergencyLocationId) },
        { "elin", key(Field::EmergencyLocationId) },
        { "nödplatsidentifierare", key(Field::EmergencyLocationId) },
        { "identifierarefördnödsamtalsplats", key(Field::EmergencyLocationId) },
        { "identifierarefornodsamtalsplats", key(Field::EmergencyLocationId) },
    };
    return list;
}

// "SE", "se", "Sweden" or "Sverige" → "SE"; anything else as written, for the validator to name.
QString countryCode(const QString& cell)
{
    if (model::Countries::isValidCode(cell.toUpper())) {
        return cell.toUpper();
    }
    for (const auto& country : model::Countries::all(QLocale::c())) {
        if (country.englishName.compare(cell, Qt::CaseInsensitive) == 0
            || country.swedishName.compare(cell, Qt::CaseInsensitive) == 0) {
            return country.code;
        }
    }
    return cell;
}

// "Webex Calling; Webex Meetings" or "webex_calling,webex_meetings": the wire names, in the order written.
QStringList packageWireNames(const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral("[;,|+\\n]"));
    QStringList names;
    for (const QString& part : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString name = PackageCatalog::wireNameFromText(part);
        if (!name.isEmpty()) {
            names.append(name);
        }
    }
    return names;
}

} // namespace

QList<Field> CustomerImportFile::allFields()
{
    return { Field::CompanyName,  Field::AdminEmail,   Field::ExternalId,       Field::Country,
             Field::Language,     Field::Template,     Field::Packages,         Field::AddressLine1,
             Field::AddressLine2, Field::City,         Field::StateOrProvince,  Field::PostalCode,
             Field::TimeZone,     Field::LocationName, Field::LocationLanguage, Field::EmergencyLocationId };
}

QString CustomerImportFile::displayName(Field field)
{
    switch (field) {
    case Field::CompanyName:
        return tr("company name");
    case Field::AdminEmail:
        return tr("administrator email");
    case Field::ExternalId:
        return tr("external customer ID");
    case Field::Country:
        return tr("country");
    case Field::Language:
        return tr("language");
    case Field::Template:
        return tr("onboarding template");
    case Field::Packages:
        return tr("packages");
    case Field::AddressLine1:
        return tr("address line 1");
    case Field::AddressLine2:
        return tr("address line 2");
    case Field::City:
        return tr("city");
    case Field::StateOrProvince:
        return tr("state or province");
    case Field::PostalCode:
        return tr("postal code");
    case Field::TimeZone:
        return tr("time zone");
    case Field::LocationName:
        return tr("location name");
    case Field::LocationLanguage:
        return tr("location language");
    case Field::EmergencyLocationId:
        return tr("emergency location identifier");
    }
    return {};
}

QStringList CustomerImportFile::templateHeader()
{
    return { QStringLiteral("Company name"),
             QStringLiteral("Administrator email"),
             QStringLiteral("External customer ID"),
             QStringLiteral("Country"),
             QStringLiteral("Language"),
             QStringLiteral("Onboarding template"),
             QStringLiteral("Packages"),
             QStringLiteral("Address line 1"),
             QStringLiteral("Address line 2"),
             QStringLiteral("City"),
             QStringLiteral("State or province"),
             QStringLiteral("Postal code"),
             QStringLiteral("Time zone"),
             QStringLiteral("Location name"),
             QStringLiteral("Location language"),
             QStringLiteral("Emergency location identifier") };
}

std::optional<Field> CustomerImportFile::fieldForPath(const QString& path)
{
    static const QString calling = QStringLiteral("provisioningParameters.calling.location");
    if (path == QLatin1String("customerInfo.name")) {
        return Field::CompanyName;
    }
    if (path == QLatin1String("customerInfo.primaryEmail")) {
        return Field::AdminEmail;
    }
    if (path == QLatin1String("customerInfo.language")) {
        return Field::Language;
    }
    if (path == QLatin1String("externalId")) {
        return Field::ExternalId;
    }
    if (path == QLatin1String("provisioningId")) {
        return Field::Template;
    }
    if (path.startsWith(QLatin1String("packages"))
        || path.startsWith(QLatin1String("provisioningParameters.packages"))) {
        return Field::Packages;
    }
    if (path == QLatin1String("provisioningParameters.meetings.timezone")
        || path == calling + QLatin1String(".timezone")) {
        return Field::TimeZone;
    }
    if (path == calling || path == calling + QLatin1String(".name")) {
        return Field::LocationName;
    }
    if (path == calling + QLatin1String(".language")) {
        return Field::LocationLanguage;
    }
    if (path == calling + QLatin1String(".emergencyLocationIdentifier")) {
        return Field::EmergencyLocationId;
    }
    // The billing address and the headquarters' address are the same cells.
    const QString leaf = path.section(QLatin1Char('.'), -1);
    if (leaf == QLatin1String("addressLine1")) {
        return Field::AddressLine1;
    }
    if (leaf == QLatin1String("addressLine2")) {
        return Field::AddressLine2;
    }
    if (leaf == QLatin1String("city")) {
        return Field::City;
    }
    if (leaf == QLatin1String("stateOrProvince")) {
        return Field::StateOrProvince;
    }
    if (leaf == QLatin1String("zipOrPostalCode")) {
        return Field::PostalCode;
    }
    if (leaf == QLatin1String("country")) {
        return Field::Country;
    }
    return std::nullopt;
}

int CustomerImportFile::invalidRowCount() const
{
    int count = 0;
    for (const CustomerImportRow& row : rows) {
        count += row.isValid() ? 0 : 1;
    }
    return count;
}

CustomerImportFile CustomerImportFile::read(const QByteArray& bytes, const Options& options)
{
    CustomerImportFile file;
    file.options = options;
    file.table = ImportTable::read(bytes, aliases(), [](int field) { return displayName(static_cast<Field>(field)); });
    if (file.table.isEmpty()) {
        file.fileProblems.append(
            { 0, -1, {}, tr("The file is empty: it needs a header line and one line per customer."), {}, {} });
        return file;
    }
    file.fileProblems = file.table.fileProblems;
    QStringList missing;
    for (Field field : { Field::CompanyName, Field::AdminEmail, Field::ExternalId, Field::Country, Field::Packages }) {
        if (!file.table.has(key(field))) {
            missing.append(displayName(field));
        }
    }
    if (!missing.isEmpty()) {
        file.fileProblems.append({ file.table.headerLine,
                                   -1,
                                   {},
                                   tr("No column for: %1. The first line must name the columns, as in the template "
                                      "file (\"Company name;Administrator email;External customer ID;Country;…\" or "
                                      "\"Företagsnamn;Administratörens e-post;Externt kund-ID;Land;…\").")
                                       .arg(missing.join(QStringLiteral(", "))),
                                   QStringLiteral("import.columnMissing"),
                                   {} });
    }
    if (!file.fileProblems.isEmpty()) {
        return file;
    }
    if (file.table.rows.isEmpty()) {
        file.fileProblems.append({ file.table.headerLine,
                                   -1,
                                   {},
                                   tr("The file has a header line but no customers below it."),
                                   QStringLiteral("import.noRows"),
                                   {} });
        return file;
    }
    for (const ImportTable::Row& source : file.table.rows) {
        CustomerImportRow row;
        row.index = source.index;
        row.line = source.line;
        row.fields = source.fields;
        file.mapRow(source, &row);
        row.problems = source.problems;
        file.validate(source, &row);
        file.rows.append(row);
    }
    file.checkDuplicates();
    return file;
}

QString CustomerImportFile::resolveTemplate(const QString& cell, const QString& country, QString* problem) const
{
    if (cell.isEmpty()) {
        QStringList ofCountry;
        for (const Template& t : options.templates) {
            if (t.country == country) {
                ofCountry.append(t.provisioningId);
            }
        }
        if (ofCountry.size() == 1) {
            return ofCountry.constFirst();
        }
        *problem = ofCountry.isEmpty()
            ? tr("Name the onboarding template: there is no template for this country in the library.")
            : tr("Name the onboarding template: the library has %n template(s) for this country.",
                 nullptr,
                 int(ofCountry.size()));
        return {};
    }
    for (const Template& t : options.templates) {
        if (t.name.compare(cell, Qt::CaseInsensitive) == 0 || t.provisioningId == cell) {
            return t.provisioningId;
        }
    }
    // Not in the library: a Provisioning ID pasted from Partner Hub is used as it is (the validator checks its form).
    if (!model::WebexId::isValidProvisioningId(cell)) {
        *problem = tr("No onboarding template named \"%1\" in the library: use a template's name or its "
                      "Provisioning ID.")
                       .arg(cell);
        return {};
    }
    return cell;
}

void CustomerImportFile::mapRow(const ImportTable::Row& source, CustomerImportRow* row) const
{
    auto cell = [&](Field field) { return table.cell(source, key(field)); };
    model::Customer& c = row->customer;
    c.customerInfo.name = cell(Field::CompanyName);
    c.customerInfo.primaryEmail = cell(Field::AdminEmail);
    c.customerInfo.language = cell(Field::Language);
    c.externalId = cell(Field::ExternalId);
    c.packages = packageWireNames(cell(Field::Packages));
    c.address.line1 = cell(Field::AddressLine1);
    c.address.line2 = cell(Field::AddressLine2);
    c.address.city = cell(Field::City);
    c.address.stateOrProvince = cell(Field::StateOrProvince);
    c.address.postalCode = cell(Field::PostalCode);
    c.address.country = countryCode(cell(Field::Country));
    row->templateReference = cell(Field::Template);

    // A country with a single time zone needs none written; the customer's language announces its calls unless the
    // row names another.
    QString zone = cell(Field::TimeZone);
    const QStringList zones = model::TimeZones::forCountry(c.address.country);
    if (zone.isEmpty() && zones.size() == 1) {
        zone = zones.constFirst();
    }
    if (c.ordersCalling()) {
        c.callingLocation.name = cell(Field::LocationName);
        if (c.callingLocation.name.isEmpty()) {
            c.callingLocation.name = options.defaultLocationName;
        }
        c.callingLocation.address = c.address;
        c.callingLocation.timezone = zone;
        c.callingLocation.language = cell(Field::LocationLanguage);
        if (c.callingLocation.language.isEmpty()) {
            c.callingLocation.language = c.customerInfo.language;
        }
        c.callingLocation.emergencyLocationIdentifier = cell(Field::EmergencyLocationId);
    } else {
        c.meetingsTimezone = zone;
    }
}

void CustomerImportFile::validate(const ImportTable::Row& source, CustomerImportRow* row) const
{
    QString templateProblem;
    row->customer.provisioningId
        = resolveTemplate(row->templateReference, row->customer.address.country, &templateProblem);
    if (!templateProblem.isEmpty()) {
        row->problems.append(table.problemAt(
            source, key(Field::Template), templateProblem, QStringLiteral("customer.template.unknown")));
    }
    for (const model::FieldError& error : model::CustomerValidator::validateProvision(row->customer)) {
        const auto field = fieldForPath(error.path);
        // The template's own problem is said above; the validator would only add "required".
        if (field == Field::Template && !templateProblem.isEmpty()) {
            continue;
        }
        ImportProblem problem = field ? table.problemAt(source, key(*field), error.message, error.ruleId)
                                      : ImportProblem { row->line, -1, {}, error.message, error.ruleId, {} };
        problem.suggestion = error.suggestion;
        // The billing address and the headquarters' address share their cells: say each problem once.
        const bool said = std::any_of(row->problems.cbegin(), row->problems.cend(), [&](const ImportProblem& p) {
            return p.column == problem.column && p.message == problem.message;
        });
        if (!said) {
            row->problems.append(problem);
        }
    }
}

void CustomerImportFile::checkDuplicates()
{
    QHash<QString, int> byExternalId; // → line of its first row
    QHash<QString, int> byAdmin;
    for (CustomerImportRow& row : rows) {
        const ImportTable::Row& source = table.rows.at(row.index);
        const QString externalId = row.customer.externalId;
        if (!externalId.isEmpty()) {
            if (options.existingExternalIds.contains(externalId)) {
                row.problems.append(
                    table.problemAt(source,
                                    key(Field::ExternalId),
                                    tr("A customer with the external ID \"%1\" exists already.").arg(externalId),
                                    QString(model::RuleIds::kCustomerExternalIdExists)));
            } else if (byExternalId.contains(externalId)) {
                row.problems.append(table.problemAt(
                    source,
                    key(Field::ExternalId),
                    tr("The external ID \"%1\" is on line %2 too.").arg(externalId).arg(byExternalId.value(externalId)),
                    QStringLiteral("batch.externalId.duplicate")));
            } else {
                byExternalId.insert(externalId, row.line);
            }
        }
        const QString admin = row.customer.customerInfo.primaryEmail.toLower();
        if (!admin.isEmpty()) {
            if (byAdmin.contains(admin)) {
                row.problems.append(table.problemAt(
                    source,
                    key(Field::AdminEmail),
                    tr("%1 administers the customer on line %2 already: a person belongs to one organization.")
                        .arg(row.customer.customerInfo.primaryEmail)
                        .arg(byAdmin.value(admin)),
                    QStringLiteral("batch.adminEmail.duplicate")));
            } else {
                byAdmin.insert(admin, row.line);
            }
        }
    }
}

} // namespace onboarder::jobs
