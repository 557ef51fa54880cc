#include "TestPaths.h"
#include "jobs/import/CustomerImportFile.h"
#include "model/RuleIds.h"
#include "model/WebexId.h"

#include <QFile>
#include <QTest>
#include <QUuid>

using onboarder::jobs::CustomerImportFile;
using onboarder::jobs::CustomerImportRow;
using onboarder::jobs::ImportProblem;
using Field = CustomerImportFile::Field;

namespace {

QString provisioningId(const char* seed)
{
    const QUuid uuid = QUuid::createUuidV5(QUuid(), QString::fromLatin1(seed));
    return QString::fromLatin1(uuid.toString(QUuid::WithoutBraces).toLatin1().toBase64());
}

const QString kSwedishTemplate = QString::fromUtf8("Sverige – Calling och Meetings");

CustomerImportFile::Options demoOptions()
{
    CustomerImportFile::Options options;
    options.templates = { { kSwedishTemplate, provisioningId("se"), QStringLiteral("SE") },
                          { QString::fromUtf8("United States – Suite"), provisioningId("us"), QStringLiteral("US") },
                          { QStringLiteral("US meetings"), provisioningId("us2"), QStringLiteral("US") } };
    options.defaultLocationName = QStringLiteral("Headquarters");
    return options;
}

const ImportProblem* find(const QList<ImportProblem>& problems, const QString& ruleId)
{
    for (const ImportProblem& problem : problems) {
        if (problem.ruleId == ruleId) {
            return &problem;
        }
    }
    return nullptr;
}

QByteArray header()
{
    return CustomerImportFile::templateHeader().join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace

// A customers file read into customers and checked before anything is sent: the documented template, headers in
// both languages, defaults from what is known, and problems addressed to line and column.
class TestCustomerImportFile : public QObject
{
    Q_OBJECT

private slots:
    void theDocumentedTemplateFileIsReadWithoutProblems()
    {
        QFile template_(
            onboarder::testsupport::testDataPath(QStringLiteral("../../resources/import-templates/customers.csv")));
        QVERIFY2(template_.open(QIODevice::ReadOnly), qPrintable(template_.fileName()));
        const CustomerImportFile file = CustomerImportFile::read(template_.readAll(), demoOptions());
        QVERIFY(file.isUsable());
        QVERIFY(file.table.ignoredHeaders.isEmpty());
        QCOMPARE(file.rows.size(), 3);
        for (const CustomerImportRow& row : file.rows) {
            QVERIFY2(row.isValid(), qPrintable(row.problems.value(0).toText()));
        }

        const auto& calling = file.rows.at(0).customer;
        QCOMPARE(calling.customerInfo.name, QString::fromUtf8("Kaffebryggeriet Göteborg AB"));
        QCOMPARE(calling.provisioningId, provisioningId("se"));
        QCOMPARE(calling.packages, (QStringList { QStringLiteral("webex_calling"), QStringLiteral("webex_meetings") }));
        QCOMPARE(calling.callingLocation.name, QStringLiteral("Huvudkontor"));
        QCOMPARE(calling.callingLocation.address, calling.address);
        QCOMPARE(calling.callingLocation.timezone, QStringLiteral("Europe/Stockholm"));

        // Country by name; the only template and the only time zone of Sweden filled in.
        const auto& meetings = file.rows.at(1).customer;
        QCOMPARE(meetings.address.country, QStringLiteral("SE"));
        QCOMPARE(meetings.provisioningId, provisioningId("se"));
        QCOMPARE(meetings.meetingsTimezone, QStringLiteral("Europe/Stockholm"));
        QVERIFY(meetings.callingLocation.isEmpty());

        const auto& quoted = file.rows.at(2).customer;
        QCOMPARE(quoted.customerInfo.name, QStringLiteral("Blue Harbor Logistics, Inc."));
        QCOMPARE(quoted.callingLocation.emergencyLocationIdentifier, QStringLiteral("LB-HQ-1"));
    }

    void swedishHeadersAndSemicolons()
    {
        const QByteArray bytes
            = QString::fromUtf8("Företagsnamn;Administratörens e-post;Externt kund-ID;Land;Språk;Paket;Adress;"
                                "Ort;Postnummer;Platsnamn\n"
                                "Fiskehamnen AB;it@fiskehamnen.example;K-1;Sverige;sv_SE;Webex Calling;Hamngatan "
                                "1;Göteborg;411 01;\n")
                  .toUtf8();
        const CustomerImportFile file = CustomerImportFile::read(bytes, demoOptions());
        QVERIFY(file.isUsable());
        QCOMPARE(file.rows.size(), 1);
        const CustomerImportRow& row = file.rows.at(0);
        QVERIFY2(row.isValid(), qPrintable(row.problems.value(0).toText()));
        // No location name cell: the default; no location language: the customer's.
        QCOMPARE(row.customer.callingLocation.name, QStringLiteral("Headquarters"));
        QCOMPARE(row.customer.callingLocation.language, QStringLiteral("sv_SE"));
    }

    void missingColumnsAreNamedTogether()
    {
        const CustomerImportFile file
            = CustomerImportFile::read(QByteArrayLiteral("Company name,Country\nAcme,SE\n"), demoOptions());
        QVERIFY(!file.isUsable());
        QCOMPARE(file.fileProblems.size(), 1);
        const QString message = file.fileProblems.at(0).message;
        QVERIFY2(message.contains(QStringLiteral("administrator email, external customer ID, packages")),
                 qPrintable(message));
        QVERIFY(file.rows.isEmpty());
    }

    void emptyFileAndHeaderOnly()
    {
        QVERIFY(!CustomerImportFile::read({}, demoOptions()).isUsable());
        const CustomerImportFile headerOnly = CustomerImportFile::read(header(), demoOptions());
        QVERIFY(!headerOnly.isUsable());
        QCOMPARE(headerOnly.fileProblems.at(0).ruleId, QStringLiteral("import.noRows"));
    }

    void everyProblemOfARowIsAddressedToItsColumn()
    {
        const QByteArray bytes = header()
            + QByteArrayLiteral("Acme%,not-an-email,,SE,xx-YY,,Webex Calling;Cisco Calling Plan;Webex Nonsense,"
                                ",,,,,Mars/Olympus,,,\n");
        const CustomerImportFile file = CustomerImportFile::read(bytes, demoOptions());
        QCOMPARE(file.rows.size(), 1);
        const auto& problems = file.rows.at(0).problems;
        const auto* percent = find(problems, QString(onboarder::model::RuleIds::kCustomerNamePercent));
        QVERIFY(percent);
        QCOMPARE(percent->column, int(Field::CompanyName));
        QCOMPARE(percent->suggestion, QStringLiteral("Acme"));
        const auto* email = find(problems, QString(onboarder::model::RuleIds::kEmailInvalid));
        QVERIFY(email);
        QCOMPARE(email->column, int(Field::AdminEmail));
        QCOMPARE(email->line, 2);
        const auto* unknownPackage = find(problems, QString(onboarder::model::RuleIds::kPackageUnknown));
        QVERIFY(unknownPackage);
        QCOMPARE(unknownPackage->column, int(Field::Packages));
        QVERIFY(find(problems, QString(onboarder::model::RuleIds::kTimeZoneInvalid)));
        QVERIFY(find(problems, QString(onboarder::model::RuleIds::kLanguageInvalid)));
        const auto* required = find(problems, QString(onboarder::model::RuleIds::kRequired));
        QVERIFY(required);
        // The address is the billing address and the headquarters' at once: each problem is said once.
        QSet<QString> seen;
        for (const ImportProblem& problem : problems) {
            const QString key = QString::number(problem.column) + problem.message;
            QVERIFY2(!seen.contains(key), qPrintable(problem.toText()));
            seen.insert(key);
        }
    }

    void templatesByNameByProvisioningIdOrByCountry()
    {
        const QByteArray bytes = QByteArrayLiteral("Company,Admin email,External ID,Country,Template,Packages,"
                                                   "Address,City,Postal code,State\n")
            // The name in another case than the library's.
            + QString::fromUtf8(
                  "A,a@a.example,A-1,SE,sverige – CALLING och meetings,Webex Meetings,Gatan 1,Ort,111 11,\n")
                  .toUtf8()
            + "B,b@b.example,B-1,SE," + provisioningId("pasted").toLatin1() + ",Webex Meetings,Gatan 1,Ort,111 11,\n"
            + "C,c@c.example,C-1,US,,Webex Meetings,1 Main St,Springfield,12345,IL\n"
            + "D,d@d.example,D-1,SE,No such template,Webex Meetings,Gatan 1,Ort,111 11,\n"
            + "E,e@e.example,E-1,DK,,Webex Meetings,Gade 1,By,1000,\n";
        const CustomerImportFile file = CustomerImportFile::read(bytes, demoOptions());
        QCOMPARE(file.rows.size(), 5);
        QCOMPARE(file.rows.at(0).customer.provisioningId, provisioningId("se"));
        QVERIFY2(file.rows.at(0).isValid(), qPrintable(file.rows.at(0).problems.value(0).toText()));
        QCOMPARE(file.rows.at(1).customer.provisioningId, provisioningId("pasted"));
        QVERIFY(file.rows.at(1).isValid());
        // Two templates for the United States: the row must say which.
        const auto* ambiguous = find(file.rows.at(2).problems, QStringLiteral("customer.template.unknown"));
        QVERIFY(ambiguous);
        QVERIFY(ambiguous->message.contains(QStringLiteral("2 template")));
        const auto* unknown = find(file.rows.at(3).problems, QStringLiteral("customer.template.unknown"));
        QVERIFY(unknown);
        QVERIFY(unknown->message.contains(QStringLiteral("No such template")));
        // The template's problem is said once, not again as "required".
        QVERIFY(!find(file.rows.at(3).problems, QString(onboarder::model::RuleIds::kRequired)));
        QVERIFY(find(file.rows.at(4).problems, QStringLiteral("customer.template.unknown")));
    }

    void duplicatesInTheBatchAndAgainstExistingCustomers()
    {
        CustomerImportFile::Options options = demoOptions();
        options.existingExternalIds = { QStringLiteral("OLD-1") };
        QByteArray bytes
            = QByteArrayLiteral("Company,Admin email,External ID,Country,Packages,Address,City,Postal code\n");
        bytes += "A,same@x.example,X-1,SE,Webex Meetings,Gatan 1,Ort,111 11\n";
        bytes += "B,SAME@x.example,X-1,SE,Webex Meetings,Gatan 1,Ort,111 11\n";
        bytes += "C,c@x.example,OLD-1,SE,Webex Meetings,Gatan 1,Ort,111 11\n";
        const CustomerImportFile file = CustomerImportFile::read(bytes, options);
        QCOMPARE(file.rows.size(), 3);
        QVERIFY2(file.rows.at(0).isValid(), qPrintable(file.rows.at(0).problems.value(0).toText()));
        const auto* externalId = find(file.rows.at(1).problems, QStringLiteral("batch.externalId.duplicate"));
        QVERIFY(externalId);
        QVERIFY(externalId->message.contains(QStringLiteral("line 2")));
        QCOMPARE(externalId->column, 2);
        QVERIFY(find(file.rows.at(1).problems, QStringLiteral("batch.adminEmail.duplicate")));
        QVERIFY(find(file.rows.at(2).problems, QStringLiteral("customer.externalId.exists")));
        QCOMPARE(file.invalidRowCount(), 2);
    }

    void fieldsForValidationPaths()
    {
        QCOMPARE(CustomerImportFile::fieldForPath(QStringLiteral("address.zipOrPostalCode")), Field::PostalCode);
        QCOMPARE(CustomerImportFile::fieldForPath(
                     QStringLiteral("provisioningParameters.calling.location.address.addressLine1")),
                 Field::AddressLine1);
        QCOMPARE(CustomerImportFile::fieldForPath(QStringLiteral("provisioningParameters.calling.location.language")),
                 Field::LocationLanguage);
        QCOMPARE(CustomerImportFile::fieldForPath(QStringLiteral("packages[2]")), Field::Packages);
        QCOMPARE(CustomerImportFile::fieldForPath(QStringLiteral("subPartnerAdminEmail")), std::nullopt);
        QCOMPARE(CustomerImportFile::allFields().size(), CustomerImportFile::templateHeader().size());
    }
};

QTEST_GUILESS_MAIN(TestCustomerImportFile)
#include "tst_CustomerImportFile.moc"
