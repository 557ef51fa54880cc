#pragma once

#include "jobs/import/CustomerImportRow.h"
#include "jobs/import/ImportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>

namespace onboarder::jobs {

// A customers file read into customers: one row per company with its administrator, external ID, country, language,
// onboarding template (by name or Provisioning ID), packages and headquarters. Headers in English or Swedish, as in
// the users import. Each row is checked with the model's CustomerValidator, plus what only the batch shows (the same
// external ID or administrator twice, an external ID a customer already has). A pure function of the bytes and the
// options, so the preview, the CLI and the fuzz target read a file alike.
class CustomerImportFile
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImportFile)

public:
    enum class Field {
        CompanyName,
        AdminEmail,
        ExternalId,
        Country,
        Language,
        Template,
        Packages,
        AddressLine1,
        AddressLine2,
        City,
        StateOrProvince,
        PostalCode,
        TimeZone,
        LocationName,
        LocationLanguage,
        EmergencyLocationId,
    };

    // An onboarding template the rows may name.
    struct Template
    {
        QString name;
        QString provisioningId;
        QString country; // alpha-2; a row without a template gets the only template of its country
    };
    struct Options
    {
        QList<Template> templates;
        // External IDs of the customers that exist already: such a row would be refused with 409.
        QSet<QString> existingExternalIds;
        // Name of the headquarters calling location for rows without a location name column or cell.
        QString defaultLocationName;
    };

    static CustomerImportFile read(const QByteArray& bytes, const Options& options);
    static QList<Field> allFields();
    // Translated name of the field, for messages.
    static QString displayName(Field field);
    // The field a validation path of model::Customer belongs to ("provisioningParameters.calling.location.timezone").
    static std::optional<Field> fieldForPath(const QString& path);
    // The header line of the documented template file, in English.
    static QStringList templateHeader();

    ImportTable table;
    QList<CustomerImportRow> rows;
    // Problems that stop the whole file: empty, a required column missing, a column named twice.
    QList<ImportProblem> fileProblems;
    Options options;

    bool isUsable() const
    {
        return fileProblems.isEmpty();
    }
    int invalidRowCount() const;

private:
    void mapRow(const ImportTable::Row& source, CustomerImportRow* row) const;
    void validate(const ImportTable::Row& source, CustomerImportRow* row) const;
    void checkDuplicates();
    QString resolveTemplate(const QString& cell, const QString& country, QString* problem) const;
};

} // namespace onboarder::jobs
