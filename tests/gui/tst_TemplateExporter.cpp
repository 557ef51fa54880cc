#include "ui/export/TemplateExporter.h"
#include "ui/wizards/customer/CustomerSummary.h"

#include <QDir>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using onboarder::jobs::TemplateSummary;
using onboarder::model::OnboardingTemplate;
using onboarder::ui::SummaryExporter;
using onboarder::ui::TemplateExporter;

// The reviewer's documents: every setting of the template must be readable in the PDF, the HTML, the Markdown and
// on paper. PDFs are read back as text with pdftotext, so the check is on what a reader sees, not on bytes.
class tst_TemplateExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySettingIsInEveryFormat_data();
    void everySettingIsInEveryFormat();
    void printedPagesHoldEverySetting();
    void unknownSuffixIsRefusedWithAMessage();
    void unwritableFolderIsReportedAndLeavesNothing();
    void customerSummaryPdfHoldsEveryRowInRuledTables();
    void setupAssistanceGoesThroughTheSameExporter();

private:
    QString pdfText(const QString& pdfPath);
    void verifyEverySetting(const QString& text);

    QTemporaryDir m_dir;
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
    t.emailSettings.supportEmail = QStringLiteral("help@partner.example");
    t.callSettings.defaultTimezone = QStringLiteral("Europe/Stockholm");
    t.callSettings.defaultAnnouncementLanguage = QStringLiteral("sv_se");
    t.provisioningId = QStringLiteral("ZjViMzYxODctYzhkZC00NzI3LThiMmYtZjljNDQ3ZjI5MDQ2");
    return t;
}
const TemplateSummary::Context kContext { QStringLiteral("Demo sandbox"),
                                          QDateTime(QDate(2025, 3, 4), QTime(10, 0)),
                                          QLocale(QLocale::English, QLocale::UnitedStates) };

onboarder::model::CustomerDraft customerSample()
{
    onboarder::model::CustomerDraft draft;
    auto& c = draft.customer;
    c.customerInfo.name = QStringLiteral("Lunda Bageri AB");
    c.customerInfo.primaryEmail = QStringLiteral("vd@lundabageri.example");
    c.customerInfo.language = QStringLiteral("sv_SE");
    c.externalId = QStringLiteral("crm-se-2001");
    c.provisioningId = sample().provisioningId;
    c.address.line1 = QStringLiteral("Storgatan 1");
    c.address.city = QStringLiteral("Lund");
    c.address.postalCode = QStringLiteral("222 22");
    c.address.country = QStringLiteral("SE");
    c.packages = { QStringLiteral("webex_calling"), QStringLiteral("webex_meetings") };
    c.callingLocation.name = QStringLiteral("Bageriet");
    c.callingLocation.address = c.address;
    c.callingLocation.timezone = QStringLiteral("Europe/Stockholm");
    c.callingLocation.language = QStringLiteral("sv_se");
    draft.templateName = QStringLiteral("Sweden SMB");
    draft.supportedLocationConfirmed = true;
    return draft;
}

// PDF text comes back with line breaks wherever the layout wrapped and with typographic ligatures ("ﬁ"): compare
// the compatibility-normalised text without any whitespace.
QString squeezed(const QString& original)
{
    QString text = original.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}
} // namespace

void tst_TemplateExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
}

QString tst_TemplateExporter::pdfText(const QString& pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void tst_TemplateExporter::verifyEverySetting(const QString& text)
{
    const QString haystack = squeezed(text);
    QVERIFY2(!haystack.isEmpty(), "the document has no text");
    QVERIFY(haystack.contains(squeezed(kContext.profileName)));
    QVERIFY(haystack.contains(squeezed(TemplateSummary::tr("All settings are valid."))));
    for (const auto& group : TemplateSummary::groups(sample(), kContext.locale)) {
        QVERIFY2(haystack.contains(squeezed(group.title)), qPrintable(group.title));
        for (const auto& row : group.rows) {
            QVERIFY2(haystack.contains(squeezed(row.label)), qPrintable(row.label));
            QVERIFY2(haystack.contains(squeezed(row.value)), qPrintable(row.label + QStringLiteral(": ") + row.value));
        }
    }
}

void tst_TemplateExporter::everySettingIsInEveryFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("pdf") << QStringLiteral("summary.pdf");
    QTest::newRow("html") << QStringLiteral("summary.html");
    QTest::newRow("markdown") << QStringLiteral("summary.md");
}

