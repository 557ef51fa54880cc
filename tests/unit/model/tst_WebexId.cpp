#include "model/WebexId.h"

#include <QTest>

using namespace onboarder::model;

// Webex IDs: base64url of ciscospark://region/TYPE/uuid, padded or not (reference §2.1, §10.4).
class tst_WebexId : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void rejects_data();
    void rejects();
    void encodeRoundTrip();
    void normalizeAndCompare();
    void provisioningIds_data();
    void provisioningIds();
    void resourceUrl_data();
    void resourceUrl();
};

void tst_WebexId::decode_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("resource");
    // IDs from the OpenAPI examples.
    QTest::newRow("customer, unpadded") << QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQtNjBhOC00MDdhLWIyMmMtNDY3YzUxNTkxOTA4")
                                        << QStringLiteral("ENTERPRISE")
                                        << QStringLiteral("52cf576d-60a8-407a-b22c-467c51591908");
    QTest::newRow("organization, padded")
        << QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wZTE4MmUxNS05ZmNhLTQ0NzgtYmEzOC1jNGFiMmUyN2FlZDA=")
        << QStringLiteral("ORGANIZATION") << QStringLiteral("0e182e15-9fca-4478-ba38-c4ab2e27aed0");
    QTest::newRow("location, padded ==") << QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAxMjM0NTY3LTg5YWItY2RlZi0wMTIzLTQ1Njc4OWFiY2RlZg==")
                                         << QStringLiteral("LOCATION")
                                         << QStringLiteral("01234567-89ab-cdef-0123-456789abcdef");
    QTest::newRow("license with SKU suffix")
        << QStringLiteral(
               "Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYjdjNGRlZTgtODZmNi00YzAxLWJkYjMtMTM3MjM2ZWY3NGRmOlNMV0NBXzdmYTBk"
               "ZjhjLTlmNTEtNGE1Zi05YzY4LTU1ODRlNWM2N2E0Yg")
        << QStringLiteral("LICENSE")
        << QStringLiteral("b7c4dee8-86f6-4c01-bdb3-137236ef74df:SLWCA_7fa0df8c-9f51-4a5f-9c68-5584e5c67a4b");
}

void tst_WebexId::decode()
{
    QFETCH(QString, id);
    QFETCH(QString, type);
    QFETCH(QString, resource);
    const auto parts = WebexId::decode(id);
    QVERIFY(parts);
    QCOMPARE(parts->region, QStringLiteral("us"));
    QCOMPARE(parts->type, type);
    QCOMPARE(parts->resource, resource);
    QCOMPARE(parts->uuid(), resource.section(QLatin1Char(':'), 0, 0));
    QVERIFY(WebexId::hasType(id, type));
    QVERIFY(!WebexId::hasType(id, QStringLiteral("PEOPLE")));
}

void tst_WebexId::rejects_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("not base64") << QStringLiteral("not an id!");
    QTest::newRow("length 4n+1") << QStringLiteral("Y2lzY");
    QTest::newRow("too much padding") << QStringLiteral("Y2lz===");
    QTest::newRow("wrong padding") << QStringLiteral("Y2lzY2=");
    QTest::newRow("mixed alphabets") << QStringLiteral("ab+c-d_e/f");
    // The admin spec's examples are upper-cased base64: they decode to garbage, not to a ciscospark URI.
    QTest::newRow("upper-cased example") << QStringLiteral(
        "Y2LZY29ZCGFYAZOVL3VZL1BFT1BMRS9MNWIZNJE4NY1JOGRKLTQ3MJCTOGIYZI1MOWM0NDDMMJKWNDY");
    // base64 of "uuid:uuid" (customerId example of the subscriber API): valid base64, not a ciscospark URI.
    QTest::newRow("bare uuid pair") << QStringLiteral(
        "ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2OjQyODVmNTk0LTViNTEtNDdiZS05Mzk2LTZjMzZlMmFkODNhNQ");
    QTest::newRow("no resource") << QString::fromLatin1(QByteArray("ciscospark://us/PEOPLE/").toBase64());
    QTest::newRow("no type") << QString::fromLatin1(QByteArray("ciscospark://us//abc").toBase64());
}

