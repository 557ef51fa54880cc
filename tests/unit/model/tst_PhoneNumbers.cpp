#include "model/PhoneNumbers.h"

#include <QTest>

using namespace onboarder::model;
using Status = PhoneNumbers::Status;

Q_DECLARE_METATYPE(PhoneNumbers::Status)

// Phone number checks through libphonenumber.
class tst_PhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void isE164();
};

void tst_PhoneNumbers::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("numberRegion");

    QTest::newRow("E.164 US") << QStringLiteral("+12405551212") << QString() << Status::Valid
                              << QStringLiteral("+12405551212") << QStringLiteral("US");
    QTest::newRow("E.164 SE mobile") << QStringLiteral("+46701234567") << QString() << Status::Valid
                                     << QStringLiteral("+46701234567") << QStringLiteral("SE");
    QTest::newRow("dashes (spec PUT example)") << QStringLiteral("+1-240-555-1212") << QString() << Status::NotE164
                                               << QStringLiteral("+12405551212") << QStringLiteral("US");
    QTest::newRow("spaces") << QStringLiteral("+46 70 123 45 67") << QString() << Status::NotE164
                            << QStringLiteral("+46701234567") << QStringLiteral("SE");
    QTest::newRow("spreadsheet ate the plus") << QStringLiteral("46701234567") << QString() << Status::MissingPlus
                                              << QStringLiteral("+46701234567") << QStringLiteral("SE");
    QTest::newRow("spreadsheet ate the plus, US") << QStringLiteral("12405551212") << QString() << Status::MissingPlus
                                                  << QStringLiteral("+12405551212") << QStringLiteral("US");
    QTest::newRow("national with region") << QStringLiteral("070-123 45 67") << QStringLiteral("SE") << Status::NotE164
                                          << QStringLiteral("+46701234567") << QStringLiteral("SE");
    QTest::newRow("national US with region")
        << QStringLiteral("(240) 555-1212") << QStringLiteral("US") << Status::NotE164 << QStringLiteral("+12405551212")
        << QStringLiteral("US");
    QTest::newRow("national without region")
        << QStringLiteral("0701234567") << QString() << Status::Invalid << QString() << QString();
    QTest::newRow("too short") << QStringLiteral("+4670123") << QString() << Status::Invalid << QString() << QString();
    QTest::newRow("unknown country code")
        << QStringLiteral("+999123456") << QString() << Status::Invalid << QString() << QString();
    QTest::newRow("letters") << QStringLiteral("+1-800-FLOWERS") << QString() << Status::Invalid << QString()
                             << QString();
    QTest::newRow("text") << QStringLiteral("call me") << QString() << Status::Invalid << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << Status::Empty << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << Status::Empty << QString() << QString();
}

void tst_PhoneNumbers::check()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(Status, status);
    QFETCH(QString, e164);
    QFETCH(QString, numberRegion);
    const PhoneNumbers::Check result = PhoneNumbers::check(input, region);
    QCOMPARE(result.status, status);
    QCOMPARE(result.e164, e164);
    QCOMPARE(result.regionCode, numberRegion);
    QCOMPARE(PhoneNumbers::toE164(input, region), e164);
}

void tst_PhoneNumbers::isE164()
{
    QVERIFY(PhoneNumbers::isE164(QStringLiteral("+46701234567")));
    QVERIFY(!PhoneNumbers::isE164(QStringLiteral("+46 70 123 45 67")));
    QVERIFY(!PhoneNumbers::isE164(QStringLiteral("46701234567")));
    QVERIFY(!PhoneNumbers::isE164(QStringLiteral("+46701234567 ")));
    QVERIFY(!PhoneNumbers::isE164(QString()));
}

QTEST_GUILESS_MAIN(tst_PhoneNumbers)
#include "tst_PhoneNumbers.moc"
