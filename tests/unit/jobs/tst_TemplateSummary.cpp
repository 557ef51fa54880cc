#include "jobs/TemplateSummary.h"

#include <QTest>

using onboarder::jobs::TemplateSummary;
using onboarder::model::OnboardingTemplate;

class tst_TemplateSummary : public QObject
{
    Q_OBJECT

private slots:
    void everySettingIsInBothExports();
    void validationStatusIsReported();
    void markdownCellsAreEscaped();
};

namespace {
OnboardingTemplate sample()
{
    OnboardingTemplate t;
    t.name = QStringLiteral("Sweden SMB");
    t.serviceProviderAdminPersonId = QStringLiteral("PERSON-1");
    t.serviceProviderAdminEmail = QStringLiteral("sara@partner.example");
    t.countryCode = QStringLiteral("SE");
    t.defaultEmailLanguage = QStringLiteral("sv_SE");
    t.wholesaleSubscriptionId = QStringLiteral("Sub-777");
    t.ccpVendor = QStringLiteral("Nordic CCP");
    t.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
    t.idpEntityId = QStringLiteral("https://idp.partner.example/saml");
    t.commonSettings.allowAdminInviteEmailsOnAttach = true;
    t.emailSettings.sendWelcomeEmailToAdmin = false;
    t.emailSettings.supportEmail = QStringLiteral("help@partner.example");
    t.callSettings.defaultTimezone = QStringLiteral("Europe/Stockholm");
    t.callSettings.defaultAnnouncementLanguage = QStringLiteral("sv_se");
    return t;
}
const TemplateSummary::Context kContext { QStringLiteral("Demo sandbox"),
                                          QDateTime(QDate(2025, 3, 4), QTime(10, 0)),
                                          QLocale(QLocale::English, QLocale::UnitedStates) };
} // namespace

void tst_TemplateSummary::everySettingIsInBothExports()
{
    const OnboardingTemplate t = sample();
    const QString html = TemplateSummary::toHtml(t, kContext);
    const QString md = TemplateSummary::toMarkdown(t, kContext);
    for (const QString& expected : { t.name,
                                     t.serviceProviderAdminEmail,
                                     t.countryCode,
                                     QStringLiteral("Sweden"),
                                     t.defaultEmailLanguage,
                                     t.wholesaleSubscriptionId,
                                     t.ccpVendor,
                                     t.idpEntityId,
                                     t.emailSettings.supportEmail,
                                     t.callSettings.defaultTimezone,
                                     t.callSettings.defaultAnnouncementLanguage,
                                     QStringLiteral("Demo sandbox"),
                                     QStringLiteral("2025") }) {
        QVERIFY2(html.contains(expected.toHtmlEscaped()), qPrintable(expected));
        QVERIFY2(md.contains(expected), qPrintable(expected));
    }
    for (const auto& group : TemplateSummary::groups(t, kContext.locale)) {
        for (const auto& row : group.rows) {
            QVERIFY2(md.contains(row.label), qPrintable(row.label));
            QVERIFY2(html.contains(row.label.toHtmlEscaped()), qPrintable(row.label));
        }
    }
}

void tst_TemplateSummary::validationStatusIsReported()
{
    QVERIFY(TemplateSummary::toMarkdown(sample(), kContext).contains(QStringLiteral("All settings are valid.")));
    OnboardingTemplate broken = sample();
    broken.emailSettings.supportEmail = QStringLiteral("not an email");
    const QStringList problems = TemplateSummary::problems(broken, kContext.locale);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().startsWith(QStringLiteral("Support email address: ")));
    QVERIFY(TemplateSummary::toHtml(broken, kContext).contains(QStringLiteral("must be corrected")));
}

void tst_TemplateSummary::markdownCellsAreEscaped()
{
    OnboardingTemplate t = sample();
    t.ccpVendor = QStringLiteral("A|B");
    QVERIFY(TemplateSummary::toMarkdown(t, kContext).contains(QStringLiteral("A\\|B")));
}

QTEST_GUILESS_MAIN(tst_TemplateSummary)
#include "tst_TemplateSummary.moc"
