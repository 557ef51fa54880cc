#include "jobs/SetupAssistanceRequest.h"

#include <QTest>
#include <QTextDocument>

using onboarder::jobs::SetupAssistanceRequest;
using Tier = SetupAssistanceRequest::Tier;

class tst_SetupAssistanceRequest : public QObject
{
    Q_OBJECT

private slots:
    void tierAtTheBoundaries_data();
    void tierAtTheBoundaries();
    void everyFactIsInBothDocuments();
    void tierPerLocationInTheDocument();
    void missingFactsAreListedAsProblems();
    void markdownCellsAreEscaped();
};

namespace {
SetupAssistanceRequest::Input sample()
{
    SetupAssistanceRequest::Input in;
    in.customerName = QStringLiteral("Kaffebryggeriet Göteborg AB");
    in.customerId = QStringLiteral("CUST-1");
    in.externalId = QStringLiteral("crm-se-1001");
    in.orgId = QStringLiteral("ORG-1");
    in.packages = { QStringLiteral("webex_calling"), QStringLiteral("webex_meetings") };
    in.administrators = { QStringLiteral("anna.karlsson@kaffebryggeriet.example") };
    SetupAssistanceRequest::Location head;
    head.name = QStringLiteral("Head Office");
    head.address.line1 = QStringLiteral("Magasinsgatan 12");
    head.address.city = QStringLiteral("Göteborg");
    head.address.postalCode = QStringLiteral("411 18");
    head.address.country = QStringLiteral("SE");
    head.timeZone = QStringLiteral("Europe/Stockholm");
    head.language = QStringLiteral("sv_se");
    head.userCount = 20;
    SetupAssistanceRequest::Location branch = head;
    branch.name = QStringLiteral("Filial Borås");
    branch.address.city = QStringLiteral("Borås");
    branch.userCount = 21;
    in.locations = { head, branch };
    in.usersWithoutLocation = 3;
    in.usersByPackage = { { QStringLiteral("webex_calling"), 41 }, { QStringLiteral("webex_meetings"), 3 } };
    in.pendingUsers = 1;
    in.partnerName = QStringLiteral("Nordic Telecom Partner AB");
    in.contactName = QStringLiteral("Sara Lindqvist");
    in.contactEmail = QStringLiteral("sara.lindqvist@partner.example");
    in.notes = QStringLiteral("Porting of the old numbers is planned for week 12.");
    in.generatedAt = QDateTime(QDate(2025, 3, 4), QTime(10, 0));
    in.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return in;
}
} // namespace

void tst_SetupAssistanceRequest::tierAtTheBoundaries_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("tier");
    QTest::newRow("no users yet") << 0 << int(Tier::Express);
    QTest::newRow("one user") << 1 << int(Tier::Express);
    QTest::newRow("last express") << SetupAssistanceRequest::kExpressMaxUsers << int(Tier::Express);
    QTest::newRow("first standard") << SetupAssistanceRequest::kExpressMaxUsers + 1 << int(Tier::Standard);
    QTest::newRow("large") << 5000 << int(Tier::Standard);
}

void tst_SetupAssistanceRequest::tierAtTheBoundaries()
{
    QFETCH(int, users);
    QFETCH(int, tier);
    QCOMPARE(int(SetupAssistanceRequest::tierFor(users)), tier);
}

void tst_SetupAssistanceRequest::everyFactIsInBothDocuments()
{
    const auto in = sample();
    QCOMPARE(SetupAssistanceRequest::totalUsers(in), 44);
    QVERIFY(SetupAssistanceRequest::problems(in).isEmpty());
    const QString md = SetupAssistanceRequest::toMarkdown(in);
    QTextDocument document;
    document.setHtml(SetupAssistanceRequest::toHtml(in));
    const QString htmlText = document.toPlainText();
    for (const QString& text : { QStringLiteral("Kaffebryggeriet Göteborg AB"),
                                 QStringLiteral("crm-se-1001"),
                                 QStringLiteral("CUST-1"),
                                 QStringLiteral("ORG-1"),
                                 QStringLiteral("Webex Calling"),
                                 QStringLiteral("Webex Meetings"),
                                 QStringLiteral("anna.karlsson@kaffebryggeriet.example"),
                                 QStringLiteral("Head Office"),
                                 QStringLiteral("Magasinsgatan 12"),
                                 QStringLiteral("411 18 Göteborg"),
                                 QStringLiteral("Sweden"),
                                 QStringLiteral("Europe/Stockholm"),
                                 QStringLiteral("Filial Borås"),
                                 QStringLiteral("Nordic Telecom Partner AB"),
                                 QStringLiteral("Sara Lindqvist"),
                                 QStringLiteral("sara.lindqvist@partner.example"),
                                 QStringLiteral("week 12"),
                                 QStringLiteral("Users in total"),
                                 QStringLiteral("44"),
                                 QStringLiteral("not yet accepted the move") }) {
        QVERIFY2(md.contains(text), qPrintable(QStringLiteral("Markdown lacks ") + text));
        QVERIFY2(htmlText.contains(text), qPrintable(QStringLiteral("HTML lacks ") + text));
    }
    QVERIFY(!md.contains(QStringLiteral("Complete this before sending")));
}

void tst_SetupAssistanceRequest::tierPerLocationInTheDocument()
{
    const QString md = SetupAssistanceRequest::toMarkdown(sample());
    QVERIFY2(md.contains(QRegularExpression(QStringLiteral("\\| Head Office \\|[^\\n]*\\| 20 \\| Express \\|"))),
             qPrintable(md));
    QVERIFY2(md.contains(QRegularExpression(QStringLiteral("\\| Filial Borås \\|[^\\n]*\\| 21 \\| Standard \\|"))),
             qPrintable(md));
}

void tst_SetupAssistanceRequest::missingFactsAreListedAsProblems()
{
    auto in = sample();
    in.locations.clear();
    in.contactEmail = QStringLiteral("sara@");
    in.contactName.clear();
    const QStringList problems = SetupAssistanceRequest::problems(in);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("at least one location")));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("not valid")));
    const QString md = SetupAssistanceRequest::toMarkdown(in);
    QVERIFY(md.contains(QStringLiteral("Complete this before sending")));
    for (const QString& problem : problems) {
        QVERIFY(md.contains(problem));
        QVERIFY(SetupAssistanceRequest::toHtml(in).contains(problem.toHtmlEscaped()));
    }
}

void tst_SetupAssistanceRequest::markdownCellsAreEscaped()
{
    auto in = sample();
    in.locations[0].name = QStringLiteral("Lager | Hamn");
    in.customerName = QStringLiteral("<b>Kaffe</b>");
    const QString md = SetupAssistanceRequest::toMarkdown(in);
    QVERIFY(md.contains(QStringLiteral("Lager \\| Hamn")));
    const QString html = SetupAssistanceRequest::toHtml(in);
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Kaffe&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Kaffe")));
}

QTEST_MAIN(tst_SetupAssistanceRequest)
#include "tst_SetupAssistanceRequest.moc"
