#include "ui/dialogs/DraftCompareDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using onboarder::model::OnboardingTemplate;
using onboarder::ui::DraftCompareDialog;

class tst_DraftCompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsOnlyDifferencesSideBySide();
    void sameDraftsHaveNoDifferences();
    void comparesCustomerDrafts();
};

namespace {
OnboardingTemplate base()
{
    OnboardingTemplate t;
    t.name = QStringLiteral("Sweden");
    t.countryCode = QStringLiteral("SE");
    t.defaultEmailLanguage = QStringLiteral("sv_SE");
    t.wholesaleSubscriptionId = QStringLiteral("Sub-1");
    return t;
}
} // namespace

void tst_DraftCompareDialog::showsOnlyDifferencesSideBySide()
{
    OnboardingTemplate left = base();
    OnboardingTemplate right = base();
    right.wholesaleSubscriptionId = QStringLiteral("Sub-2");
    right.authMethod = OnboardingTemplate::AuthMethod::PartnerSaml;
    right.idpEntityId = QStringLiteral("https://idp.example.com/saml");
    DraftCompareDialog dialog(left, QStringLiteral("a.json"), right, QStringLiteral("b.json"));
    // Subscription, method, and the entity ID only the right one has.
    QCOMPARE(dialog.differenceCount(), 3);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("compareTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("a.json"));
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("b.json"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Sub-1"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Sub-2"));
    auto* all = dialog.findChild<QCheckBox*>(QStringLiteral("showAllCheck"));
    all->setChecked(true);
    QVERIFY(table->rowCount() > 10);
    QCOMPARE(dialog.differenceCount(), 3);
}

void tst_DraftCompareDialog::sameDraftsHaveNoDifferences()
{
    DraftCompareDialog dialog(base(), QStringLiteral("a"), base(), QStringLiteral("b"));
    QCOMPARE(dialog.differenceCount(), 0);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("compareSummary"))->text().contains(QStringLiteral("same")));
}

void tst_DraftCompareDialog::comparesCustomerDrafts()
{
    onboarder::model::CustomerDraft left;
    left.customer.customerInfo.name = QStringLiteral("Lunda Bageri AB");
    left.customer.address.country = QStringLiteral("SE");
    left.customer.address.city = QStringLiteral("Lund");
    left.customer.packages = { QStringLiteral("webex_meetings") };
    onboarder::model::CustomerDraft right = left;
    right.customer.address.city = QStringLiteral("Malmö");
    right.customer.packages.append(QStringLiteral("webex_calling"));
    DraftCompareDialog dialog(left, QStringLiteral("lund.json"), right, QStringLiteral("malmo.json"));
    // The address (with its city) and the package only the right plan orders.
    QCOMPARE(dialog.differenceCount(), 2);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("compareTable"));
    QCOMPARE(table->rowCount(), 2);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        rows << table->item(row, 1)->text() + QLatin1Char('=') + table->item(row, 2)->text() + QLatin1Char('|')
                + table->item(row, 3)->text();
    }
    QVERIFY2(rows.join(QLatin1Char(';')).contains(QStringLiteral("Malmö")), qPrintable(rows.join(QLatin1Char(';'))));
    QVERIFY2(rows.join(QLatin1Char(';')).contains(QStringLiteral("Webex Calling=(absent)")),
             qPrintable(rows.join(QLatin1Char(';'))));
    DraftCompareDialog same(left, QStringLiteral("a"), left, QStringLiteral("b"));
    QCOMPARE(same.differenceCount(), 0);
}

QTEST_MAIN(tst_DraftCompareDialog)
#include "tst_DraftCompareDialog.moc"
