#include "TestPaths.h"
#include "jobs/import/CustomerImportFile.h"
#include "jobs/import/CustomerUsersFile.h"
#include "jobs/import/SubscriberImportFile.h"
#include "model/RuleIds.h"

#include <QFile>
#include <QTest>
#include <QUuid>

#include <algorithm>

using onboarder::jobs::CustomerImportFile;
using onboarder::jobs::CustomerUsersFile;
using onboarder::jobs::SubscriberImportFile;
using onboarder::model::Customer;

namespace {

QString provisioningId(const char* seed)
{
    const QUuid uuid = QUuid::createUuidV5(QUuid(), QString::fromLatin1(seed));
    return QString::fromLatin1(uuid.toString(QUuid::WithoutBraces).toLatin1().toBase64());
}

QByteArray readResource(const QString& name)
{
    QFile file(onboarder::testsupport::testDataPath(QStringLiteral("../../resources/import-templates/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The customers of the documented customers template, by external ID.
QHash<QString, Customer> templateCustomers()
{
    CustomerImportFile::Options options;
    options.templates
        = { { QString::fromUtf8("Sverige – Calling och Meetings"), provisioningId("se"), QStringLiteral("SE") },
            { QString::fromUtf8("United States – Suite"), provisioningId("us"), QStringLiteral("US") } };
    options.defaultLocationName = QStringLiteral("Headquarters");
    const CustomerImportFile file = CustomerImportFile::read(readResource(QStringLiteral("customers.csv")), options);
    QHash<QString, Customer> customers;
    for (const auto& row : file.rows) {
        customers.insert(row.customer.externalId, row.customer);
    }
    return customers;
}

bool hasRule(const CustomerUsersFile::Row& row, QLatin1String rule, int line)
{
    return std::any_of(row.problems.cbegin(), row.problems.cend(), [&](const auto& problem) {
        return problem.ruleId == rule && problem.line == line;
    });
}

} // namespace

// The users file of a customers batch: split by the customer each row names, each customer's rows checked with the
// users rules against that customer's packages and headquarters, and what only the batch sees.
class TestCustomerUsersFile : public QObject
{
    Q_OBJECT

private slots:
    void theDocumentedTemplatePairIsReadWithoutProblems()
    {
        const QHash<QString, Customer> customers = templateCustomers();
        QCOMPARE(customers.size(), 3);
        const CustomerUsersFile file
            = CustomerUsersFile::read(readResource(QStringLiteral("customers-users.csv")), customers);
        QVERIFY(file.isUsable());
        QCOMPARE(file.rows.size(), 4);
        for (const auto& row : file.rows) {
            QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.value(0).toText()));
        }
        QCOMPARE(file.rowsOf(QStringLiteral("CRM-10001")), (QList<int> { 0, 1 }));
        QCOMPARE(file.rowsOf(QStringLiteral("crm-10002")), (QList<int> { 2 }));
        QCOMPARE(file.sourceRow(QStringLiteral("CRM-10003"), 0), 3);
        QCOMPARE(file.sourceRow(QStringLiteral("CRM-10003"), 1), -1);
    }

    // Each customer's rows make a users file of their own that the users import reads as the same users.
    void aCustomersRowsBecomeItsOwnUsersFile()
    {
        const CustomerUsersFile file
            = CustomerUsersFile::read(readResource(QStringLiteral("customers-users.csv")), templateCustomers());
        const SubscriberImportFile users = SubscriberImportFile::read(file.fileOf(QStringLiteral("CRM-10001")), {});
        QVERIFY(users.isUsable());
        QCOMPARE(users.rows.size(), 2);
        QCOMPARE(users.rows.at(0).subscriber.email, QStringLiteral("astrid.lindqvist@kaffebryggeriet.example"));
        QCOMPARE(users.rows.at(0).locationName, QStringLiteral("Huvudkontor"));
        QCOMPARE(users.rows.at(1).subscriber.email, QStringLiteral("johan.berg@kaffebryggeriet.example"));
    }

    void problemsNameTheirLineAndRule()
    {
        const QByteArray bytes = "Kundens externa ID;Förnamn;Efternamn;E-postadress;Paket;Plats\r\n"
                                 "CRM-10001;Anna;Ek;anna@example.com;Webex Meetings;\r\n"
                                 ";Bo;Al;bo@example.com;Webex Meetings;\r\n"
                                 "CRM-99999;Cia;Berg;cia@example.com;Webex Meetings;\r\n"
                                 "CRM-10002;Anna;Ek;ANNA@example.com;Webex Meetings;\r\n"
                                 "CRM-10002;Dan;Ros;dan@example.com;Webex Calling;\r\n"
                                 "CRM-10001;Eva;Lund;eva@example.com;Webex Calling;Lager\r\n";
        const CustomerUsersFile file = CustomerUsersFile::read(bytes, templateCustomers());
        QVERIFY(file.isUsable());
        QCOMPARE(file.rows.size(), 6);
        QVERIFY(file.rows.at(0).problems.isEmpty());
        QCOMPARE(file.rows.at(1).problems.value(0).ruleId,
                 QString(onboarder::model::RuleIds::kBatchUserCustomerMissing));
        QCOMPARE(file.rows.at(1).problems.value(0).line, 3);
        QCOMPARE(file.rows.at(2).problems.value(0).ruleId,
                 QString(onboarder::model::RuleIds::kBatchUserCustomerUnknown));
        QCOMPARE(file.rows.at(3).problems.value(0).ruleId,
                 QString(onboarder::model::RuleIds::kBatchUserEmailInTwoCustomers));
        QVERIFY(file.rows.at(3).problems.value(0).message.contains(QLatin1String("line 2")));
        // Norrsken Bygg has Meetings only: a Calling user is refused by the users rules, at its own line.
        QVERIFY(hasRule(file.rows.at(4), onboarder::model::RuleIds::kSubscriberPackageNotOrdered, 6));
        // Kaffebryggeriet's only location is its headquarters: "Lager" is not one of its locations.
        QVERIFY(hasRule(file.rows.at(5), onboarder::model::RuleIds::kSubscriberLocationUnknown, 7));
        QCOMPARE(file.invalidRowCount(), 5);
    }

    void aFileWithoutTheCustomerColumnIsRefusedAsAWhole()
    {
        const CustomerUsersFile file = CustomerUsersFile::read("First name,Last name,Email\r\nA,B,a@b.example\r\n", {});
        QVERIFY(!file.isUsable());
        QVERIFY(file.fileProblems.constFirst().message.contains(QLatin1String("Customer external ID")));
    }
};

QTEST_GUILESS_MAIN(TestCustomerUsersFile)
#include "tst_CustomerUsersFile.moc"
