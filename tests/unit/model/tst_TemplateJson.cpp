#include "model/TemplateJson.h"

#include <QTest>

using namespace onboarder::model;
using nlohmann::json;

// JSON mapping of onboarding templates (the shape of reference §7.2 plus email settings).
class tst_TemplateJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void readsReferenceShape();
    void defaultsWhenAbsent();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void tst_TemplateJson::roundTrip()
{
    OnboardingTemplate t;
    t.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
    t.name = QStringLiteral("Nordic SMB");
    t.serviceProviderAdminPersonId = QStringLiteral("person-1");
    t.serviceProviderAdminEmail = QStringLiteral("ops@partner.example");
    t.countryCode = QStringLiteral("SE");
    t.defaultEmailLanguage = QStringLiteral("sv_SE");
    t.wholesaleSubscriptionId = QStringLiteral("Sub1");
    t.ccpVendor = QStringLiteral("IntelePeer");
    t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
    t.idpEntityId = QStringLiteral("https://idp.partner.example/saml");
    t.commonSettings.allowAdminInviteEmailsOnAttach = true;
    t.emailSettings.sendWelcomeEmailToAdmin = false;
    t.emailSettings.supportEmail = QStringLiteral("help@partner.example");
    t.callSettings.defaultTimezone = QStringLiteral("Europe/Stockholm");
    t.callSettings.defaultAnnouncementLanguage = QStringLiteral("sv_se");
    const json written = TemplateJson::toJson(t);
    QCOMPARE(written["authMethod"].get<std::string>(), std::string("PARTNER_SAML"));
    const auto back = TemplateJson::templateFromJson(written);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QVERIFY(*back.value == t);
}

void tst_TemplateJson::readsReferenceShape()
{
    // The sandbox data model proposed in reference §7.2, nulls included.
    const json input = json::parse(R"({ "provisioningId": "ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2",
        "name": "US default", "serviceProviderAdminPersonId": "p1",
        "countryCode": "US", "defaultEmailLanguage": "en_US", "wholesaleSubscriptionId": "Sub123",
        "ccpVendor": null, "authMethod": "WEBEX", "idpEntityId": null,
        "commonSettings": { "allowAdminInviteEmailsOnAttach": true }, "callSettings": {} })");
    const auto parsed = TemplateJson::templateFromJson(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value->authMethod, OnboardingTemplate::AuthMethod::Webex);
    QVERIFY(parsed.value->ccpVendor.isEmpty());
    QVERIFY(parsed.value->commonSettings.allowAdminInviteEmailsOnAttach);
    QCOMPARE(parsed.value->countryCode, QStringLiteral("US"));
}

void tst_TemplateJson::defaultsWhenAbsent()
{
    const auto parsed = TemplateJson::templateFromJson(json::object());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value->authMethod, OnboardingTemplate::AuthMethod::Webex);
    QVERIFY(!parsed.value->commonSettings.allowAdminInviteEmailsOnAttach);
    QVERIFY(parsed.value->emailSettings.sendWelcomeEmailToAdmin);
    QVERIFY(*parsed.value == OnboardingTemplate());
}

void tst_TemplateJson::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errorStart");
    QTest::newRow("unknown auth method") << QByteArray(R"({"authMethod":"LDAP"})") << QStringLiteral("authMethod:");
    QTest::newRow("auth method as number") << QByteArray(R"({"authMethod":1})") << QStringLiteral("authMethod:");
    QTest::newRow("common settings as list")
        << QByteArray(R"({"commonSettings":[]})") << QStringLiteral("commonSettings:");
    QTest::newRow("toggle as text") << QByteArray(R"({"commonSettings":{"allowAdminInviteEmailsOnAttach":"on"}})")
                                    << QStringLiteral("commonSettings.allowAdminInviteEmailsOnAttach:");
    QTest::newRow("array root") << QByteArray("[]") << QString();
}

void tst_TemplateJson::rejectsBadInput()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, errorStart);
    const auto parsed = TemplateJson::templateFromJson(json::parse(document.toStdString()));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.startsWith(errorStart), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(tst_TemplateJson)
#include "tst_TemplateJson.moc"