void tst_WebexId::rejects()
{
    QFETCH(QString, id);
    QVERIFY(!WebexId::decode(id));
}

void tst_WebexId::encodeRoundTrip()
{
    const QString id
        = WebexId::encode(QStringLiteral("SUBSCRIBER"), QStringLiteral("6970e6bb-7439-4ffb-ad34-d3ff0167ddad"));
    QCOMPARE(id,
             QStringLiteral("Y2lzY29zcGFyazovL3VzL1NVQlNDUklCRVIvNjk3MGU2YmItNzQzOS00ZmZiLWFkMzQtZDNmZjAxNjdkZGFk"));
    QVERIFY(!id.contains(QLatin1Char('=')));
    const auto parts = WebexId::decode(id);
    QVERIFY(parts);
    QCOMPARE(parts->type, QStringLiteral("SUBSCRIBER"));
    const QString eu = WebexId::encode(QStringLiteral("PEOPLE"), QStringLiteral("x"), QStringLiteral("eu"));
    QCOMPARE(WebexId::decode(eu)->region, QStringLiteral("eu"));
}

void tst_WebexId::normalizeAndCompare()
{
    const QString padded
        = QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wZTE4MmUxNS05ZmNhLTQ0NzgtYmEzOC1jNGFiMmUyN2FlZDA=");
    const QString unpadded = padded.left(padded.size() - 1);
    QCOMPARE(WebexId::normalize(padded), unpadded);
    QCOMPARE(WebexId::normalize(unpadded), unpadded);
    QVERIFY(WebexId::sameId(padded, unpadded));
    QVERIFY(!WebexId::sameId(padded, WebexId::encode(QStringLiteral("ORGANIZATION"), QStringLiteral("other"))));
    QCOMPARE(WebexId::normalize(QStringLiteral("opaque id")), QStringLiteral("opaque id"));
    // Standard and url alphabets name the same bytes.
    const QByteArray bytes("\xfb\xff\xfe", 3);
    const QString standard = QString::fromLatin1(bytes.toBase64());
    const QString url = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
    QVERIFY(standard != url);
    QVERIFY(WebexId::sameId(standard, url));
    QCOMPARE(WebexId::decodeBase64(standard), std::optional<QByteArray>(bytes));
}

void tst_WebexId::provisioningIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("spec example, unpadded")
        << QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2") << true;
    // A UUID's 36 bytes encode to 48 characters, so these never carry padding; case of the hex digits is free.
    QTest::newRow("upper-case uuid") << QString::fromLatin1(
        QByteArray("F5B36187-C8DD-4727-8B2F-F9C447F29046").toBase64())
                                     << true;
    QTest::newRow("uuid with braces") << QString::fromLatin1(
        QByteArray("{f5b36187-c8dd-4727-8b2f-f9c447f29046}").toBase64())
                                      << false;
    QTest::newRow("not a uuid") << QString::fromLatin1(QByteArray("f5b36187-c8dd-4727-8b2f-f9c447f2904x").toBase64())
                                << false;
    QTest::newRow("ciscospark id") << QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQtNjBhOC00MDdhLWIyMmMtNDY3YzUxNTkxOTA4")
                                   << false;
    QTest::newRow("bare uuid text") << QStringLiteral("f5b36187-c8dd-4727-8b2f-f9c447f29046") << false;
    QTest::newRow("spec quirk quotes") << QStringLiteral("\"ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2\"")
                                       << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_WebexId::provisioningIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(WebexId::isValidProvisioningId(id), valid);
}

void tst_WebexId::resourceUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("customer") << QStringLiteral(
        "https://webexapis.com/v1/wholesale/customers/Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJj")
                              << QStringLiteral("Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJj");
    QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:8080/v1/wholesale/customers/abc/")
                                    << QStringLiteral("abc");
    QTest::newRow("query") << QStringLiteral("https://x.example/v1/customers/abc?orgId=1") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
}

void tst_WebexId::resourceUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    QCOMPARE(WebexId::idFromResourceUrl(url), id);
}

QTEST_GUILESS_MAIN(tst_WebexId)
#include "tst_WebexId.moc"
