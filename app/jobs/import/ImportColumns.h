#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace onboarder::jobs {

// Which column of an import file holds which subscriber field. Header names are matched case-insensitively and
// without spaces or punctuation, in English and Swedish ("E-postadress", "email address", "Telefonnummer"), so the
// files people export from their HR or phone-list spreadsheets work without renaming columns.
class ImportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    enum class Field {
        FirstName,
        LastName,
        Email,
        Package,
        Location, // a location's name or ID
        PhoneNumber,
        Extension,
    };

    static QList<Field> allFields();
    // The field a header cell names, or nothing for a column the import does not use.
    static std::optional<Field> fieldForHeader(const QString& header);
    // The field a validation path of model::Subscriber belongs to ("provisioningParameters.extension").
    static std::optional<Field> fieldForPath(const QString& path);
    // Translated name of the field, for messages.
    static QString displayName(Field field);
    // Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA.
    static QString columnLetters(int index);

    static ImportColumns fromHeader(const QStringList& header);

    bool has(Field field) const;
    // 0-based column index, or -1.
    int indexOf(Field field) const;
    // The header cell as written in the file, or empty.
    QString headerOf(Field field) const;
    QStringList header() const;
    // Header cells no field matched; their columns are ignored.
    QStringList ignoredHeaders() const;
    // Problems with the header itself, such as two columns naming the same field.
    QStringList problems() const;

private:
    QStringList m_header;
    QHash<int, int> m_columns; // Field → index
    QStringList m_ignored;
    QStringList m_problems;
};

} // namespace onboarder::jobs
