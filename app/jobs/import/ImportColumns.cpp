#include "jobs/import/ImportColumns.h"

#include "jobs/import/ImportTable.h"

namespace onboarder::jobs {

namespace {

struct Alias
{
    const char* name; // already normalized, UTF-8
    ImportColumns::Field field;
};

using F = ImportColumns::Field;

const Alias kAliases[] = {
    { "firstname", F::FirstName },
    { "givenname", F::FirstName },
    { "förnamn", F::FirstName },
    { "fornamn", F::FirstName },
    { "lastname", F::LastName },
    { "surname", F::LastName },
    { "familyname", F::LastName },
    { "efternamn", F::LastName },
    { "email", F::Email },
    { "emailaddress", F::Email },
    { "mail", F::Email },
    { "epost", F::Email },
    { "epostadress", F::Email },
    { "mejl", F::Email },
    { "mejladress", F::Email },
    { "package", F::Package },
    { "packages", F::Package },
    { "paket", F::Package },
    { "location", F::Location },
    { "locationname", F::Location },
    { "locationid", F::Location },
    { "plats", F::Location },
    { "platsnamn", F::Location },
    { "platsid", F::Location },
    { "phonenumber", F::PhoneNumber },
    { "phone", F::PhoneNumber },
    { "telephone", F::PhoneNumber },
    { "telephonenumber", F::PhoneNumber },
    { "primaryphonenumber", F::PhoneNumber },
    { "telefon", F::PhoneNumber },
    { "telefonnummer", F::PhoneNumber },
    { "extension", F::Extension },
    { "ext", F::Extension },
    { "anknytning", F::Extension },
    { "anknytningsnummer", F::Extension },
    { "ankn", F::Extension },
};

} // namespace

QList<ImportColumns::Field> ImportColumns::allFields()
{
    return { Field::FirstName, Field::LastName,    Field::Email,    Field::Package,
             Field::Location,  Field::PhoneNumber, Field::Extension };
}

std::optional<ImportColumns::Field> ImportColumns::fieldForHeader(const QString& header)
{
    const QString key = ImportTable::normalized(header);
    for (const Alias& alias : kAliases) {
        if (key == QString::fromUtf8(alias.name)) {
            return alias.field;
        }
    }
    return std::nullopt;
}

std::optional<ImportColumns::Field> ImportColumns::fieldForPath(const QString& path)
{
    if (path == QLatin1String("email")) {
        return Field::Email;
    }
    if (path.startsWith(QLatin1String("package"))) {
        return Field::Package;
    }
    const QString leaf = path.section(QLatin1Char('.'), -1);
    if (leaf == QLatin1String("firstName")) {
        return Field::FirstName;
    }
    if (leaf == QLatin1String("lastName")) {
        return Field::LastName;
    }
    if (leaf == QLatin1String("primaryPhoneNumber")) {
        return Field::PhoneNumber;
    }
    if (leaf == QLatin1String("extension")) {
        return Field::Extension;
    }
    if (leaf == QLatin1String("locationId")) {
        return Field::Location;
    }
    return std::nullopt;
}

QString ImportColumns::displayName(Field field)
{
    switch (field) {
    case Field::FirstName:
        return tr("first name");
    case Field::LastName:
        return tr("last name");
    case Field::Email:
        return tr("email");
    case Field::Package:
        return tr("package");
    case Field::Location:
        return tr("location");
    case Field::PhoneNumber:
        return tr("phone number");
    case Field::Extension:
        return tr("extension");
    }
    return {};
}

QString ImportColumns::columnLetters(int index)
{
    return ImportTable::columnLetters(index);
}

ImportColumns ImportColumns::fromHeader(const QStringList& header)
{
    ImportColumns columns;
    columns.m_header = header;
    for (int i = 0; i < header.size(); ++i) {
        const QString cell = header.at(i).trimmed();
        const auto field = fieldForHeader(cell);
        if (!field) {
            if (!cell.isEmpty()) {
                columns.m_ignored.append(cell);
            }
            continue;
        }
        const int key = static_cast<int>(*field);
        if (columns.m_columns.contains(key)) {
            const int first = columns.m_columns.value(key);
            columns.m_problems.append(
                tr("Columns %1 (\"%2\") and %3 (\"%4\") both hold the %5; keep one.")
                    .arg(
                        columnLetters(first), header.at(first).trimmed(), columnLetters(i), cell, displayName(*field)));
            continue;
        }
        columns.m_columns.insert(key, i);
    }
    return columns;
}

bool ImportColumns::has(Field field) const
{
    return m_columns.contains(static_cast<int>(field));
}

int ImportColumns::indexOf(Field field) const
{
    return m_columns.value(static_cast<int>(field), -1);
}

QString ImportColumns::headerOf(Field field) const
{
    const int index = indexOf(field);
    return index >= 0 && index < m_header.size() ? m_header.at(index).trimmed() : QString();
}

QStringList ImportColumns::header() const
{
    return m_header;
}

QStringList ImportColumns::ignoredHeaders() const
{
    return m_ignored;
}

QStringList ImportColumns::problems() const
{
    return m_problems;
}

} // namespace onboarder::jobs
