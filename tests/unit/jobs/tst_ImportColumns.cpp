#include "jobs/import/ImportColumns.h"

#include <QTest>

namespace {
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}
} // namespace

using onboarder::jobs::ImportColumns;
using Field = ImportColumns::Field;

Q_DECLARE_METATYPE(ImportColumns::Field)

// Header cells as people write them, in English and Swedish, mapped to subscriber fields.
class TestImportColumns : public QObject
{
    Q_OBJECT

private slots:
    void headerNames_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");
        QTest::newRow("First name") << QStringLiteral("First name") << Field::FirstName;
        QTest::newRow("FÖRNAMN") << QStringLiteral("FÖRNAMN") << Field::FirstName;
        QTest::newRow("first_name") << QStringLiteral("first_name") << Field::FirstName;
        QTest::newRow("Efternamn") << QStringLiteral("Efternamn") << Field::LastName;
        QTest::newRow("Last Name") << QStringLiteral(" Last Name ") << Field::LastName;
        QTest::newRow("E-postadress") << QStringLiteral("E-postadress") << Field::Email;
        QTest::newRow("e-mail") << QStringLiteral("e-mail") << Field::Email;
        QTest::newRow("Email address") << QStringLiteral("Email address") << Field::Email;
        QTest::newRow("Paket") << QStringLiteral("Paket") << Field::Package;
        QTest::newRow("package") << QStringLiteral("package") << Field::Package;
        QTest::newRow("Plats") << QStringLiteral("Plats") << Field::Location;
        QTest::newRow("Location ID") << QStringLiteral("Location ID") << Field::Location;
        QTest::newRow("Telefonnummer") << QStringLiteral("Telefonnummer") << Field::PhoneNumber;
        QTest::newRow("Phone number") << QStringLiteral("Phone number") << Field::PhoneNumber;
        QTest::newRow("Anknytning") << QStringLiteral("Anknytning") << Field::Extension;
        QTest::newRow("Ext.") << QStringLiteral("Ext.") << Field::Extension;
    }

    void headerNames()
    {
        QFETCH(QString, header);
        QFETCH(Field, field);
        QCOMPARE(ImportColumns::fieldForHeader(header), std::optional<Field>(field));
    }

    void unknownAndDuplicateColumns()
    {
        const ImportColumns columns
            = ImportColumns::fromHeader(strings({ "Förnamn", "Avdelning", "E-postadress", "Paket", "Email", "" }));
        QCOMPARE(columns.indexOf(Field::FirstName), 0);
        QCOMPARE(columns.indexOf(Field::Email), 2);
        QCOMPARE(columns.headerOf(Field::Email), QStringLiteral("E-postadress"));
        QCOMPARE(columns.indexOf(Field::Extension), -1);
        QCOMPARE(columns.ignoredHeaders(), strings({ "Avdelning" }));
        QCOMPARE(columns.problems().size(), 1);
        QVERIFY(columns.problems().constFirst().contains(QStringLiteral("C")));
        QVERIFY(columns.problems().constFirst().contains(QStringLiteral("E")));
    }

    void validationPaths()
    {
        QCOMPARE(ImportColumns::fieldForPath(QStringLiteral("email")), std::optional<Field>(Field::Email));
        QCOMPARE(ImportColumns::fieldForPath(QStringLiteral("packages[0]")), std::optional<Field>(Field::Package));
        QCOMPARE(ImportColumns::fieldForPath(QStringLiteral("provisioningParameters.primaryPhoneNumber")),
                 std::optional<Field>(Field::PhoneNumber));
        QCOMPARE(ImportColumns::fieldForPath(QStringLiteral("provisioningParameters.extension")),
                 std::optional<Field>(Field::Extension));
        QCOMPARE(ImportColumns::fieldForPath(QStringLiteral("customerId")), std::nullopt);
    }

    void columnLetters()
    {
        QCOMPARE(ImportColumns::columnLetters(0), QStringLiteral("A"));
        QCOMPARE(ImportColumns::columnLetters(25), QStringLiteral("Z"));
        QCOMPARE(ImportColumns::columnLetters(26), QStringLiteral("AA"));
        QCOMPARE(ImportColumns::columnLetters(701), QStringLiteral("ZZ"));
        QCOMPARE(ImportColumns::columnLetters(702), QStringLiteral("AAA"));
    }
};

QTEST_GUILESS_MAIN(TestImportColumns)
#include "tst_ImportColumns.moc"