void tst_TemplateExporter::everySettingIsInEveryFormat()
{
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(fileName);
    QString error;
    QVERIFY2(TemplateExporter::exportTo(sample(), kContext, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (fileName.endsWith(QLatin1String(".pdf"))) {
        QVERIFY(bytes.startsWith("%PDF"));
        verifyEverySetting(pdfText(path));
    } else if (fileName.endsWith(QLatin1String(".html"))) {
        QTextDocument document;
        document.setHtml(QString::fromUtf8(bytes));
        verifyEverySetting(document.toPlainText());
    } else {
        verifyEverySetting(QString::fromUtf8(bytes).remove(QLatin1Char('\\')));
    }
}

void tst_TemplateExporter::printedPagesHoldEverySetting()
{
    // The print path without its dialog: a printer that prints to a PDF file is a real QPrinter.
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        TemplateExporter::render(sample(), kContext, &printer);
    }
    verifyEverySetting(pdfText(path));
}

void tst_TemplateExporter::unknownSuffixIsRefusedWithAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("summary.docx"));
    QString error;
    QVERIFY(!TemplateExporter::exportTo(sample(), kContext, path, &error));
    QVERIFY(error.contains(QLatin1String(".pdf")));
    QVERIFY(!QFile::exists(path));
}

void tst_TemplateExporter::unwritableFolderIsReportedAndLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/summary.pdf"));
    QString error;
    QVERIFY(!TemplateExporter::exportTo(sample(), kContext, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_TemplateExporter::customerSummaryPdfHoldsEveryRowInRuledTables()
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const auto document = SummaryExporter::customerSummary(customerSample(), locale, QStringLiteral("Demo sandbox"));
    const QString path = m_dir.filePath(QStringLiteral("customer.pdf"));
    QString error;
    QVERIFY2(SummaryExporter::exportTo(document, path, &error), qPrintable(error));
    const QString screenshots = qEnvironmentVariable("ONBOARDER_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QFile::remove(QDir(screenshots).filePath(QStringLiteral("customer-summary.pdf")));
        QFile::copy(path, QDir(screenshots).filePath(QStringLiteral("customer-summary.pdf")));
    }
    const QString text = pdfText(path);
    const QString haystack = squeezed(text);
    for (const auto& section : onboarder::ui::CustomerSummary::sections(customerSample(), locale)) {
        QVERIFY2(haystack.contains(squeezed(section.title)), qPrintable(section.title));
        for (const auto& row : section.rows) {
            QVERIFY2(haystack.contains(squeezed(row.label)), qPrintable(row.label));
            QVERIFY2(haystack.contains(squeezed(row.value)), qPrintable(row.label + QStringLiteral(": ") + row.value));
        }
    }
    // No bracket or punctuation left alone on a line by a long ID that wrapped.
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        QVERIFY2(!QRegularExpression(QStringLiteral("^\\s*[()\\],.]\\s*$")).match(line).hasMatch(), qPrintable(text));
    }

    // On paper every table is ruled, as wide as the page, the labels in one column.
    QTextDocument layout;
    SummaryExporter::preparePrintLayout(&layout, document.html);
    int tables = 0;
    for (QTextFrame* frame : layout.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table) {
            continue;
        }
        ++tables;
        const QTextTableFormat format = table->format();
        QVERIFY(format.border() > 0);
        QCOMPARE(format.borderStyle(), QTextFrameFormat::BorderStyle_Solid);
        QCOMPARE(format.width().type(), QTextLength::PercentageLength);
        QCOMPARE(format.width().rawValue(), 100.0);
        QCOMPARE(table->columns(), 2);
        QCOMPARE(format.columnWidthConstraints().size(), 2);
    }
    QCOMPARE(tables, 3); // customer information, packages, headquarters
}

void tst_TemplateExporter::setupAssistanceGoesThroughTheSameExporter()
{
    onboarder::jobs::SetupAssistanceRequest::Input input;
    input.customerName = QStringLiteral("Lunda Bageri AB");
    input.externalId = QStringLiteral("crm-se-2001");
    input.partnerName = QStringLiteral("Nordic Partner AB");
    input.locations.append({ QStringLiteral("Bageriet"),
                             customerSample().customer.address,
                             QStringLiteral("Europe/Stockholm"),
                             QStringLiteral("sv_se"),
                             12 });
    input.generatedAt = kContext.generatedAt;
    input.locale = kContext.locale;
    const auto document = SummaryExporter::setupAssistance(input);
    for (const QString& fileName : { QStringLiteral("assist.pdf"), QStringLiteral("assist.md") }) {
        const QString path = m_dir.filePath(fileName);
        QString error;
        QVERIFY2(SummaryExporter::exportTo(document, path, &error), qPrintable(error));
        const QString screenshots = qEnvironmentVariable("ONBOARDER_SCREENSHOT_DIR");
        if (!screenshots.isEmpty() && fileName.endsWith(QLatin1String(".pdf"))) {
            QFile::remove(QDir(screenshots).filePath(QStringLiteral("setup-assistance.pdf")));
            QFile::copy(path, QDir(screenshots).filePath(QStringLiteral("setup-assistance.pdf")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text
            = fileName.endsWith(QLatin1String(".pdf")) ? pdfText(path) : QString::fromUtf8(file.readAll());
        QVERIFY2(squeezed(text).contains(squeezed(QStringLiteral("Bageriet"))), qPrintable(text));
        QVERIFY2(squeezed(text).contains(squeezed(QStringLiteral("Nordic Partner AB"))), qPrintable(text));
    }
}

QTEST_MAIN(tst_TemplateExporter)
#include "tst_TemplateExporter.moc"
